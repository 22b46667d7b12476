import * as vscode from 'vscode';
import { countChineseChars } from '../core/text/wordCount';
import { isReportDocument } from './documents';
import { toRange } from './convert';
import { DiagnosticsManager } from './diagnostics';

/** Unfilled blanks are the `placeholder` rule's findings, as last computed for the document. */
function placeholderRanges(diagnostics: DiagnosticsManager, document: vscode.TextDocument): vscode.Range[] {
  return diagnostics
    .findingsFor(document)
    .filter((finding) => finding.rule === 'placeholder')
    .map((finding) => toRange(finding.range))
    .sort((a, b) => a.start.compareTo(b.start));
}

/** 下一个待填项 / 上一个待填项: selects the next (previous) unfilled blank, wrapping around. */
function goToPlaceholder(diagnostics: DiagnosticsManager, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isReportDocument(editor.document)) return;
  const ranges = placeholderRanges(diagnostics, editor.document);
  if (ranges.length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('No unfilled placeholders.'), 3000);
    return;
  }
  const cursor = editor.selection.active;
  const target =
    direction === 1
      ? ranges.find((range) => range.start.isAfter(cursor)) ?? ranges[0]
      : [...ranges].reverse().find((range) => range.end.isBefore(editor.selection.start)) ?? ranges[ranges.length - 1];
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Status bar: 字数 of the report (or of the selection) and the number of unfilled blanks; click → next blank. */
class ReportStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('workReport.status', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly diagnostics: DiagnosticsManager) {
    this.item.name = vscode.l10n.t('Work report: characters and placeholders');
    this.item.command = 'workReport.nextPlaceholder';
  }

  update(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), 100);
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isReportDocument(editor.document)) {
      this.item.hide();
      return;
    }
    const selected = editor.selections.some((selection) => !selection.isEmpty);
    const text = selected ? editor.selections.map((selection) => editor.document.getText(selection)).join('') : editor.document.getText();
    const chars = countChineseChars(text);
    const blanks = placeholderRanges(this.diagnostics, editor.document).length;
    const charLabel = selected ? vscode.l10n.t('Selected {0} chars', chars) : vscode.l10n.t('{0} chars', chars);
    this.item.text = blanks > 0 ? `$(edit) ${charLabel} $(warning) ${vscode.l10n.t('{0} to fill', blanks)}` : `$(edit) ${charLabel}`;
    const tooltip = blanks > 0 ? vscode.l10n.t('{0} unfilled placeholders: click to go to the next one', blanks) : vscode.l10n.t('Character count (字数), as Chinese word processors count it');
    this.item.tooltip = vscode.workspace.isTrusted ? tooltip : `${tooltip}\n${restrictedModeNotice()}`;
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}

export function registerPlaceholders(diagnostics: DiagnosticsManager): vscode.Disposable {
  const status = new ReportStatus(diagnostics);
  status.update();
  return vscode.Disposable.from(
    status,
    vscode.commands.registerCommand('workReport.nextPlaceholder', () => goToPlaceholder(diagnostics, 1)),
    vscode.commands.registerCommand('workReport.previousPlaceholder', () => goToPlaceholder(diagnostics, -1)),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => status.update()),
    vscode.window.onDidChangeTextEditorSelection(() => status.update()),
    diagnostics.onDidChange(() => status.update()),
  );
}

/** What Restricted Mode changes, said where the user looks (status bar tooltip, output channel). */
export function restrictedModeNotice(): string {
  return vscode.l10n.t('Restricted Mode: the workspace\'s placeholder words, ignore words and segmentation dictionary are not applied.');
}
