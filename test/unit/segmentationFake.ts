import { Segmenter, Token } from '../../src/core/text/segmenter';

/**
 * A small stand-in for nodejieba in unit tests of the word-level rule parts: forward maximum matching
 * over a lexicon of `word → jieba tag`; characters outside every word become one-character tokens
 * (tag `x`, or the tag given for the single character). Like jieba, `tag(word)` of a word that is not
 * in the lexicon cuts it into several tokens, so the rules see it as a guessed word (x). A lexicon entry
 * tagged `x` stands for a word jieba's HMM glued together (`个村`).
 */
/** `cuts` counts the lines cut or tagged. */
export function lexiconSegmenter(lexicon: Record<string, string>): Segmenter & { cuts: number } {
  const longest = Math.max(1, ...Object.keys(lexicon).map((word) => word.length));
  const cutTagged = (text: string): Token[] => {
    const tokens: Token[] = [];
    let i = 0;
    while (i < text.length) {
      let length = Math.min(longest, text.length - i);
      while (length > 1 && lexicon[text.slice(i, i + length)] === undefined) length--;
      const width = length === 1 && isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length ? 2 : length;
      const word = text.slice(i, i + width);
      tokens.push({ word, start: i, end: i + width, tag: lexicon[word] ?? (/^[0-9]+$/.test(word) ? 'm' : 'x') });
      i += width;
    }
    return tokens;
  };
  const segmenter = {
    cuts: 0,
    cut(text: string): Token[] {
      segmenter.cuts++;
      return cutTagged(text).map(({ word, start, end }) => ({ word, start, end }));
    },
    tag(text: string): Token[] {
      segmenter.cuts++;
      return cutTagged(text);
    },
  };
  return segmenter;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
