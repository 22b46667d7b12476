import { CandidateCursor, candidateClass, textCandidates } from '../text/candidates';
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

const SERIES_NUMERAL = new Uint8Array(0x10000);
for (const char of '一二三四五六七八九十') SERIES_NUMERAL[char.charCodeAt(0)] = 1;

/**
 * The characters every item contains at a fixed place: 是 or 要 right after the numeral, 第 and the
 * first characters of 首先/其次/再次/最后 at the start. The numerals themselves (一 is among the
 * commonest characters) are only read around them.
 */
export const SERIES_ANCHORS = candidateClass('是要第首其再最');

/**
 * Finds series items in one line; `from` skips a heading marker at the start of the line.
 *
 * Finds what the pattern `([一…十]{1,3})(是|要(?!求))|第([一…十]{1,3})(?=[，,、：:])|(首先|其次|再次|
 * 最后)(?=[，,、：:])` matches, left to right without overlaps, from the anchors of the items: before a 是
 * or 要, the (last three) numerals that precede it; after a 第, the numerals and the punctuation. An
 * item counts only after a boundary (punctuation, a space or the line start); a match after anything
 * else is skipped whole, as a global regular expression would. `anchors` comes from the text's shared
 * candidate index when the line belongs to a parsed text.
 */
export function scanSeries(
  lineText: string,
  line: number,
  from = 0,
  anchors: CandidateCursor = textCandidates(lineText, SERIES_ANCHORS),
): SeriesItem[] {
  const items: SeriesItem[] = [];
  let consumed = from;
  for (let anchor = anchors.from(from); anchor < lineText.length; anchor = anchors.from(anchor + 1)) {
    const found = matchAround(lineText, anchor, consumed);
    if (found === null) continue;
    const start = found.start;
    if (start === from || BOUNDARY.test(lineText[start - 1])) {
      if (found.kind === 'sequence') {
        items.push(item('sequence', SEQUENCE_ORDINAL[found.text], line, start, found.text, start, start + 2));
      } else {
        const ordinal = parseChineseNumeral(lineText.slice(found.numeralStart, found.numeralEnd));
        if (ordinal !== null && ordinal !== 0) items.push(item(found.kind, ordinal, line, start, found.text, found.numeralStart, found.numeralEnd));
      }
    }
    consumed = start + found.text.length;
    anchor = consumed - 1;
  }
  return items;
}

interface Match {
  kind: SeriesKind;
  start: number;
  text: string;
  numeralStart: number;
  numeralEnd: number;
}

/** The item anchored at `anchor`, starting at or after `floor`, or null. */
function matchAround(text: string, anchor: number, floor: number): Match | null {
  const char = text[anchor];
  if (char === '是' || char === '要') {
    if (char === '要' && text[anchor + 1] === '求') return null;
    let start = anchor;
    while (start > floor && anchor - start < MAX_NUMERAL && SERIES_NUMERAL[text.charCodeAt(start - 1)] === 1) start--;
    if (start === anchor) return null;
    return { kind: char === '是' ? 'shi' : 'yao', start, text: text.slice(start, anchor + 1), numeralStart: start, numeralEnd: anchor };
  }
  if (char === '第') {
    let end = anchor + 1;
    while (end < text.length && end - anchor - 1 < MAX_NUMERAL && SERIES_NUMERAL[text.charCodeAt(end)] === 1) end++;
    if (end > anchor + 1 && end < text.length && ITEM_PUNCTUATION.includes(text[end])) {
      return { kind: 'di', start: anchor, text: text.slice(anchor, end), numeralStart: anchor + 1, numeralEnd: end };
    }
    return null;
  }
  for (const word of SEQUENCE_WORDS) {
    if (text.startsWith(word, anchor) && anchor + 2 < text.length && ITEM_PUNCTUATION.includes(text[anchor + 2])) {
      return { kind: 'sequence', start: anchor, text: word, numeralStart: anchor, numeralEnd: anchor + 2 };
    }
  }
  return null;
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
