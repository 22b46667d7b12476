import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { OutlineNode } from '../core/outline/outline';
import { groupByPart } from '../core/outline/parts';
import { asReportDocument, isReportDocument } from './documents';
import { EditPacer } from './pacing';
import { DiagnosticsManager, TOO_MANY_PROBLEMS_CODE } from './diagnostics';
import { partLabel } from './labels';
import { statedCountLabel } from './outline';

/** One node of the 报告结构 view: a report, a part of it, or a heading. */
export interface StructureItem {
  label: string;
  description?: string;
  tooltip?: string;
  line: number;
  children: StructureItem[];
}

/**
 * The Explorer view 报告结构: each report → its parts (总结/问题/计划) → headings, with 字数 and the
 * number of problems in each; clicking reveals the line. Follows the active editor.
 */
export class StructureView implements vscode.TreeDataProvider<StructureItem>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly service: ReportService,
    diagnostics: DiagnosticsManager,
    private readonly pacer: EditPacer,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidOpenTextDocument(() => this.refresh()),
      diagnostics.onDidChange((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh();
      }),
    );
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      const document = vscode.window.activeTextEditor?.document;
      void vscode.commands.executeCommand('setContext', 'workReport.isReport', !!document && isReportDocument(document));
      this.changeEmitter.fire();
    }, 50);
  }

  /** The whole tree for a document (the active editor's by default); also the extension's test API. */
  items(document = vscode.window.activeTextEditor?.document): StructureItem[] {
    if (!document || !isReportDocument(document)) return [];
    // Start lines of the document's problems (our too-many-problems notice is not one), sorted: a
    // count per node is two binary searches (a 10 MB report has tens of thousands of nodes).
    const lines = vscode.languages
      .getDiagnostics(document.uri)
      .filter((diagnostic) => diagnostic.code !== TOO_MANY_PROBLEMS_CODE)
      .map((diagnostic) => diagnostic.range.start.line)
      .sort((a, b) => a - b);
    const problemsIn = (from: number, to: number) => firstAbove(lines, to) - firstAbove(lines, from - 1);
    const describe = (chars: number, problems: number) =>
      problems > 0 ? vscode.l10n.t('{0} chars · {1} problems', chars, problems) : vscode.l10n.t('{0} chars', chars);
    const heading = (node: OutlineNode): StructureItem => ({
      label: `${node.marker}${node.text}`,
      description: [node.statedCount ? statedCountLabel(node.statedCount) : '', describe(node.chars, problemsIn(node.line, node.endLine))]
        .filter(Boolean)
        .join(' · '),
      line: node.line,
      children: node.children.map(heading),
    });
    return this.service.outline(asReportDocument(document)).map((report, index) => {
      const parts = groupByPart(report).map((group) => {
        const first = group.headings[0];
        const last = group.headings[group.headings.length - 1];
        return {
          label: partLabel(group.part) || vscode.l10n.t('Other'),
          description: describe(group.chars, problemsIn(first.line, last.endLine)),
          line: first.line,
          children: group.headings.map(heading),
        };
      });
      return {
        label: report.title?.text ?? vscode.l10n.t('Report {0}', index + 1),
        description: describe(report.chars, problemsIn(report.startLine, report.endLine)),
        line: report.title?.line ?? report.startLine,
        children: parts,
      };
    });
  }

  getTreeItem(item: StructureItem): vscode.TreeItem {
    const state = item.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
    const treeItem = new vscode.TreeItem(item.label, state);
    treeItem.description = item.description;
    treeItem.tooltip = item.tooltip ?? `${item.label}\n${item.description ?? ''}`;
    treeItem.command = { title: '', command: 'workReport.revealLine', arguments: [item.line] };
    return treeItem;
  }

  getChildren(item?: StructureItem): StructureItem[] | Promise<StructureItem[]> {
    if (item) return item.children;
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return [];
    // A big document is outlined once typing pauses, not for a refresh that lands between keystrokes.
    const items = this.pacer.whenSettled(document, undefined, () => this.items(document));
    return items instanceof Promise ? items.then((settled) => settled ?? []) : items;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.changeEmitter.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

/** Index of the first value greater than `value` in an ascending array. */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function registerStructureView(view: StructureView): vscode.Disposable {
  return vscode.Disposable.from(
    view,
    vscode.window.createTreeView('workReport.structure', { treeDataProvider: view, showCollapseAll: true }),
    vscode.commands.registerCommand('workReport.refreshStructure', () => view.refresh()),
    vscode.commands.registerCommand('workReport.revealLine', (line: number) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const position = new vscode.Position(line, 0);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }),
  );
}
