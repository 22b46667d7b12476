import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseReportTree } from '../../src/core/structure/parser';
import { Heading, Report, ReportTree } from '../../src/core/structure/types';

const doc = (...lines: string[]) => lines.join('\n');
/** [line, level, ordinal] of every heading of every report. */
const heads = (tree: ReportTree) => tree.reports.flatMap((report) => report.allHeadings.map((h) => [h.line, h.level, h.ordinal]));
const headLines = (tree: ReportTree) => tree.reports.flatMap((report) => report.allHeadings.map((h) => h.line));
const parentLine = (heading: Heading) => heading.parent?.line ?? null;
const titles = (tree: ReportTree) => tree.reports.map((report) => report.title?.text ?? null);

/** Checks the invariants every tree must satisfy, whatever the input. */
function assertWellFormed(tree: ReportTree): void {
  const lineCount = tree.model.lineCount;
  let previousEnd = -1;
  tree.reports.forEach((report: Report, index) => {
    assert.equal(report.index, index);
    assert.ok(report.startLine > previousEnd, 'reports do not overlap');
    assert.ok(report.startLine <= report.endLine && report.endLine < lineCount);
    previousEnd = report.endLine;
    for (const heading of report.allHeadings) {
      assert.ok(heading.line >= report.startLine && heading.endLine <= report.endLine);
      assert.ok(heading.endLine >= heading.line);
      assert.equal(heading.report, report);
      assert.equal(tree.headingAt(heading.line), heading);
      if (heading.parent) {
        assert.ok(heading.parent.level < heading.level);
        assert.ok(heading.parent.children.includes(heading));
        assert.ok(heading.endLine <= heading.parent.endLine);
      } else {
        assert.ok(report.headings.includes(heading));
      }
      assert.ok(heading.titleStart <= heading.titleEnd && heading.titleEnd <= tree.model.lineText(heading.line).length);
    }
  });
}

describe('parseReportTree', () => {
  describe('heading levels and hierarchy', () => {
    const text = doc(
      '2023年工作总结',
      '一、主要工作',
      '（一）抓实理论学习',
      '全年组织集中学习十二次。',
      '1.专题辅导',
      '（1）邀请专家授课',
      '（2）开展交流研讨',
      '2.实地参观',
      '（二）抓牢作风建设',
      '二、存在的问题',
      '基层人才依然短缺。',
    );
    const tree = parseReportTree(text);
    const report = tree.reports[0];

    it('finds all four levels in document order', () => {
      assert.deepEqual(heads(tree), [
        [1, 1, 1], [2, 2, 1], [4, 3, 1], [5, 4, 1], [6, 4, 2], [7, 3, 2], [8, 2, 2], [9, 1, 2],
      ]);
    });

    it('links parents and children', () => {
      const [first, second] = report.headings;
      assert.equal(report.headings.length, 2);
      assert.deepEqual(first.children.map((h) => h.line), [2, 8]);
      assert.deepEqual(first.children[0].children.map((h) => h.line), [4, 7]);
      assert.deepEqual(first.children[0].children[0].children.map((h) => h.line), [5, 6]);
      assert.equal(second.children.length, 0);
      assert.equal(parentLine(tree.headingAt(6)!), 4);
      assert.equal(parentLine(tree.headingAt(9)!), null);
    });

    it('section end lines: before the next heading of the same or a higher level', () => {
      const ends = report.allHeadings.map((h) => [h.line, h.endLine]);
      assert.deepEqual(ends, [[1, 8], [2, 7], [4, 6], [5, 5], [6, 6], [7, 7], [8, 8], [9, 10]]);
    });

    it('headingAt is undefined on body lines and out of range', () => {
      assert.equal(tree.headingAt(3), undefined);
      assert.equal(tree.headingAt(0), undefined);
      assert.equal(tree.headingAt(99), undefined);
      assert.equal(tree.headingAt(-1), undefined);
    });

    it('is well formed', () => assertWellFormed(tree));

    it('level 3 directly under level 1, level 4 directly under level 2', () => {
      const t = parseReportTree(doc('一、加强党建', '1.强化学习', '2.严肃纪律', '（一）完善制度', '（1）细化清单', '二、深化改革'));
      assert.deepEqual(t.reports[0].allHeadings.map((h) => [h.line, parentLine(h)]), [[0, null], [1, 0], [2, 0], [3, 0], [4, 3], [5, null]]);
    });

    it('a document starting at level 2 has level-2 top-level sections', () => {
      const t = parseReportTree(doc('2023年工作总结', '（一）抓学习', '1.集中学习', '（二）抓制度'));
      assert.deepEqual(t.reports[0].headings.map((h) => h.line), [1, 3]);
      assert.equal(parentLine(t.headingAt(2)!), 1);
    });

    it('level-2 headings before the first level 1 stay top-level beside it', () => {
      const t = parseReportTree(doc('（一）引言部分', '一、主要工作', '（一）抓学习'));
      assert.deepEqual(t.reports[0].headings.map((h) => h.line), [0, 1]);
      assert.equal(parentLine(t.headingAt(2)!), 1);
    });

    it('a lower level closes its section at the next higher-level heading', () => {
      const t = parseReportTree(doc('一、甲', '（一）乙', '1.丙', '（1）丁', '正文', '二、戊'));
      assert.deepEqual(t.reports[0].allHeadings.map((h) => h.endLine), [4, 4, 4, 4, 5]);
    });

    it('trailing blank lines are not part of a section, nor of the report', () => {
      const t = parseReportTree(doc('2023年工作总结', '一、主要工作', '正文。', '', '\u3000\u3000', '\u00a0', '二、下一步打算', '正文。', '', '', ''));
      assert.deepEqual(t.reports[0].allHeadings.map((h) => [h.line, h.endLine]), [[1, 2], [6, 7]]);
      assert.equal(t.reports[0].endLine, 7);
    });

    it('a heading with nothing after it ends on its own line', () => {
      const t = parseReportTree(doc('一、主要工作', '', '二、下一步打算'));
      assert.deepEqual(t.reports[0].allHeadings.map((h) => h.endLine), [0, 2]);
    });

    it('ordinals as written: gaps, repeats and a run that starts at 2', () => {
      const t = parseReportTree(doc('2023年工作总结', '一、甲', '十、乙', '十二、丙', '（三）丁', '（三）戊', '（五）己'));
      assert.deepEqual(heads(t).map(([, , ordinal]) => ordinal), [1, 10, 12, 3, 3, 5]);
    });

    it('every level-1 marker 一、 … 九十九、 in order', () => {
      const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
      const chinese = (n: number) => (n < 10 ? names[n - 1] : n < 20 ? '十' + (n % 10 ? names[(n % 10) - 1] : '') : names[Math.floor(n / 10) - 1] + '十' + (n % 10 ? names[(n % 10) - 1] : ''));
      const lines = Array.from({ length: 99 }, (_, i) => `${chinese(i + 1)}、第${i + 1}项工作`);
      const t = parseReportTree(lines.join('\n'));
      assert.deepEqual(heads(t).map(([, , ordinal]) => ordinal), Array.from({ length: 99 }, (_, i) => i + 1));
    });
  });

  describe('malformed markers in context', () => {
    it('half-width and mixed brackets, second delimiters, 1、 and 一. are headings', () => {
      const t = parseReportTree(doc('2023年工作总结', '一.主要工作', '(一)抓学习', '（二)抓制度', '(四)、抓作风', '1、集中学习', '(1)细化清单', '二．下一步打算'));
      assert.deepEqual(heads(t), [[1, 1, 1], [2, 2, 1], [3, 2, 2], [4, 2, 4], [5, 3, 1], [6, 4, 1], [7, 1, 2]]);
      assert.equal(t.headingAt(4)!.marker.text, '(四)、');
      assert.equal(t.headingAt(4)!.title, '抓作风');
    });

    it('十三2020年工作计划 with no delimiter is a heading when it continues the sequence', () => {
      const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
      const lines = ['2019年工作总结及2020年工作计划', ...names.map((n) => `${n}、第${n}项工作`), '十三2020年工作计划', '（一）深化改革'];
      const t = parseReportTree(lines.join('\n'));
      const heading = t.headingAt(13)!;
      assert.ok(heading);
      assert.deepEqual([heading.level, heading.ordinal, heading.marker.text, heading.marker.delimiter, heading.title], [1, 13, '十三', '', '2020年工作计划']);
      assert.equal(heading.part, 'plan');
      assert.equal(parentLine(t.headingAt(14)!), 13);
    });

    it('十三2020年工作计划 out of sequence is body text', () => {
      const t = parseReportTree(doc('2019年工作总结及2020年工作计划', '一、主要工作', '十三2020年工作计划', '二、其他工作'));
      assert.deepEqual(heads(t), [[1, 1, 1], [3, 1, 2]]);
    });

    it('a weak heading with a sentence end or more than 40 characters is body text', () => {
      assert.deepEqual(headLines(parseReportTree(doc('一、主要工作', '二，完善制度。全年修订制度若干项'))), [0]);
      assert.deepEqual(headLines(parseReportTree(doc('一、主要工作', '二，' + '完'.repeat(41)))), [0]);
      assert.deepEqual(headLines(parseReportTree(doc('一、主要工作', '二，' + '完'.repeat(40)))), [0, 1]);
    });

    it('一， and 二， in sequence are headings; 四， after 二， is not', () => {
      const t = parseReportTree(doc('一，总体要求', '正文。', '二，主要任务', '四，保障措施'));
      assert.deepEqual(heads(t), [[0, 1, 1], [2, 1, 2]]);
      assert.equal(t.headingAt(0)!.marker.strength, 'weak');
    });

    it('weak level-3 1， 2， 3， under a level-2 heading', () => {
      const t = parseReportTree(doc('一、主要工作', '（一）抓学习', '1，集中学习', '2，专题研讨', '3，交流发言'));
      assert.deepEqual(t.reports[0].allHeadings.map((h) => [h.line, parentLine(h)]), [[0, null], [1, 0], [2, 1], [3, 1], [4, 1]]);
    });

    it('the weak sequence is counted per parent: 1， restarts under the next （二）', () => {
      const t = parseReportTree(doc('（一）抓学习', '1，集中学习', '2，专题研讨', '（二）抓制度', '1，修订制度', '3，跳号'));
      assert.deepEqual(headLines(t), [0, 1, 2, 3, 4]);
    });

    it('Markdown # and ## before markers', () => {
      const t = parseReportTree(doc('# 2023年工作总结', '', '## 一、主要工作', '### （一）抓学习 ###', '正文。'));
      assert.equal(t.reports[0].title?.text, '2023年工作总结');
      assert.deepEqual(heads(t), [[2, 1, 1], [3, 2, 1]]);
      assert.equal(t.headingAt(2)!.marker.markdownDepth, 2);
      assert.equal(t.headingAt(3)!.title, '抓学习');
    });

    // Regression (was a parser bug): parser.ts takeHeading pops the stack before checking a weak marker; when the weak
    // marker is then rejected (十九大… out of sequence), the open sections are lost and the following
    // headings lose their parents.
    it('a rejected weak marker does not disturb the open sections', () => {
      const t = parseReportTree(doc('一、主要工作', '（一）抓学习', '1.集中学习', '二十大精神深入人心', '2.专题研讨', '（二）抓制度'));
      assert.deepEqual(heads(t), [[0, 1, 1], [1, 2, 1], [2, 3, 1], [4, 3, 2], [5, 2, 2]]);
      assert.equal(parentLine(t.headingAt(4)!), 1);
      assert.equal(parentLine(t.headingAt(5)!), 0);
      assert.equal(t.headingAt(4)!.part, t.headingAt(0)!.part);
    });

    // Regression (was a parser bug): `1 ` + text is never a candidate (see markers.test.ts).
    it('1 加强… with a space as delimiter is a heading in sequence', () => {
      const t = parseReportTree(doc('（一）抓学习', '1 集中学习', '2 专题研讨'));
      assert.deepEqual(heads(t), [[0, 2, 1], [1, 3, 1], [2, 3, 2]]);
    });
  });

  describe('lines that are not headings', () => {
    const notHeadings = [
      '一是坚持高位推动，二是强化协同配合。',
      '一要提高站位，二要压实责任。',
      '一年来，全局干部职工团结拼搏。',
      '二〇二三年，是全面贯彻落实的开局之年。',
      '十九大以来，我们始终坚持以人民为中心。',
      '2019年，全县卫生健康事业稳步发展。',
      '1.5倍于上年同期。',
      '12345热线工单办结率达到九成以上。',
      '5.12护士节期间开展表彰活动。',
      '一、二级医院全部完成提标改造。',
      '第一议题制度常态化落实。',
      '第一，抓好队伍建设。',
      '首先，要统一思想认识。',
      '——坚持问题导向。',
      '指导思想：以人民健康为中心。',
      '全年重点抓了三件事：一、建机制；二、抓落实。',
      '3岁以下婴幼儿照护服务持续推进。',
      '2020例手术顺利完成。',
    ];

    it('in a report with a title and a level-1 heading', () => {
      const t = parseReportTree(doc('2023年工作总结', '一、主要工作', ...notHeadings));
      assert.deepEqual(headLines(t), [1]);
      assert.equal(t.reports[0].allHeadings[0].endLine, notHeadings.length + 1);
    });

    it('each on its own, at the start of a document', () => {
      for (const line of notHeadings) assert.deepEqual(headLines(parseReportTree(line)), [], line);
    });

    it('十九大 after 十七、 is prose; after 十八、 it continues the sequence and is taken as a weak heading', () => {
      const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七'];
      const lines = [...names.map((n) => `${n}、第${n}项`), '十九大精神深入人心'];
      assert.equal(headLines(parseReportTree(lines.join('\n'))).length, 17);
      lines.splice(17, 0, '十八、第十八项');
      assert.equal(headLines(parseReportTree(lines.join('\n'))).length, 19);
    });
  });

  describe('heading titles', () => {
    it('the heading words stop at the first sentence end', () => {
      const t = parseReportTree('（一）抓实疫情防控。全年未发生聚集性疫情；群众满意度提升。');
      const heading = t.headingAt(0)!;
      assert.equal(heading.title, '抓实疫情防控');
      assert.deepEqual([heading.titleStart, heading.titleEnd], [3, 9]);
    });

    it('spaces after the marker and trailing U+00A0/U+3000 are not part of the title', () => {
      const heading = parseReportTree('一、\u3000 主要工作\u00a0\u3000 ').headingAt(0)!;
      assert.equal(heading.title, '主要工作');
      assert.deepEqual([heading.titleStart, heading.titleEnd], [4, 8]);
    });

    it('a long title is shortened at its first comma or at 40 characters with …', () => {
      const t = parseReportTree(doc('一、' + '强'.repeat(30) + '，' + '化'.repeat(20), '二、' + '长'.repeat(50)));
      assert.equal(t.headingAt(0)!.title, '强'.repeat(30));
      assert.equal(t.headingAt(1)!.title, '长'.repeat(40) + '…');
      assert.equal(t.headingAt(1)!.titleEnd, 52);
    });

    it('shortening never splits a surrogate pair', () => {
      const t = parseReportTree('三、' + '长'.repeat(39) + '𠀀' + '尾'.repeat(5));
      assert.equal(t.headingAt(0)!.title, '长'.repeat(39) + '…');
    });

    it('astral characters in a heading count two UTF-16 units', () => {
      const heading = parseReportTree('（一）𠀀𠀀示范村建设。正文').headingAt(0)!;
      assert.equal(heading.title, '𠀀𠀀示范村建设');
      assert.deepEqual([heading.titleStart, heading.titleEnd], [3, 12]);
    });

    it('the title of an indented heading starts after the indentation and the marker', () => {
      const heading = parseReportTree('\u3000\u3000(二)、完善制度').headingAt(0)!;
      assert.equal(heading.marker.start, 2);
      assert.equal(heading.titleStart, 6);
      assert.equal(heading.title, '完善制度');
    });
  });

  describe('reports and titles', () => {
    it('an untitled document is one report without title', () => {
      const t = parseReportTree(doc('一、主要工作', '二、下一步打算'));
      assert.equal(t.reports.length, 1);
      assert.equal(t.reports[0].title, null);
      assert.equal(t.reports[0].kind, null);
    });

    it('the preamble before the first title belongs to the first report', () => {
      const t = parseReportTree(doc('政府信息公开', '发布时间：2023-12-25', '', '县卫健委2023年工作总结', '一、主要工作'));
      assert.equal(t.reports.length, 1);
      assert.equal(t.reports[0].startLine, 0);
      assert.equal(t.reports[0].title?.line, 3);
      assert.equal(t.reports[0].kind, 'summary');
    });

    it('several speeches: each title starts a report and restarts the numbering', () => {
      const t = parseReportTree(doc(
        '在全县卫生健康工作会议上的讲话',
        '同志们：',
        '一、充分肯定成绩',
        '（一）服务能力提升',
        '二、明确目标任务',
        '',
        '在全县医疗保障工作会议上的讲话',
        '一、认清形势',
        '（一）基金运行平稳',
        '',
        '在全市疾控工作会议上的发言',
        '一、提高认识',
      ));
      assert.equal(t.reports.length, 3);
      assert.deepEqual(t.reports.map((r) => [r.startLine, r.endLine, r.kind]), [[0, 4, 'speech'], [6, 8, 'speech'], [10, 11, 'speech']]);
      assert.deepEqual(t.reports.map((r) => r.allHeadings.map((h) => h.ordinal)), [[1, 1, 2], [1, 1], [1]]);
      assert.ok(t.reports[1].allHeadings.every((h) => h.report === t.reports[1]));
      assertWellFormed(t);
    });

    it('the weak sequence restarts with each report', () => {
      const t = parseReportTree(doc('在甲会议上的讲话', '一、甲', '二、乙', '在乙会议上的讲话', '一，丙'));
      assert.deepEqual(t.reports.map((r) => r.allHeadings.length), [2, 1]);
    });

    it('a subtitle directly after the title is merged into the same report', () => {
      const t = parseReportTree(doc('在全县卫生健康工作会议上的讲话', '——凝心聚力谋发展的讲话', '同志们：', '一、回顾2023年工作'));
      assert.equal(t.reports.length, 1);
      assert.equal(t.reports[0].title?.line, 0);
      assert.deepEqual(t.reports[0].otherTitles.map((title) => title.line), [1]);
      const s = parseReportTree(doc('2023年工作总结', '——在年终总结大会上的汇报', '一、主要工作'));
      assert.equal(s.reports.length, 1);
      assert.equal(s.reports[0].title?.text, '2023年工作总结');
      assert.deepEqual(s.reports[0].otherTitles.map((title) => title.text), ['——在年终总结大会上的汇报']);
    });

    it('a repeated title line (with a variant) is one report', () => {
      const t = parseReportTree(doc('2019年工作总结及2020年工作计划', '', '2019工作总结及2020年工作计划', '', '一、主要工作'));
      assert.equal(t.reports.length, 1);
      assert.equal(t.reports[0].title?.line, 0);
      assert.deepEqual(t.reports[0].otherTitles.map((title) => title.line), [2]);
    });

    it('a cover notice 关于印发…通知 gives way to the real title', () => {
      const t = parseReportTree(doc(
        '某卫字〔2024〕3号',
        '某某县卫生健康局',
        '关于印发《2024年度全县卫生健康工作要点》的通知',
        '局属各单位：',
        '《2024年度全县卫生健康工作要点》已经局务会研究通过，现印发给你们，请结合实际认真贯彻落实，确保各项任务按时保质完成，年底前将落实情况书面报局办公室。',
        '某某县卫生健康局',
        '2024年2月20日',
        '2024年度全县卫生健康工作要点',
        '一、加强行业党建',
        '二、深化医药卫生体制改革',
      ));
      assert.equal(t.reports.length, 1);
      const report = t.reports[0];
      assert.equal(report.title?.line, 7);
      assert.equal(report.kind, 'plan');
      assert.deepEqual(report.otherTitles.map((title) => title.line), [2]);
      assert.deepEqual(report.headings.map((h) => h.part), ['plan', 'plan']);
    });

    it('a collection page title (…(热门3篇)) gives way to the first speech', () => {
      const t = parseReportTree(doc(
        '在卫生健康工作会议上的讲话精神(热门3篇)',
        '时间:2023-11-19 作者:某某',
        '在撰写讲话稿时，我们需要注意条理清晰、重点突出、语言简练，下面是几篇供参考的范文，希望能给大家带来一些启发和帮助，欢迎阅读和收藏。',
        '在全县卫生健康工作会议上的讲话',
        '一、提高认识',
        '在全市卫生健康工作会议上的讲话',
        '一、回顾成绩',
      ));
      assert.deepEqual(titles(t), ['在全县卫生健康工作会议上的讲话', '在全市卫生健康工作会议上的讲话']);
      assert.equal(t.reports[0].otherTitles[0].wrapper, true);
      assert.equal(t.reports[0].startLine, 0);
    });

    it('a later non-speech title starts a report when numbering restarts after it', () => {
      const t = parseReportTree(doc('2022年工作总结', '一、主要工作', '二、存在问题', '2023年工作计划', '一、总体思路', '二、重点任务'));
      assert.deepEqual(titles(t), ['2022年工作总结', '2023年工作计划']);
      assert.deepEqual(t.reports.map((r) => [r.startLine, r.endLine]), [[0, 2], [3, 5]]);
      assert.deepEqual(t.reports[1].headings.map((h) => h.part), ['plan', 'plan']);
    });

    it('a restart deeper than the report\'s top level is a first child, not a new report', () => {
      const t = parseReportTree(doc('2022年工作总结', '一、主要工作', '2023年工作计划', '（一）总体思路'));
      assert.equal(t.reports.length, 1);
      assert.equal(t.reports[0].allHeadings[1].parent?.line, 1);
    });

    it('a title-like line that does not restart the numbering is body text', () => {
      const t = parseReportTree(doc('2023年工作总结', '一、主要工作', '二、存在问题', '2024年工作计划', '三、下一步打算'));
      assert.equal(t.reports.length, 1);
      assert.deepEqual(headLines(t), [1, 2, 4]);
      assert.equal(t.reports[0].headings[1].endLine, 3);
    });

    it('a second title after more than 80 characters of body starts a new report', () => {
      const body = '今年以来，全局上下坚持稳中求进工作总基调，统筹推进疫情防控和卫生健康事业发展，各项工作取得了新的进展和成效，群众就医获得感、幸福感、安全感持续提升，为全县经济社会发展提供了坚实健康保障。';
      assert.ok(body.length > 80);
      const t = parseReportTree(doc('2023年工作总结', body, '2024年工作计划', '一、总体要求'));
      assert.deepEqual(titles(t), ['2023年工作总结', '2024年工作计划']);
    });

    it('a title line never carries a heading marker', () => {
      const t = parseReportTree(doc('2023年工作总结', '一、2024年工作计划', '（一）总体要求'));
      assert.equal(t.reports.length, 1);
      assert.deepEqual(headLines(t), [1, 2]);
    });

    // Regression (was a parser bug): parser.ts takeTitle starts a new report at every speech-kind title line, so an
    // unpunctuated body line that merely mentions a speech (…讲话精神) splits the report in the middle
    // and 二、 三、 end up in a report whose numbering does not restart.
    it('a body line mentioning a speech does not split a report', () => {
      const t = parseReportTree(doc('2023年工作总结', '一、主要工作', '全年组织集中学习十二次', '深入学习总书记在全国卫生与健康大会上的讲话精神', '二、存在问题', '三、下一步打算'));
      assert.equal(t.reports.length, 1);
      assert.deepEqual(heads(t), [[1, 1, 1], [4, 1, 2], [5, 1, 3]]);
    });

    // Regression (was a parser bug): parser.ts restartsNumbering only asks whether the next strong marker has ordinal 1,
    // whatever its level; a lead line inside an open level-1 section followed by its first （一） is
    // taken for a new report, although （一） is just the first child of 三、.
    it('a title-like lead line followed by the first child of an open section is not a new report', () => {
      const t = parseReportTree(doc('2023年工作总结', '一、主要工作', '（一）抓学习', '二、存在问题', '三、下一步打算', '明年重点工作安排', '（一）深化改革', '（二）强化保障'));
      assert.equal(t.reports.length, 1);
      assert.equal(parentLine(t.headingAt(6)!), 4);
      assert.equal(t.headingAt(7)!.part, 'plan');
    });

    it('site page markers are not titles', () => {
      const t = parseReportTree(doc('区卫生局年度工作计划总结.docx', '区卫生局年度工作计划总结.docx_第1页', '第1页 / 共5页', '一、主要工作'));
      assert.equal(t.reports.length, 1);
      assert.equal(t.reports[0].title?.text, '区卫生局年度工作计划总结');
      assert.deepEqual(t.reports[0].otherTitles, []);
    });
  });

  describe('page chunks of scraped documents', () => {
    it('a 1、 2、 3、 run starting mid-sentence is not a heading structure', () => {
      const t = parseReportTree(doc(
        '区卫生局年度工作总结',
        '1、区卫生局年度工作总结全年共完成各类体检任务，较上年有所增长，同时加强了队伍建设',
        '2、，全区医疗服务能力获得新提高，社区健康服务中心覆盖面进一步扩大，群众满意度明显提',
        '3、高。全面推进中医药建设，中医馆实现全覆盖，基层中医药服务能力得到加强，群众认可度',
        '4、稳步提高，健康教育工作深入开展，居民健康素养水平稳步提高，干部保健工作扎实有效。',
      ));
      assert.deepEqual(headLines(t), []);
    });

    it('a run of long lines of nearly equal length is page chunks', () => {
      const chunk = (n: number, length: number) => `${n}、` + '甲'.repeat(length);
      const t = parseReportTree(doc('区卫生局工作总结', chunk(1, 200), chunk(2, 200), chunk(3, 198)));
      assert.deepEqual(headLines(t), []);
    });

    it('long lines of different lengths stay headings', () => {
      const chunk = (n: number, length: number) => `${n}、` + '甲'.repeat(length);
      const t = parseReportTree(doc('区卫生局工作总结', chunk(1, 200), chunk(2, 120), chunk(3, 198)));
      assert.deepEqual(headLines(t), [1, 2, 3]);
    });

    it('a genuine 1、 2、 3、 run stays', () => {
      const t = parseReportTree(doc('一、主要工作', '1、加强队伍建设', '全年引进人才若干名。', '2、完善制度体系', '3、强化考核督导'));
      assert.deepEqual(heads(t), [[0, 1, 1], [1, 3, 1], [3, 3, 2], [4, 3, 3]]);
    });

    it('two mid-sentence items are too few to be a run', () => {
      const t = parseReportTree(doc('1、，全区医疗服务能力提升', '2、作。全年完成体检任务'));
      assert.deepEqual(headLines(t), [0, 1]);
    });

    it('level-2 headings split runs', () => {
      const t = parseReportTree(doc('（一）抓学习', '1、加强学习', '2、，开展研讨', '（二）抓制度', '1、修订制度', '2、完善台账'));
      assert.deepEqual(headLines(t), [0, 1, 2, 3, 4, 5]);
    });
  });

  describe('series', () => {
    it('are collected per report from the line after the title, with heading markers skipped', () => {
      const t = parseReportTree(doc(
        '一是开场白，二是引子。',
        '在全县卫生工作会议上的讲话',
        '一、提高认识',
        '一要提高站位，二要压实责任。',
        '（一）一是强化学习；二是细化分工。',
        '在全县医保工作会议上的讲话',
        '第一，控基金；第二，强监管。',
      ));
      const [first, second] = t.reports;
      assert.deepEqual(first.series.map((s) => [s.line, s.text, s.start]), [[3, '一要', 0], [3, '二要', 7], [4, '一是', 3], [4, '二是', 10]]);
      assert.deepEqual(second.series.map((s) => [s.line, s.kind, s.ordinal]), [[6, 'di', 1], [6, 'di', 2]]);
    });

    it('一是 opening a line is a series item, not a heading', () => {
      const t = parseReportTree(doc('（一）抓学习', '一是集中学习。', '二是专题研讨。'));
      assert.deepEqual(headLines(t), [0]);
      assert.equal(t.reports[0].series.length, 2);
    });
  });

  describe('line breaks, BOM, whitespace and unusual characters', () => {
    const lines = ['2023年工作总结', '一、主要工作', '（一）抓学习\u00a0', '正文。', '二、下一步打算\u3000'];

    it('LF, CRLF, CR and a mix give the same structure', () => {
      const expected = heads(parseReportTree(lines.join('\n')));
      for (const eol of ['\r\n', '\r']) assert.deepEqual(heads(parseReportTree(lines.join(eol))), expected);
      const mixed = lines[0] + '\r\n' + lines[1] + '\r' + lines[2] + '\n' + lines[3] + '\r\n' + lines[4];
      assert.deepEqual(heads(parseReportTree(mixed)), expected);
      assert.deepEqual(parseReportTree(mixed).reports[0].allHeadings.map((h) => h.endLine), [3, 3, 4]);
    });

    it('a BOM before the title or before the first heading', () => {
      const t = parseReportTree('\ufeff' + lines.join('\r\n'));
      assert.equal(t.reports[0].title?.text, '2023年工作总结');
      const h = parseReportTree('\ufeff一、主要工作\n二、打算');
      assert.deepEqual(heads(h), [[0, 1, 1], [1, 1, 2]]);
      assert.equal(h.headingAt(0)!.marker.start, 1);
    });

    it('trailing U+00A0 and U+3000 do not change titles or headings', () => {
      const t = parseReportTree(lines.map((line) => line + '\u00a0\u3000 ').join('\n'));
      assert.equal(t.reports[0].title?.text, '2023年工作总结');
      assert.deepEqual(t.reports[0].allHeadings.map((h) => h.title), ['主要工作', '抓学习', '下一步打算']);
    });

    it('a CJK Extension B character before a marker and inside a heading (UTF-16 columns)', () => {
      const t = parseReportTree(doc('𠀀一、不是标题', '一、𠀀村振兴', '（一）𠀀𠀀，一是修路'));
      assert.deepEqual(headLines(t), [1, 2]);
      assert.equal(t.headingAt(1)!.titleStart, 2);
      assert.equal(t.headingAt(1)!.titleEnd, 7);
      assert.deepEqual(t.reports[0].series.map((s) => [s.line, s.start, s.end]), [[2, 8, 10]]);
    });

    it('an empty file', () => {
      const t = parseReportTree('');
      assert.equal(t.reports.length, 1);
      assert.deepEqual([t.reports[0].startLine, t.reports[0].endLine, t.reports[0].allHeadings.length], [0, 0, 0]);
      assert.equal(t.reports[0].signature, null);
      assert.equal(t.model.lineCount, 1);
    });

    it('a file of only blank lines', () => {
      const t = parseReportTree('\n\r\n\u3000\n\u00a0 \t\n\n');
      assert.equal(t.reports.length, 1);
      assert.equal(t.reports[0].endLine, 0);
      assert.deepEqual(t.reports[0].allHeadings, []);
      assertWellFormed(t);
    });

    it('a 200,000-character single line', () => {
      for (const text of ['甲'.repeat(200_000), '一、' + '乙'.repeat(200_000), '一是，'.repeat(66_000), '2023年工作总结' + '丙'.repeat(200_000), '（'.repeat(200_000)]) {
        const t = parseReportTree(text);
        assertWellFormed(t);
      }
      assert.equal(parseReportTree('一、' + '乙'.repeat(200_000)).headingAt(0)!.title, '乙'.repeat(40) + '…');
    });

    it('NUL bytes and lone surrogates never throw', () => {
      const inputs = [
        '\u0000',
        '\u0000\u0000一、\u0000主要工作\n\u0000',
        '\ud800一、主要工作\n\udc00\n一、甲\n二、\ud800',
        '一、' + '\ud800'.repeat(50),
        '（一）\udfff\n2023年工作总结\ud83d\n1.\ud800',
        '\ud800',
        '\udc00\ud800',
      ];
      for (const text of inputs) assert.doesNotThrow(() => assertWellFormed(parseReportTree(text)), JSON.stringify(text));
    });

    it('a lone high surrogate at the 40-character cut does not throw', () => {
      const heading = parseReportTree('一、' + '长'.repeat(39) + '\ud800' + '尾'.repeat(5)).headingAt(0)!;
      assert.equal(heading.title, '长'.repeat(39) + '…');
    });

    it('never throws and stays well formed on report-like random text', () => {
      const piece = fc.constantFrom(
        '一、', '（一）', '(二)', '1.', '1、', '（1）', '十三', '一是', '二要', '第一，', '首先，', '2023年工作总结', '在会议上的讲话',
        '关于印发《工作要点》的通知', '某某县卫生健康局', '2023年12月5日', '二〇二三年十二月', '正文', '。', '，', '\u00a0', '\u3000', ' ',
        '\n', '\r\n', '\r', '\ufeff', '𠀀', '\ud800', '\u0000', '#', '## ', '十九大', '1.5倍', '_第1页',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
          assertWellFormed(parseReportTree(pieces.join('')));
        }),
        { numRuns: 500 },
      );
    });

    // Regression (was a parser bug): the trailing-whitespace regex in characters.ts is quadratic on a long inner run of
    // whitespace; parsing a title line with 40,000 inner spaces takes about 9 s.
    it('a long inner run of whitespace parses in linear time', function () {
      this.timeout(10_000);
      parseReportTree('2023年工作总结' + ' \t'.repeat(100_000) + '正文');
    });
  });
});
