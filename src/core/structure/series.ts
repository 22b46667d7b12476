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
const SEQUENCE_ORDINAL: Record<string, number | null> = { 首先: 1, 其次: 2, 再次: 3, 最后: null };
const SEQUENCE_WORDS = Object.keys(SEQUENCE_ORDINAL);
/** What must follow 第一 or 首先 for it to be an item. */
const ITEM_PUNCTUATION = '，,、：:';
const MAX_NUMERAL = 3;

/** 1: a numeral of the series (一…十); 2: 第; 3: the first character of 首先/其次/再次/最后. */
const START = new Uint8Array(0x10000);
for (const char of '一二三四五六七八九十') START[char.charCodeAt(0)] = 1;
START['第'.charCodeAt(0)] = 2;
for (const word of SEQUENCE_WORDS) START[word.charCodeAt(0)] = 3;

/**
 * Finds series items in one line; `from` skips a heading marker at the start of the line.
 *
 * A hand-written scan of what the pattern `([一…十]{1,3})(是|要(?!求))|第([一…十]{1,3})(?=[，,、：:])|
 * (首先|其次|再次|最后)(?=[，,、：:])` matches, left to right without overlaps, jumping from one possible first
 * character to the next (一 is among the commonest characters, so a regular expression tries far more
 * positions). An item counts only after a boundary (punctuation, a space or the line start); a match
 * after anything else is skipped whole, as a global regular expression would.
 */
export function scanSeries(lineText: string, line: number, from = 0): SeriesItem[] {
  const items: SeriesItem[] = [];
  for (let p = from; p < lineText.length; ) {
    const start = START[lineText.charCodeAt(p)];
    const found = start === 0 ? null : matchAt(lineText, p, start);
    if (found === null) {
      p++;
      continue;
    }
    if (p === from || BOUNDARY.test(lineText[p - 1])) {
      if (found.kind === 'sequence') {
        items.push(item('sequence', SEQUENCE_ORDINAL[found.text], line, p, found.text, p, p + 2));
      } else {
        const ordinal = parseChineseNumeral(lineText.slice(found.numeralStart, found.numeralEnd));
        if (ordinal !== null && ordinal !== 0) items.push(item(found.kind, ordinal, line, p, found.text, found.numeralStart, found.numeralEnd));
      }
    }
    p += found.text.length;
  }
  return items;
}

interface Match {
  kind: SeriesKind;
  text: string;
  numeralStart: number;
  numeralEnd: number;
}

function matchAt(text: string, p: number, start: number): Match | null {
  if (start === 1) {
    const end = numeralRunEnd(text, p);
    const next = text[end];
    if (next === '是' || (next === '要' && text[end + 1] !== '求')) {
      return { kind: next === '是' ? 'shi' : 'yao', text: text.slice(p, end + 1), numeralStart: p, numeralEnd: end };
    }
    return null;
  }
  if (start === 2) {
    const end = numeralRunEnd(text, p + 1);
    if (end > p + 1 && end < text.length && ITEM_PUNCTUATION.includes(text[end])) {
      return { kind: 'di', text: text.slice(p, end), numeralStart: p + 1, numeralEnd: end };
    }
    return null;
  }
  for (const word of SEQUENCE_WORDS) {
    if (text.startsWith(word, p) && p + 2 < text.length && ITEM_PUNCTUATION.includes(text[p + 2])) {
      return { kind: 'sequence', text: word, numeralStart: p, numeralEnd: p + 2 };
    }
  }
  return null;
}

/**
 * End of the series numerals from `p`, at most three. A longer run is matched by its last three (the
 * pattern finds them starting further right), so only the run's first three need looking at here:
 * what follows them is a further numeral, which is neither 是 nor 要 nor punctuation.
 */
function numeralRunEnd(text: string, p: number): number {
  let end = p;
  while (end < text.length && end - p < MAX_NUMERAL && START[text.charCodeAt(end)] === 1) end++;
  return end;
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
