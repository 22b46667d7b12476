import assert from 'node:assert/strict';
import { createCliSegmenter, SEGMENTATION_CHAR_LIMIT } from '../../src/cli/segmenter';
import { createReportService, textDocument } from '../../src/core/index';
import { allRules } from '../../src/core/rules/index';
import { Segmenter } from '../../src/core/text/segmenter';
import { NodejiebaOptions } from '../../src/segmentation/nodejiebaSegmenter';
import { lexiconSegmenter } from './segmentationFake';

/**
 * The CLI's segmenter (src/cli/segmenter.ts): loaded once, on first need; a loader that fails is
 * reported once and every other check still runs; dictionary warnings pass through; `--user-dict`
 * reaches the loader.
 */
describe('segmentation in the CLI (createCliSegmenter)', () => {
  const text = '全县共有所学校，达到%。\n我们要推进推进医共体建设。';

  it('reports a nodejieba that fails to load once, answers null, and the character checks still run', () => {
    const errors: string[] = [];
    let attempts = 0;
    const failing = () => {
      attempts++;
      throw new Error('nodejieba native binding was not found');
    };
    const segmenterFor = createCliSegmenter((message) => errors.push(message), { load: failing });
    assert.ok(segmenterFor);
    const service = createReportService();
    const results = [text, text + '\n补充。', '另一份报告。'].map((input, index) => {
      const segmenter = segmenterFor(input);
      assert.equal(segmenter, null);
      return service.lint(textDocument(input, `file:///r${index}.txt`), { segmenter });
    });
    assert.equal(attempts, 1, 'loaded once');
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /nodejieba unavailable, word-level checks skipped: nodejieba native binding was not found/);
    const rules = new Set(results[0].map((finding) => finding.rule));
    assert.ok(rules.has('missing-number'), 'the character part of missing-number (达到%)');
    assert.deepEqual(
      results[0].filter((finding) => finding.rule === 'missing-number').map((finding) => finding.range.start.character),
      [10],
      'no word-level finding without segmentation',
    );
  });

  it('reports a thrown non-Error too', () => {
    const errors: string[] = [];
    const segmenterFor = createCliSegmenter((message) => errors.push(message), {
      load: () => {
        throw 'no binary';
      },
    });
    assert.equal(segmenterFor!('x'), null);
    assert.deepEqual(errors, ['nodejieba unavailable, word-level checks skipped: no binary']);
  });

  it('loads lazily, once, with --user-dict, and passes dictionary warnings on', () => {
    const errors: string[] = [];
    const loads: NodejiebaOptions[] = [];
    const fake = lexiconSegmenter({ 共有: 'v', 学校: 'n', 推进: 'v', 医共体: 'n', 建设: 'vn', 我们: 'r', 要: 'v' });
    const load = (options: NodejiebaOptions): Segmenter => {
      loads.push(options);
      options.onWarning?.('user dictionary not loaded: /no/such.dict: not found or not a file');
      return fake;
    };
    const segmenterFor = createCliSegmenter((message) => errors.push(message), { load, userDict: ['/no/such.dict'] });
    assert.equal(loads.length, 0, 'not loaded before a text needs it');
    const first = segmenterFor!(text);
    const second = segmenterFor!(text);
    assert.ok(first && first === second);
    assert.equal(loads.length, 1);
    assert.deepEqual(loads[0].userDict, ['/no/such.dict']);
    assert.deepEqual(errors, ['user dictionary not loaded: /no/such.dict: not found or not a file']);
    const findings = createReportService().lint(textDocument(text), { segmenter: first });
    assert.ok(findings.some((finding) => finding.rule === 'missing-number' && finding.range.start.character === 4), 'word-level 共有所');
    assert.ok(findings.some((finding) => finding.rule === 'duplicate-word' && finding.range.start.line === 1));
  });

  it('segments nothing over the size limit, and needs no segmenter without word-level rules', () => {
    let loads = 0;
    const segmenterFor = createCliSegmenter(() => assert.fail('no message'), {
      load: () => {
        loads++;
        return { cut: () => [] };
      },
    });
    assert.equal(segmenterFor!('x'.repeat(SEGMENTATION_CHAR_LIMIT + 1)), null);
    assert.equal(loads, 0);
    assert.equal(createCliSegmenter(() => undefined, { rules: allRules.filter((rule) => !rule.checkWords) }), null);
  });
});
