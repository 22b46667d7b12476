import assert from 'node:assert/strict';
import { Severity } from '../../src/core/config';
import { Finding } from '../../src/core/rules/types';
import {
  MAX_PUBLISHED_DIAGNOSTICS,
  MAX_TYPING_DELAY_MS,
  isPaced,
  PACING_MIN_DELAY_MS,
  quietRemaining,
  selectPublished,
  TYPING_DELAY_MS,
  typingDelay,
} from '../../src/vscode/limits';

/** src/vscode/limits.ts: the adaptive typing delay and the cap on published diagnostics (pure, no vscode). */
describe('limits of the VS Code adapter', () => {
  describe('typingDelay', () => {
    it('120 ms for documents that lint in milliseconds, and before any lint', () => {
      assert.equal(typingDelay(undefined), TYPING_DELAY_MS);
      assert.equal(typingDelay(0), 120);
      assert.equal(typingDelay(3), 120);
      assert.equal(typingDelay(40), 120);
    });

    it('three times the last lint when that is longer (a 10 MB report: ≈ 300 ms → 900 ms)', () => {
      assert.equal(typingDelay(41), 123);
      assert.equal(typingDelay(300), 900);
      assert.equal(typingDelay(1000), 3000);
    });

    it('never more than 4 s, so a slow machine still sees its findings', () => {
      assert.equal(typingDelay(1400), MAX_TYPING_DELAY_MS);
      assert.equal(typingDelay(60_000), 4000);
    });
  });

  describe('quietRemaining (pacing of whole-document features)', () => {
    it('nothing to wait for a document that is not paced, however recent the edit', () => {
      assert.equal(quietRemaining(1000, 1000, TYPING_DELAY_MS), 0);
      assert.equal(quietRemaining(1000, 1001, typingDelay(40)), 0);
      assert.equal(quietRemaining(1000, 1001, typingDelay(50)), 0, 'a 97K collection of speeches on a slow moment');
      assert.equal(quietRemaining(1000, 1001, typingDelay(150)), 0);
    });

    it('nothing to wait for before any edit', () => {
      assert.equal(quietRemaining(undefined, 5000, MAX_TYPING_DELAY_MS), 0);
    });

    it('a paced document waits for what is left of its delay after the last edit', () => {
      assert.equal(quietRemaining(1000, 1000, 1200), 1200);
      assert.equal(quietRemaining(1000, 1600, 1200), 600);
      assert.equal(quietRemaining(1000, 2200, 1200), 0);
      assert.equal(quietRemaining(1000, 60_000, 4000), 0);
    });

    it('documents whose lint takes a third of PACING_MIN_DELAY_MS or more are paced', () => {
      assert.ok(!isPaced(typingDelay(199)));
      assert.ok(isPaced(typingDelay(200)));
      assert.ok(isPaced(MAX_TYPING_DELAY_MS));
      assert.equal(quietRemaining(0, 0, PACING_MIN_DELAY_MS), PACING_MIN_DELAY_MS);
      assert.equal(quietRemaining(0, 0, PACING_MIN_DELAY_MS - 1), 0);
    });
  });

  describe('selectPublished', () => {
    const finding = (line: number, severity: Severity): Finding => ({
      rule: `r-${severity}`,
      messageId: 'm',
      severity,
      range: { start: { line, character: 0 }, end: { line, character: 1 } },
      message: `${severity} on ${line}`,
      fix: null,
    });
    const lines = (findings: Finding[]) => findings.map((f) => `${f.range.start.line}${f.severity[0]}`);

    it('all findings when there are no more than the maximum', () => {
      const findings = [finding(0, 'info'), finding(1, 'warning')];
      assert.deepEqual(selectPublished(findings, 2), { shown: findings, hidden: 0 });
      assert.deepEqual(selectPublished([], 2), { shown: [], hidden: 0 });
    });

    it('over the maximum: room for one notice, errors then warnings then infos, document order kept', () => {
      const findings = [finding(0, 'info'), finding(1, 'warning'), finding(2, 'error'), finding(3, 'info'), finding(4, 'warning'), finding(5, 'warning')];
      const { shown, hidden } = selectPublished(findings, 4);
      assert.deepEqual(lines(shown), ['1w', '2e', '4w']);
      assert.equal(hidden, 3);
      assert.deepEqual(lines(selectPublished(findings, 6).shown), lines(findings));
      assert.deepEqual(lines(selectPublished(findings, 5).shown), ['1w', '2e', '4w', '5w']);
      assert.deepEqual(lines(selectPublished(findings, 2).shown), ['2e']);
    });

    it('infos fill what warnings leave, in document order', () => {
      const findings = [finding(0, 'info'), finding(1, 'info'), finding(2, 'warning'), finding(3, 'info')];
      assert.deepEqual(lines(selectPublished(findings, 3).shown), ['0i', '2w']);
    });

    it('190,000 findings (a 10 MB report) → 999 shown and a place for the notice', () => {
      const findings = Array.from({ length: 190_000 }, (_, i) => finding(i, i % 3 === 0 ? 'info' : 'warning'));
      const { shown, hidden } = selectPublished(findings);
      assert.equal(shown.length, MAX_PUBLISHED_DIAGNOSTICS - 1);
      assert.equal(hidden, 190_000 - 999);
      assert.ok(shown.every((f) => f.severity === 'warning'));
      assert.ok(shown.every((f, i) => i === 0 || f.range.start.line > shown[i - 1].range.start.line), 'document order');
    });
  });
});
