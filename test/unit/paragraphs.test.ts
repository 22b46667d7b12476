import assert from 'node:assert/strict';
import {
  buildParagraphs,
  forEachParagraphMatch,
  paragraphEndPosition,
  paragraphOffset,
  paragraphPosition,
  paragraphsOf,
} from '../../src/core/structure/paragraphs';
import { parseReportTree } from '../../src/core/structure/parser';

const doc = (...lines: string[]) => lines.join('\n');

describe('paragraph model', () => {
  it('joins hard-wrapped lines until a sentence ends; headings and titles stand alone', () => {
    const tree = parseReportTree(doc('青山县水利局2025年工作总结', '', '一、主要工作', '全年检修泵站12座，', '清理河道36公里。', '  新建堤防3公里。', '', '二、存在的问题'));
    const { paragraphs, lineParagraph } = buildParagraphs(tree);
    assert.deepEqual(
      paragraphs.map((p) => [p.startLine, p.endLine, p.text, p.title, p.heading?.line ?? null]),
      [
        [0, 0, '青山县水利局2025年工作总结', true, null],
        [2, 2, '主要工作', false, 2],
        [3, 4, '全年检修泵站12座，清理河道36公里。', false, null],
        [5, 5, '新建堤防3公里。', false, null],
        [7, 7, '存在的问题', false, 7],
      ],
    );
    assert.deepEqual([...lineParagraph], [0, -1, 1, 2, 2, 3, -1, 4]);
    assert.deepEqual(paragraphs[2].segments, [
      { line: 3, column: 0, offset: 0, length: 10 },
      { line: 4, column: 0, offset: 10, length: 9 },
    ]);
    assert.deepEqual(paragraphs[3].segments, [{ line: 5, column: 2, offset: 0, length: 8 }]);
  });

  it('continues a paragraph across a scraped page chunk, without its number (the parser’s page-chunk lines)', () => {
    const chunk = (n: number, body: string) => `${n}、${body}`;
    const long = (text: string) => text + '甲'.repeat(190 - text.length);
    const tree = parseReportTree(doc('区卫生局工作总结', chunk(1, long('全年完成体检任务，')), '', chunk(2, long('，较上年有所增长')), chunk(3, long('。'))));
    assert.deepEqual([...tree.pageChunks.keys()], [1, 3, 4]);
    const { paragraphs } = buildParagraphs(tree);
    const body = paragraphs.find((p) => p.startLine === 1)!;
    assert.deepEqual(body.segments.map((s) => [s.line, s.column]), [[1, 2], [3, 2], [4, 2]]);
    assert.ok(body.text.startsWith('全年完成体检任务，'));
  });

  it('converts between paragraph offsets and positions', () => {
    const tree = parseReportTree(doc('全年检修泵站12座，', '  清理河道36公里。'));
    const [paragraph] = paragraphsOf(tree).paragraphs;
    assert.deepEqual(paragraphPosition(paragraph, 0), { line: 0, character: 0 });
    assert.deepEqual(paragraphPosition(paragraph, 10), { line: 1, character: 2 });
    assert.deepEqual(paragraphEndPosition(paragraph, 10), { line: 0, character: 10 });
    assert.equal(paragraphOffset(paragraph, { line: 1, character: 4 }), 12);
    assert.equal(paragraphOffset(paragraph, { line: 1, character: 0 }), -1, 'padding is outside the paragraph');
    assert.equal(paragraphsOf(tree), paragraphsOf(tree), 'built once per tree');
  });

  it('forEachParagraphMatch visits each match by its last character, skips markers and padding', () => {
    const tree = parseReportTree(doc('（一）“重点”工作', '  他说：“好”', '一、“标题”'));
    const seen: [number, number, string][] = [];
    const model = paragraphsOf(tree);
    forEachParagraphMatch(tree, model, /[“”]/g, (paragraph, offset) => seen.push([paragraph.startLine, offset, paragraph.text[offset]]));
    assert.deepEqual(seen, [
      [0, 0, '“'],
      [0, 3, '”'],
      [1, 3, '“'],
      [1, 5, '”'],
      [2, 0, '“'],
      [2, 3, '”'],
    ]);
    const runs: number[] = [];
    forEachParagraphMatch(tree, model, /[“好”]{2,}/g, (_, offset) => runs.push(offset));
    assert.deepEqual(runs, [5]);
  });

  it('forEachParagraphMatch refuses a pattern that matches the empty string', () => {
    const tree = parseReportTree('甲乙');
    assert.throws(() => forEachParagraphMatch(tree, paragraphsOf(tree), /x*/g, () => undefined), /matches the empty string/);
  });
});
