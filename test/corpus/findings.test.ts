import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/core/config';
import { lintTree } from '../../src/core/engine/lint';
import { allRules } from '../../src/core/rules/index';
import { parseReportTree } from '../../src/core/structure/parser';
import { corpusAvailable, corpusFiles, expectedDir, readCorpus, skipWithoutCorpus } from '../helpers/corpus';

/**
 * Every rule's findings on the real reports, compared with a list reviewed line by line
 * (test/corpus/expected/findings/<rule-id>.json: line, column and a short marker per finding).
 * Word-level findings are compared in the segmentation suite.
 */
interface ExpectedFindings {
  rule: string;
  files: Record<string, { line: number; column: number; marker?: string }[]>;
}

describe('corpus findings (reviewed expectations)', function () {
  before(function () {
    skipWithoutCorpus(this);
  });
  const texts = new Map<string, ReturnType<typeof parseReportTree>>();
  const treeOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, parseReportTree(readCorpus(file)));
    return texts.get(file)!;
  };
  for (const rule of allRules) {
    it(`${rule.meta.id} finds exactly the reviewed findings`, function () {
      if (!corpusAvailable()) this.skip();
      const path = join(expectedDir, 'findings', `${rule.meta.id}.json`);
      assert.ok(existsSync(path), `no reviewed expectations for ${rule.meta.id} at ${path}`);
      const expected = JSON.parse(readFileSync(path, 'utf8')) as ExpectedFindings;
      for (const file of corpusFiles()) {
        const findings = lintTree(treeOf(file), { config: resolveConfig(), rules: [rule], phase: 'character' });
        const actual = findings.map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1}`);
        const wanted = (expected.files[file] ?? []).map((entry) => `${entry.line}:${entry.column}`);
        assert.deepEqual(actual.sort(byPosition), wanted.sort(byPosition), `${rule.meta.id} on ${file}`);
      }
    });
  }
});

function byPosition(a: string, b: string): number {
  const [al, ac] = a.split(':').map(Number);
  const [bl, bc] = b.split(':').map(Number);
  return al - bl || ac - bc;
}
