import * as vscode from 'vscode';
import { createReportService } from '../core/index';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerPlaceholders, restrictedModeNotice } from './placeholders';
import { DiagnosticsManager, registerDiagnostics } from './diagnostics';
import { registerOutline } from './outline';
import { registerStructureView, StructureItem, StructureView } from './structureView';
import { createWordSupport } from './wordLinter';

export interface WorkReportApi {
  /** The 报告结构 view's content for a document (the active editor's when omitted). */
  getStructureItems(uri?: vscode.Uri): Promise<StructureItem[]>;
  /** Milliseconds from activation to the first published diagnostics (null before any). */
  activationToFirstDiagnosticsMs(): number | null;
}

export function activate(context: vscode.ExtensionContext): WorkReportApi {
  const activatedAt = Date.now();
  const output = vscode.window.createOutputChannel('工作报告助手', { log: true });
  const service = createReportService({ logger: { error: (message) => output.error(message) } });
  let diagnostics: DiagnosticsManager | undefined;
  const words = createWordSupport(context, service, (message) => output.info(message), () => diagnostics?.relintAll());
  diagnostics = new DiagnosticsManager(service, words.lint);
  const structure = new StructureView(service, diagnostics);
  context.subscriptions.push(
    output,
    words,
    diagnostics,
    registerOutline(service, words),
    registerCodeActions(service, diagnostics),
    registerStructureView(structure),
    registerCommands(service),
    registerCompletion(service),
    registerPlaceholders(diagnostics),
    registerDiagnostics(diagnostics),
  );
  if (!vscode.workspace.isTrusted) output.info(restrictedModeNotice());
  return {
    async getStructureItems(uri) {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      return structure.items(document);
    },
    activationToFirstDiagnosticsMs: () => (diagnostics.firstDiagnosticsAt === null ? null : diagnostics.firstDiagnosticsAt - activatedAt),
  };
}

export function deactivate(): void {}
