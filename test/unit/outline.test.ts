import * as assert from 'node:assert/strict';
import { parseReportTree } from '../../src/core/structure/parser';
import { buildOutline, OutlineNode } from '../../src/core/outline/outline';
import { foldingRegions } from '../../src/core/outline/folding';
import { groupByPart } from '../../src/core/outline/parts';
import { countChineseChars } from '../../src/core/text/wordCount';

const doc = (...lines: string[]) => lines.join('\n');

const sample = doc(
  '2023年工作总结', //      6
  '一、主要工作', //        6
  '（一）抓学习', //        6
  '全年学习12次。', //      7
  '二、存在的问题', //      7
  '人才不足。', //          5
  '三、2024年工作打算', //  8
  '（一）深化改革', //      7
  '（二）强化保障', //      7
);

describe('outline', () => {
  describe('countChineseChars', () => {
    it('every CJK character and full-width mark counts one', () => {
      assert.equal(countChineseChars('加强党的建设'), 6);
      assert.equal(countChineseChars('加强党的建设。'), 7);
      assert.equal(countChineseChars('（一）“两个维护”'), 9);
    });

    it('a run of Latin letters or digits counts one', () => {
      assert.equal(countChineseChars('2023年'), 2);
      assert.equal(countChineseChars('增长12.5%'), 3);
      assert.equal(countChineseChars('学习强国APP'), 5);
      assert.equal(countChineseChars('hello world'), 2);
      assert.equal(countChineseChars('3.5万人次'), 4);
    });

    it('whitespace of every kind does not count and splits Latin words', () => {
      assert.equal(countChineseChars(' \t\u00a0\ufeff\n\r'), 0);
      assert.equal(countChineseChars('abc\u00a0def'), 2);
    });

    // Regression (was a parser bug): wordCount.ts counts U+3000 (ideographic space) as full-width punctuation (range
    // 0x3000–0x303f), so the customary two-space paragraph indent adds 2 to every paragraph's 字数.
    it('the ideographic space U+3000 is whitespace and does not count', () => {
      assert.equal(countChineseChars('\u3000\u3000正文'), 2);
      assert.equal(countChineseChars('abc\u3000def'), 2);
    });

    it('an astral ideograph counts one, not two', () => {
      assert.equal(countChineseChars('𠀀𠀀村'), 3);
      assert.equal(countChineseChars('𠀀abc'), 2);
    });

    it('dashes and ellipses count one each', () => {
      assert.equal(countChineseChars('——坚持'), 4);
      assert.equal(countChineseChars('……'), 2);
    });

    it('the empty string and lone surrogates do not throw', () => {
      assert.equal(countChineseChars(''), 0);
      assert.equal(countChineseChars('\ud800'), 1);
      assert.doesNotThrow(() => countChineseChars('a\udc00b\ud800'));
    });

    // Regression (was a parser bug): wordCount.ts treats any high surrogate followed by anything as a pair, so a lone high
    // surrogate swallows the next character: '\ud800加强' counts 2, not 1 + 2.
    it('a lone high surrogate does not swallow the next character', () => {
      assert.equal(countChineseChars('\ud800加强'), countChineseChars('\ud800') + countChineseChars('加强'));
    });
  });

  describe('buildOutline', () => {
    const tree = parseReportTree(sample);
    const [report] = buildOutline(tree);

    it('one outline report per report, with its title and lines', () => {
      assert.equal(buildOutline(tree).length, 1);
      assert.deepEqual(report.title, { text: '2023年工作总结', line: 0 });
      assert.deepEqual([report.startLine, report.endLine], [0, 8]);
      assert.equal(report.report, tree.reports[0]);
    });

    it('nodes mirror the heading tree', () => {
      const shape = (node: OutlineNode): unknown => [node.marker, node.text, node.level, node.ordinal, node.line, node.endLine, node.part, node.children.map(shape)];
      assert.deepEqual(report.headings.map(shape), [
        ['一、', '主要工作', 1, 1, 1, 3, 'summary', [['（一）', '抓学习', 2, 1, 2, 3, 'summary', []]]],
        ['二、', '存在的问题', 1, 2, 4, 5, 'problems', []],
        ['三、', '2024年工作打算', 1, 3, 6, 8, 'plan', [
          ['（一）', '深化改革', 2, 1, 7, 7, 'plan', []],
          ['（二）', '强化保障', 2, 2, 8, 8, 'plan', []],
        ]],
      ]);
      assert.equal(report.headings[0].heading, tree.headingAt(1));
    });

    it('字数 of each section includes its heading line and its children', () => {
      assert.equal(report.chars, 59);
      assert.deepEqual(report.headings.map((node) => node.chars), [19, 12, 22]);
      assert.equal(report.headings[0].children[0].chars, 13);
      assert.deepEqual(report.headings[2].children.map((node) => node.chars), [7, 7]);
    });

    it('the marker is trimmed of its delimiter spaces', () => {
      const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
      const lines = ['2019年工作总结及2020年工作计划', ...names.map((n) => `${n}、第${n}项`), '十三 2020年工作计划'];
      const outline = buildOutline(parseReportTree(lines.join('\n')))[0];
      assert.equal(outline.headings[12].marker, '十三');
      assert.equal(outline.headings[12].text, '2020年工作计划');
    });

    it('an untitled report has a null title', () => {
      const [untitled] = buildOutline(parseReportTree('一、主要工作\n正文。'));
      assert.equal(untitled.title, null);
      assert.equal(untitled.chars, 9);
    });

    it('the empty text gives one empty report', () => {
      const outline = buildOutline(parseReportTree(''));
      assert.equal(outline.length, 1);
      assert.deepEqual(outline[0].headings, []);
      assert.equal(outline[0].chars, 0);
    });

    it('several reports, each with its own 字数', () => {
      const outline = buildOutline(parseReportTree(doc('在甲会议上的讲话', '一、提高认识', '在乙会议上的讲话', '一、抓好落实')));
      assert.deepEqual(outline.map((r) => [r.title?.line, r.chars]), [[0, 14], [2, 14]]);
    });
  });

  describe('foldingRegions', () => {
    it('one region per heading whose section spans more than its line; none for a single report title', () => {
      assert.deepEqual(foldingRegions(parseReportTree(sample)), [
        { startLine: 1, endLine: 3 },
        { startLine: 2, endLine: 3 },
        { startLine: 4, endLine: 5 },
        { startLine: 6, endLine: 8 },
      ]);
    });

    it('with several reports, each titled report folds too', () => {
      const tree = parseReportTree(doc('在甲会议上的讲话', '一、提高认识', '正文。', '', '在乙会议上的讲话', '一、抓好落实'));
      assert.deepEqual(foldingRegions(tree), [
        { startLine: 0, endLine: 2 },
        { startLine: 1, endLine: 2 },
        { startLine: 4, endLine: 5 },
      ]);
    });

    it('trailing blank lines are not folded in', () => {
      assert.deepEqual(foldingRegions(parseReportTree('一、主要工作\n正文。\n\n\n二、打算\n')), [{ startLine: 0, endLine: 1 }]);
    });

    it('no regions for the empty text', () => {
      assert.deepEqual(foldingRegions(parseReportTree('')), []);
    });
  });

  describe('groupByPart', () => {
    it('groups consecutive top-level sections of the same part and sums their 字数', () => {
      const text = doc('2023年工作总结', '一、强化党建', '二、提升服务', '三、存在问题', '四、下一步打算', '五、加强保障');
      const groups = groupByPart(buildOutline(parseReportTree(text))[0]);
      assert.deepEqual(groups.map((g) => [g.part, g.chars, g.headings.map((h) => h.line)]), [
        ['summary', 12, [1, 2]],
        ['problems', 6, [3]],
        ['plan', 13, [4, 5]],
      ]);
    });

    it('the same part apart is two groups; speeches keep null groups', () => {
      const text = doc('在全县工作会议上的讲话', '一、肯定成绩', '二、认清形势', '三、巩固成效');
      const groups = groupByPart(buildOutline(parseReportTree(text))[0]);
      assert.deepEqual(groups.map((g) => [g.part, g.headings.length]), [['summary', 1], [null, 1], ['summary', 1]]);
    });

    it('no headings, no groups', () => {
      assert.deepEqual(groupByPart(buildOutline(parseReportTree('正文。'))[0]), []);
    });
  });
});
