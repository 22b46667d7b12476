import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildParagraphs, endsSentence, paragraphEndPosition, paragraphOffset, paragraphPosition } from '../../src/core/structure/paragraphs';
import { parseReportTree } from '../../src/core/structure/parser';
import { findStatedCounts } from '../../src/core/structure/statedCounts';
import { corpusDir } from '../helpers/corpus';

const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('findStatedCounts', () => {
  it('gives both numbers, the announcement range and the heading that opens the parts', () => {
    const text = doc('在全县教育工作会议上的讲话', '同志们：', '按照会议安排，我讲四个方面的内容：', '一、回顾', '正文。', '二、问题', '正文。', '三、安排', '正文。');
    const [count, ...rest] = findStatedCounts(parseReportTree(text));
    assert.equal(rest.length, 0);
    assert.equal(count.reportIndex, 0);
    assert.equal(count.line, 4);
    assert.deepEqual(count.range, { start: { line: 4, character: 9 }, end: { line: 4, character: 16 } });
    assert.equal(count.phrase, '四个方面的内容');
    assert.equal(count.stated, 4);
    assert.equal(count.actual, 3);
    assert.equal(count.partsKind, 'headings');
    assert.equal(count.firstPartLine, 6);
    assert.deepEqual(count.partLines, [6, 10, 14]);
    assert.equal(count.firstPartHeading?.line, 6);
    assert.equal(count.firstPartHeading?.ordinal, 1);
    assert.equal(count.firstSeriesItem, null);
    assert.equal(count.differs, true);
  });

  it('reports matching announcements too, with differs false', () => {
    const text = doc('2024年工作要点', '今年重点做好以下三项工作：', '一是抓招生。', '二是抓教学。', '三是抓安全。');
    const [count] = findStatedCounts(parseReportTree(text));
    assert.equal(count.partsKind, 'series');
    assert.equal(count.stated, 3);
    assert.equal(count.actual, 3);
    assert.equal(count.differs, false);
    assert.deepEqual(count.partLines, [4, 6, 8]);
    assert.equal(count.firstSeriesItem?.text, '一是');
    assert.equal(count.firstPartHeading, null);
  });

  it('gives the report index in a multi-report file and nothing for unlocated announcements', () => {
    const text = doc(
      '在全县教育工作会议上的讲话', '同志们：', '下面，我讲三点意见。', '要充分认识教育工作的重要性，把教育摆在优先发展的战略位置，持续加大投入力度。', '要扎实抓好各项重点任务，确保学前教育、义务教育、高中教育协调发展，办好人民满意的教育。', '谢谢大家！',
      '在全县卫生工作会议上的讲话', '同志们：', '我讲两点意见：', '一、提高认识', '正文。', '二、狠抓落实', '正文。',
    );
    const counts = findStatedCounts(parseReportTree(text));
    assert.equal(counts.length, 1);
    assert.equal(counts[0].reportIndex, 1);
    assert.equal(counts[0].differs, false);
    assert.equal(counts[0].firstPartHeading?.line, 18);
  });

  it('returns nothing for an empty text', () => {
    assert.deepEqual(findStatedCounts(parseReportTree('')), []);
  });

  const speeches = join(corpusDir, 'speeches-19-collection.txt');
  it('finds the corpus speech that announces four parts and delivers three (line 505)', function () {
    if (!existsSync(speeches)) this.skip();
    const counts = findStatedCounts(parseReportTree(readFileSync(speeches, 'utf8')));
    const differing = counts.filter((count) => count.differs);
    assert.equal(differing.length, 1);
    assert.equal(differing[0].line + 1, 505);
    assert.equal(differing[0].stated, 4);
    assert.equal(differing[0].actual, 3);
    assert.deepEqual(differing[0].partLines.map((line) => line + 1), [507, 529, 545]);
    // The other announcements of the corpus are located and match.
    assert.ok(counts.length >= 10);
  });
});

describe('paragraphs', () => {
  it('joins hard-wrapped lines until a sentence end, and maps offsets back to positions', () => {
    const tree = parseReportTree('  全面落实“双减\n”政策，切实\n减轻负担。\n新的段落');
    const { paragraphs, lineParagraph } = buildParagraphs(tree);
    assert.equal(paragraphs.length, 2);
    assert.equal(paragraphs[0].text, '全面落实“双减”政策，切实减轻负担。');
    assert.deepEqual([...lineParagraph], [0, 0, 0, 1]);
    assert.deepEqual(paragraphPosition(paragraphs[0], 7), { line: 1, character: 0 });
    assert.deepEqual(paragraphPosition(paragraphs[0], 0), { line: 0, character: 2 });
    assert.deepEqual(paragraphEndPosition(paragraphs[0], 7), { line: 0, character: 9 });
    assert.equal(paragraphOffset(paragraphs[0], { line: 2, character: 1 }), 14);
    assert.equal(paragraphOffset(paragraphs[0], { line: 3, character: 0 }), -1);
  });

  it('makes a heading a paragraph of its own, starting after its marker', () => {
    const tree = parseReportTree('2024年工作总结\n一、主要工作\n（一）改善条件\n全年投资三亿元，\n新建学校两所。');
    const { paragraphs } = buildParagraphs(tree);
    assert.deepEqual(paragraphs.map((p) => p.text), ['2024年工作总结', '主要工作', '改善条件', '全年投资三亿元，新建学校两所。']);
    assert.equal(paragraphs[0].title, true);
    assert.equal(paragraphs[1].heading?.level, 1);
    assert.equal(paragraphs[2].heading?.level, 2);
  });

  it('breaks at blank lines, CRLF included', () => {
    const tree = parseReportTree('第一段，\r\n\r\n第二段。\r\n');
    assert.deepEqual(buildParagraphs(tree).paragraphs.map((p) => p.text), ['第一段，', '第二段。']);
  });

  it('knows sentence ends followed by closing marks', () => {
    assert.ok(endsSentence('他说：“好。”'));
    assert.ok(endsSentence('（见附件。）'));
    assert.ok(endsSentence('要求如下：'));
    assert.ok(!endsSentence('全面推进，'));
    assert.ok(!endsSentence('（附件）'));
  });
});
