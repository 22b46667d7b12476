import { ReportTree } from '../structure/types';

export interface FoldingRegion {
  startLine: number;
  endLine: number;
}

/** One region per report with a title and one per heading whose section spans more than its line. */
export function foldingRegions(tree: ReportTree): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  for (const report of tree.reports) {
    const titleLine = report.title?.line;
    if (titleLine !== undefined && report.endLine > titleLine && tree.reports.length > 1) {
      regions.push({ startLine: titleLine, endLine: report.endLine });
    }
    for (const heading of report.allHeadings) {
      if (heading.endLine > heading.line) regions.push({ startLine: heading.line, endLine: heading.endLine });
    }
  }
  return regions;
}
