import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { renumberEdits } from '../core/fix/renumber';
import { formatMessage, localeFrom } from '../core/l10n/message';
import { generateSkeleton, isValidSkeletonYear, MAX_SKELETON_YEAR, MIN_SKELETON_YEAR, SKELETON_KINDS, skeletonDefaults } from '../core/skeletons/index';
import { Half, SkeletonKind } from '../core/skeletons/types';
import { asReportDocument, isReportDocument, REPORT_LANGUAGE } from './documents';
import { toWorkspaceEdit } from './convert';

/** 重新编号: every heading level and series of the document (or the selected lines) as one undoable edit. */
async function renumber(service: ReportService): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isReportDocument(editor.document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a work report to renumber it.'));
    return;
  }
  const { selection, document } = editor;
  const lines = selection.isEmpty
    ? undefined
    : { start: selection.start.line, end: selection.end.character === 0 && selection.end.line > selection.start.line ? selection.end.line - 1 : selection.end.line };
  const edits = renumberEdits(service.tree(asReportDocument(document)), lines);
  if (edits.length === 0) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Numbering is already in order.'), 3000);
    return;
  }
  await vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, edits));
  vscode.window.setStatusBarMessage(vscode.l10n.t('Renumbered {0} markers.', edits.length), 3000);
}

/** 新建工作报告: kind, organization and year by quick pick, then an untitled report with tab stops on every blank. */
async function newReport(): Promise<void> {
  const locale = localeFrom(vscode.env.language);
  const kindPick = await vscode.window.showQuickPick(
    SKELETON_KINDS.map((info) => ({ label: formatMessage(info.label, locale), description: formatMessage(info.description, locale), reportKind: info.kind })),
    { title: vscode.l10n.t('New Work Report'), placeHolder: vscode.l10n.t('Kind of document') },
  );
  if (!kindPick) return;
  const kind: SkeletonKind = kindPick.reportKind;
  const defaults = skeletonDefaults(kind, new Date());
  let half: Half | undefined;
  if (kind === 'half-year') {
    const pick = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('First half (上半年总结及下半年计划)'), half: 'first' as Half },
        { label: vscode.l10n.t('Second half (下半年总结及明年上半年计划)'), half: 'second' as Half },
      ],
      { title: vscode.l10n.t('New Work Report'), placeHolder: vscode.l10n.t('Which half') },
    );
    if (!pick) return;
    half = pick.half;
  }
  const org = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Work Report'),
    prompt: vscode.l10n.t('Organization (leave empty to fill in later)'),
    placeHolder: vscode.l10n.t('e.g. 青山县教育局'),
  });
  if (org === undefined) return;
  const yearText = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Work Report'),
    prompt: kind === 'plan' ? vscode.l10n.t('Year planned') : kind === 'speech' ? vscode.l10n.t('Year of the conference') : vscode.l10n.t('Year summarized (the plan year is the next one)'),
    value: String(defaults.year),
    validateInput: (value) =>
      /^\d{4}$/.test(value.trim()) && isValidSkeletonYear(Number(value))
        ? undefined
        : vscode.l10n.t('A year from {0} to {1}', MIN_SKELETON_YEAR, MAX_SKELETON_YEAR),
  });
  if (yearText === undefined) return;
  const skeleton = generateSkeleton({ kind, year: Number(yearText.trim()), org: org.trim() || undefined, half: half ?? defaults.half });
  const document = await vscode.workspace.openTextDocument({ language: REPORT_LANGUAGE, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(skeleton.snippet), new vscode.Position(0, 0));
}

export function registerCommands(service: ReportService): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('workReport.renumber', () => renumber(service)),
    vscode.commands.registerCommand('workReport.newReport', () => newReport()),
  );
}
