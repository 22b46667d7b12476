import { Segmenter, Token } from './segmenter';

/**
 * Remembers the segmentation of each text it was asked about (rules cut line by line), so that after
 * an edit only the changed lines are segmented again. Bounded: the oldest entries are dropped first.
 */
export function cachingSegmenter(inner: Segmenter, maxEntries = 20_000): Segmenter & { readonly misses: number } {
  const cuts = new Map<string, Token[]>();
  const tags = new Map<string, Token[]>();
  let misses = 0;
  const cached = (cache: Map<string, Token[]>, text: string, compute: (text: string) => Token[]) => {
    const hit = cache.get(text);
    if (hit) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    misses++;
    const tokens = compute(text);
    cache.set(text, tokens);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return tokens;
  };
  const segmenter = {
    cut: (text: string) => cached(cuts, text, (t) => inner.cut(t)),
    get misses() {
      return misses;
    },
  } as Segmenter & { readonly misses: number };
  if (inner.tag) {
    const tag = inner.tag.bind(inner);
    segmenter.tag = (text: string) => cached(tags, text, tag);
  }
  return segmenter;
}
