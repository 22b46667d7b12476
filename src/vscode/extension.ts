import * as vscode from 'vscode';
import { createReportService } from '../core/index';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerPlaceholders, restrictedModeNotice } from './placeholders';
import { DiagnosticsManager, LintStats, registerDiagnostics } from './diagnostics';
import { DocumentState, documentState } from './documents';
import { EncodingNotices } from './encoding';
import { registerOutline } from './outline';
import { registerStructureView, StructureItem, StructureView } from './structureView';
import { createWordSupport } from './wordLinter';
import { TYPING_DELAY_MS } from './limits';
import { EditPacer } from './pacing';

export interface WorkReportApi {
  /** The 报告结构 view's content for a document (the active editor's when omitted). */
  getStructureItems(uri?: vscode.Uri): Promise<StructureItem[]>;
  /** Milliseconds from activation to the first published diagnostics (null before any). */
  activationToFirstDiagnosticsMs(): number | null;
  /** What linting the document cost and published last time (undefined before its first lint). */
  lintStats(uri: vscode.Uri): LintStats | undefined;
  /** report / other / binary / misdecoded (documents.ts). */
  documentState(uri: vscode.Uri): DocumentState | undefined;
  /** Whether the wrong-encoding notice was shown for the document. */
  encodingNoticeShown(uri: vscode.Uri): boolean;
  /** The last lines written to the output channel 工作报告助手 (at most 200). */
  outputLines(): readonly string[];
  /** Document versions parsed so far by the extension host (all documents). */
  parseCount(): number;
}

const OUTPUT_LINES_KEPT = 200;

export function activate(context: vscode.ExtensionContext): WorkReportApi {
  const activatedAt = Date.now();
  const output = vscode.window.createOutputChannel('工作报告助手', { log: true });
  const lines: string[] = [];
  const keep = (message: string) => {
    lines.push(message);
    if (lines.length > OUTPUT_LINES_KEPT) lines.shift();
  };
  const log = {
    info: (message: string) => (keep(message), output.info(message)),
    error: (message: string) => (keep(message), output.error(message)),
  };
  const service = createReportService({ logger: { error: log.error } });
  let diagnostics: DiagnosticsManager | undefined;
  const words = createWordSupport(context, service, log.info, () => diagnostics?.relintAll());
  diagnostics = new DiagnosticsManager(service, words.lint);
  const pacer = new EditPacer((uri) => diagnostics.statsFor(uri)?.delayMs ?? TYPING_DELAY_MS);
  const structure = new StructureView(service, diagnostics, pacer);
  const encoding = new EncodingNotices();
  context.subscriptions.push(
    output,
    encoding,
    words,
    diagnostics,
    pacer,
    registerOutline(service, words, pacer),
    registerCodeActions(service, diagnostics),
    registerStructureView(structure),
    registerCommands(service),
    registerCompletion(service, pacer),
    registerPlaceholders(diagnostics, pacer, encoding.onDidChange),
    registerDiagnostics(diagnostics),
  );
  if (!vscode.workspace.isTrusted) log.info(restrictedModeNotice());
  return {
    async getStructureItems(uri) {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      return structure.items(document);
    },
    activationToFirstDiagnosticsMs: () => (diagnostics.firstDiagnosticsAt === null ? null : diagnostics.firstDiagnosticsAt - activatedAt),
    lintStats: (uri) => diagnostics.statsFor(uri),
    documentState(uri) {
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
      return document && documentState(document);
    },
    encodingNoticeShown: (uri) => encoding.wasNoticed(uri),
    outputLines: () => [...lines],
    parseCount: () => service.parseCount(),
  };
}

export function deactivate(): void {}
