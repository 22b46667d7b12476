import { ResolvedConfig, Severity } from '../config';
import { Message } from '../l10n/message';
import { Segmenter } from '../text/segmenter';
import { TextModel } from '../text/textModel';
import { Range } from '../text/positions';
import { ReportTree } from '../structure/types';

export interface TextEdit {
  range: Range;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Certain enough to apply without looking (fix-all, `--fix`, codeActionsOnSave). */
  safe: boolean;
}

/**
 * What a rule found. Read it by its properties: a finding may be an object whose `range` and `fix` are
 * getters (the compact findings of `ReportDescriptor.replacement`), so copy it with `plainFinding` (or
 * `JSON.stringify`), not with a spread or `structuredClone`/`postMessage`.
 */
export interface Finding {
  rule: string;
  /** Which of the rule's messages; stable, for tests and tools (the JSON output carries the text). */
  messageId: string;
  severity: Severity;
  range: Range;
  message: string;
  fix: Fix | null;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  description: Message;
  /** Messages keyed by id; findings name one and give its data. */
  messages: Record<string, Message>;
  /** Titles of the fixes the rule offers, keyed by id. */
  fixes?: Record<string, Message>;
  /**
   * The rule can report thousands of findings on one text (one per character). It runs after the other
   * rules: its findings live as long as the lint's result, and the garbage the other rules make would
   * otherwise have the collector copy them, two times over in a long text (docs/performance.md).
   */
  runsLast?: boolean;
}

export interface FixDescriptor {
  /** Key into `meta.fixes`. */
  titleId: string;
  data?: Record<string, string | number>;
  edits: TextEdit[];
  safe: boolean;
}

export interface ReportDescriptor {
  range: Range;
  messageId: string;
  data?: Record<string, string | number>;
  fix?: FixDescriptor;
  /**
   * Instead of `fix`: the fix replaces the finding's own range with `text`. For rules that report one
   * finding per character (thousands in a long report), this finding costs about a third of the memory:
   * its fix object is built only when something reads it. A constant object per kind of replacement
   * costs nothing to report. The engine copies what it needs from such a report (the range's numbers)
   * during `report`: the rule may reuse the descriptor and its range object for its next report.
   */
  replacement?: Replacement;
}

export interface Replacement {
  /** Key into `meta.fixes`; the title takes no data. */
  titleId: string;
  text: string;
  safe: boolean;
}

export interface RuleContext {
  tree: ReportTree;
  model: TextModel;
  config: ResolvedConfig;
  report(descriptor: ReportDescriptor): void;
}

export interface WordRuleContext extends RuleContext {
  segmenter: Segmenter;
}

/**
 * A rule: metadata plus a character-level check that needs nothing but the text and its structure,
 * and optionally a word-level check that runs when a segmenter is available (in a worker in VS Code).
 */
export interface Rule {
  meta: RuleMeta;
  check?(context: RuleContext): void;
  checkWords?(context: WordRuleContext): void;
}

/** A plain-object copy of a finding, safe to spread, clone or post to another thread. */
export function plainFinding(finding: Finding): Finding {
  const { rule, messageId, severity, range, message, fix } = finding;
  return { rule, messageId, severity, range, message, fix };
}
