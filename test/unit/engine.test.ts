import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveConfig } from '../../src/core/config';
import { lintTree } from '../../src/core/engine/lint';
import { plainFinding, Rule, RuleContext } from '../../src/core/rules/types';
import { parseReportTree } from '../../src/core/structure/parser';
import { range } from '../../src/core/text/positions';

/** A rule that reports the given [line, character] positions in the order given, one message each. */
function reporting(id: string, positions: readonly (readonly [number, number])[]): Rule {
  return {
    meta: {
      id,
      defaultSeverity: 'warning',
      description: { zh: id, en: id },
      messages: { at: { zh: '{id}@{n}', en: '{id}@{n}' } },
    },
    check({ report }: RuleContext) {
      positions.forEach(([line, character], n) => report({ range: range(line, character, line, character + 1), messageId: 'at', data: { id, n } }));
    },
  };
}

const TEXT = Array.from({ length: 12 }, (_, i) => `第${i}行内容，用于测试排序。`).join('\n');
const tree = parseReportTree(TEXT);
const lint = (rules: Rule[], config = resolveConfig()) => lintTree(tree, { rules, config, phase: 'character' }).map((finding) => finding.message);

describe('lint engine: order of findings', () => {
  it('merges the rules in document order', () => {
    const first = reporting('a', [[0, 1], [3, 0], [7, 2]]);
    const second = reporting('b', [[1, 0], [3, 5], [11, 0]]);
    assert.deepEqual(lint([first, second]), ['a@0', 'b@0', 'a@1', 'b@1', 'a@2', 'b@2']);
  });

  it('at the same position, keeps the registry order of the rules and each rule’s own order', () => {
    const first = reporting('a', [[2, 3], [2, 3]]);
    const second = reporting('b', [[2, 3], [0, 0]]);
    const third = reporting('c', [[2, 3]]);
    assert.deepEqual(lint([first, second, third]), ['b@1', 'a@0', 'a@1', 'b@0', 'c@0']);
    assert.deepEqual(lint([third, second, first]), ['b@1', 'c@0', 'b@0', 'a@0', 'a@1']);
  });

  it('sorts a rule that reports out of order, stably', () => {
    const rule = reporting('a', [[5, 0], [1, 4], [5, 0], [1, 2], [0, 9]]);
    assert.deepEqual(lint([rule]), ['a@4', 'a@3', 'a@1', 'a@0', 'a@2']);
  });

  it('orders by character within a line, not as text', () => {
    const rule = reporting('a', [[1, 10], [1, 9], [1, 100]]);
    assert.deepEqual(lint([rule]), ['a@1', 'a@0', 'a@2']);
  });

  it('skips rules that are off and drops findings inside ignored words', () => {
    const first = reporting('a', [[0, 1], [0, 5]]);
    const second = reporting('b', [[0, 3]]);
    assert.deepEqual(lint([first, second], resolveConfig({ rules: { b: 'off' } })), ['a@0', 'a@1']);
    // 第0行内容: characters 1–2 are 0行; the finding at 1 lies inside the ignored word, those at 3 and 5 do not.
    assert.deepEqual(lint([first, second], resolveConfig({ ignoreWords: ['0行'] })), ['b@0', 'a@1']);
  });

  it('runs a rule marked runsLast after the others, and still orders ties by the registry', () => {
    const ran: string[] = [];
    const tracking = (rule: Rule): Rule => ({ ...rule, check: (context) => (ran.push(rule.meta.id), rule.check!(context)) });
    const many = tracking({ ...reporting('many', [[2, 3], [4, 0]]), meta: { ...reporting('many', []).meta, runsLast: true } });
    const other = tracking(reporting('other', [[2, 3], [1, 0]]));
    const third = tracking(reporting('third', [[4, 0]]));
    assert.deepEqual(lint([many, other, third]), ['other@1', 'many@0', 'other@0', 'many@1', 'third@0']);
    assert.deepEqual(ran, ['other', 'third', 'many']);
  });

  it('any reporting order of any number of rules gives a stable sort of all findings (property)', () => {
    const position = fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 14 }));
    fc.assert(
      fc.property(fc.array(fc.array(position, { maxLength: 30 }), { maxLength: 8 }), (lists) => {
        const rules = lists.map((positions, r) => reporting(`r${r}`, positions));
        const expected = lists
          .flatMap((positions, r) => positions.map(([line, character], n) => ({ line, character, r, n })))
          .sort((x, y) => x.line - y.line || x.character - y.character || x.r - y.r || x.n - y.n)
          .map(({ r, n }) => `r${r}@${n}`);
        assert.deepEqual(lint(rules), expected);
      }),
      { seed: Number(process.env.FC_SEED ?? 20250707), numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });

  describe('findings reported with a replacement', () => {
    const replacing: Rule = {
      meta: {
        id: 'replacing',
        defaultSeverity: 'info',
        description: { zh: 'r', en: 'r' },
        messages: { comma: { zh: '半角逗号', en: 'comma' } },
        fixes: { comma: { zh: '改为全角逗号', en: 'use ，' } },
      },
      check({ report }) {
        const replacement = { titleId: 'comma', text: '，', safe: true };
        report({ range: range(3, 4, 3, 5), messageId: 'comma', replacement });
        report({ range: range(1, 2, 1, 3), messageId: 'comma', replacement });
      },
    };

    it('read like any finding: range, message, a fix that replaces the range', () => {
      const [first, second] = lintTree(tree, { rules: [replacing], config: resolveConfig(), phase: 'character' });
      assert.deepEqual(first.range, range(1, 2, 1, 3));
      assert.deepEqual(second.range, range(3, 4, 3, 5));
      assert.equal(first.message, '半角逗号');
      assert.equal(first.severity, 'info');
      assert.equal(first.fix?.title, '改为全角逗号');
      assert.deepEqual(first.fix?.edits, [{ range: range(1, 2, 1, 3), text: '，' }]);
      assert.equal(first.fix?.safe, true);
      assert.equal(first.fix, first.fix, 'the fix is built once');
      assert.equal(first.range, first.range, 'the range is built once');
    });

    it('serialize to the same JSON as a plain finding', () => {
      const [finding] = lintTree(tree, { rules: [replacing], config: resolveConfig({ locale: 'en' }), phase: 'character' });
      assert.deepEqual(JSON.parse(JSON.stringify(finding)), {
        rule: 'replacing',
        messageId: 'comma',
        severity: 'info',
        range: range(1, 2, 1, 3),
        message: 'comma',
        fix: { title: 'use ，', edits: [{ range: range(1, 2, 1, 3), text: '，' }], safe: true },
      });
    });

    it('honour ignored words and severity settings', () => {
      // Line 1 is 第1行内容…: characters 1–2 are 1行.
      assert.equal(lintTree(tree, { rules: [replacing], config: resolveConfig({ ignoreWords: ['1行'] }), phase: 'character' }).length, 1);
      assert.equal(lintTree(tree, { rules: [replacing], config: resolveConfig({ rules: { replacing: 'error' } }), phase: 'character' })[0].severity, 'error');
    });
  });

  describe('rule mistakes are rule failures', () => {
    const failures = (rule: Rule, config = resolveConfig()) => {
      const failed: string[] = [];
      lintTree(tree, { rules: [rule], config, phase: 'character', onRuleError: (id, error) => failed.push(`${id}: ${(error as Error).message}`) });
      return failed;
    };
    const base = reporting('broken', []);

    it('an unknown message, even inside an ignored word', () => {
      const rule: Rule = { ...base, check: ({ report }) => report({ range: range(0, 1, 0, 2), messageId: 'nope' }) };
      assert.deepEqual(failures(rule, resolveConfig({ ignoreWords: ['0行'] })), ["broken: rule broken has no message 'nope'"]);
    });

    it('a fix and a replacement in one report', () => {
      const rule: Rule = {
        ...base,
        meta: { ...base.meta, fixes: { f: { zh: 'f', en: 'f' } } },
        check: ({ report }) =>
          report({
            range: range(0, 1, 0, 2),
            messageId: 'at',
            data: { id: 'x', n: 0 },
            fix: { titleId: 'f', edits: [], safe: true },
            replacement: { titleId: 'f', text: 'y', safe: true },
          }),
      };
      assert.deepEqual(failures(rule), ['broken: rule broken reports both a fix and a replacement']);
    });
  });

  it('plainFinding copies a compact finding into a plain object (spread and clone keep everything)', () => {
    const rule: Rule = {
      meta: { id: 'r', defaultSeverity: 'info', description: { zh: 'r', en: 'r' }, messages: { m: { zh: 'm', en: 'm' } }, fixes: { f: { zh: 'f', en: 'f' } } },
      check: ({ report }) => report({ range: range(2, 1, 2, 2), messageId: 'm', replacement: { titleId: 'f', text: '，', safe: true } }),
    };
    const [finding] = lintTree(tree, { rules: [rule], config: resolveConfig(), phase: 'character' });
    const copy = structuredClone(plainFinding(finding));
    assert.deepEqual({ ...copy }, JSON.parse(JSON.stringify(finding)));
    assert.deepEqual(copy.fix?.edits, [{ range: range(2, 1, 2, 2), text: '，' }]);
  });
});
