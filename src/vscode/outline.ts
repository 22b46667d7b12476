import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { OutlineNode, OutlineReport } from '../core/outline/outline';
import { asReportDocument, isReportDocument, REPORT_SELECTOR } from './documents';
import { partLabel } from './labels';
import { EditPacer } from './pacing';
import { WordSupport } from './wordLinter';

const KIND_BY_LEVEL = [vscode.SymbolKind.Namespace, vscode.SymbolKind.Class, vscode.SymbolKind.Method, vscode.SymbolKind.Field];

class ReportSymbols implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly service: ReportService,
    private readonly words: Pick<WordSupport, 'keywordsAt'>,
    private readonly pacer: EditPacer,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken) {
    if (!isReportDocument(document)) return [];
    return this.pacer.whenSettled(document, token, () => this.symbols(document));
  }

  private symbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const reports = this.service.outline(asReportDocument(document));
    const keywords = this.words.keywordsAt(document);
    const lineEnd = (line: number) => document.lineAt(Math.min(line, document.lineCount - 1)).range.end;
    const heading = (node: OutlineNode): vscode.DocumentSymbol => {
      const line = document.lineAt(node.line);
      const full = new vscode.Range(line.range.start, lineEnd(node.endLine));
      const name = `${node.marker}${node.text}` || node.marker;
      const words = node.heading.parent ? undefined : keywords.get(node.line);
      const detail = [detailOf(node), words?.length ? words.join('、') : ''].filter(Boolean).join(' · ');
      const symbol = new vscode.DocumentSymbol(name, detail, KIND_BY_LEVEL[node.level - 1], full, line.range);
      symbol.children = node.children.map(heading);
      return symbol;
    };
    const titleSymbol = (report: OutlineReport, children: vscode.DocumentSymbol[]) => {
      const title = report.title!;
      const full = new vscode.Range(document.lineAt(report.startLine).range.start, lineEnd(report.endLine));
      const symbol = new vscode.DocumentSymbol(title.text, vscode.l10n.t('{0} chars', report.chars), vscode.SymbolKind.File, full, document.lineAt(title.line).range);
      symbol.children = children;
      return symbol;
    };
    if (reports.length === 1) {
      const [report] = reports;
      const headings = report.headings.map(heading);
      if (!report.title) return headings;
      const title = report.title;
      const titleOnly = new vscode.DocumentSymbol(title.text, vscode.l10n.t('{0} chars', report.chars), vscode.SymbolKind.File, document.lineAt(title.line).range, document.lineAt(title.line).range);
      return [titleOnly, ...headings];
    }
    return reports.flatMap((report) => (report.title ? [titleSymbol(report, report.headings.map(heading))] : report.headings.map(heading)));
  }
}

function detailOf(node: OutlineNode): string {
  const part = node.level === 1 || !node.heading.parent ? partLabel(node.part) : '';
  const count = node.statedCount ? statedCountLabel(node.statedCount) : '';
  return [count, part, vscode.l10n.t('{0} chars', node.chars)].filter(Boolean).join(' · ');
}

export function statedCountLabel(count: { stated: number; actual: number }): string {
  return vscode.l10n.t('⚠ announced {0}, found {1}', count.stated, count.actual);
}

class ReportFolding implements vscode.FoldingRangeProvider {
  constructor(
    private readonly service: ReportService,
    private readonly pacer: EditPacer,
  ) {}

  provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken) {
    if (!isReportDocument(document)) return [];
    return this.pacer.whenSettled(document, token, () =>
      this.service
        .folding(asReportDocument(document))
        .map((region) => new vscode.FoldingRange(region.startLine, region.endLine, vscode.FoldingRangeKind.Region)),
    );
  }
}

export function registerOutline(service: ReportService, words: Pick<WordSupport, 'keywordsAt'>, pacer: EditPacer): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(REPORT_SELECTOR, new ReportSymbols(service, words, pacer), { label: '工作报告' }),
    vscode.languages.registerFoldingRangeProvider(REPORT_SELECTOR, new ReportFolding(service, pacer)),
  );
}
