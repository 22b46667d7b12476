import { Severity } from '../config';
import { OutlineNode, OutlineReport } from '../outline/outline';
import { Part } from '../structure/parts';
import { Finding, TextEdit } from '../rules/types';
import { Range } from '../text/positions';

/**
 * The public JSON shapes of the CLI (product.md §5, rules.md "Output contract"): 1-based lines and
 * columns, columns in UTF-16 code units. Other tools consume these: change them only by adding fields.
 */
export interface JsonEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix: { title: string; edits: JsonEdit[]; safe: boolean } | null;
}

export interface JsonOutlineNode {
  text: string;
  marker: string;
  level: number;
  ordinal: number;
  line: number;
  part: Part | null;
  children: JsonOutlineNode[];
}

export interface JsonOutlineReport {
  title: { text: string; line: number } | null;
  headings: JsonOutlineNode[];
}

export function findingToJson(finding: Finding): JsonFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    ...rangeToJson(finding.range),
    message: finding.message,
    fix: finding.fix
      ? { title: finding.fix.title, edits: finding.fix.edits.map(editToJson), safe: finding.fix.safe }
      : null,
  };
}

export function outlineToJson(reports: readonly OutlineReport[]): JsonOutlineReport[] {
  return reports.map((report) => ({
    title: report.title ? { text: report.title.text, line: report.title.line + 1 } : null,
    headings: report.headings.map(nodeToJson),
  }));
}

function nodeToJson(node: OutlineNode): JsonOutlineNode {
  return {
    text: node.text,
    marker: node.marker,
    level: node.level,
    ordinal: node.ordinal,
    line: node.line + 1,
    part: node.part,
    children: node.children.map(nodeToJson),
  };
}

function editToJson(edit: TextEdit): JsonEdit {
  return { ...rangeToJson(edit.range), text: edit.text };
}

function rangeToJson(range: Range): Omit<JsonEdit, 'text'> {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
