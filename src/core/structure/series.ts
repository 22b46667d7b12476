import { parseChineseNumeral } from '../text/numerals';

export type SeriesKind = 'shi' | 'yao' | 'di' | 'sequence';

/** One item of an in-text enumeration: 一是/二是, 一要/二要, 第一，/第二，, 首先/其次/最后. */
export interface SeriesItem {
  kind: SeriesKind;
  /** 1-based; null for 最后 (the last of a 首先… series, whatever its number). */
  ordinal: number | null;
  line: number;
  /** Offsets inside the line of the whole item marker (e.g. `二是`) and of its numeral. */
  start: number;
  end: number;
  numeralStart: number;
  numeralEnd: number;
  text: string;
}

/** What may stand right before a series item: nothing (line start), punctuation or whitespace. */
const BOUNDARY = /[。；;，,：:！？!?、\s\u3000）)”"》]/;
const NUMERAL = '[一二三四五六七八九十]{1,3}';
// The item is matched first and its boundary checked by hand: a lookbehind at every position costs
// more than the whole rest of the parse on long lines.
const SERIES = new RegExp(`(?:(${NUMERAL})(是|要(?!求))|第(${NUMERAL})(?=[，,、：:])|(首先|其次|再次|最后)(?=[，,、：:]))`, 'g');
const SEQUENCE_ORDINAL: Record<string, number | null> = { 首先: 1, 其次: 2, 再次: 3, 最后: null };

/** Finds series items in one line; `from` skips a heading marker at the start of the line. */
export function scanSeries(lineText: string, line: number, from = 0): SeriesItem[] {
  const items: SeriesItem[] = [];
  const text = from > 0 ? lineText.slice(from) : lineText;
  for (const match of text.matchAll(SERIES)) {
    if (match.index > 0 && !BOUNDARY.test(text[match.index - 1])) continue;
    const start = from + match.index;
    if (match[1] !== undefined) {
      const ordinal = parseChineseNumeral(match[1]);
      if (ordinal === null || ordinal === 0) continue;
      items.push(item(match[2] === '是' ? 'shi' : 'yao', ordinal, line, start, match[0], start, start + match[1].length));
    } else if (match[3] !== undefined) {
      const ordinal = parseChineseNumeral(match[3]);
      if (ordinal === null || ordinal === 0) continue;
      items.push(item('di', ordinal, line, start, match[0], start + 1, start + 1 + match[3].length));
    } else {
      items.push(item('sequence', SEQUENCE_ORDINAL[match[4]], line, start, match[0], start, start + match[4].length));
    }
  }
  return items;
}

function item(
  kind: SeriesKind,
  ordinal: number | null,
  line: number,
  start: number,
  text: string,
  numeralStart: number,
  numeralEnd: number,
): SeriesItem {
  return { kind, ordinal, line, start, end: start + text.length, numeralStart, numeralEnd, text };
}
