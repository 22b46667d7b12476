import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { Finding } from '../core/rules/types';
import { isReportDocument, REPORT_SELECTOR } from './documents';
import { DIAGNOSTIC_SOURCE, toRange, toWorkspaceEdit } from './convert';
import { DiagnosticsManager } from './diagnostics';
import { readConfig } from './settings';
import { singleReplacement } from './textDiff';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('workReport');
/** Rules whose findings are about a word the user may legitimately use (an organization's own term). */
const IGNORABLE_RULES = new Set(['placeholder', 'missing-number', 'duplicate-word', 'date-format']);

class ReportCodeActions implements vscode.CodeActionProvider {
  constructor(
    private readonly service: ReportService,
    private readonly diagnostics: DiagnosticsManager,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    if (!isReportDocument(document)) return [];
    if (context.only?.contains(FIX_ALL_KIND)) {
      const fixAll = this.fixAllAction(document);
      return fixAll ? [fixAll] : [];
    }
    const findings = this.diagnostics.findingsFor(document);
    const actions: vscode.CodeAction[] = [];
    const rulesWithActions = new Set<string>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findings.find((candidate) => matches(candidate, diagnostic));
      if (!finding) continue;
      if (finding.fix) {
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, finding.fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = finding.fix.safe;
        actions.push(action);
        rulesWithActions.add(finding.rule);
      }
      if (IGNORABLE_RULES.has(finding.rule) && finding.range.start.line === finding.range.end.line) {
        const word = document.getText(diagnostic.range).trim();
        if (word.length > 0 && word.length <= 20) {
          const ignore = new vscode.CodeAction(vscode.l10n.t('Ignore "{0}" in this workspace', word), vscode.CodeActionKind.QuickFix);
          ignore.command = { title: ignore.title, command: 'workReport.ignoreWord', arguments: [word, document.uri] };
          ignore.diagnostics = [diagnostic];
          actions.push(ignore);
        }
      }
    }
    for (const rule of rulesWithActions) {
      const sameRule = findings.filter((finding) => finding.rule === rule && finding.fix?.safe);
      if (sameRule.length < 2) continue;
      const action = new vscode.CodeAction(vscode.l10n.t('Fix all "{0}" problems in this file', rule), vscode.CodeActionKind.QuickFix);
      const edit = new vscode.WorkspaceEdit();
      const seen: vscode.Range[] = [];
      for (const finding of sameRule) {
        const ranges = finding.fix!.edits.map((change) => toRange(change.range));
        if (ranges.some((range) => seen.some((other) => other.intersection(range) !== undefined))) continue;
        seen.push(...ranges);
        toWorkspaceEdit(document.uri, finding.fix!.edits, edit);
      }
      action.edit = edit;
      actions.push(action);
    }
    const fixAll = this.fixAllAction(document);
    if (fixAll && actions.length > 0) actions.push(fixAll);
    return actions;
  }

  private fixAllAction(document: vscode.TextDocument): vscode.CodeAction | null {
    const text = document.getText();
    const result = this.service.fixAll(text, { config: readConfig(document.uri), phase: 'character' });
    if (result.applied === 0) return null;
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all certain problems (work report)'), FIX_ALL_KIND);
    const replacement = singleReplacement(text, result.text);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(replacement.start), document.positionAt(replacement.end)),
      replacement.text,
    );
    action.edit = edit;
    return action;
  }
}

function matches(finding: Finding, diagnostic: vscode.Diagnostic): boolean {
  return finding.rule === diagnostic.code && toRange(finding.range).isEqual(diagnostic.range) && finding.message === diagnostic.message;
}

export function registerCodeActions(service: ReportService, diagnostics: DiagnosticsManager): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(REPORT_SELECTOR, new ReportCodeActions(service, diagnostics), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand('workReport.ignoreWord', async (word: string, uri?: vscode.Uri) => {
      const settings = vscode.workspace.getConfiguration('workReport', uri);
      const current = settings.inspect<string[]>('ignoreWords')?.workspaceValue ?? [];
      if (current.includes(word)) return;
      const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await settings.update('ignoreWords', [...current, word], target);
    }),
    vscode.commands.registerCommand('workReport.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isReportDocument(editor.document)) return;
      const text = editor.document.getText();
      const result = service.fixAll(text, { config: readConfig(editor.document.uri), phase: 'character' });
      if (result.applied === 0) return;
      const replacement = singleReplacement(text, result.text);
      await editor.edit((builder) =>
        builder.replace(new vscode.Range(editor.document.positionAt(replacement.start), editor.document.positionAt(replacement.end)), replacement.text),
      );
    }),
  );
}

