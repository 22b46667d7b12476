import { Message } from '../l10n/message';
import { HeadingLevel, standardMarker } from '../structure/markers';
import { scanSeries, SeriesItem, SeriesKind } from '../structure/series';
import { Heading, Report, ReportTree } from '../structure/types';
import { asciiDigits } from '../text/characters';
import { formatChineseNumeral } from '../text/numerals';

/**
 * Completion of the next heading number or series item, from the report tree.
 *
 * At the start of a line (after indentation and a Markdown `#`), typing the beginning of a marker —
 * nothing, `（` or `(`, a Chinese numeral, a digit, `（三`, `第`, `其` — offers the next number of each
 * level under the current parent (`（三）` after `（二）`, `四、` after `三、`, `3.` after `2.`, `（2）` after
 * `（1）`), the first child of the heading above (`（一）` after `一、…`), and the next item of the series
 * of the current section (`四是` after `三是`, `三要`, `第三，`, `其次，`). After a sentence mark inside a
 * paragraph (`…。二`) only series items are offered. Markers are written the GB/T 9704 way: `一、`,
 * full-width `（一）`, `1.`, full-width `（1）`.
 */
export interface NumberCompletion {
  label: string;
  insertText: string;
  /** Text VS Code filters on: what was typed, in the width it was typed, then the rest of the label (`(三）` for `(`). */
  filterText: string;
  detail: Message;
  /** Characters of the line that the completion replaces (what was typed, and an auto-closed bracket after the cursor). */
  replaceRange: { start: number; end: number };
  kind: 'heading' | 'series';
  /** Heading level, for `kind: 'heading'`. */
  level?: HeadingLevel;
  ordinal: number;
  /** Orders the items: the likeliest first (continuing the current level, then its first child, then outer levels). */
  sortText: string;
}

const SPACE = /^[\s\u3000\u00a0\ufeff]*(?:#{1,6}[ \t]+)?/;
const CN = '[一二三四五六七八九十百]';
/** What may have been typed of a marker at the start of a line. */
const LINE_START_TYPED = new RegExp(`^(?:[（(](?:${CN}*|[0-9０-９]*)|${CN}+|[0-9０-９]+|第${CN}*|首|其|再|最)?$`);
/** What may have been typed of a series item inside a paragraph. */
const INLINE_TYPED = new RegExp(`(?:^|(?<=[。；;！？!?：:，,、\\s\\u3000）)”"》]))(${CN}+|第${CN}*|首|其|再|最)$`);

const LEVEL_NAMES: Record<HeadingLevel, Message> = {
  1: { zh: '一级标题', en: 'level-1 heading' },
  2: { zh: '二级标题', en: 'level-2 heading' },
  3: { zh: '三级标题', en: 'level-3 heading' },
  4: { zh: '四级标题', en: 'level-4 heading' },
};

/** Whether anything may be offered for a line whose text before the cursor is `prefix` (no tree needed). */
export function mayCompleteNumber(prefix: string): boolean {
  const rest = prefix.slice(SPACE.exec(prefix)?.[0].length ?? 0);
  return LINE_START_TYPED.test(rest) || INLINE_TYPED.test(rest);
}

/**
 * Completions for `line`, where `prefix` is the line's text before the cursor and `suffix` its text
 * after the cursor (only its first character matters: an auto-closed `）` is replaced too).
 */
export function nextNumberCompletions(tree: ReportTree, line: number, prefix: string, suffix = ''): NumberCompletion[] {
  const lead = SPACE.exec(prefix)?.[0].length ?? 0;
  const rest = prefix.slice(lead);
  const report = reportAt(tree, line);
  if (!report) return [];
  if (LINE_START_TYPED.test(rest)) {
    const range = replaceRange(lead, prefix, rest, suffix);
    const series = seriesCandidates(tree, report, line, prefix.slice(0, lead), rest, range, true);
    // When the series of the section opens its paragraphs (一是… at paragraph starts), its next item
    // is likelier than any heading.
    const headings = headingCandidates(report, line, rest, range, series.some((item) => item.sortText.startsWith('0')) ? 1 : 0);
    return [...headings, ...series].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  }
  const inline = INLINE_TYPED.exec(rest);
  if (!inline) return [];
  const typed = inline[1];
  const start = prefix.length - typed.length;
  return seriesCandidates(tree, report, line, prefix.slice(0, start), typed, { start, end: prefix.length }, false);
}

function reportAt(tree: ReportTree, line: number): Report | undefined {
  let found: Report | undefined;
  for (const report of tree.reports) if (report.startLine <= line) found = report;
  return found;
}

function replaceRange(lead: number, prefix: string, typed: string, suffix: string): { start: number; end: number } {
  const autoClosed = /^[（(]/.test(typed) && /^[）)]/.test(suffix) ? 1 : 0;
  return { start: lead, end: prefix.length + autoClosed };
}

/** `(` typed half-width matches `（`; full-width digits match ASCII ones. */
function normalizeTyped(typed: string): string {
  return asciiDigits(typed.replace(/^\(/, '（'));
}

function filterTextFor(label: string, typed: string): string {
  return typed + label.slice(typed.length);
}


/** The level a typed prefix asks for explicitly, or null when it fits several (`（`, nothing). */
function explicitLevel(typed: string): HeadingLevel | null {
  if (new RegExp(`^[（(]${CN}`).test(typed)) return 2;
  if (/^[（(][0-9０-９]/.test(typed)) return 4;
  if (new RegExp(`^${CN}`).test(typed)) return 1;
  if (/^[0-9０-９]/.test(typed)) return 3;
  return null;
}

function headingCandidates(
  report: Report,
  line: number,
  typed: string,
  range: { start: number; end: number },
  bump: number,
): NumberCompletion[] {
  if (/^[第首其再最]/.test(typed)) return [];
  const normalized = normalizeTyped(typed);
  const explicit = explicitLevel(typed);
  const above = lastHeadingBefore(report, line);
  const chain: Heading[] = [];
  for (let heading = above; heading; heading = heading.parent) chain.push(heading);
  const items: NumberCompletion[] = [];
  for (const level of [1, 2, 3, 4] as HeadingLevel[]) {
    const rank = headingRank(level, above, chain);
    if (rank === null && explicit !== level) continue;
    const parent = chain.find((heading) => heading.level < level) ?? null;
    const siblings = parent ? parent.children : report.headings;
    let previous: Heading | undefined;
    for (const sibling of siblings) if (sibling.level === level && sibling.line < line) previous = sibling;
    const ordinal = previous ? previous.ordinal + 1 : 1;
    const label = standardMarker(level, ordinal);
    if (!label.startsWith(normalized)) continue;
    items.push({
      label,
      insertText: label,
      filterText: filterTextFor(label, typed),
      detail: headingDetail(level, previous, parent),
      replaceRange: range,
      kind: 'heading',
      level,
      ordinal,
      sortText: `${rank === null ? 8 : rank + bump}${level}`,
    });
  }
  return items;
}

function lastHeadingBefore(report: Report, line: number): Heading | null {
  let found: Heading | null = null;
  for (const heading of report.allHeadings) {
    if (heading.line >= line) break;
    found = heading;
  }
  return found;
}

/**
 * 0 continues the level of the heading above, 1 opens its first child, 2… continue the outer levels
 * (nearest first); null for a level that would skip one (offered only when typed explicitly).
 */
function headingRank(level: HeadingLevel, above: Heading | null, chain: readonly Heading[]): number | null {
  if (!above) return level - 1;
  if (level === above.level) return 0;
  if (level === above.level + 1) return 1;
  if (level > above.level) return null;
  const ancestor = chain.findIndex((heading) => heading.level === level);
  return ancestor >= 0 ? 1 + ancestor : 7;
}

function headingDetail(level: HeadingLevel, previous: Heading | undefined, parent: Heading | null): Message {
  const name = LEVEL_NAMES[level];
  if (previous) {
    const marker = previous.marker.text.trim();
    return { zh: `${name.zh}，接${marker}`, en: `${name.en}, after ${marker}` };
  }
  if (parent) {
    const marker = parent.marker.text.trim();
    return { zh: `${name.zh}，${marker}下的第一项`, en: `${name.en}, first under ${marker}` };
  }
  return { zh: `${name.zh}，第一项`, en: `${name.en}, the first` };
}

interface SeriesContinuation {
  last: SeriesItem;
  /** Position of the last item, for recency. */
  order: number;
}

/**
 * Next items of the series in the current section: the items after the heading above (on its line
 * too) and before the cursor, the latest of each kind. `before` is the current line before the typed text.
 */
function seriesCandidates(
  tree: ReportTree,
  report: Report,
  line: number,
  before: string,
  typed: string,
  range: { start: number; end: number },
  atLineStart: boolean,
): NumberCompletion[] {
  const above = lastHeadingBefore(report, line);
  const from = above ? above.line : report.startLine;
  const items = report.series.filter((item) => item.line >= from && item.line < line);
  items.push(...scanSeries(before, line));
  const latest = new Map<SeriesKind, SeriesContinuation>();
  items.forEach((item, order) => latest.set(item.kind, { last: item, order }));
  const ordered = [...latest.values()].sort((a, b) => b.order - a.order);
  const result: NumberCompletion[] = [];
  ordered.forEach(({ last }, recency) => {
    const opensParagraph = last.line < line && /^[\s\u3000\u00a0]*$/.test(tree.model.lineText(last.line).slice(0, last.start));
    // Inside a paragraph the latest series comes first; at a line start only when its items open
    // paragraphs (一是… as paragraph starts), where it is likelier than a new heading.
    const rank = recency === 0 && (!atLineStart || opensParagraph) ? 0 : 3 + recency;
    for (const label of seriesLabels(last)) {
      if (!label.startsWith(typed)) continue;
      result.push({
        label,
        insertText: label,
        filterText: filterTextFor(label, typed),
        detail: { zh: `接${last.text}`, en: `series, after ${last.text}` },
        replaceRange: range,
        kind: 'series',
        ordinal: last.ordinal === null ? 0 : last.ordinal + 1,
        sortText: `${rank}s${label}`,
      });
    }
  });
  return result;
}

function seriesLabels(last: SeriesItem): string[] {
  if (last.ordinal === null) return [];
  const next = last.ordinal + 1;
  switch (last.kind) {
    case 'shi':
      return [`${formatChineseNumeral(next)}是`];
    case 'yao':
      return [`${formatChineseNumeral(next)}要`];
    case 'di':
      return [`第${formatChineseNumeral(next)}，`];
    case 'sequence':
      return next === 2 ? ['其次，', '最后，'] : next === 3 ? ['再次，', '最后，'] : ['最后，'];
  }
}
