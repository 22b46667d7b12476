import { ReportConfig, resolveConfig, ResolvedConfig } from './config';
import { LintPhase, lintTree } from './engine/lint';
import { applyFixes } from './fix/applyEdits';
import { buildOutline, OutlineReport } from './outline/outline';
import { foldingRegions, FoldingRegion } from './outline/folding';
import { allRules } from './rules/index';
import { Finding, Rule } from './rules/types';
import { parseReportTree } from './structure/parser';
import { ReportTree } from './structure/types';
import { Segmenter } from './text/segmenter';

export interface ReportDocument {
  uri: string;
  version: number;
  getText(): string;
}

export interface Logger {
  error(message: string): void;
}

export interface ServiceOptions {
  rules?: readonly Rule[];
  logger?: Logger;
}

export interface LintRequest {
  config?: ResolvedConfig;
  phase?: LintPhase;
  segmenter?: Segmenter | null;
}

export interface FixAllResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Findings left after fixing (with the same phase and segmenter). */
  remaining: Finding[];
}

const FIX_ALL_PASSES = 10;
const CACHE_SIZE = 32;

export interface ReportService {
  tree(document: ReportDocument): ReportTree;
  lint(document: ReportDocument, request?: LintRequest): Finding[];
  outline(document: ReportDocument): OutlineReport[];
  folding(document: ReportDocument): FoldingRegion[];
  fixAll(text: string, request?: LintRequest): FixAllResult;
  /** Document versions parsed so far (cache misses of `tree`): how editors check that typing does not reparse. */
  parseCount(): number;
  readonly rules: readonly Rule[];
}

/**
 * The editor-free service: parses each document version once and answers every feature from that tree.
 * A rule that throws is reported once through the logger; the other rules still run.
 */
export function createReportService(options: ServiceOptions = {}): ReportService {
  const rules = options.rules ?? allRules;
  const cache = new Map<string, { version: number; text: string; tree: ReportTree }>();
  const failedRules = new Set<string>();
  let parses = 0;
  const onRuleError = (ruleId: string, error: unknown) => {
    if (failedRules.has(ruleId)) return;
    failedRules.add(ruleId);
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    options.logger?.error(`rule ${ruleId} failed: ${detail}`);
  };

  const tree = (document: ReportDocument): ReportTree => {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.tree;
    const text = document.getText();
    if (cached && cached.text === text) {
      cached.version = document.version;
      return cached.tree;
    }
    const parsed = parseReportTree(text);
    parses++;
    cache.delete(document.uri);
    cache.set(document.uri, { version: document.version, text, tree: parsed });
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return parsed;
  };

  const lintParsed = (parsed: ReportTree, request: LintRequest = {}) =>
    lintTree(parsed, {
      config: request.config ?? resolveConfig(),
      rules,
      phase: request.phase,
      segmenter: request.segmenter,
      onRuleError,
    });

  return Object.freeze({
    rules,
    tree,
    lint: (document: ReportDocument, request?: LintRequest) => lintParsed(tree(document), request),
    outline: (document: ReportDocument) => buildOutline(tree(document)),
    folding: (document: ReportDocument) => foldingRegions(tree(document)),
    parseCount: () => parses,
    fixAll(text: string, request: LintRequest = {}): FixAllResult {
      let current = text;
      let applied = 0;
      for (let pass = 0; pass < FIX_ALL_PASSES; pass++) {
        const safe = lintParsed(parseReportTree(current), request).filter((finding) => finding.fix?.safe);
        if (safe.length === 0) break;
        const result = applyFixes(current, safe.map((finding) => finding.fix!));
        if (result.applied === 0 || result.text === current) break;
        applied += result.applied;
        current = result.text;
      }
      return { text: current, applied, remaining: lintParsed(parseReportTree(current), request) };
    },
  });
}

export function textDocument(text: string, uri = 'untitled:report', version = 1): ReportDocument {
  return { uri, version, getText: () => text };
}

export { resolveConfig };
export type { ReportConfig, ResolvedConfig };
export { parseReportTree };
export type { Finding, Rule };
