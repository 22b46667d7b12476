import { leadingSpaceLength, trimmedEnd } from '../text/characters';
import { formatChineseNumeral } from '../text/numerals';
import { SeriesItem, SeriesKind } from './series';
import { Report, ReportTree } from './types';

/** Series kinds that carry a numeral (首先/其次/最后 are words, not numbers). */
export type NumberedSeriesKind = Exclude<SeriesKind, 'sequence'>;

/**
 * One in-text enumeration (一是…二是…, 一要…二要…, 第一，…第二，): items of one kind, in one report,
 * with no heading between them, each in the same paragraph as the previous item or opening the
 * paragraph right after it. An item numbered 1 starts a new series (speeches restart 一是 in every
 * paragraph). Items the series scanner missed because they are glued to the text before them are
 * recovered when they fill a gap (see `hiddenItems`).
 *
 * Only a restart at one and the text's paragraphs and headings decide where a run ends, never the other
 * numbers, so renumbering a run to its targets leaves the runs as they were.
 */
export interface SeriesRun {
  report: Report;
  kind: NumberedSeriesKind;
  items: SeriesItem[];
  /** Paragraph index of each item (see `paragraphIndexes`). */
  paragraphs: number[];
  /** The numbers the items should carry: the first item's number, then one more each. */
  targets: number[];
}

/** Sentence or clause ends after which a hard-wrapped line does not continue its paragraph. */
const PARAGRAPH_END = new Set([...'。！？!?：:；;'].map((char) => char.charCodeAt(0)));

/**
 * Paragraph index of every line: a paragraph runs until a blank line, a line ending with `。！？：；`,
 * or a heading line (which is a paragraph of its own). Blank lines keep the index of the paragraph
 * before them.
 */
export function paragraphIndexes(tree: ReportTree): Int32Array {
  const { lines } = tree.model;
  const indexes = new Int32Array(lines.length);
  let paragraph = -1;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    const end = trimmedEnd(text);
    if (end === 0) {
      open = false;
      indexes[i] = Math.max(paragraph, 0);
      continue;
    }
    const heading = tree.headingAt(i) !== undefined;
    if (!open || heading) paragraph++;
    indexes[i] = paragraph;
    open = !heading && !PARAGRAPH_END.has(text.charCodeAt(end - 1));
  }
  return indexes;
}

/** Every numbered series run of every report, in document order of their first items. */
export function seriesRuns(tree: ReportTree, paragraphs: Int32Array = paragraphIndexes(tree)): SeriesRun[] {
  const runs: SeriesRun[] = [];
  for (const report of tree.reports) {
    const headingLines: number[] = report.allHeadings.map((heading) => heading.line);
    const open = new Map<NumberedSeriesKind, SeriesRun>();
    let nextHeading = 0;
    for (let index = 0; index < report.series.length; index++) {
      const item = report.series[index];
      if (item.kind === 'sequence' || item.ordinal === null) continue;
      while (nextHeading < headingLines.length && headingLines[nextHeading] <= item.line) nextHeading++;
      // The last heading at or before this item's line: a series never runs across it.
      const lastHeading = nextHeading > 0 ? headingLines[nextHeading - 1] : -1;
      const kind = item.kind;
      const paragraph = paragraphs[item.line];
      const run = open.get(kind);
      if (run && continues(tree, paragraphs, run, item, lastHeading)) {
        const previous = run.items[run.items.length - 1];
        if (item.ordinal > previous.ordinal! + 1) {
          for (const hidden of hiddenItems(tree, previous, item)) push(run, hidden, paragraphs[hidden.line]);
        }
        push(run, item, paragraph);
        continue;
      }
      const fresh: SeriesRun = { report, kind, items: [item], paragraphs: [paragraph], targets: [item.ordinal] };
      open.set(kind, fresh);
      runs.push(fresh);
    }
  }
  return runs;
}

function push(run: SeriesRun, item: SeriesItem, paragraph: number): void {
  run.items.push(item);
  run.paragraphs.push(paragraph);
  run.targets.push(run.targets[0] + run.items.length - 1);
}

/**
 * Whether `item` goes on with `run`: no heading since the run's last item, not a restart at one, and
 * either in the same paragraph or opening the paragraph right after it (a series running over several
 * paragraphs starts each paragraph with its item; an item in the middle of the next paragraph belongs
 * to a series of that paragraph, e.g. the tail of a section whose heading was lost).
 */
function continues(tree: ReportTree, paragraphs: Int32Array, run: SeriesRun, item: SeriesItem, lastHeading: number): boolean {
  const last = run.items[run.items.length - 1];
  if (item.ordinal === 1 || last.line < lastHeading) return false;
  const paragraph = paragraphs[item.line];
  const lastParagraph = run.paragraphs[run.paragraphs.length - 1];
  if (paragraph === lastParagraph) return true;
  if (paragraph !== lastParagraph + 1) return false;
  const firstLineOfParagraph = item.line === 0 || paragraphs[item.line - 1] !== paragraph;
  return firstLineOfParagraph && item.start === leadingSpaceLength(tree.model.lineText(item.line));
}

/**
 * Items the series scanner could not see between `previous` and `next` because they are glued to the
 * text before them (`…368180三是…`, scraping lost the `元。`): the missing numbers written, in order,
 * between the two items are taken as present, so the series is not reported as skipping them.
 */
function hiddenItems(tree: ReportTree, previous: SeriesItem, next: SeriesItem): SeriesItem[] {
  const found: SeriesItem[] = [];
  let wanted = previous.ordinal! + 1;
  let line = previous.line;
  let from = previous.end;
  while (wanted < next.ordinal! && line <= next.line) {
    const text = tree.model.lineText(line);
    const limit = line === next.line ? next.start : text.length;
    const numeral = formatChineseNumeral(wanted);
    const literal = next.kind === 'di' ? '第' + numeral : numeral + (next.kind === 'shi' ? '是' : '要');
    const at = text.indexOf(literal, from);
    if (at >= 0 && at + literal.length <= limit) {
      const numeralStart = next.kind === 'di' ? at + 1 : at;
      found.push({
        kind: next.kind,
        ordinal: wanted,
        line,
        start: at,
        end: at + literal.length,
        numeralStart,
        numeralEnd: numeralStart + numeral.length,
        text: literal,
      });
      wanted++;
      from = at + literal.length;
      continue;
    }
    line++;
    from = 0;
  }
  return found;
}

/** Index of the first item whose number differs from its place in the run, or -1. */
export function firstMisnumberedItem(run: SeriesRun): number {
  return run.items.findIndex((item, index) => item.ordinal !== run.targets[index]);
}
