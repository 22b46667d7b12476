import { ResolvedConfig, Severity } from '../config';
import { formatMessage, Message } from '../l10n/message';
import { Segmenter } from '../text/segmenter';
import { ReportTree } from '../structure/types';
import { Finding, Fix, plainFinding, Replacement, ReportDescriptor, Rule, RuleContext } from '../rules/types';
import { Range } from '../text/positions';
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
  const perRule: (RuleFindings | null)[] = rules.map(() => null);
  const ignored = ignoredSpans(tree.model, config.ignoreWords);
  for (const index of executionOrder(rules)) {
    const rule = rules[index];
    const severity = severityOf(rule, config);
    if (severity === null) continue;
    const found = new RuleFindings();
    const factory = new FindingFactory(rule, severity, config);
    const context: RuleContext = {
      tree,
      model: tree.model,
      config,
      report: (descriptor) => {
        // Built first: a report naming an unknown message is a rule failure even inside an ignored word.
        const finding = factory.create(descriptor);
        if (ignored.size > 0 && isIgnored(ignored, descriptor.range)) return;
        found.add(finding, descriptor.range);
      },
    };
    try {
      if (phase !== 'word' && rule.check) rule.check(context);
      if (phase !== 'character' && rule.checkWords && segmenter) rule.checkWords({ ...context, segmenter });
    } catch (error) {
      options.onRuleError?.(rule.meta.id, error);
    }
    if (found.findings.length > 0) perRule[index] = found;
  }
  return inDocumentOrder(perRule.filter((found): found is RuleFindings => found !== null));
}

/**
 * Indexes of `rules` in the order they run: the rules marked `runsLast` after the others, each group in
 * the given order. The order of the findings does not depend on it (see inDocumentOrder).
 */
function executionOrder(rules: readonly Rule[]): number[] {
  const first: number[] = [];
  const last: number[] = [];
  rules.forEach((rule, index) => (rule.meta.runsLast ? last : first).push(index));
  return last.length === 0 ? first : first.concat(last);
}

/**
 * One rule's findings with their sort keys (start line and character in one number), taken while the
 * finding is fresh: reading thousands of ranges back later costs more than the ordering itself.
 */
class RuleFindings {
  findings: Finding[] = [];
  keys: number[] = [];
  sorted = true;

  /** `range` is the finding's range, as reported (a finding may build its own range object only when read). */
  add(finding: Finding, range: Range): void {
    const key = range.start.line * 4294967296 + range.start.character;
    const count = this.keys.length;
    if (count > 0 && key < this.keys[count - 1]) this.sorted = false;
    this.findings.push(finding);
    this.keys.push(key);
  }
}

/**
 * All findings sorted by start position; findings at the same position keep the order they were
 * produced in (rule by rule, in the registry's order). Rules report in document order or nearly so,
 * and a report can hold thousands of findings, most of them often from one rule: a rule's list is
 * sorted on its own only when it needs it, then the lists are merged, taking from one list as long as
 * it stays ahead of all the others.
 */
function inDocumentOrder(perRule: RuleFindings[]): Finding[] {
  if (perRule.length === 0) return [];
  for (const found of perRule) if (!found.sorted) sortByKey(found);
  if (perRule.length === 1) return perRule[0].findings;
  const heads = new Array<number>(perRule.length).fill(0);
  let total = 0;
  for (const found of perRule) total += found.findings.length;
  const merged = new Array<Finding>(total);
  let out = 0;
  for (;;) {
    // The list whose next finding comes first, and the first of the others (ties: the earlier list).
    let best = -1;
    let bestKey = Infinity;
    let second = -1;
    let secondKey = Infinity;
    for (let list = 0; list < perRule.length; list++) {
      const { keys } = perRule[list];
      if (heads[list] >= keys.length) continue;
      const key = keys[heads[list]];
      if (key < bestKey) {
        second = best;
        secondKey = bestKey;
        best = list;
        bestKey = key;
      } else if (key < secondKey) {
        second = list;
        secondKey = key;
      }
    }
    if (best < 0) return merged;
    const { keys, findings } = perRule[best];
    let head = heads[best];
    do merged[out++] = findings[head++];
    while (head < keys.length && (keys[head] < secondKey || (keys[head] === secondKey && best < second)));
    heads[best] = head;
  }
}

/** Stable: equal keys keep the order they were reported in. */
function sortByKey(found: RuleFindings): void {
  const { keys } = found;
  const order = keys.map((_, index) => index);
  order.sort((a, b) => keys[a] - keys[b] || a - b);
  const findings = found.findings;
  found.findings = order.map((index) => findings[index]);
  found.keys = order.map((index) => keys[index]);
  found.sorted = true;
}

export function severityOf(rule: Rule, config: ResolvedConfig): Severity | null {
  const setting = config.rules[rule.meta.id];
  if (setting === 'off') return null;
  if (setting === 'error' || setting === 'warning' || setting === 'info') return setting;
  return rule.meta.defaultSeverity;
}

/**
 * Builds a rule's findings from its reports. Texts without data are the same for every finding of a
 * message (punctuation-width reports thousands): they are formatted once per lint.
 */
class FindingFactory {
  private readonly messages = new Map<string, string>();
  private readonly titles = new Map<string, string>();

  constructor(
    private readonly rule: Rule,
    private readonly severity: Severity,
    private readonly config: ResolvedConfig,
  ) {}

  create(descriptor: ReportDescriptor): Finding {
    const { meta } = this.rule;
    const { replacement } = descriptor;
    if (replacement) {
      if (descriptor.fix) throw new Error(`rule ${meta.id} reports both a fix and a replacement`);
      return new ReplacementFinding(
        meta.id,
        descriptor.messageId,
        this.severity,
        descriptor.range,
        this.text(this.messages, meta.messages, descriptor.messageId, descriptor.data, 'message'),
        this.text(this.titles, meta.fixes, replacement.titleId, undefined, 'fix title'),
        replacement,
      );
    }
    let fix: Finding['fix'] = null;
    if (descriptor.fix) {
      const { titleId, data, edits, safe } = descriptor.fix;
      fix = { title: this.text(this.titles, meta.fixes, titleId, data, 'fix title'), edits, safe };
    }
    return {
      rule: meta.id,
      messageId: descriptor.messageId,
      severity: this.severity,
      range: descriptor.range,
      message: this.text(this.messages, meta.messages, descriptor.messageId, descriptor.data, 'message'),
      fix,
    };
  }

  private text(
    cache: Map<string, string>,
    table: Record<string, Message> | undefined,
    id: string,
    data: Record<string, string | number> | undefined,
    what: string,
  ): string {
    if (data === undefined) {
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
    }
    const template = table?.[id];
    if (!template) throw new Error(`rule ${this.rule.meta.id} has no ${what} '${id}'`);
    const text = formatMessage(template, this.config.locale, data);
    if (data === undefined) cache.set(id, text);
    return text;
  }
}

/**
 * A finding whose fix replaces its own range (see ReportDescriptor.replacement). It keeps its range as
 * four numbers and builds the range object, the fix, its edit list and its edit when first read: tens of
 * thousands of such findings in a long report then stay small for the collector, which otherwise copies
 * each of them (two or three times over) while the rest of the lint runs. Reads like any other finding,
 * and `JSON.stringify` gives the same object.
 */
class ReplacementFinding implements Finding {
  private readonly startLine: number;
  private readonly startCharacter: number;
  private readonly endLine: number;
  private readonly endCharacter: number;
  private builtRange: Range | null = null;
  private builtFix: Fix | null = null;

  constructor(
    readonly rule: string,
    readonly messageId: string,
    readonly severity: Severity,
    reported: Range,
    readonly message: string,
    private readonly title: string,
    private readonly replacement: Replacement,
  ) {
    this.startLine = reported.start.line;
    this.startCharacter = reported.start.character;
    this.endLine = reported.end.line;
    this.endCharacter = reported.end.character;
  }

  get range(): Range {
    return (this.builtRange ??= {
      start: { line: this.startLine, character: this.startCharacter },
      end: { line: this.endLine, character: this.endCharacter },
    });
  }

  get fix(): Fix {
    return (this.builtFix ??= {
      title: this.title,
      edits: [{ range: this.range, text: this.replacement.text }],
      safe: this.replacement.safe,
    });
  }

  toJSON(): Finding {
    return plainFinding(this);
  }
}
