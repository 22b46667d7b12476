import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/core/config';
import { lintTree } from '../../src/core/engine/lint';
import { allRules } from '../../src/core/rules/index';
import { parseReportTree } from '../../src/core/structure/parser';
import { cachingSegmenter } from '../../src/core/text/cachingSegmenter';
import { Segmenter } from '../../src/core/text/segmenter';
import { loadNodejiebaSegmenter } from '../../src/segmentation/nodejiebaSegmenter';
import { corpusAvailable, corpusFiles, expectedDir, readCorpus, skipWithoutCorpus } from '../helpers/corpus';

/**
 * The word-level parts of the rules (checkWords, phase 'word') on the real reports, with nodejieba and
 * the report dictionary, compared with a list reviewed finding by finding in context
 * (test/corpus/expected/findings-words/<rule-id>.json, the format of expected/findings/). The marker
 * of each entry is the text the finding covers. Skipped with a notice when ../shared/corpus is absent.
 */
interface ExpectedFindings {
  rule: string;
  files: Record<string, { line: number; column: number; marker?: string }[]>;
  notes?: string[];
}

describe('corpus word-level findings (segmentation, reviewed expectations)', function () {
  this.timeout(120_000);
  let segmenter: Segmenter | null = null;
  before(function () {
    if (skipWithoutCorpus(this)) return;
    this.timeout(60_000);
    segmenter = cachingSegmenter(loadNodejiebaSegmenter());
  });
  const wordRules = allRules.filter((rule) => rule.checkWords);

  it('covers missing-number and duplicate-word', () => {
    assert.deepEqual(wordRules.map((rule) => rule.meta.id).sort(), ['duplicate-word', 'missing-number']);
  });

  for (const rule of wordRules) {
    it(`${rule.meta.id} finds exactly the reviewed word-level findings`, function () {
      if (!corpusAvailable()) this.skip();
      const path = join(expectedDir, 'findings-words', `${rule.meta.id}.json`);
      assert.ok(existsSync(path), `no reviewed word-level expectations for ${rule.meta.id} at ${path}`);
      const expected = JSON.parse(readFileSync(path, 'utf8')) as ExpectedFindings;
      assert.equal(expected.rule, rule.meta.id);
      for (const file of corpusFiles()) {
        const text = readCorpus(file);
        const lines = text.split(/\r\n|\r|\n/);
        const findings = lintTree(parseReportTree(text), {
          config: resolveConfig(),
          rules: [rule],
          phase: 'word',
          segmenter,
          onRuleError: (_id, error) => {
            throw error;
          },
        });
        const actual = findings.map((finding) => {
          const { start, end } = finding.range;
          return `${start.line + 1}:${start.character + 1} ${lines[start.line].slice(start.character, end.character)}`;
        });
        const wanted = (expected.files[file] ?? []).map((entry) => `${entry.line}:${entry.column} ${entry.marker ?? ''}`);
        assert.deepEqual(actual, wanted, `${rule.meta.id} (word level) on ${file}`);
      }
    });
  }
});
