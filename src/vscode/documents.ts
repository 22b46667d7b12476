import * as vscode from 'vscode';
import { ReportDocument } from '../core/index';
import { isReportText, looksBinary } from '../core/structure/detect';

export const REPORT_LANGUAGE = 'work-report';
export const REPORT_SELECTOR: vscode.DocumentSelector = [
  { language: REPORT_LANGUAGE },
  { language: 'plaintext' },
  { language: 'markdown' },
];

/** Documents larger than this are linted without segmentation (see README, "Limits"). */
export const SEGMENTATION_SIZE_LIMIT = 1_000_000;

const detected = new WeakMap<vscode.TextDocument, { version: number; report: boolean }>();

/**
 * Whether the extension works on this document: always for the `work-report` language; for
 * plaintext and Markdown when detection finds a report title (or `workReport.enable` forces it).
 */
export function isReportDocument(document: vscode.TextDocument): boolean {
  if (document.languageId === REPORT_LANGUAGE) return !looksBinary(document.getText());
  if (document.languageId !== 'plaintext' && document.languageId !== 'markdown') return false;
  const setting = vscode.workspace.getConfiguration('workReport', document.uri).get<string>('enable', 'auto');
  if (setting === 'off') return false;
  const cached = detected.get(document);
  if (cached && cached.version === document.version) return cached.report;
  const text = document.getText();
  const report = !looksBinary(text) && (setting === 'on' || isReportText(text, document.fileName));
  detected.set(document, { version: document.version, report });
  return report;
}

export function asReportDocument(document: vscode.TextDocument): ReportDocument {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}
