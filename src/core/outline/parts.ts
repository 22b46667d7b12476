import { Part } from '../structure/parts';
import { OutlineNode, OutlineReport } from './outline';

export interface PartGroup {
  part: Part | null;
  chars: number;
  headings: OutlineNode[];
}

/** Consecutive top-level sections of the same part, in document order (the 报告结构 view's middle level). */
export function groupByPart(report: OutlineReport): PartGroup[] {
  const groups: PartGroup[] = [];
  for (const node of report.headings) {
    const last = groups[groups.length - 1];
    if (last && last.part === node.part) {
      last.headings.push(node);
      last.chars += node.chars;
    } else {
      groups.push({ part: node.part, chars: node.chars, headings: [node] });
    }
  }
  return groups;
}
