import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { severityOf } from '../core/engine/lint';
import { ResolvedConfig } from '../core/config';
import { documentLength, largeDocumentNotice, SEGMENTATION_SIZE_LIMIT } from './documents';
import { SegmentationClient } from './segmentationClient';
import { WordLinter } from './diagnostics';

const KEYWORD_INTERVAL_MS = 5000;

export interface WordSupport extends vscode.Disposable {
  lint: WordLinter;
  /** Keywords of top-level sections by heading line, as last computed for the document (may lag an edit). */
  keywordsAt(document: vscode.TextDocument): ReadonlyMap<number, string[]>;
  /** Fires when a document's keywords arrive. */
  readonly onDidChangeKeywords: vscode.Event<vscode.Uri>;
}

/**
 * The word-level half of linting, in the segmentation worker. Asked only when an enabled rule has a
 * word-level part and the document is not over the size limit (then a one-line notice is logged).
 * Section keywords for the outline are asked at most every few seconds per document (they tag it whole).
 */
export function createWordSupport(
  context: vscode.ExtensionContext,
  service: ReportService,
  log: (message: string) => void,
  onRestart: () => void,
): WordSupport {
  const createClient = () =>
    new SegmentationClient({
      workerPath: path.join(context.extensionPath, 'dist', 'segmentationWorker.js'),
      userDict: userDictionary(),
      log,
    });
  let client = createClient();
  const noticed = new Set<string>();
  const keywords = new Map<string, { version: number; byLine: Map<number, string[]> }>();
  const keywordRequests = new Map<string, number>();
  const keywordEmitter = new vscode.EventEmitter<vscode.Uri>();
  const wordRulesEnabled = (config: ResolvedConfig) =>
    service.rules.some((rule) => rule.checkWords && severityOf(rule, config) !== null);

  const refreshKeywords = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    const last = keywordRequests.get(key) ?? 0;
    if (keywords.get(key)?.version === document.version || Date.now() - last < KEYWORD_INTERVAL_MS) return;
    if (documentLength(document) > SEGMENTATION_SIZE_LIMIT) return;
    keywordRequests.set(key, Date.now());
    const version = document.version;
    void client.keywords(document.getText(), key).then((sections) => {
      if (!sections) return;
      keywords.set(key, { version, byLine: new Map(sections.map((section) => [section.line, section.keywords])) });
      keywordEmitter.fire(document.uri);
    });
  };

  const configListener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('workReport.segmentation.userDictionary')) return;
    client.dispose();
    client = createClient();
    keywords.clear();
    onRestart();
  });

  return {
    lint: async (text, config, uri) => {
      if (!wordRulesEnabled(config)) return null;
      if (text.length > SEGMENTATION_SIZE_LIMIT) {
        if (!noticed.has(uri)) log(`${uri}: ${largeDocumentNotice()}`);
        noticed.add(uri);
        return null;
      }
      return client.lint(text, config, uri);
    },
    keywordsAt(document) {
      refreshKeywords(document);
      return keywords.get(document.uri.toString())?.byLine ?? new Map();
    },
    onDidChangeKeywords: keywordEmitter.event,
    dispose: () => {
      configListener.dispose();
      keywordEmitter.dispose();
      client.dispose();
    },
  };
}

/** `workReport.segmentation.userDictionary`: `~` expanded, relative paths against the first workspace folder. */
function userDictionary(): string | undefined {
  const setting = vscode.workspace.getConfiguration('workReport').get<string>('segmentation.userDictionary', '').trim();
  if (!setting) return undefined;
  const expanded = setting.startsWith('~') ? path.join(os.homedir(), setting.slice(1)) : setting;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return path.isAbsolute(expanded) || !folder ? expanded : path.join(folder, expanded);
}
