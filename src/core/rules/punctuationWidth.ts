import { isHanAt } from '../text/characters';
import { range } from '../text/positions';
import { Replacement, ReportDescriptor, Rule, RuleContext } from './types';

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

/** Message (and fix title) id of each mark, by character code. */
const MESSAGE_OF: string[] = [];
/** The fix of each mark, by character code: its full-width form (one shared object per mark). */
const REPLACEMENT_OF: Replacement[] = [];
for (const [mark, id, full] of [
  [',', 'comma', '，'],
  [';', 'semicolon', '；'],
  [':', 'colon', '：'],
  ['?', 'question', '？'],
  ['!', 'exclamation', '！'],
]) {
  MESSAGE_OF[mark.charCodeAt(0)] = id;
  REPLACEMENT_OF[mark.charCodeAt(0)] = { titleId: id, text: full, safe: true };
}

export const punctuationWidth: Rule = {
  meta: {
    id: 'punctuation-width',
    defaultSeverity: 'info',
    runsLast: true,
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
    const reporter = new LineReporter(report);
    for (let line = 0; line < model.lineCount; line++) {
      const text = model.lineText(line);
      if (!CANDIDATE.test(text)) continue;
      const marker = tree.headingAt(line)?.marker;
      const skip: Skipped = { addresses: addressSpans(text), markerStart: marker ? marker.start : 0, markerEnd: marker ? marker.end : 0 };
      reporter.startLine(line, text);
      scanBrackets(text, skip, reporter);
      scanMarks(text, skip, reporter);
      reporter.pairsBefore(text.length);
    }
  },
};

/**
 * Reports one line's findings in document order: bracket pairs (few) are collected first and reported
 * as the marks pass them. One object for the whole pass, so a line costs no closures.
 */
class LineReporter {
  private line = 0;
  private text = '';
  private readonly pairs: number[] = [];
  private nextPair = 0;
  /** Reused for every mark: the engine copies a replacement report's range (see ReportDescriptor.replacement). */
  private readonly markRange = range(0, 0, 0, 0);
  private readonly markReport: ReportDescriptor = { range: this.markRange, messageId: '', replacement: undefined };

  constructor(private readonly report: RuleContext['report']) {}

  startLine(line: number, text: string): void {
    this.line = line;
    this.text = text;
    this.pairs.length = 0;
    this.nextPair = 0;
  }

  pair(open: number, close: number): void {
    this.pairs.push(open, close);
  }

  mark(index: number, code: number): void {
    this.pairsBefore(index);
    const { markRange, markReport } = this;
    markRange.start.line = this.line;
    markRange.start.character = index;
    markRange.end.line = this.line;
    markRange.end.character = index + 1;
    markReport.messageId = MESSAGE_OF[code];
    markReport.replacement = REPLACEMENT_OF[code];
    this.report(markReport);
  }

  pairsBefore(index: number): void {
    const { line, text, pairs } = this;
    for (; this.nextPair < pairs.length && pairs[this.nextPair] < index; this.nextPair += 2) {
      const open = pairs[this.nextPair];
      const close = pairs[this.nextPair + 1];
      const edits = [];
      if (text.charCodeAt(open) === 40) edits.push({ range: range(line, open, line, open + 1), text: '（' });
      if (text.charCodeAt(close) === 41) edits.push({ range: range(line, close, line, close + 1), text: '）' });
      this.report({ range: range(line, open, line, close + 1), messageId: 'brackets', fix: { titleId: 'brackets', edits, safe: true } });
    }
  }
}

const CANDIDATE = /[,;:?!()]/;

/** What a line leaves alone: URLs and e-mail addresses (per character, null when there are none) and its heading marker. */
interface Skipped {
  addresses: Uint8Array | null;
  markerStart: number;
  markerEnd: number;
}

function isSkipped(skip: Skipped, index: number): boolean {
  return (index < skip.markerEnd && index >= skip.markerStart) || (skip.addresses !== null && skip.addresses[index] === 1);
}

/**
 * Per character: 1 when it lies in a URL or an e-mail address; null when there is none on the line.
 * Addresses are found from their `://`, `www.` and `@` outward, so a long run of letters costs one pass
 * (no regular expression that could backtrack over it): occurrences inside the address run found for an
 * earlier one reuse its end, and characters already marked are not marked again.
 */
function addressSpans(text: string): Uint8Array | null {
  let scheme = text.indexOf('://');
  let www = text.indexOf('www.');
  let at = text.indexOf('@');
  if (scheme < 0 && www < 0 && at < 0) return null;
  const skip = new Uint8Array(text.length);
  const ends = new AddressEnds(text);
  // Each loop visits its occurrences left to right and their spans start left to right, so everything
  // before `covered` is already marked.
  let covered = 0;
  const mark = (start: number, end: number) => {
    const from = start > covered ? start : covered;
    if (end > from) {
      skip.fill(1, from, end);
      covered = end;
    }
  };
  for (; scheme >= 0; scheme = text.indexOf('://', scheme + 3)) {
    let start = scheme;
    while (start > 0 && scheme - start < 16 && isSchemeChar(text.charCodeAt(start - 1))) start--;
    if (start === scheme) continue;
    mark(start, ends.from(scheme + 3));
  }
  covered = 0;
  for (; www >= 0; www = text.indexOf('www.', www + 4)) mark(www, ends.from(www + 4));
  covered = 0;
  for (; at >= 0; at = text.indexOf('@', at + 1)) {
    // Neither walk passes another `@`, so together they read each character at most twice.
    let start = at;
    while (start > 0 && isEmailChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    let dot = false;
    for (let code = text.charCodeAt(end); end < text.length && isDomainChar(code); code = text.charCodeAt(++end)) if (code === 46) dot = true;
    if (start < at && dot) mark(start, end);
  }
  return skip;
}

/** Trailing sentence punctuation closes the sentence, not the address: `见www.a.cn,了解…`. */
function isAddressTrail(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 63 || code === 33 || code === 46 || code === 41;
}

/**
 * Where an address starting at `from` ends: printable ASCII up to the first space or non-ASCII
 * character, trailing sentence punctuation left out. The run last scanned is remembered, so the
 * occurrences of one long run (`www.www.www.…`) scan it once.
 */
class AddressEnds {
  /** Every character in [runFrom, runEnd) is printable ASCII, and the one at runEnd is not (or the line ends). */
  private runFrom = 0;
  private runEnd = -1;
  /** runEnd less the trailing punctuation before it (not bounded by any start). */
  private trimmed = -1;

  constructor(private readonly text: string) {}

  from(from: number): number {
    const { text } = this;
    if (from < this.runFrom || from > this.runEnd) {
      let end = from;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code <= 0x20 || code > 0x7e) break;
        end++;
      }
      let trimmed = end;
      while (trimmed > 0 && isAddressTrail(text.charCodeAt(trimmed - 1))) trimmed--;
      this.runFrom = from;
      this.runEnd = end;
      this.trimmed = trimmed;
    }
    return this.trimmed > from ? this.trimmed : from;
  }
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

/**
 * The side of a mark, looking from `index` (the nearest non-space character) in `step` direction. It
 * walks the word run there and the spaces past it; the callers see to it that no run is walked twice.
 */
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

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `10:30`, `1:1` (times and ratios) and `1,000` (a thousands separator) are parts of numbers. */
function insideNumber(text: string, i: number, code: number): boolean {
  if (!isDigit(text.charCodeAt(i - 1))) return false;
  if (code === 58) return isDigit(text.charCodeAt(i + 1));
  if (code !== 44) return false;
  return isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

function isSentenceMark(code: number): boolean {
  return code === 63 || code === 33;
}

/**
 * Half-width `, ; : ? !` in Chinese text. A mark belongs to the clause before it: Chinese before it
 * (`年,我`, `95%,同比`, `如下:` at a line end, `大小:23KB`), or Chinese after it when nothing Latin stands
 * before (`2019,我局`, `),加强`); `Hello, 世界` is English punctuated in the English way.
 *
 * Neighbours are looked up past spaces (and, for `?` and `!`, past further `?!`: `好吗?!`). Marks are
 * reached with one native search per mark, each moving only right; the look-ups reuse what the previous
 * mark found, and the forward ones only move right. Marks in turn have the same neighbour (`a???`, `???a`)
 * or neighbours with a mark between them, which stops `sideAt`'s walk over a word run; so remembering the
 * last side worked out in each direction reads every word run once, and a line costs one pass.
 */
function scanMarks(text: string, skip: Skipped, found: { mark(index: number, code: number): void }): void {
  const n = text.length;
  let nextPlain = -1;
  let nextSentence = -1;
  let lastMark = -1;
  let lastPrevSentence = -1;
  // The side last worked out in each direction, and for which index.
  let sideBeforeOf = -2;
  let sideBefore: Side = 'none';
  let sideAfterOf = -2;
  let sideAfter: Side = 'none';
  // The next occurrence of each mark (native searches, each moving only right).
  let nextComma = text.indexOf(',');
  let nextSemicolon = text.indexOf(';');
  let nextColon = text.indexOf(':');
  let nextQuestion = text.indexOf('?');
  let nextExclamation = text.indexOf('!');
  for (;;) {
    let i = n;
    if (nextComma >= 0 && nextComma < i) i = nextComma;
    if (nextSemicolon >= 0 && nextSemicolon < i) i = nextSemicolon;
    if (nextColon >= 0 && nextColon < i) i = nextColon;
    if (nextQuestion >= 0 && nextQuestion < i) i = nextQuestion;
    if (nextExclamation >= 0 && nextExclamation < i) i = nextExclamation;
    if (i === n) break;
    const code = text.charCodeAt(i);
    if (code === 44) nextComma = text.indexOf(',', i + 1);
    else if (code === 59) nextSemicolon = text.indexOf(';', i + 1);
    else if (code === 58) nextColon = text.indexOf(':', i + 1);
    else if (code === 63) nextQuestion = text.indexOf('?', i + 1);
    else nextExclamation = text.indexOf('!', i + 1);
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
    if (isSkipped(skip, i) || insideNumber(text, i, code)) continue;
    if (before !== sideBeforeOf) {
      sideBeforeOf = before;
      sideBefore = sideAt(text, before, -1);
    }
    if (chineseLike(sideBefore)) {
      found.mark(i, code);
      continue;
    }
    if (sideBefore === 'latin') continue;
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
    if (after !== sideAfterOf) {
      sideAfterOf = after;
      sideAfter = sideAt(text, after, 1);
    }
    if (chineseLike(sideAfter)) found.mark(i, code);
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

/** Brackets of both widths. */
const BRACKET = /[()（）]/g;

/**
 * Bracket pairs with at least one half-width bracket, matched over both widths (`（社区)` is a pair),
 * reported when they enclose a Chinese character or stand next to one. Left alone: a pair glued to a
 * Latin letter or digit that encloses no Chinese (`f(x)`, `COVID-19(B)`), a Markdown link target.
 * Brackets are reached with a regular expression; between two of them the text is read only up to its
 * first Han character, enough to tell whether a pair encloses one. Each pair's neighbours are looked up
 * once, and a bracket stops the walk over a word run, so these walks read no character twice either.
 */
function scanBrackets(text: string, skip: Skipped, found: { pair(open: number, close: number): void }): void {
  if (text.indexOf('(') < 0 && text.indexOf(')') < 0) return;
  // Open brackets with the number of stretches between brackets holding Han seen before them.
  const opens: number[] = [];
  const hanAtOpen: number[] = [];
  const pairs: { open: number; close: number; enclosesHan: boolean }[] = [];
  let han = 0;
  let previous = -1;
  BRACKET.lastIndex = 0;
  // One-character matches: `test` and the index after it, no match objects.
  while (BRACKET.test(text)) {
    const i = BRACKET.lastIndex - 1;
    for (let k = previous + 1; k < i; k++) {
      if (isHanUnit(text.charCodeAt(k))) {
        han++;
        break;
      }
    }
    previous = i;
    if (isSkipped(skip, i)) continue;
    const code = text.charCodeAt(i);
    if (code === 40 || code === 0xff08) {
      opens.push(i);
      hanAtOpen.push(han);
    } else if (opens.length > 0) {
      pairs.push({ open: opens.pop()!, close: i, enclosesHan: han > hanAtOpen.pop()! });
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  for (const { open, close, enclosesHan } of pairs) {
    if (text.charCodeAt(open) !== 40 && text.charCodeAt(close) !== 41) continue;
    const previousCode = open > 0 ? text.charCodeAt(open - 1) : -1;
    if (previousCode === 93) continue; // ]
    if (!enclosesHan && isAsciiAlphanumeric(previousCode)) continue;
    if (enclosesHan) found.pair(open, close);
    else if (chineseLike(sideAt(text, previousNonSpace(text, open), -1)) || chineseLike(sideAt(text, nextNonSpace(text, close), 1))) found.pair(open, close);
  }
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
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
