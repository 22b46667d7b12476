import { Segmenter, Token } from '../core/text/segmenter';

interface Nodejieba {
  load(options?: Record<string, string>): void;
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string): { word: string; tag: string }[];
}

/**
 * nodejieba behind the core's Segmenter interface. Loading the dictionary costs about a second and
 * 250 MB, so this is only called where blocking is acceptable: the CLI process or a worker thread.
 */
export function loadNodejiebaSegmenter(options: { userDict?: string } = {}): Segmenter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as Nodejieba;
  jieba.load(options.userDict ? { userDict: options.userDict } : undefined);
  return {
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
