import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { Finding } from '../core/rules/types';
import { ResolvedConfig } from '../core/config';
import { asReportDocument, isReportDocument } from './documents';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './convert';
import { selectPublished, typingDelay } from './limits';
import { readConfig } from './settings';

/** Word-level findings computed off the main thread (the segmentation worker); null when unavailable. */
export type WordLinter = (text: string, config: ResolvedConfig, uri: string) => Promise<Finding[] | null>;

/** The code of our notice when a document has more findings than are published. */
export const TOO_MANY_PROBLEMS_CODE = 'too-many-problems';

/** What linting a document cost and published, last time (the extension's test API). */
export interface LintStats {
  /** Character-level lints run for the document so far. */
  lints: number;
  /** Duration of the last one, publishing included (ms). */
  lastLintMs: number;
  /** The debounce the next edit will get (ms). */
  delayMs: number;
  /** Findings of the last lint (character and word level). */
  findings: number;
  /** Diagnostics published (at most MAX_PUBLISHED_DIAGNOSTICS, our notice included). */
  published: number;
}

/**
 * Lints reports as they open and change: character-level rules at once on the main thread
 * (they take milliseconds), word-level rules from the worker when they arrive, dropped when the
 * document changed meanwhile (a generation counter per document).
 */
export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('work-report');
  private readonly findings = new Map<string, { version: number; character: Finding[]; word: Finding[] }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly stats = new Map<string, LintStats>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changeEmitter.event;
  /** Time from activation to the first published diagnostics, for the benchmark. */
  firstDiagnosticsAt: number | null = null;

  constructor(
    private readonly service: ReportService,
    private readonly wordLinter: WordLinter | null,
  ) {}

  /** Findings with their fixes, as last computed for the document's current version. */
  findingsFor(document: vscode.TextDocument): Finding[] {
    const entry = this.findings.get(document.uri.toString());
    if (!entry || entry.version !== document.version) return [];
    return [...entry.character, ...entry.word];
  }

  /** Lints after the typing delay: 120 ms, longer for documents whose lint is slow (limits.ts). */
  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.lintNow(document), typingDelay(this.stats.get(key)?.lastLintMs)));
  }

  statsFor(uri: vscode.Uri): LintStats | undefined {
    return this.stats.get(uri.toString());
  }

  lintNow(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (document.isClosed || !isReportDocument(document)) {
      this.clear(document.uri);
      return;
    }
    const started = performance.now();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const config = readConfig(document.uri);
    const character = this.service.lint(asReportDocument(document), { config, phase: 'character' });
    const previous = this.findings.get(key);
    const word = previous && previous.version === document.version ? previous.word : [];
    this.publish(document, character, word);
    const lastLintMs = performance.now() - started;
    const stats = this.stats.get(key);
    this.stats.set(key, { ...(stats ?? { findings: 0, published: 0 }), lints: (stats?.lints ?? 0) + 1, lastLintMs, delayMs: typingDelay(lastLintMs) });
    if (this.firstDiagnosticsAt === null) this.firstDiagnosticsAt = Date.now();
    if (!this.wordLinter) return;
    const version = document.version;
    this.wordLinter(document.getText(), config, key).then(
      (words) => {
        if (words === null || this.generations.get(key) !== generation || document.version !== version || document.isClosed) return;
        this.publish(document, this.findings.get(key)?.character ?? character, words);
      },
      () => undefined,
    );
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.findings.delete(key);
    this.stats.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.collection.delete(uri);
    this.changeEmitter.fire(uri);
  }

  relintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.lintNow(document);
  }

  /**
   * At most MAX_PUBLISHED_DIAGNOSTICS diagnostics per document (VS Code shows no more): errors and
   * warnings first, with a notice saying how many are not shown. Every finding stays available to
   * the other features (placeholder count and navigation, fix all).
   */
  private publish(document: vscode.TextDocument, character: Finding[], word: Finding[]): void {
    const key = document.uri.toString();
    this.findings.set(key, { version: document.version, character, word });
    const all = word.length > 0 ? [...character, ...word] : character;
    const { shown, hidden } = selectPublished(all);
    const diagnostics = shown.map(toDiagnostic);
    if (hidden > 0) diagnostics.unshift(tooManyProblemsNotice(all.length, shown.length));
    this.collection.set(document.uri, diagnostics);
    const stats = this.stats.get(key);
    this.stats.set(key, { lints: 0, lastLintMs: 0, delayMs: typingDelay(0), ...stats, findings: all.length, published: diagnostics.length });
    this.changeEmitter.fire(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.changeEmitter.dispose();
  }
}

function tooManyProblemsNotice(total: number, shown: number): vscode.Diagnostic {
  const message = vscode.l10n.t(
    'This file has {0} problems; only {1} are shown (errors and warnings first), as VS Code shows at most 1,000 per file. `report-lint lint` lists them all.',
    total.toLocaleString('en-US'),
    shown.toLocaleString('en-US'),
  );
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = TOO_MANY_PROBLEMS_CODE;
  return diagnostic;
}

export function registerDiagnostics(manager: DiagnosticsManager): vscode.Disposable {
  for (const document of vscode.workspace.textDocuments) manager.lintNow(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument((document) => manager.lintNow(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) manager.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => manager.clear(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('workReport')) manager.relintAll();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => manager.relintAll()),
  );
}
