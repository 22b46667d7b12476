import { forEachParagraphMatch, Paragraph, paragraphEndPosition, paragraphPosition, paragraphsOf } from '../structure/paragraphs';
import { Range } from '../text/positions';
import { ReportDescriptor, Rule, TextEdit } from './types';

type Family = 'double' | 'single' | 'title' | 'paren' | 'lenticular' | 'tortoise';

/** Quotation marks “” ‘’, title marks 《》, brackets （）() 【】 〔〕: the word messages use for each. */
const CATEGORY: Record<Family, 'Quote' | 'Title' | 'Bracket'> = {
  double: 'Quote',
  single: 'Quote',
  title: 'Title',
  paren: 'Bracket',
  lenticular: 'Bracket',
  tortoise: 'Bracket',
};

const OPENERS: Record<string, Family> = { '“': 'double', '‘': 'single', '《': 'title', '（': 'paren', '(': 'paren', '【': 'lenticular', '〔': 'tortoise' };
const CLOSERS: Record<string, Family> = { '”': 'double', '’': 'single', '》': 'title', '）': 'paren', ')': 'paren', '】': 'lenticular', '〕': 'tortoise' };
const HALF_QUOTE = '"';

/** Character classes by UTF-16 code (one array read per character looked at). */
const OPENER = 1;
const CLOSER = 2;
const HALF_QUOTE_CLASS = 3;
const RUN_MARK = 4;
const CLASS = new Uint8Array(0x10000);
for (const char of Object.keys(OPENERS)) CLASS[char.charCodeAt(0)] = OPENER;
for (const char of Object.keys(CLOSERS)) CLASS[char.charCodeAt(0)] = CLOSER;
CLASS[HALF_QUOTE.charCodeAt(0)] = HALF_QUOTE_CLASS;

/** The paired marks, for one native pass over the text. */
const PAIR_MARK = /[“”‘’《》（）()【】〔〕"]/g;
/** Two or more run marks together: where doubled punctuation may be (visited by their last mark). */
const RUN = /[，,、；;：:。]{2,}/g;
/** Marks whose doubling is reported (full width, and half-width forms that pair with them). */
const RUN_MARKS = '，,、；;：:。';
const WIDTH_FAMILY: Record<string, string> = { '，': '，', ',': '，', '、': '、', '；': '；', ';': '；', '：': '：', ':': '：', '。': '。' };
const HALF_WIDTH = ',;:';
for (const char of RUN_MARKS) CLASS[char.charCodeAt(0)] = RUN_MARK;
/** What may follow the closing quote of the last paragraph of a multi-paragraph quotation. */
const AFTER_FINAL_QUOTE = /^[\s\u3000。！？!?…．.，,；;：:）)’」』]*$/;
const MAX_REVERSED_SPAN = 30;
const MAX_MISMATCH_RANGE = 40;

interface Entry {
  mark: string;
  family: Family;
  offset: number;
}

interface Pending {
  kind: 'unclosed' | 'unopened';
  entry: Entry;
}

/** A finding of one paragraph, with the offset of the mark it is about. */
interface Item {
  offset: number;
  descriptor: ReportDescriptor;
}

/** Shared by the paragraphs that have nothing (never written to). */
const NONE = Object.freeze([]) as never[];

interface ParagraphResult {
  paragraph: Paragraph;
  items: Item[];
  /** Unclosed “ entries left at the end of the paragraph, outermost first. */
  unclosedQuotes: Entry[];
  /** The paragraph opens with “: is it still open at the end, closed at the very end, or closed earlier? */
  leadingQuote: 'none' | 'open' | 'closedAtEnd' | 'closedEarly';
}

/**
 * GB/T 15834: paired marks pair within a paragraph, and sentence punctuation is not doubled. A quotation
 * over several paragraphs opens every paragraph with “ and closes only the last one; hard-wrapped lines
 * are joined into their paragraph first. Heading markers are bracket-width's business and are skipped.
 */
export const punctuationPair: Rule = {
  meta: {
    id: 'punctuation-pair',
    defaultSeverity: 'warning',
    description: {
      zh: '引号、书名号、括号应在段内成对出现，标点不应重复',
      en: 'Quotation marks, title marks and brackets pair within a paragraph; punctuation is not doubled',
    },
    messages: {
      unclosedQuote: { zh: '左引号{mark}在本段内没有闭合', en: 'Opening quotation mark {mark} is not closed in this paragraph' },
      unclosedTitle: { zh: '左书名号{mark}在本段内没有闭合', en: 'Opening title mark {mark} is not closed in this paragraph' },
      unclosedBracket: { zh: '左括号{mark}在本段内没有闭合', en: 'Opening bracket {mark} is not closed in this paragraph' },
      unopenedQuote: { zh: '右引号{mark}前面没有对应的左引号', en: 'Closing quotation mark {mark} has no opening mark before it in this paragraph' },
      unopenedTitle: { zh: '右书名号{mark}前面没有对应的左书名号', en: 'Closing title mark {mark} has no opening mark before it in this paragraph' },
      unopenedBracket: { zh: '右括号{mark}前面没有对应的左括号', en: 'Closing bracket {mark} has no opening bracket before it in this paragraph' },
      reversedQuote: { zh: '引号方向颠倒：{close}在前，{open}在后', en: 'Reversed quotation marks: {close} comes before {open}' },
      reversedTitle: { zh: '书名号方向颠倒：{close}在前，{open}在后', en: 'Reversed title marks: {close} comes before {open}' },
      reversedBracket: { zh: '括号方向颠倒：{close}在前，{open}在后', en: 'Reversed brackets: {close} comes before {open}' },
      mismatched: {
        zh: '引号{open}与{close}不配对：半角引号与全角引号混用',
        en: 'Quotation marks {open} and {close} do not match (half-width and full-width mixed)',
      },
      doubled: { zh: '标点重复：{marks}', en: 'Doubled punctuation {marks}' },
    },
    fixes: {
      dropRedundant: { zh: '删除多余的标点，保留{keep}', en: 'Delete the redundant punctuation, keep {keep}' },
    },
  },
  check({ tree, report }) {
    const model = paragraphsOf(tree);
    const { paragraphs } = model;
    // One native pass each over the whole text finds the few places worth a closer look.
    const marks: number[][] = [];
    forEachParagraphMatch(tree, model, PAIR_MARK, (paragraph, offset) => {
      // Created with its first mark: an array grown from empty reserves seventeen slots.
      const list = marks[paragraph.index];
      if (list) list.push(offset);
      else marks[paragraph.index] = [offset];
    });
    const runs = new Set<number>();
    forEachParagraphMatch(tree, model, RUN, (paragraph) => runs.add(paragraph.index));
    const results = paragraphs.map((paragraph) =>
      checkParagraph(paragraph, marks[paragraph.index] ?? NONE, runs.has(paragraph.index) || runOverLineBreak(paragraph)),
    );
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      const next = results[i + 1];
      let excused: Entry | null = null;
      if (result.unclosedQuotes.length > 0 && continuesQuotation(result, next)) excused = result.unclosedQuotes[0];
      for (let index = 0; index < result.items.length; index++) {
        const item = result.items[index];
        if (excused && item.offset === excused.offset && item.descriptor.messageId === 'unclosedQuote') continue;
        report(item.descriptor);
      }
    }
  },
};

/** GB/T 15834 (quotations over several paragraphs): the next paragraph continues the quotation when it opens with “ itself. */
function continuesQuotation(result: ParagraphResult, next: ParagraphResult | undefined): boolean {
  if (!next || isStructural(result.paragraph) || isStructural(next.paragraph)) return false;
  return next.leadingQuote === 'open' || next.leadingQuote === 'closedAtEnd';
}

function isStructural(paragraph: Paragraph): boolean {
  return paragraph.heading !== null || paragraph.title;
}

/** `marks`: offsets of the paired marks in the paragraph's text, in order; `runs`: two run marks may stand together. */
function checkParagraph(paragraph: Paragraph, marks: number[], runs: boolean): ParagraphResult {
  const text = paragraph.text;
  const leading: ParagraphResult['leadingQuote'] = text.charCodeAt(0) === 0x201c ? 'open' : 'none';
  // Most paragraphs hold no paired mark and no run: nothing to scan, nothing allocated for them.
  if (marks.length === 0 && !runs) return { paragraph, items: NONE, unclosedQuotes: NONE, leadingQuote: leading };
  const result: ParagraphResult = { paragraph, items: [], unclosedQuotes: [], leadingQuote: leading };
  if (marks.length > 0) new PairScanner(paragraph, result, marks).scan();
  if (runs) doubledPunctuation(paragraph, result.items);
  if (result.items.length > 1) result.items.sort((a, b) => a.offset - b.offset);
  return result;
}

/** A hard-wrapped line ending with a run mark and the next line starting with one (`，⏎。`). */
function runOverLineBreak(paragraph: Paragraph): boolean {
  const { segments, text } = paragraph;
  for (let k = 1; k < segments.length; k++) {
    const at = segments[k].offset;
    if (at > 0 && at < text.length && CLASS[text.charCodeAt(at - 1)] === RUN_MARK && CLASS[text.charCodeAt(at)] === RUN_MARK) return true;
  }
  return false;
}

class PairScanner {
  private readonly text: string;
  private readonly stack: Entry[] = [];
  /**
   * Per family, the stack indices of its open entries, bottom to top: the nearest one is the last, found
   * without walking over the entries of other families (a `“`, many `《` and many `"` would make that quadratic).
   */
  private readonly open: Record<Family, number[]> = { double: [], single: [], title: [], paren: [], lenticular: [], tortoise: [] };
  private readonly pending: Pending[] = [];
  private readonly lastCloseQuote: number;

  constructor(
    private readonly paragraph: Paragraph,
    private readonly result: ParagraphResult,
    private readonly marks: number[],
  ) {
    this.text = paragraph.text;
    let last = -1;
    for (const offset of marks) if (this.text[offset] === '”') last = offset;
    this.lastCloseQuote = last;
  }

  /** Pairs the marks of the paragraph, in order. */
  scan(): void {
    const { text, stack, open, pending } = this;
    for (const i of this.marks) {
      const char = text[i];
      const kind = CLASS[char.charCodeAt(0)];
      if (kind === OPENER) {
        const family = OPENERS[char];
        open[family].push(stack.length);
        stack.push({ mark: char, family, offset: i });
      } else if (kind === HALF_QUOTE_CLASS) {
        this.halfQuote(i);
      } else if (kind === CLOSER) {
        this.closer(char, i);
      }
    }
    for (const entry of stack) {
      if (entry.mark === HALF_QUOTE) continue;
      pending.push({ kind: 'unclosed', entry });
      if (entry.mark === '“') this.result.unclosedQuotes.push(entry);
    }
    if (pending.length > 0) pairItems(this.paragraph, pending, this.result.items);
  }

  private halfQuote(i: number): void {
    const k = this.nearest('double');
    if (k >= 0 && this.stack[k].mark === HALF_QUOTE) {
      this.popTo(k);
      return;
    }
    if (k >= 0 && this.lastCloseQuote < i) {
      // “…" : the full-width opening quote is closed by a half-width one.
      const entry = this.popTo(k);
      this.closed(entry, i);
      this.result.items.push(mismatch(this.paragraph, entry, i));
      return;
    }
    this.open.double.push(this.stack.length);
    this.stack.push({ mark: HALF_QUOTE, family: 'double', offset: i });
  }

  private closer(char: string, i: number): void {
    const family = CLOSERS[char];
    if (family === 'single' && isApostrophe(this.text, i)) return;
    if (this.open[family].length === 0) {
      if (family === 'paren' && isEnumerator(this.text, i)) return;
      this.pending.push({ kind: 'unopened', entry: { mark: char, family, offset: i } });
      return;
    }
    const entry = this.popTo(this.nearest(family));
    this.closed(entry, i);
    if (entry.mark === HALF_QUOTE) this.result.items.push(mismatch(this.paragraph, entry, i));
  }

  /** Pops the entry at `index`; everything above it crossed it and was never closed. */
  private popTo(index: number): Entry {
    const { stack, open } = this;
    while (stack.length > index + 1) {
      const entry = stack.pop()!;
      open[entry.family].pop();
      if (entry.mark !== HALF_QUOTE) this.pending.push({ kind: 'unclosed', entry });
    }
    const entry = stack.pop()!;
    open[entry.family].pop();
    return entry;
  }

  /** Stack index of the topmost open entry of the family, or -1. */
  private nearest(family: Family): number {
    const indices = this.open[family];
    return indices.length > 0 ? indices[indices.length - 1] : -1;
  }

  private closed(entry: Entry, closeOffset: number): void {
    if (entry.offset === 0 && entry.mark === '“') {
      this.result.leadingQuote = AFTER_FINAL_QUOTE.test(this.text.slice(closeOffset + 1)) ? 'closedAtEnd' : 'closedEarly';
    }
  }
}

/**
 * Unclosed and unopened marks, added to `items`; a closing mark shortly before an opening one of its kind
 * is one reversed pair. (Added one by one: spreading a long list into `push` overflows the call stack.)
 */
function pairItems(paragraph: Paragraph, pending: Pending[], items: Item[]): void {
  const { text } = paragraph;
  pending.sort((a, b) => a.entry.offset - b.entry.offset);
  const consumed = new Set<Pending>();
  for (let k = 0; k < pending.length; k++) {
    const current = pending[k];
    if (consumed.has(current)) continue;
    const { entry } = current;
    const category = CATEGORY[entry.family];
    if (current.kind === 'unopened') {
      const partner = reversedPartner(text, pending, k);
      if (partner) {
        items.push({
          offset: entry.offset,
          descriptor: {
            range: spanRange(paragraph, entry.offset, partner.entry.offset + 1),
            messageId: `reversed${category}`,
            data: { close: entry.mark, open: partner.entry.mark },
          },
        });
        consumed.add(partner);
        continue;
      }
      items.push({
        offset: entry.offset,
        descriptor: {
          range: spanRange(paragraph, entry.offset, entry.offset + 1),
          messageId: `unopened${category}`,
          data: { mark: entry.mark },
        },
      });
    } else {
      items.push({
        offset: entry.offset,
        descriptor: {
          range: spanRange(paragraph, entry.offset, entry.offset + 1),
          messageId: `unclosed${category}`,
          data: { mark: entry.mark },
        },
      });
    }
  }
}

/** The unclosed opening mark of the same kind that directly follows an unopened closing one (”…“). */
function reversedPartner(text: string, pending: Pending[], index: number): Pending | null {
  const closing = pending[index].entry;
  for (let k = index + 1; k < pending.length; k++) {
    const candidate = pending[k];
    if (candidate.entry.offset - closing.offset > MAX_REVERSED_SPAN) return null;
    if (candidate.entry.family !== closing.family) continue;
    if (candidate.kind !== 'unclosed') return null;
    const between = text.slice(closing.offset + 1, candidate.entry.offset);
    for (const char of between) if (OPENERS[char] === closing.family || CLOSERS[char] === closing.family || (closing.family === 'double' && char === HALF_QUOTE)) return null;
    return candidate;
  }
  return null;
}

function mismatch(paragraph: Paragraph, entry: Entry, closeOffset: number): Item {
  const end = closeOffset - entry.offset <= MAX_MISMATCH_RANGE ? closeOffset + 1 : entry.offset + 1;
  return {
    offset: entry.offset,
    descriptor: {
      range: spanRange(paragraph, entry.offset, end),
      messageId: 'mismatched',
      data: { open: entry.mark, close: paragraph.text[closeOffset] },
    },
  };
}

/** `it’s`, `90’s`: a right single quotation mark between Latin letters or digits is an apostrophe. */
function isApostrophe(text: string, i: number): boolean {
  return /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '');
}

/** `1）`, `a)`, `①)` after a boundary: an enumerator written with a closing bracket only. */
function isEnumerator(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && i - start < 2 && /[0-9０-９A-Za-z一二三四五六七八九十①-⑳]/.test(text[start - 1])) start--;
  if (start === i) return false;
  return start === 0 || /[\s\u3000，。；：、,;:]/.test(text[start - 1]);
}

/** Doubled punctuation, added to `items`. */
function doubledPunctuation(paragraph: Paragraph, items: Item[]): void {
  const { text } = paragraph;
  let i = 0;
  while (i < text.length) {
    if (CLASS[text.charCodeAt(i)] !== RUN_MARK) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && CLASS[text.charCodeAt(j)] === RUN_MARK) j++;
    const run = text.slice(i, j);
    const keep = keptIndex(run);
    if (keep >= 0) {
      const edits: TextEdit[] = [];
      for (let k = 0; k < run.length; k++) {
        if (k !== keep) edits.push({ range: spanRange(paragraph, i + k, i + k + 1), text: '' });
      }
      items.push({
        offset: i,
        descriptor: {
          range: spanRange(paragraph, i, j),
          messageId: 'doubled',
          data: { marks: run },
          fix: { titleId: 'dropRedundant', data: { keep: run[keep] }, edits, safe: true },
        },
      });
    }
    i = j;
  }
}

/**
 * Which mark of a run to keep, or -1 when the run is not reported: `，，`/`、、`/`；；`/`：：`/`。。` keep
 * one (a full-width one when widths are mixed), `，。`/`,。` keep the period. Runs of half-width marks
 * only belong to Latin text; three or more periods stand in for an ellipsis (not certain what is meant).
 */
function keptIndex(run: string): number {
  if (run.length < 2) return -1;
  if (![...run].some((char) => !HALF_WIDTH.includes(char))) return -1;
  const last = run[run.length - 1];
  const body = run.slice(0, -1);
  if (last === '。' && body.length > 0 && [...body].every((char) => char === '，' || char === ',')) return run.length - 1;
  const family = WIDTH_FAMILY[run[0]];
  if (![...run].every((char) => WIDTH_FAMILY[char] === family)) return -1;
  if (family === '。' && run.length > 2) return -1;
  const fullWidth = [...run].findIndex((char) => !HALF_WIDTH.includes(char));
  return fullWidth;
}

function spanRange(paragraph: Paragraph, start: number, end: number): Range {
  return { start: paragraphPosition(paragraph, start), end: paragraphEndPosition(paragraph, end) };
}
