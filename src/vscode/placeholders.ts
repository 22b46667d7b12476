import * as vscode from 'vscode';
import { countChineseChars } from '../core/text/wordCount';
import { documentState, isReportDocument, largeDocumentNotice, SEGMENTATION_SIZE_LIMIT } from './documents';
import { toRange } from './convert';
import { DiagnosticsManager } from './diagnostics';
import { ENCODING_NOTICE_COMMAND, encodingLabel } from './encoding';
import { EditPacer } from './pacing';

/** 字数 of a whole document, counted once per version (a 10 MB report takes tens of milliseconds). */
const counts = new WeakMap<vscode.TextDocument, { version: number; chars: number; length: number }>();

/** `stale`: a count of an earlier version is good enough (while a big document is being typed in). */
function documentCount(document: vscode.TextDocument, stale = false): { chars: number; length: number } {
  const cached = counts.get(document);
  if (cached && (stale || cached.version === document.version)) return cached;
  const text = document.getText();
  const entry = { version: document.version, chars: countChineseChars(text), length: text.length };
  counts.set(document, entry);
  return entry;
}

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

  constructor(
    private readonly diagnostics: DiagnosticsManager,
    private readonly pacer: EditPacer,
  ) {
    this.item.name = vscode.l10n.t('Work report: characters and placeholders');
    this.item.command = 'workReport.nextPlaceholder';
  }

  update(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), 100);
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    const state = editor ? documentState(editor.document) : 'other';
    if (!editor || state === 'other') {
      this.item.hide();
      return;
    }
    if (state === 'binary' || state === 'misdecoded') {
      this.renderUnchecked(editor.document, state);
      return;
    }
    const selected = editor.selections.some((selection) => !selection.isEmpty);
    // A big document is counted again once typing pauses, not on every keystroke (pacing.ts).
    const wait = this.pacer.remaining(editor.document);
    if (wait > 0) this.timer = setTimeout(() => this.render(), wait);
    const whole = documentCount(editor.document, wait > 0);
    const chars = selected ? countChineseChars(editor.selections.map((selection) => editor.document.getText(selection)).join('')) : whole.chars;
    const blanks = placeholderRanges(this.diagnostics, editor.document).length;
    const charLabel = selected ? vscode.l10n.t('Selected {0} chars', chars) : vscode.l10n.t('{0} chars', chars);
    this.item.text = blanks > 0 ? `$(edit) ${charLabel} $(warning) ${vscode.l10n.t('{0} to fill', blanks)}` : `$(edit) ${charLabel}`;
    const tooltip = [
      blanks > 0 ? vscode.l10n.t('{0} unfilled placeholders: click to go to the next one', blanks) : vscode.l10n.t('Character count (字数), as Chinese word processors count it'),
      whole.length > SEGMENTATION_SIZE_LIMIT ? largeDocumentNotice() : '',
      vscode.workspace.isTrusted ? '' : restrictedModeNotice(),
    ];
    this.item.tooltip = tooltip.filter(Boolean).join('\n');
    this.item.command = 'workReport.nextPlaceholder';
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  /** A binary or mis-decoded document of ours: say that it is not checked (rather than stay silent). */
  private renderUnchecked(document: vscode.TextDocument, state: 'binary' | 'misdecoded'): void {
    if (state === 'binary') {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('Binary file: not checked')}`;
      this.item.tooltip = vscode.l10n.t('This file has binary content (NUL bytes or control characters): the work report checks do not read it.');
      this.item.command = undefined;
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = `$(warning) ${vscode.l10n.t('Wrong encoding: not checked')}`;
      this.item.tooltip = vscode.l10n.t(
        'Opened as {0}, this file shows as garbled text (�): the work report checks cannot read it. It is probably GBK/GB18030: click for what to do.',
        encodingLabel(document.encoding),
      );
      this.item.command = { title: vscode.l10n.t('Garbled text: what to do'), command: ENCODING_NOTICE_COMMAND, arguments: [document.uri] };
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}

export function registerPlaceholders(diagnostics: DiagnosticsManager, pacer: EditPacer, onDidChangeEncoding: vscode.Event<vscode.Uri>): vscode.Disposable {
  const status = new ReportStatus(diagnostics, pacer);
  status.update();
  return vscode.Disposable.from(
    status,
    vscode.commands.registerCommand('workReport.nextPlaceholder', () => goToPlaceholder(diagnostics, 1)),
    vscode.commands.registerCommand('workReport.previousPlaceholder', () => goToPlaceholder(diagnostics, -1)),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => status.update()),
    vscode.window.onDidChangeTextEditorSelection(() => status.update()),
    diagnostics.onDidChange(() => status.update()),
    onDidChangeEncoding(() => status.update()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('workReport.enable')) status.update();
    }),
  );
}

/** What Restricted Mode changes, said where the user looks (status bar tooltip, output channel). */
export function restrictedModeNotice(): string {
  return vscode.l10n.t('Restricted Mode: the workspace\'s placeholder words, ignore words and segmentation dictionary are not applied.');
}
