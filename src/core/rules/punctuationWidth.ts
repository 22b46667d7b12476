import { isHanAt } from '../text/characters';
import { range } from '../text/positions';
import { Rule } from './types';

/**
 * GB/T 15834: Chinese text takes full-width punctuation. A half-width `, ; : ? !` is reported when it
 * punctuates a Chinese clause: Chinese (or a number, placeholder or abbreviation standing in Chinese)
 * before it, or Chinese after it and nothing Latin before, so that `1,000`, `10:30`, `Email: a@b.cn`
 * and English sentences stay silent. Half-width brackets are reported as a pair, one finding with both
 * replacements, when the pair encloses Chinese or stands in Chinese text; `f(x)` and Markdown links
 * `[…](…)` are left alone, and so are heading markers (`bracket-width`), URLs and e-mail addresses.
 * An unpaired bracket is `punctuation-pair`'s business.
 *
 * Messages carry no placeholders: a report can hold thousands of these findings, and the engine
 * formats every message and fix title.
 */

/** Message (and fix title) id of each mark. */
const MESSAGE_OF: Record<string, string> = { ',': 'comma', ';': 'semicolon', ':': 'colon', '?': 'question', '!': 'exclamation' };
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

export const punctuationWidth: Rule = {
  meta: {
    id: 'punctuation-width',
    defaultSeverity: 'info',
    description: {
      zh: '中文语句中的标点应为全角：，；：？！（）',
      en: 'Punctuation in Chinese text must be full-width: ，；：？！（）',
    },
    messages: {
      comma: { zh: '中文语句中使用了半角逗号“,”，应为全角“，”', en: 'Half-width comma "," in Chinese text; use "，"' },
      semicolon: { zh: '中文语句中使用了半角分号“;”，应为全角“；”', en: 'Half-width semicolon ";" in Chinese text; use "；"' },
      colon: { zh: '中文语句中使用了半角冒号“:”，应为全角“：”', en: 'Half-width colon ":" in Chinese text; use "："' },
      question: { zh: '中文语句中使用了半角问号“?”，应为全角“？”', en: 'Half-width question mark "?" in Chinese text; use "？"' },
      exclamation: { zh: '中文语句中使用了半角叹号“!”，应为全角“！”', en: 'Half-width exclamation mark "!" in Chinese text; use "！"' },
      brackets: { zh: '中文语句中使用了半角括号，应为全角“（）”', en: 'Half-width brackets in Chinese text; use "（）"' },
    },
    fixes: {
      comma: { zh: '改为全角逗号“，”', en: 'Use the full-width comma "，"' },
      semicolon: { zh: '改为全角分号“；”', en: 'Use the full-width semicolon "；"' },
      colon: { zh: '改为全角冒号“：”', en: 'Use the full-width colon "："' },
      question: { zh: '改为全角问号“？”', en: 'Use the full-width question mark "？"' },
      exclamation: { zh: '改为全角叹号“！”', en: 'Use the full-width exclamation mark "！"' },
      brackets: { zh: '改为全角括号“（）”', en: 'Use full-width brackets "（）"' },
    },
  },
  check({ tree, report }) {
    const { model } = tree;
    for (let line = 0; line < model.lineCount; line++) {
      const text = model.lineText(line);
      if (!CANDIDATE.test(text)) continue;
      const skip = skippedSpans(text, tree.headingAt(line)?.marker);
      scanMarks(text, skip, (index) => {
        const mark = text[index];
        const id = MESSAGE_OF[mark];
        const at = range(line, index, line, index + 1);
        report({ range: at, messageId: id, fix: { titleId: id, edits: [{ range: at, text: FULL_WIDTH[mark] }], safe: true } });
      });
      scanBrackets(text, skip, (open, close) => {
        const edits = [];
        if (text[open] === '(') edits.push({ range: range(line, open, line, open + 1), text: '（' });
        if (text[close] === ')') edits.push({ range: range(line, close, line, close + 1), text: '）' });
        report({ range: range(line, open, line, close + 1), messageId: 'brackets', fix: { titleId: 'brackets', edits, safe: true } });
      });
    }
  },
};

const CANDIDATE = /[,;:?!()]/;

/**
 * Per character: 1 when it lies in a URL, an e-mail address or the line's heading marker; null when
 * nothing on the line is skipped. Addresses are found from their `://`, `www.` and `@` outward, so a
 * long run of letters costs one pass (no regular expression that could backtrack over it).
 */
function skippedSpans(text: string, marker: { start: number; end: number } | undefined): Uint8Array | null {
  let skip: Uint8Array | null = null;
  const mark = (start: number, end: number) => {
    if (end <= start) return;
    skip ??= new Uint8Array(text.length);
    skip.fill(1, start, end);
  };
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && at - start < 16 && isSchemeChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    mark(start, addressEnd(text, at + 3));
  }
  for (let at = text.indexOf('www.'); at >= 0; at = text.indexOf('www.', at + 4)) mark(at, addressEnd(text, at + 4));
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && isEmailChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isDomainChar(text.charCodeAt(end))) end++;
    if (start < at && text.slice(at + 1, end).includes('.')) mark(start, end);
  }
  if (marker) mark(marker.start, marker.end);
  return skip;
}

/** Printable ASCII up to the first space or non-ASCII character, trailing sentence punctuation left out. */
function addressEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code <= 0x20 || code > 0x7e) break;
    end++;
  }
  // Trailing sentence punctuation closes the sentence, not the address: `见www.a.cn,了解…`.
  while (end > from && ',;:?!.)'.includes(text[end - 1])) end--;
  return end;
}

function isSchemeChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46;
}

function isEmailChar(code: number): boolean {
  return isSchemeChar(code) || code === 95 || code === 37;
}

function isDomainChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0;
}

/** Full-width and CJK punctuation, quotation marks, 《》, ……, ——. */
function isChinesePunctuation(code: number): boolean {
  return (
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2014 ||
    code === 0x2015 ||
    code === 0x2026 ||
    code === 0x00b7 ||
    (code >= 0xfe30 && code <= 0xfe4f)
  );
}

function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/**
 * What stands on one side of a mark. `embedded`: a Latin word, a number or a placeholder (`xx`, `DR`,
 * `95%`) that itself stands in Chinese text (`引进DR,长江镇`, `达到95%,同比`), so the mark belongs to
 * the Chinese sentence. `latin`: a word of Latin text. `number`: digits outside Chinese text.
 */
type Side = 'chinese' | 'embedded' | 'latin' | 'number' | 'other' | 'none';

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    isLatinLetter(code) ||
    code === 46 || // .
    code === 45 || // -
    code === 47 || // /
    code === 37 || // %
    code === 0x2030 || // ‰
    code === 0xd7 // ×
  );
}

function isChineseAt(text: string, index: number): boolean {
  let at = index;
  const code = text.charCodeAt(at);
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) {
    const high = text.charCodeAt(at - 1);
    if (high >= 0xd800 && high <= 0xdbff) at--;
  }
  return isHanAt(text, at) || isChinesePunctuation(text.charCodeAt(at));
}

/** The side of a mark, looking from `index` (the nearest non-space character) in `step` direction. */
function sideAt(text: string, index: number, step: 1 | -1): Side {
  if (index < 0 || index >= text.length) return 'none';
  if (isChineseAt(text, index)) return 'chinese';
  if (!isWordChar(text.charCodeAt(index))) return 'other';
  let letters = false;
  let placeholder = true;
  let i = index;
  while (i >= 0 && i < text.length && isWordChar(text.charCodeAt(i))) {
    const code = text.charCodeAt(i);
    if (isLatinLetter(code)) letters = true;
    if (!(code === 120 || code === 88 || code === 0xd7)) placeholder = false;
    i += step;
  }
  while (i >= 0 && i < text.length && isSpace(text.charCodeAt(i))) i += step;
  if (placeholder || (i >= 0 && i < text.length && isChineseAt(text, i))) return 'embedded';
  return letters ? 'latin' : 'number';
}

function chineseLike(side: Side): boolean {
  return side === 'chinese' || side === 'embedded';
}

/**
 * A mark belongs to the clause before it: Chinese before it (`年,我`, `95%,同比`, `如下:` at a line end,
 * `大小:23KB`), or Chinese after it when nothing Latin stands before (`2019,我局`, `),加强`).
 * `Hello, 世界` is English punctuated in the English way.
 */
function inChineseText(before: Side, after: Side): boolean {
  return chineseLike(before) || (before !== 'latin' && chineseLike(after));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `10:30`, `1:1` (times and ratios) and `1,000` (a thousands separator) are parts of numbers. */
function insideNumber(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i - 1))) return false;
  if (text[i] === ':') return isDigit(text.charCodeAt(i + 1));
  if (text[i] !== ',') return false;
  return isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

function isSentenceMark(code: number): boolean {
  return code === 63 || code === 33;
}

const MARK = /[,;:?!]/g;

/**
 * Half-width `, ; : ? !` in Chinese text. Neighbours are looked up past spaces (and, for `?` and `!`,
 * past further `?!`: `好吗?!`). Marks are reached with a regular expression; the look-ups reuse what
 * the previous mark found, and the forward ones only move right, so a line costs one pass.
 */
function scanMarks(text: string, skip: Uint8Array | null, found: (index: number) => void): void {
  const n = text.length;
  let nextPlain = -1;
  let nextSentence = -1;
  let lastMark = -1;
  let lastPrevSentence = -1;
  MARK.lastIndex = 0;
  for (let match = MARK.exec(text); match; match = MARK.exec(text)) {
    const i = match.index;
    const code = text.charCodeAt(i);
    const sentenceMark = isSentenceMark(code);
    // Nearest character to the left that is not a space (nor, for ?!, a ?!).
    let before = i - 1;
    while (before >= 0) {
      const c = text.charCodeAt(before);
      if (isSpace(c)) before--;
      else if (sentenceMark && isSentenceMark(c)) {
        if (before === lastMark) {
          before = lastPrevSentence;
          break;
        }
        before--;
      } else break;
    }
    if (sentenceMark) {
      lastMark = i;
      lastPrevSentence = before;
    }
    if ((skip && skip[i]) || insideNumber(text, i)) continue;
    let after: number;
    if (sentenceMark) {
      if (nextSentence <= i) {
        nextSentence = i + 1;
        while (nextSentence < n && (isSpace(text.charCodeAt(nextSentence)) || isSentenceMark(text.charCodeAt(nextSentence)))) nextSentence++;
      }
      after = nextSentence;
    } else {
      if (nextPlain <= i) {
        nextPlain = i + 1;
        while (nextPlain < n && isSpace(text.charCodeAt(nextPlain))) nextPlain++;
      }
      after = nextPlain;
    }
    if (inChineseText(sideAt(text, before, -1), sideAt(text, after, 1))) found(i);
  }
}

/** A CJK ideograph code unit (BMP blocks, or the high surrogate of Extension B and later). */
function isHanUnit(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd884)
  );
}

/**
 * Bracket pairs with at least one half-width bracket, matched over both widths (`（社区)` is a pair),
 * reported when they enclose a Chinese character or stand next to one. Left alone: a pair glued to a
 * Latin letter or digit that encloses no Chinese (`f(x)`, `COVID-19(B)`), a Markdown link target.
 */
function scanBrackets(text: string, skip: Uint8Array | null, found: (open: number, close: number) => void): void {
  if (text.indexOf('(') < 0 && text.indexOf(')') < 0) return;
  // Open brackets with the number of Han characters seen before them, to tell whether a pair encloses one.
  const opens: number[] = [];
  const hanAtOpen: number[] = [];
  const pairs: { open: number; close: number; enclosesHan: boolean }[] = [];
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400) {
      if (isHanUnit(code)) han++;
      if (code !== 0xff08 && code !== 0xff09) continue;
    } else if (code !== 40 && code !== 41) continue;
    if (skip && skip[i]) continue;
    if (code === 40 || code === 0xff08) {
      opens.push(i);
      hanAtOpen.push(han);
    } else if (opens.length > 0) {
      pairs.push({ open: opens.pop()!, close: i, enclosesHan: han > hanAtOpen.pop()! });
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  for (const { open, close, enclosesHan } of pairs) {
    if (text[open] !== '(' && text[close] !== ')') continue;
    const previous = open > 0 ? text[open - 1] : '';
    if (previous === ']') continue;
    if (!enclosesHan && /[A-Za-z0-9]/.test(previous)) continue;
    const before = sideAt(text, previousNonSpace(text, open), -1);
    const after = sideAt(text, nextNonSpace(text, close), 1);
    if (enclosesHan || chineseLike(before) || chineseLike(after)) found(open, close);
  }
}

function previousNonSpace(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i;
}

function nextNonSpace(text: string, index: number): number {
  let i = index + 1;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
