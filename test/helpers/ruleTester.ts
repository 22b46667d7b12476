import assert from 'node:assert/strict';
import { resolveConfig, ReportConfig } from '../../src/core/config';
import { lintTree, LintPhase } from '../../src/core/engine/lint';
import { applyFixes } from '../../src/core/fix/applyEdits';
import { Finding, Rule } from '../../src/core/rules/types';
import { parseReportTree } from '../../src/core/structure/parser';
import { Segmenter } from '../../src/core/text/segmenter';

export interface ValidCase {
  text: string;
  name?: string;
  config?: ReportConfig;
}

export interface ExpectedFinding {
  messageId?: string;
  /** 1-based, as in the CLI's output. */
  line?: number;
  column?: number;
  /** The exact text the finding's range covers (single-line findings). */
  text?: string;
  /** Substring expected in the Chinese message. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** Text after applying every fix of this rule once; required when a finding carries a fix. */
  output?: string;
  /** Whether the fixes are all safe (fix-all); checked when given. */
  safe?: boolean;
}

export interface RuleTestOptions {
  segmenter?: Segmenter;
  phase?: LintPhase;
}

/** Lints `text` with one rule. */
export function lintWith(rule: Rule, text: string, config?: ReportConfig, options: RuleTestOptions = {}): Finding[] {
  const tree = parseReportTree(text);
  return lintTree(tree, {
    config: resolveConfig(config),
    rules: [rule],
    segmenter: options.segmenter ?? null,
    phase: options.phase ?? 'all',
    onRuleError: (_id, error) => {
      throw error;
    },
  });
}

/**
 * Valid/invalid tables for one rule, in the manner of ESLint's RuleTester: every case is an `it`,
 * unknown message ids and fixes without an expected output are refused, duplicates are refused,
 * and every range must lie inside the text.
 */
export function testRule(rule: Rule, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }, options: RuleTestOptions = {}): void {
  const seen = new Set<string>();
  const once = (text: string, config?: ReportConfig) => {
    const key = text + '\u0000' + JSON.stringify(config ?? {});
    assert.ok(!seen.has(key), `duplicate test case: ${text}`);
    seen.add(key);
  };
  describe(`rule ${rule.meta.id}`, () => {
    describe('must not flag', () => {
      for (const entry of cases.valid) {
        const testCase = typeof entry === 'string' ? { text: entry } : entry;
        once(testCase.text, testCase.config);
        it(testCase.name ?? short(testCase.text), () => {
          const findings = lintWith(rule, testCase.text, testCase.config, options);
          assert.deepEqual(findings.map(describeFinding(testCase.text)), []);
        });
      }
    });
    describe('flags', () => {
      for (const testCase of cases.invalid) {
        once(testCase.text, testCase.config);
        it(testCase.name ?? short(testCase.text), () => {
          const findings = lintWith(rule, testCase.text, testCase.config, options);
          const lines = testCase.text.split(/\r\n|\r|\n/);
          assert.equal(findings.length, testCase.errors.length, `findings: ${JSON.stringify(findings.map(describeFinding(testCase.text)))}`);
          findings.forEach((finding, index) => {
            const expected = testCase.errors[index];
            assert.ok(finding.messageId in rule.meta.messages, `unknown messageId ${finding.messageId}`);
            assertInside(finding, lines);
            if (expected.messageId) assert.equal(finding.messageId, expected.messageId);
            if (expected.line) assert.equal(finding.range.start.line + 1, expected.line, 'line');
            if (expected.column) assert.equal(finding.range.start.character + 1, expected.column, 'column');
            if (expected.text !== undefined) assert.equal(coveredText(lines, finding), expected.text, 'covered text');
            if (expected.message) assert.ok(finding.message.includes(expected.message), `message: ${finding.message}`);
          });
          const fixes = findings.filter((finding) => finding.fix).map((finding) => finding.fix!);
          if (fixes.length > 0) {
            assert.ok(testCase.output !== undefined, 'a case whose findings carry fixes must give the expected output');
          }
          if (testCase.output !== undefined) assert.equal(applyFixes(testCase.text, fixes).text, testCase.output);
          if (testCase.safe !== undefined) for (const fix of fixes) assert.equal(fix.safe, testCase.safe, 'fix safety');
        });
      }
    });
  });
}

function assertInside(finding: Finding, lines: string[]): void {
  const { start, end } = finding.range;
  assert.ok(start.line >= 0 && end.line < lines.length, 'range lines inside the text');
  assert.ok(start.character >= 0 && start.character <= lines[start.line].length, 'start inside its line');
  assert.ok(end.character >= 0 && end.character <= lines[end.line].length, 'end inside its line');
  assert.ok(start.line < end.line || start.character <= end.character, 'start before end');
}

export function coveredText(lines: string[], finding: Finding): string {
  const { start, end } = finding.range;
  if (start.line !== end.line) return lines.slice(start.line, end.line + 1).join('\n');
  return lines[start.line].slice(start.character, end.character);
}

function describeFinding(text: string) {
  const lines = text.split(/\r\n|\r|\n/);
  return (finding: Finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.messageId} «${coveredText(lines, finding)}»`;
}

function short(text: string): string {
  const oneLine = text.replace(/\r?\n/g, '⏎');
  return oneLine.length > 60 ? oneLine.slice(0, 60) + '…' : oneLine;
}
