import { formatChineseNumeral } from '../text/numerals';
import { HeadingLevel, HeadingMarker } from './markers';
import { Heading, Report, ReportTree } from './types';

/**
 * A run of sibling headings that count together: headings of one level under one parent (or at the
 * top of one report), in document order. A heading numbered 1 after the first one starts a new run:
 * in real reports that is a new (often lost) parent restarting its children, never a numbering slip
 * worth renumbering across.
 */
export interface HeadingRun {
  report: Report;
  parent: Heading | null;
  level: HeadingLevel;
  headings: Heading[];
  /** The numbers the run should carry: 1..n. */
  targets: number[];
}

/** Every heading run of every report, in document order of their first headings. */
export function headingRuns(tree: ReportTree): HeadingRun[] {
  const runs: HeadingRun[] = [];
  for (const report of tree.reports) {
    collect(report, null, report.headings, runs);
  }
  return runs.sort((a, b) => a.headings[0].line - b.headings[0].line);
}

function collect(report: Report, parent: Heading | null, siblings: readonly Heading[], runs: HeadingRun[]): void {
  if (siblings.length === 0) return;
  // Siblings of one level count together even when a heading of another level stands between them.
  const current: (HeadingRun | undefined)[] = [];
  for (const heading of siblings) {
    let run = current[heading.level];
    if (run === undefined || heading.ordinal === 1) {
      run = { report, parent, level: heading.level, headings: [], targets: [] };
      current[heading.level] = run;
      runs.push(run);
    }
    run.headings.push(heading);
    run.targets.push(run.headings.length);
    collect(report, heading, heading.children, runs);
  }
}

/** Index of the first heading whose number differs from its place in the run, or -1. */
export function firstMisnumbered(run: HeadingRun): number {
  return run.headings.findIndex((heading, index) => heading.ordinal !== run.targets[index]);
}

/**
 * Whether renumbering 1..n is certainly right: the run starts at one, its numbers never go down, and no
 * number written is larger than the count (so repeats, not gaps: no section can have gone missing).
 */
export function renumberingIsCertain(ordinals: readonly number[], first = 1): boolean {
  if (ordinals.length === 0 || ordinals[0] !== first) return false;
  for (let i = 1; i < ordinals.length; i++) if (ordinals[i] < ordinals[i - 1]) return false;
  return ordinals[ordinals.length - 1] - first + 1 <= ordinals.length;
}

/** The numeral for n in the style of `written` (Chinese, ASCII digits or full-width digits). */
export function formatLike(written: string, n: number): string {
  if (/^[0-9０-９]+$/.test(written)) {
    const ascii = String(n);
    return /[０-９]/.test(written) ? ascii.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : ascii;
  }
  return formatChineseNumeral(n);
}

/** End of the marker inside its line, without trailing spaces (a space delimiter is not shown). */
export function markerEnd(marker: HeadingMarker): number {
  return marker.start + marker.text.replace(/[ \t\u3000\u00a0]+$/, '').length;
}

/** The marker as written with its number replaced by n: `十二、` → `十一、`, `(3)` → `(4)`. */
export function markerWithNumber(lineText: string, marker: HeadingMarker, n: number): string {
  const numeral = lineText.slice(marker.numeralStart, marker.numeralEnd);
  return (
    lineText.slice(marker.start, marker.numeralStart) + formatLike(numeral, n) + lineText.slice(marker.numeralEnd, markerEnd(marker))
  );
}

/** The marker exactly as written, without trailing spaces. */
export function writtenMarker(lineText: string, marker: HeadingMarker): string {
  return lineText.slice(marker.start, markerEnd(marker));
}
