import { CHINESE_NUMERAL_CLASS, formatChineseNumeral, parseChineseNumeral } from '../text/numerals';
import { asciiDigits, leadingSpaceLength } from '../text/characters';

export type HeadingLevel = 1 | 2 | 3 | 4;
export type NumeralStyle = 'chinese' | 'arabic';

/**
 * A heading marker found at the start of a line, as written: `一、`, `（一）`, `1.`, `（1）` and the
 * variants seen in the wild (`(一)`, `（一)`, `(四)、`, `1、`, `一.`, `十三2020年…` with no delimiter).
 */
export interface HeadingMarker {
  level: HeadingLevel;
  ordinal: number;
  numeralStyle: NumeralStyle;
  /** Offsets inside the line (UTF-16). `start` is the first character of the marker. */
  start: number;
  end: number;
  numeralStart: number;
  numeralEnd: number;
  /** The marker exactly as written, e.g. `(四)、`. */
  text: string;
  /** Bracket characters for levels 2 and 4 (`（`/`）` or half-width), empty otherwise. */
  open: string;
  close: string;
  /** What follows the numeral (levels 1 and 3) or the closing bracket (levels 2 and 4); '' when nothing. */
  delimiter: string;
  /** Number of `#` when the line is a Markdown heading, else 0. */
  markdownDepth: number;
  /**
   * `strong`: the marker alone makes the line a heading. `weak`: a heading only if its number continues
   * the sequence of its level (no delimiter, or a delimiter that is also common in prose).
   */
  strength: 'strong' | 'weak';
}

const SPACE = '[ \\t\\u3000\\u00a0]';
const CN = `[${CHINESE_NUMERAL_CLASS}]{1,5}`;
const DIGITS = '[0-9０-９]{1,2}';
const MARKDOWN_PREFIX = /^(#{1,6})[ \t]+/;
const HASH = 0x23;
/** The characters a marker can start with (LEVEL_1–4 below). */
const MARKER_START = new Uint8Array(0x10000);
for (const char of `（(${CHINESE_NUMERAL_CLASS}0123456789０１２３４５６７８９`) MARKER_START[char.charCodeAt(0)] = 1;

const LEVEL_2 = new RegExp(`^([（(])${SPACE}*(${CN})${SPACE}*([）)])(${SPACE}*[、.．，,])?`);
const LEVEL_4 = new RegExp(`^([（(])${SPACE}*(${DIGITS})${SPACE}*([）)])(${SPACE}*[、.．，,])?`);
const LEVEL_1 = new RegExp(`^(${CN})(${SPACE}*、|[.．，,：:]|${SPACE}+)?`);
const LEVEL_3 = new RegExp(`^(${DIGITS})([.．](?![0-9０-９])|${SPACE}*、|[，,](?![0-9０-９])|${SPACE}+)?`);

/** Characters that, right after a Chinese numeral with no delimiter, make it a word rather than a marker. */
const NUMERAL_WORD_CONTINUATION = new Set(
  '是要来则方面个位名项条点次批些年月日天周季度号届期章节层级类种样般切直定起把手心道体致时同百千万亿元岁倍成分户家人字线流旦律概齐并半带路中共级对列连环'.split(''),
);

/** Recognizes the heading marker at the start of a line, or returns null. Pure, line-local. */
export function scanHeadingMarker(line: string): HeadingMarker | null {
  let offset = leadingSpaceLength(line);
  // Every marker starts with a bracket, a numeral or a digit (after `#`s): most lines are settled here,
  // before any slice or regular expression.
  const first = line.charCodeAt(offset);
  if (first !== HASH && MARKER_START[first] !== 1) return null;
  let markdownDepth = 0;
  const markdown = MARKDOWN_PREFIX.exec(line.slice(offset));
  if (markdown) {
    markdownDepth = markdown[1].length;
    offset += markdown[0].length;
  }
  const rest = line.slice(offset);
  return (
    bracketed(rest, offset, markdownDepth, LEVEL_2, 2, 'chinese') ??
    bracketed(rest, offset, markdownDepth, LEVEL_4, 4, 'arabic') ??
    plain(rest, offset, markdownDepth)
  );
}

function bracketed(
  rest: string,
  offset: number,
  markdownDepth: number,
  pattern: RegExp,
  level: HeadingLevel,
  numeralStyle: NumeralStyle,
): HeadingMarker | null {
  const match = pattern.exec(rest);
  if (!match) return null;
  const ordinal = numeralStyle === 'chinese' ? parseChineseNumeral(match[2]) : Number(asciiDigits(match[2]));
  if (ordinal === null || ordinal === 0) return null;
  const numeralStart = offset + match[0].indexOf(match[2], match[1].length);
  return {
    level,
    ordinal,
    numeralStyle,
    start: offset,
    end: offset + match[0].length,
    numeralStart,
    numeralEnd: numeralStart + match[2].length,
    text: match[0],
    open: match[1],
    close: match[3],
    delimiter: (match[4] ?? '').trim(),
    markdownDepth,
    strength: 'strong',
  };
}

function plain(rest: string, offset: number, markdownDepth: number): HeadingMarker | null {
  const chinese = LEVEL_1.exec(rest);
  if (chinese) return plainMarker(chinese, rest, offset, markdownDepth, 1, 'chinese');
  const arabic = LEVEL_3.exec(rest);
  if (arabic) return plainMarker(arabic, rest, offset, markdownDepth, 3, 'arabic');
  return null;
}

function plainMarker(
  match: RegExpExecArray,
  rest: string,
  offset: number,
  markdownDepth: number,
  level: HeadingLevel,
  numeralStyle: NumeralStyle,
): HeadingMarker | null {
  const numeral = match[1];
  const ordinal = numeralStyle === 'chinese' ? parseChineseNumeral(numeral) : Number(asciiDigits(numeral));
  if (ordinal === null || ordinal === 0) return null;
  const rawDelimiter = match[2] ?? '';
  const delimiter = rawDelimiter.trim();
  const after = rest.slice(match[0].length);
  if (after.trim().length === 0) return null;
  // `1 .其他`: a delimiter after a space is a typo of prose, not a marker.
  if (delimiter === '' && rawDelimiter !== '' && /^[.．、，,：:；;。]/.test(after)) return null;
  const standard = level === 1 ? delimiter === '、' : delimiter === '.' || delimiter === '．' || delimiter === '、';
  let strength: HeadingMarker['strength'] = standard ? 'strong' : 'weak';
  if (level === 1) {
    if (delimiter === '.' || delimiter === '．') strength = 'strong';
    if (delimiter === '' && (NUMERAL_WORD_CONTINUATION.has(after[0]) || /[一二三四五六七八九十百千万〇零两]/.test(after[0]))) {
      return null;
    }
    // 一、二级医院 and 三、四季度 list numerals in prose; they are not headings.
    if (delimiter === '、' && /^[一二三四五六七八九十]+(?:[、级类等档批]|季度|月份?|年级)/.test(after)) return null;
    // 二〇二三年 and 两个 are prose; a colon after a numeral introduces a count, not a heading.
    if (/[〇零两]/.test(numeral) || delimiter === '：' || delimiter === ':') return null;
  } else if (rawDelimiter === '') {
    // 2019年, 12345热线: digits glued to text are never a level-3 marker.
    return null;
  }
  return {
    level,
    ordinal,
    numeralStyle,
    start: offset,
    end: offset + match[0].length,
    numeralStart: offset,
    numeralEnd: offset + numeral.length,
    text: match[0],
    open: '',
    close: '',
    delimiter,
    markdownDepth,
    strength,
  };
}

/** A heading marker as GB/T 9704 writes it: `三、`, `（三）`, `3.`, `（3）`. */
export function standardMarker(level: HeadingLevel, ordinal: number): string {
  switch (level) {
    case 1:
      return `${formatChineseNumeral(ordinal)}、`;
    case 2:
      return `（${formatChineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    default:
      return `（${ordinal}）`;
  }
}
