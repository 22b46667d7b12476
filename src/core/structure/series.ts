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
const ITEM_PUNCTUATION = new Uint8Array(0x10000);
for (const char of '，,、：:') ITEM_PUNCTUATION[char.charCodeAt(0)] = 1;
const [SHI, YAO, QIU, DI] = [...'是要求第'].map((char) => char.charCodeAt(0));
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
    const { kind, start, end, numeralStart, numeralEnd } = found;
    if (start === from || BOUNDARY.test(lineText[start - 1])) {
      const text = lineText.slice(start, end);
      if (kind === 'sequence') {
        items.push(item('sequence', SEQUENCE_ORDINAL[text], line, start, text, start, start + 2));
      } else {
        const ordinal = parseChineseNumeral(lineText.slice(numeralStart, numeralEnd));
        if (ordinal !== null && ordinal !== 0) items.push(item(kind, ordinal, line, start, text, numeralStart, numeralEnd));
      }
    }
    consumed = end;
    anchor = consumed - 1;
  }
  return items;
}

interface Match {
  kind: SeriesKind;
  start: number;
  end: number;
  numeralStart: number;
  numeralEnd: number;
}

/** Reused for every match: matches are read at once and never kept, and most anchors make none. */
const scratch: Match = { kind: 'shi', start: 0, end: 0, numeralStart: 0, numeralEnd: 0 };

function match(kind: SeriesKind, start: number, end: number, numeralStart: number, numeralEnd: number): Match {
  scratch.kind = kind;
  scratch.start = start;
  scratch.end = end;
  scratch.numeralStart = numeralStart;
  scratch.numeralEnd = numeralEnd;
  return scratch;
}

/** The item anchored at `anchor`, starting at or after `floor`, or null. Characters compared by code. */
function matchAround(text: string, anchor: number, floor: number): Match | null {
  const code = text.charCodeAt(anchor);
  if (code === SHI || code === YAO) {
    if (code === YAO && text.charCodeAt(anchor + 1) === QIU) return null;
    let start = anchor;
    while (start > floor && anchor - start < MAX_NUMERAL && SERIES_NUMERAL[text.charCodeAt(start - 1)] === 1) start--;
    if (start === anchor) return null;
    return match(code === SHI ? 'shi' : 'yao', start, anchor + 1, start, anchor);
  }
  if (code === DI) {
    let end = anchor + 1;
    while (end < text.length && end - anchor - 1 < MAX_NUMERAL && SERIES_NUMERAL[text.charCodeAt(end)] === 1) end++;
    if (end > anchor + 1 && ITEM_PUNCTUATION[text.charCodeAt(end)] === 1) return match('di', anchor, end, anchor + 1, end);
    return null;
  }
  for (const word of SEQUENCE_WORDS) {
    if (text.startsWith(word, anchor) && ITEM_PUNCTUATION[text.charCodeAt(anchor + 2)] === 1) {
      return match('sequence', anchor, anchor + 2, anchor, anchor + 2);
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
