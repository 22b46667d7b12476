import { cachingSegmenter } from '../../src/core/text/cachingSegmenter';
import { Segmenter } from '../../src/core/text/segmenter';
import { loadNodejiebaSegmenter } from '../../src/segmentation/nodejiebaSegmenter';

let loaded: Segmenter | null = null;

/** Loads nodejieba with the report dictionary once per test process (≈1–2 s); call it in a `before` hook. */
export function loadRealSegmenter(): void {
  loaded ??= cachingSegmenter(loadNodejiebaSegmenter());
}

/** The real segmenter, usable in test tables built before `loadRealSegmenter` has run. */
export const realSegmenter: Segmenter = {
  cut: (text) => loaded!.cut(text),
  tag: (text) => loaded!.tag!(text),
};
