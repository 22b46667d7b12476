import { allRules } from '../core/rules/index';
import { Segmenter } from '../core/text/segmenter';
import { loadNodejiebaSegmenter } from '../segmentation/nodejiebaSegmenter';

/** Texts longer than this are checked without segmentation (its cost grows with the text). */
export const SEGMENTATION_CHAR_LIMIT = 2_000_000;

/**
 * The CLI segments in-process: the dictionary is loaded on first need (only when a word-level rule
 * exists), once per run. When nodejieba cannot load, word-level checks are skipped with one notice.
 */
export function createCliSegmenter(onError: (message: string) => void): ((text: string) => Segmenter | null) | null {
  if (!allRules.some((rule) => rule.checkWords)) return null;
  let segmenter: Segmenter | null | undefined;
  return (text) => {
    if (text.length > SEGMENTATION_CHAR_LIMIT) return null;
    if (segmenter === undefined) {
      try {
        segmenter = loadNodejiebaSegmenter();
      } catch (error) {
        segmenter = null;
        onError(`nodejieba unavailable, word-level checks skipped: ${(error as Error).message}`);
      }
    }
    return segmenter;
  };
}
