import { Part } from '../structure/parts';
import { Heading, Report, ReportTree } from '../structure/types';
import { countChineseChars } from '../text/wordCount';
import { findStatedCounts } from '../structure/statedCounts';

export interface OutlineNode {
  heading: Heading;
  text: string;
  marker: string;
  level: number;
  ordinal: number;
  line: number;
  endLine: number;
  part: Part | null;
  /** 字数 of the section, heading line included. */
  chars: number;
  /** On the heading that opens announced parts whose number differs: announced and real counts. */
  statedCount: { stated: number; actual: number; line: number } | null;
  children: OutlineNode[];
}

export interface OutlineReport {
  report: Report;
  title: { text: string; line: number } | null;
  startLine: number;
  endLine: number;
  chars: number;
  headings: OutlineNode[];
}

/** The heading tree of every report, with section sizes. Built from the parsed tree, never re-parses. */
export function buildOutline(tree: ReportTree): OutlineReport[] {
  const lineChars = prefixCharCounts(tree);
  const mismatches = new Map<Heading, { stated: number; actual: number; line: number }>();
  for (const count of findStatedCounts(tree)) {
    if (count.differs && count.firstPartHeading) {
      mismatches.set(count.firstPartHeading, { stated: count.stated, actual: count.actual, line: count.line });
    }
  }
  const chars = (from: number, to: number) => lineChars[to + 1] - lineChars[from];
  const node = (heading: Heading): OutlineNode => ({
    heading,
    text: heading.title,
    marker: heading.marker.text.trim(),
    level: heading.level,
    ordinal: heading.ordinal,
    line: heading.line,
    endLine: heading.endLine,
    part: heading.part,
    chars: chars(heading.line, heading.endLine),
    statedCount: mismatches.get(heading) ?? null,
    children: heading.children.map(node),
  });
  return tree.reports.map((report) => ({
    report,
    title: report.title ? { text: report.title.text, line: report.title.line } : null,
    startLine: report.startLine,
    endLine: report.endLine,
    chars: chars(report.startLine, report.endLine),
    headings: report.headings.map(node),
  }));
}

function prefixCharCounts(tree: ReportTree): Float64Array {
  const lines = tree.model.lines;
  const prefix = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) prefix[i + 1] = prefix[i] + countChineseChars(lines[i].text);
  return prefix;
}
