import { ResolvedConfig, Severity } from '../config';
import { formatMessage } from '../l10n/message';
import { Segmenter } from '../text/segmenter';
import { ReportTree } from '../structure/types';
import { Finding, ReportDescriptor, Rule, RuleContext } from '../rules/types';
import { ignoredSpans, isIgnored } from './ignoreWords';

/** `character`: rules that need no dictionary (instant); `word`: the segmentation parts; `all`: both. */
export type LintPhase = 'character' | 'word' | 'all';

export interface LintOptions {
  config: ResolvedConfig;
  rules: readonly Rule[];
  segmenter?: Segmenter | null;
  phase?: LintPhase;
  /** Called when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export function lintTree(tree: ReportTree, options: LintOptions): Finding[] {
  const { config, rules, segmenter = null, phase = 'all' } = options;
  const findings: Finding[] = [];
  const ignored = ignoredSpans(tree.model, config.ignoreWords);
  for (const rule of rules) {
    const severity = severityOf(rule, config);
    if (severity === null) continue;
    const context: RuleContext = {
      tree,
      model: tree.model,
      config,
      report: (descriptor) => {
        const finding = toFinding(rule, severity, descriptor, config);
        if (!isIgnored(ignored, finding.range)) findings.push(finding);
      },
    };
    try {
      if (phase !== 'word' && rule.check) rule.check(context);
      if (phase !== 'character' && rule.checkWords && segmenter) rule.checkWords({ ...context, segmenter });
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
  }
  return inDocumentOrder(findings);
}

/**
 * Sorted by start position; findings at the same position keep the order they were produced in (the
 * registry's). A numeric key per finding keeps the comparisons cheap: thousands of findings are common.
 */
function inDocumentOrder(findings: Finding[]): Finding[] {
  const keys = findings.map((finding) => finding.range.start.line * 4294967296 + finding.range.start.character);
  const order = findings.map((_, index) => index);
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  return order.map((index) => findings[index]);
}

export function severityOf(rule: Rule, config: ResolvedConfig): Severity | null {
  const setting = config.rules[rule.meta.id];
  if (setting === 'off') return null;
  if (setting === 'error' || setting === 'warning' || setting === 'info') return setting;
  return rule.meta.defaultSeverity;
}

function toFinding(rule: Rule, severity: Severity, descriptor: ReportDescriptor, config: ResolvedConfig): Finding {
  const { meta } = rule;
  const message = meta.messages[descriptor.messageId];
  if (!message) throw new Error(`rule ${meta.id} has no message '${descriptor.messageId}'`);
  let fix: Finding['fix'] = null;
  if (descriptor.fix) {
    const title = meta.fixes?.[descriptor.fix.titleId];
    if (!title) throw new Error(`rule ${meta.id} has no fix title '${descriptor.fix.titleId}'`);
    fix = {
      title: formatMessage(title, config.locale, descriptor.fix.data),
      edits: descriptor.fix.edits,
      safe: descriptor.fix.safe,
    };
  }
  return {
    rule: meta.id,
    messageId: descriptor.messageId,
    severity,
    range: descriptor.range,
    message: formatMessage(message, config.locale, descriptor.data),
    fix,
  };
}
