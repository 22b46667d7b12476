import { Segmenter, Token } from '../core/text/segmenter';
import { findReportDictionary, userDictionaryOption } from './dictionaries';

/** The part of nodejieba's API used here. */
export interface Nodejieba {
  load(options?: Record<string, string>): void;
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
}

export interface NodejiebaOptions {
  /** The user's dictionaries (jieba format), after ours: `workReport.segmentation.userDictionary`, `--user-dict`. */
  userDict?: string | readonly string[];
  /** The report vocabulary; by default `dict/report.dict.utf8` found beside the code, `false` for none. */
  reportDictionary?: string | false;
  /** Problems that do not prevent segmentation (a user dictionary missing, lines skipped). */
  onWarning?: (message: string) => void;
  /** Loads the module (tests inject a fake or a failing one). */
  requireModule?: () => Nodejieba;
}

/** A loaded segmenter, with the dictionaries it uses (for logs). */
export interface NodejiebaSegmenter extends Segmenter {
  tag(text: string): Token[];
  /** The dictionary files given as user dictionaries, ours first. */
  readonly dictionaries: readonly string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireNodejieba = (): Nodejieba => require('nodejieba') as Nodejieba;
/** What each module instance (one per thread) last loaded. */
const lastLoaded = new WeakMap<Nodejieba, string | null>();

/**
 * nodejieba behind the core's Segmenter interface. Loading the dictionary costs one to two seconds and
 * ≈250 MB, so this is only called where blocking is acceptable: the CLI process or a worker thread.
 * Throws when nodejieba cannot be loaded (no native binding); dictionary problems only warn.
 *
 * nodejieba keeps one dictionary per thread (a handle in the native addon): loading other dictionaries
 * replaces them for every segmenter returned before; loading the same ones again is skipped.
 */
export function loadNodejiebaSegmenter(options: NodejiebaOptions = {}): NodejiebaSegmenter {
  const warn = options.onWarning ?? (() => undefined);
  const jieba = (options.requireModule ?? requireNodejieba)();
  let report: string | null = null;
  if (options.reportDictionary !== false) {
    report = options.reportDictionary ?? findReportDictionary();
    if (!report) warn(`report dictionary ${'dict/report.dict.utf8'} not found beside ${__dirname}; segmenting with jieba's dictionary only`);
  }
  const user = options.userDict === undefined ? [] : typeof options.userDict === 'string' ? [options.userDict] : [...options.userDict];
  const { option, loaded } = userDictionaryOption({ report, user }, warn);
  // The module keeps one dictionary per thread: loading the same files again would cost another
  // second for nothing. (`null` stands for "no user dictionary": the module's default.)
  const key = option ?? null;
  if (lastLoaded.get(jieba) !== key) {
    jieba.load(option ? { userDict: option } : undefined);
    lastLoaded.set(jieba, key);
  }
  return {
    dictionaries: loaded,
    cut: (text) => withOffsets(text, jieba.cut(text, true).map((word) => ({ word }))),
    tag: (text) => withOffsets(text, jieba.tag(text)),
  };
}

/** nodejieba returns words only; their offsets are found by walking the text. */
function withOffsets(text: string, words: { word: string; tag?: string }[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    if (word.length === 0) continue;
    const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (start < 0) continue;
    tokens.push(tag === undefined ? { word, start, end: start + word.length } : { word, start, end: start + word.length, tag });
    cursor = start + word.length;
  }
  return tokens;
}
