import { allRules } from '../core/rules/index';
import { Rule } from '../core/rules/types';
import { cachingSegmenter } from '../core/text/cachingSegmenter';
import { Segmenter } from '../core/text/segmenter';
import { loadNodejiebaSegmenter, NodejiebaOptions } from '../segmentation/nodejiebaSegmenter';

/** Texts longer than this are checked without segmentation (its cost grows with the text). */
export const SEGMENTATION_CHAR_LIMIT = 2_000_000;

export interface CliSegmenterOptions {
  /** `--user-dict FILE` (repeatable): the user's dictionaries, loaded after the report dictionary. */
  userDict?: readonly string[];
  /** Loads the segmenter; tests inject a failing loader. */
  load?: (options: NodejiebaOptions) => Segmenter;
  /** The rules that will run (a word-level rule among them is what makes the dictionary worth loading). */
  rules?: readonly Rule[];
}

/**
 * The CLI segments in-process: the dictionary is loaded on first need (only when a word-level rule
 * exists), once per run. When nodejieba cannot load, word-level checks are skipped with one notice
 * (`onError`); a user dictionary that cannot be used is one notice too, and segmentation goes on
 * without it. Lines are cached across the files of a run (repeated boilerplate is segmented once).
 */
export function createCliSegmenter(
  onError: (message: string) => void,
  options: CliSegmenterOptions = {},
): ((text: string) => Segmenter | null) | null {
  const rules = options.rules ?? allRules;
  if (!rules.some((rule) => rule.checkWords)) return null;
  const load = options.load ?? loadNodejiebaSegmenter;
  let segmenter: Segmenter | null | undefined;
  return (text) => {
    if (text.length > SEGMENTATION_CHAR_LIMIT) return null;
    if (segmenter === undefined) {
      try {
        segmenter = cachingSegmenter(load({ userDict: options.userDict, onWarning: (message) => onError(message) }));
      } catch (error) {
        segmenter = null;
        onError(`nodejieba unavailable, word-level checks skipped: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return segmenter;
  };
}
