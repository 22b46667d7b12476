import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOutline, OutlineNode } from '../../src/core/outline/outline';
import { parseReportTree } from '../../src/core/structure/parser';
import { corpusAvailable, corpusFiles, expectedDir, readCorpus, skipWithoutCorpus } from '../helpers/corpus';

interface ExpectedHeading {
  line: number;
  level: number;
  ordinal: number;
  marker: string;
  part: string | null;
}

interface ExpectedOutline {
  reports: { titleLine: number | null; headings: ExpectedHeading[] }[];
}

/**
 * The outline of each real report against the outline a human reader wrote down
 * (test/corpus/expected/*.outline.json). Headings, levels, ordinals and titles must agree exactly;
 * parts must agree on every report that is not a speech (a speech's sections are themes, and the
 * reader's part calls there are judgement, see the notes in the expectation files).
 */
describe('corpus outline (human reading)', function () {
  before(function () {
    skipWithoutCorpus(this);
  });
  const names = corpusAvailable() ? corpusFiles() : [];
  for (const name of names) {
    describe(name, () => {
      const expected = JSON.parse(readFileSync(join(expectedDir, name.replace(/\.txt$/, '.outline.json')), 'utf8')) as ExpectedOutline;
      const tree = parseReportTree(readCorpus(name));
      const outline = buildOutline(tree);

      it('finds the same reports with the same titles', () => {
        assert.deepEqual(
          outline.map((report) => (report.title ? report.title.line + 1 : null)),
          expected.reports.map((report) => report.titleLine),
        );
      });

      it('finds the same heading lines, levels and ordinals', () => {
        const actual = outline.flatMap((report, index) => flatten(report.headings).map((node) => `${index}:${node.line + 1} L${node.level} #${node.ordinal}`));
        const wanted = expected.reports.flatMap((report, index) => report.headings.map((heading) => `${index}:${heading.line} L${heading.level} #${heading.ordinal}`));
        assert.deepEqual(actual, wanted);
      });

      it('keeps each marker as written', () => {
        const actual = outline.flatMap((report) => flatten(report.headings).map((node) => `${node.line + 1} ${node.marker}`));
        const wanted = expected.reports.flatMap((report) => report.headings.map((heading) => `${heading.line} ${heading.marker}`));
        assert.deepEqual(actual, wanted);
      });

      it('classifies the parts of every report that is not a speech', () => {
        outline.forEach((report, index) => {
          if (report.report.kind === 'speech' || !expected.reports[index]) return;
          const actual = flatten(report.headings).map((node) => `${node.line + 1} ${node.part}`);
          const wanted = expected.reports[index].headings.map((heading) => `${heading.line} ${heading.part}`);
          assert.deepEqual(actual, wanted);
        });
      });
    });
  }
});

function flatten(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}
