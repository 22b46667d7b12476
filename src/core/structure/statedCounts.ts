import { asciiDigits, isDigitCode, isHan } from '../text/characters';
import { parseCountNumeral } from '../text/numerals';
import { Position, Range } from '../text/positions';
import {
  forEachParagraphMatch,
  Paragraph,
  paragraphEndPosition,
  ParagraphModel,
  paragraphOffset,
  paragraphPosition,
  paragraphsOf,
} from './paragraphs';
import { scanSeries, SeriesItem } from './series';
import { Heading, Report, ReportTree } from './types';

/**
 * An announcement of a number of parts (我讲四个方面的内容, 下面我提三点要求, 重点推进11个方面的工作：)
 * whose parts were located in the structure model, with both numbers.
 */
export interface StatedCount {
  reportIndex: number;
  /** Line of the announced number (zero-based). */
  line: number;
  /** The count phrase, e.g. `四个方面的内容` (may run over a hard-wrapped line break). */
  range: Range;
  phrase: string;
  /** The number announced. */
  stated: number;
  /** The number of parts that follow. */
  actual: number;
  /** What the parts are: headings one level below the announcement, or the series items that follow. */
  partsKind: 'headings' | 'series';
  /** Line of the first part (the heading that opens the parts, or the first series item). */
  firstPartLine: number;
  /** Line of every part, in order. */
  partLines: number[];
  /** The heading that opens the parts, when they are headings (the outline shows the count on it). */
  firstPartHeading: Heading | null;
  /** The first series item, when the parts are series items. */
  firstSeriesItem: SeriesItem | null;
  differs: boolean;
}

/** Non-empty paragraphs allowed between an announcement and its first part. */
const MAX_GAP = 2;
const MIN_COUNT = 2;
const MAX_COUNT = 99;

/** Classifiers of parts, longest first for each first character. */
const CLASSIFIERS = ['个方面', '个部分', '个问题', '层意思', '件事情', '件事', '方面', '部分', '点', '项', '条'];
/** The last character of a numeral and the first character of a classifier (one native pass). */
const NUMERAL_BEFORE_CLASSIFIER = /[一二三四五六七八九十两0-9０-９][个层件方部点项条]/g;
const CHINESE_COUNT_DIGIT = new Uint8Array(0x10000);
for (const digit of '一二三四五六七八九十两') CHINESE_COUNT_DIGIT[digit.charCodeAt(0)] = 1;
const MAX_CHINESE_NUMERAL = 3;
const MAX_ARABIC_NUMERAL = 2;
/** Immediately before the numeral: an ordinal, a demonstrative, a vague or partial count, a recap. */
const BEFORE_EXCLUDED = new Set('第这那此其前后每各头几数多余等另0123456789０１２３４５６７８９.．〇零一二三四五六七八九十百千万两'.split(''));
/** Right after the classifier: a decimal (三点五), a time (三点半, 八点钟), a further numeral. */
const AFTER_EXCLUDED = new Set('〇零一二三四五六七八九十百千万两半钟多余几0123456789０１２３４５６７８９'.split(''));
/** What the parts are called (head noun of the phrase after the classifier, possibly with a modifier). */
const HEAD_NOUNS = [
  '意见', '要求', '内容', '问题', '工作', '任务', '建议', '措施', '体会', '看法', '想法', '意思', '事情', '事项',
  '举措', '重点', '打算', '安排', '思考', '希望', '认识', '做法', '经验', '情况',
];
/** A verb closing the announcement after the phrase: 从以下四个方面用力. */
const VERB_TAILS = ['用力', '发力', '入手', '着手', '展开', '进行', '推进', '抓起', '做起', '来抓', '谈起', '讲起', '说起', '把握', '加以把握'];
const MAX_SPAN = 8;
/** Words that make a sentence an announcement when it does not end its paragraph with a colon. */
const FORWARD_CUE = /以下|如下|下面|下列/;
const CLAUSE_CUE = /重点|主要|着力/;
/** A speaker's verb right before the number: 我讲三点意见, 再强调两点, 提以下三点要求. */
const SPEAKER_CUE = /(讲|谈|提|说|强调|汇报)(一下|了)?(以下|如下)?$/;
/** The count refers back to something already said. */
const BACKWARD = /以上|上述|上面|前面|前述|刚才|这些/;
const SENTENCE_BREAK = '。！？!?；;：:';
const CLAUSE_BREAK = '，,';
const MAX_LOOKBACK = 80;
/** Enough characters to recognize a series item (第十一，) right after a colon. */
const SERIES_PEEK = 8;

interface Announcement {
  paragraph: Paragraph;
  start: number;
  end: number;
  stated: number;
  /** Offset after the announcement's sentence (where its parts may start inline). */
  after: number;
  /** The colon is followed, in the same paragraph, by a series item numbered 1. */
  inlineSeries: boolean;
}

/**
 * Every announcement of a number of parts whose parts can be located, matching or not: the series items
 * (一是/第一/一要/首先…) that start right after it, before the next heading; otherwise the headings one level
 * below the announcement's position (the report's top-level headings for an announcement in the opening):
 * the first heading after it, numbered 1, and its following siblings. Each report of a multi-report file
 * is counted on its own. Pure; linear in the text: each announcement finds its report, next heading and
 * first series item by binary search and walks only the items and headings of its own run.
 */
export function findStatedCounts(tree: ReportTree, model: ParagraphModel = paragraphsOf(tree)): StatedCount[] {
  // The last announcement of each paragraph (the one its parts follow).
  const announcements = new Map<Paragraph, Announcement>();
  forEachParagraphMatch(
    tree,
    model,
    NUMERAL_BEFORE_CLASSIFIER,
    (paragraph, offset) => {
      if (paragraph.title) return;
      const candidate = announcementBefore(paragraph, offset);
      if (candidate) announcements.set(paragraph, candidate);
    },
  );
  const results: StatedCount[] = [];
  for (const announcement of announcements.values()) {
    const located = locate(tree, model, announcement);
    if (located) results.push(located);
  }
  return results;
}

/** The announcement whose classifier starts at `at` (a numeral stands right before it), or null. */
function announcementBefore(paragraph: Paragraph, at: number): Announcement | null {
  const { text } = paragraph;
  const numeral = numeralBefore(text, at);
  if (numeral === 0) return null;
  const classifier = CLASSIFIERS.find((candidate) => text.startsWith(candidate, at));
  if (!classifier) return null;
  return announcementAt(paragraph, text, at - numeral, text.slice(at - numeral, at), at + classifier.length);
}

/** Length of the numeral (一二…十两, or 1–2 digits) that ends right before `end`, or 0. */
function numeralBefore(text: string, end: number): number {
  let start = end;
  if (CHINESE_COUNT_DIGIT[text.charCodeAt(end - 1)] === 1) {
    while (start > 0 && end - start < MAX_CHINESE_NUMERAL && CHINESE_COUNT_DIGIT[text.charCodeAt(start - 1)] === 1) start--;
  } else {
    while (start > 0 && end - start < MAX_ARABIC_NUMERAL && isDigitCode(text.charCodeAt(start - 1))) start--;
  }
  return end - start;
}


function announcementAt(paragraph: Paragraph, text: string, start: number, numeral: string, classifierEnd: number): Announcement | null {
  if (start > 0 && BEFORE_EXCLUDED.has(text[start - 1])) return null;
  if (classifierEnd < text.length && AFTER_EXCLUDED.has(text[classifierEnd])) return null;
  const stated = /^[0-9０-９]+$/.test(numeral) ? Number(asciiDigits(numeral)) : parseCountNumeral(numeral);
  if (stated === null || stated < MIN_COUNT || stated > MAX_COUNT) return null;

  // The phrase: [的] + a short noun phrase ending in a head noun, optionally a closing verb.
  let pos = classifierEnd;
  if (text[pos] === '的') pos++;
  let spanEnd = pos;
  while (spanEnd < text.length && spanEnd - pos <= MAX_SPAN && isHan(text.charCodeAt(spanEnd))) spanEnd++;
  const span = text.slice(pos, spanEnd);
  if (span.length > MAX_SPAN || !acceptableSpan(span)) return null;
  let phraseEnd = spanEnd;
  const tail = VERB_TAILS.find((verb) => span.endsWith(verb) && span.length > verb.length);
  if (tail) phraseEnd -= tail.length;
  if (phraseEnd === classifierEnd + 1 && text[classifierEnd] === '的') phraseEnd = classifierEnd;

  // What comes before, in the same sentence and clause.
  let sentenceStart = start;
  while (sentenceStart > 0 && start - sentenceStart < MAX_LOOKBACK && !SENTENCE_BREAK.includes(text[sentenceStart - 1])) sentenceStart--;
  const sentence = text.slice(sentenceStart, start);
  let clauseStart = start;
  while (clauseStart > sentenceStart && !CLAUSE_BREAK.includes(text[clauseStart - 1])) clauseStart--;
  const clause = text.slice(clauseStart, start);
  // 重点抓好甲、乙、丙三项工作 sums up a list: not an announcement of parts to come.
  const lastComma = clause.lastIndexOf('、');
  if ((lastComma >= 0 && !FORWARD_CUE.test(clause.slice(lastComma))) || BACKWARD.test(sentence)) return null;

  const speaker = SPEAKER_CUE.test(clause);
  const cued = speaker || FORWARD_CUE.test(sentence) || CLAUSE_CUE.test(clause);
  const rest = text.slice(spanEnd);
  const endMark = rest.length > 0 ? rest[0] : '';
  const base = { paragraph, start, end: phraseEnd, stated };
  if (endMark === '') {
    return cued ? { ...base, after: text.length, inlineSeries: false } : null;
  }
  if (endMark === '：' || endMark === ':') {
    const after = spanEnd + 1;
    let next = after;
    while (next < text.length && /[\s\u3000]/.test(text[next])) next++;
    if (next >= text.length) return { ...base, after, inlineSeries: false };
    // 把握好四个方面：一是… counts the series that starts right here; 做到三个到位：…、… is a list.
    const items = scanSeries(text.slice(next, next + SERIES_PEEK), 0);
    if (items.length > 0 && items[0].start === 0 && items[0].ordinal === 1) return { ...base, after: next, inlineSeries: true };
    return null;
  }
  if ('。！!'.includes(endMark)) {
    return cued ? { ...base, after: spanEnd + 1, inlineSeries: false } : null;
  }
  if (endMark === '，' || endMark === ',') {
    // 我讲三点意见，供大家参考。
    if (!speaker) return null;
    let close = spanEnd + 1;
    while (close < text.length && close - spanEnd <= 20 && !'。！!；;：:、'.includes(text[close])) close++;
    if (close - spanEnd > 20) return null;
    if (close < text.length && !'。！!；;'.includes(text[close])) return null;
    if (scanSeries(text.slice(spanEnd + 1, close), 0).length > 0) return null;
    return { ...base, after: Math.min(close + 1, text.length), inlineSeries: false };
  }
  return null;
}

function acceptableSpan(span: string): boolean {
  if (span === '') return true;
  if (HEAD_NOUNS.some((noun) => span.endsWith(noun))) return true;
  const tail = VERB_TAILS.find((verb) => span.endsWith(verb));
  if (!tail) return false;
  const head = span.slice(0, span.length - tail.length);
  return head === '' || HEAD_NOUNS.some((noun) => head.endsWith(noun));
}

function locate(tree: ReportTree, model: ParagraphModel, announcement: Announcement): StatedCount | null {
  const { paragraph } = announcement;
  const startPosition = paragraphPosition(paragraph, announcement.start);
  const report = reportAt(tree.reports, startPosition.line);
  if (!report) return null;
  const base = {
    reportIndex: report.index,
    line: startPosition.line,
    range: { start: startPosition, end: paragraphEndPosition(paragraph, announcement.end) },
    phrase: paragraph.text.slice(announcement.start, announcement.end),
    stated: announcement.stated,
  };

  // Where the parts may start: right after the announcement's sentence, or on the next line.
  const from: Position =
    announcement.after >= paragraph.text.length ? { line: paragraph.endLine + 1, character: 0 } : paragraphPosition(paragraph, announcement.after);
  const run = seriesAfter(report, model, paragraph, from, announcement.inlineSeries, announcement.stated);
  if (run) {
    return {
      ...base,
      actual: run.length,
      partsKind: 'series',
      firstPartLine: run[0].line,
      partLines: run.map((item) => item.line),
      firstPartHeading: null,
      firstSeriesItem: run[0],
      differs: run.length !== announcement.stated,
    };
  }
  if (announcement.inlineSeries) return null;
  const parts = headingsAfter(report, model, paragraph);
  if (!parts) return null;
  return {
    ...base,
    actual: parts.length,
    partsKind: 'headings',
    firstPartLine: parts[0].line,
    partLines: parts.map((heading) => heading.line),
    firstPartHeading: parts[0],
    firstSeriesItem: null,
    differs: parts.length !== announcement.stated,
  };
}

/**
 * The headings one level below the announcement: the first heading after it, numbered 1, at most MAX_GAP
 * paragraphs away, and its following siblings. They must be one run (numbers rising): a restart means
 * the real parts are not marked (lost in conversion) and these headings are something else.
 */
function headingsAfter(report: Report, model: ParagraphModel, paragraph: Paragraph): Heading[] | null {
  const first = firstHeadingAfter(report, paragraph.endLine);
  if (!first || first.ordinal !== 1) return null;
  if (gap(paragraph.index, model.lineParagraph[first.line]) > MAX_GAP) return null;
  const siblings = first.parent ? first.parent.children : report.headings;
  let at = firstAfterLine(siblings, first.line - 1);
  if (siblings[at] !== first) at = siblings.indexOf(first);
  // (`first` is always among its siblings; -1 would mean the last one, as `slice(-1)` does.)
  const start = at >= 0 ? at : Math.max(0, siblings.length - 1);
  // Checked up to the first number that does not rise, before anything is copied.
  for (let i = start + 1; i < siblings.length; i++) {
    if (siblings[i].ordinal <= siblings[i - 1].ordinal) return null;
  }
  return siblings.slice(start);
}

/** The report holding a line, or undefined (reports are in line order and do not overlap). */
function reportAt(reports: readonly Report[], line: number): Report | undefined {
  let low = 0;
  let high = reports.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (reports[mid].startLine <= line) low = mid;
    else high = mid - 1;
  }
  const report = reports[low];
  return report && report.startLine <= line && line <= report.endLine ? report : undefined;
}

/** Index of the first of `items` (in line order) on a line after `line`; `items.length` when none is. */
function firstAfterLine(items: readonly { line: number }[], line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].line > line) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The report's first heading on a line after `line` (headings are in line order). */
function firstHeadingAfter(report: Report, line: number): Heading | undefined {
  return report.allHeadings[firstAfterLine(report.allHeadings, line)];
}

/** Index of the report's first series item at or after a position (items are in text order). */
function firstSeriesFrom(series: readonly SeriesItem[], from: Position): number {
  let low = 0;
  let high = series.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = series[mid];
    if (item.line > from.line || (item.line === from.line && item.start >= from.character)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Non-empty paragraphs strictly between two paragraphs. */
function gap(from: number, to: number): number {
  return to < 0 ? Infinity : Math.max(0, to - from - 1);
}

/**
 * The series run that follows `from` up to the next heading: it starts with an item numbered 1 (or 首先)
 * at most MAX_GAP paragraphs away, at the start of a paragraph (or right after the colon for an inline
 * series), and takes the following items of the same kind while their numbers rise. When the run's
 * items start paragraphs, items of its kind inside paragraphs (nested series, mentions) are not parts.
 * 最后 ends a 首先… run; once the run has the announced number of items it is the closing words instead.
 */
function seriesAfter(
  report: Report,
  model: ParagraphModel,
  paragraph: Paragraph,
  from: Position,
  inline: boolean,
  stated: number,
): SeriesItem[] | null {
  const nextHeading = firstHeadingAfter(report, paragraph.endLine);
  const scopeEnd = nextHeading ? nextHeading.line - 1 : report.endLine;
  // The items from `from` up to the end of the scope: one run of the report's series (in text order),
  // walked from its start only as far as the run below goes.
  const series = report.series;
  const begin = firstSeriesFrom(series, from);
  if (begin >= series.length || series[begin].line > scopeEnd) return null;
  const first = series[begin];
  if (first.ordinal !== 1) return null;
  const firstParagraph = model.lineParagraph[first.line];
  const firstAtStart = atParagraphStart(model, first);
  if (inline) {
    if (first.line !== from.line || first.start !== from.character) return null;
  } else {
    if (firstParagraph !== paragraph.index && !firstAtStart) return null;
    if (gap(paragraph.index, firstParagraph) > MAX_GAP) return null;
  }
  const requireStart = !inline && firstAtStart;
  const run: SeriesItem[] = [first];
  let previous = 1;
  for (let i = begin + 1; i < series.length && series[i].line <= scopeEnd; i++) {
    const item = series[i];
    if (item.kind !== first.kind) continue;
    if (requireStart && !atParagraphStart(model, item)) continue;
    if (item.ordinal === null) {
      // 最后 ends a 首先… series, unless the series is complete already: then it opens the closing words.
      if (run.length < stated) run.push(item);
      break;
    }
    if (item.ordinal <= previous) break;
    run.push(item);
    previous = item.ordinal;
  }
  // One item is no list of parts (首先，感谢大家… before the headings).
  return run.length >= 2 ? run : null;
}

function atParagraphStart(model: ParagraphModel, item: SeriesItem): boolean {
  const index = model.lineParagraph[item.line];
  if (index < 0) return false;
  const paragraph = model.paragraphs[index];
  return paragraphOffset(paragraph, { line: item.line, character: item.start }) === 0;
}
