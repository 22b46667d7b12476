import * as vscode from 'vscode';
import { ReportDocument } from '../core/index';
import { isReportText, nameSaysReport } from '../core/structure/detect';
import { checkDecodedText, TextVerdict } from '../core/text/encodingCheck';

export const REPORT_LANGUAGE = 'work-report';
export const REPORT_SELECTOR: vscode.DocumentSelector = [
  { language: REPORT_LANGUAGE },
  { language: 'plaintext' },
  { language: 'markdown' },
];

/** Documents larger than this are linted without segmentation (see README, "Limits"). */
export const SEGMENTATION_SIZE_LIMIT = 1_000_000;

/** Said once in the output channel and in the status bar's tooltip for documents over the segmentation limit. */
export function largeDocumentNotice(): string {
  return vscode.l10n.t('Over {0} characters: checked without word segmentation (character-level checks only).', SEGMENTATION_SIZE_LIMIT.toLocaleString('en-US'));
}

/**
 * What the extension makes of a document:
 * - `report`: linted, outlined, counted;
 * - `other`: not ours, nothing shown;
 * - `binary`: ours (the `work-report` language, `workReport.enable: on`, or a report's file name) but
 *   binary content: not linted, the status bar says so;
 * - `misdecoded`: ours (as for binary, or its bytes read as GB18030 are a report: see encoding.ts)
 *   but a legacy encoding decoded as UTF-8 (mostly U+FFFD): not linted, the status bar says so and a
 *   notice offers to reopen it as GB18030.
 */
export type DocumentState = 'report' | 'other' | 'binary' | 'misdecoded';

const states = new WeakMap<vscode.TextDocument, { version: number; setting: string; state: DocumentState; verdict: TextVerdict }>();
/** Detection and the encoding check look at this much of the start of a document. */
const HEAD_CHARS = 64 * 1024;
/** Mis-decoded documents whose bytes, read as GB18030, are a report (found by encoding.ts). */
const legacyReports = new WeakSet<vscode.TextDocument>();

/** The document's state, computed once per version (only the start of the text is looked at). */
export function documentState(document: vscode.TextDocument): DocumentState {
  return inspect(document)?.state ?? 'other';
}

/** How the start of the document's text looks (`text` for languages the extension does not handle or `enable: off`). */
export function documentVerdict(document: vscode.TextDocument): TextVerdict {
  return inspect(document)?.verdict ?? 'text';
}

function inspect(document: vscode.TextDocument): { state: DocumentState; verdict: TextVerdict } | undefined {
  const language = document.languageId;
  if (language !== REPORT_LANGUAGE && language !== 'plaintext' && language !== 'markdown') return undefined;
  const setting =
    language === REPORT_LANGUAGE ? 'on' : vscode.workspace.getConfiguration('workReport', document.uri).get<string>('enable', 'auto');
  if (setting === 'off') return undefined;
  const cached = states.get(document);
  if (cached && cached.version === document.version && cached.setting === setting) return cached;
  const head = document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(HEAD_CHARS)));
  const verdict = checkDecodedText(head).verdict;
  const forced = setting === 'on' || nameSaysReport(document.fileName);
  let state: DocumentState;
  if (verdict === 'binary') state = forced ? 'binary' : 'other';
  else if (verdict === 'misdecoded') state = forced || legacyReports.has(document) ? 'misdecoded' : 'other';
  else state = forced || isReportText(head, document.fileName) ? 'report' : 'other';
  const entry = { version: document.version, setting, state, verdict };
  states.set(document, entry);
  return entry;
}

/**
 * Whether the extension works on this document: always for the `work-report` language; for
 * plaintext and Markdown when detection finds a report title (or `workReport.enable` forces it);
 * never for binary or mis-decoded content.
 */
export function isReportDocument(document: vscode.TextDocument): boolean {
  return documentState(document) === 'report';
}

/** Records that a mis-decoded document is a report in GB18030 (its state becomes `misdecoded`). */
export function markLegacyReport(document: vscode.TextDocument): void {
  legacyReports.add(document);
  states.delete(document);
}

/** The document's length in UTF-16 code units, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function asReportDocument(document: vscode.TextDocument): ReportDocument {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}
