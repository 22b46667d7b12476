import { Segmenter, Token } from './segmenter';

/**
 * Part-of-speech tags for the word-level rule parts.
 *
 * jieba's tagger is a dictionary lookup per word after cutting (cppjieba `PosTagger`): `tag(line)` gives
 * the same words as `cut(line)`, each with the tag of its dictionary entry (`x` for a word its HMM made
 * up). A word tagged alone may be cut differently from the same word in its sentence (得住 is two words
 * alone, one in 经得住), so rules tag whole lines, and only the few lines they need: tagging all of a
 * 96.6K-character file costs ≈130 ms against ≈55 ms for cutting it. The caching segmenter remembers
 * tagged lines as it remembers cut ones.
 */
export type TagOf = (word: string) => string | undefined;

/** The words of one line, tagged when the segmenter can tag (`tag` on tokens), else only cut. */
export function lineTokens(segmenter: Segmenter, text: string): Token[] {
  return segmenter.tag ? segmenter.tag(text) : segmenter.cut(text);
}

/** The tag of each word of a line (a word's tag does not depend on where it stands). */
export function tagsOf(tokens: readonly Token[]): TagOf {
  const tags = new Map<string, string | undefined>();
  for (const token of tokens) if (!tags.has(token.word)) tags.set(token.word, token.tag);
  return (word) => tags.get(word);
}

/**
 * What may follow a classifier: nouns of every kind, verbal and adjectival nouns, abbreviations, set
 * phrases, distinguishing words and adjectives (`项配套政策`), words jieba does not know (x).
 */
export function isNounLike(tag: string | undefined): boolean {
  if (tag === undefined) return true;
  return /^(n|vn|an|a|j|l|i|x|s|b)$|^n/.test(tag);
}

/** Whether every code unit of `word` is a CJK ideograph (BMP or a surrogate pair of the supplementary planes). */
export function isHanWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const han = (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
    if (!han || code === 0x3007) return false;
  }
  return true;
}

/**
 * Token boundaries of one line: `startAt[i]` is the index of the token starting at offset i (or -1),
 * `covering[i]` the index of the token covering offset i (or -1 in gaps between tokens).
 */
export interface TokenIndex {
  tokens: readonly Token[];
  startAt: Int32Array;
  covering: Int32Array;
}

export function indexTokens(text: string, tokens: readonly Token[]): TokenIndex {
  const startAt = new Int32Array(text.length + 1).fill(-1);
  const covering = new Int32Array(text.length + 1).fill(-1);
  tokens.forEach((token, index) => {
    const start = Math.max(0, Math.min(token.start, text.length));
    const end = Math.max(start, Math.min(token.end, text.length));
    if (startAt[start] === -1) startAt[start] = index;
    for (let i = start; i < end; i++) covering[i] = index;
  });
  return { tokens, startAt, covering };
}
