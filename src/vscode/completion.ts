import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { mayCompleteNumber, nextNumberCompletions } from '../core/completion/nextNumber';
import { completionWindow } from '../core/completion/window';
import { parseReportTree } from '../core/structure/parser';
import { ReportTree } from '../core/structure/types';
import { formatMessage, localeFrom } from '../core/l10n/message';
import { buildSnippetFile } from '../core/skeletons/index';
import { asReportDocument, isReportDocument, REPORT_LANGUAGE, REPORT_SELECTOR } from './documents';
import { EditPacer } from './pacing';

export const TRIGGER_CHARACTERS = ['（', '(', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '第', '其', '再', '最', ...'0123456789'];

/**
 * Next-number completion at the start of a line (`（三）` after `（二）`, `四是` after `三是`), and, in
 * plain text and Markdown reports, the report snippets (the `work-report` language has them statically).
 */
class NumberCompletions implements vscode.CompletionItemProvider {
  private snippets: vscode.CompletionItem[] | null = null;

  constructor(
    private readonly service: ReportService,
    private readonly pacer: EditPacer,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!isReportDocument(document)) return [];
    const line = document.lineAt(position.line).text;
    const prefix = line.slice(0, position.character);
    const numbers = mayCompleteNumber(prefix) ? this.numberItems(document, position, line) : [];
    if (document.languageId !== REPORT_LANGUAGE && /^\s*[A-Za-z\u4e00-\u9fff]*$/.test(prefix)) {
      return [...numbers, ...this.snippetItems()];
    }
    return numbers;
  }

  private numberItems(document: vscode.TextDocument, position: vscode.Position, line: string): vscode.CompletionItem[] {
    const locale = localeFrom(vscode.env.language);
    const { tree, firstLine } = this.treeAround(document, position.line);
    return nextNumberCompletions(tree, position.line - firstLine, line.slice(0, position.character), line.slice(position.character)).map((completion) => {
      const item = new vscode.CompletionItem(completion.label, vscode.CompletionItemKind.EnumMember);
      item.insertText = completion.insertText;
      item.filterText = completion.filterText;
      item.sortText = completion.sortText;
      item.detail = formatMessage(completion.detail, locale);
      item.range = new vscode.Range(position.line, completion.replaceRange.start, position.line, completion.replaceRange.end);
      item.preselect = completion.sortText.startsWith('0');
      return item;
    });
  }

  /**
   * The document's tree; for a big document, the tree of the cursor's level-1 section, from its heading
   * to the next heading below the cursor: the trigger characters (一, 二, digits…) come with ordinary
   * typing, and a 10 MB report takes the extension host about a second to parse.
   */
  private treeAround(document: vscode.TextDocument, line: number): { tree: ReportTree; firstLine: number } {
    if (!this.pacer.isPaced(document)) return { tree: this.service.tree(asReportDocument(document)), firstLine: 0 };
    const { first, last } = completionWindow((index) => document.lineAt(index).text, document.lineCount, line);
    const text = document.getText(new vscode.Range(first, 0, last, document.lineAt(last).text.length));
    return { tree: parseReportTree(text), firstLine: first };
  }

  private snippetItems(): vscode.CompletionItem[] {
    this.snippets ??= Object.entries(buildSnippetFile()).flatMap(([name, snippet]) => {
      const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
      return prefixes.map((prefix) => {
        const item = new vscode.CompletionItem({ label: prefix, description: name }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(snippet.body.join('\n'));
        item.documentation = snippet.description;
        item.sortText = `z${prefix}`;
        return item;
      });
    });
    return this.snippets;
  }
}

export function registerCompletion(service: ReportService, pacer: EditPacer): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(REPORT_SELECTOR, new NumberCompletions(service, pacer), ...TRIGGER_CHARACTERS);
}
