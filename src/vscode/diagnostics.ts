import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { Finding } from '../core/rules/types';
import { ResolvedConfig } from '../core/config';
import { asReportDocument, isReportDocument } from './documents';
import { toDiagnostic } from './convert';
import { readConfig } from './settings';

/** Word-level findings computed off the main thread (the segmentation worker); null when unavailable. */
export type WordLinter = (text: string, config: ResolvedConfig, uri: string) => Promise<Finding[] | null>;

const TYPING_DELAY_MS = 120;

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

  schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.lintNow(document), TYPING_DELAY_MS));
  }

  lintNow(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (document.isClosed || !isReportDocument(document)) {
      this.clear(document.uri);
      return;
    }
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const config = readConfig(document.uri);
    const character = this.service.lint(asReportDocument(document), { config, phase: 'character' });
    const previous = this.findings.get(key);
    const word = previous && previous.version === document.version ? previous.word : [];
    this.publish(document, character, word);
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
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.collection.delete(uri);
    this.changeEmitter.fire(uri);
  }

  relintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.lintNow(document);
  }

  private publish(document: vscode.TextDocument, character: Finding[], word: Finding[]): void {
    this.findings.set(document.uri.toString(), { version: document.version, character, word });
    this.collection.set(document.uri, [...character, ...word].map(toDiagnostic));
    this.changeEmitter.fire(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.changeEmitter.dispose();
  }
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
