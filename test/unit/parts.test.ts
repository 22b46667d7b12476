import * as assert from 'node:assert/strict';
import { classifyHeading, fillPartsByPosition, Part } from '../../src/core/structure/parts';
import { parseReportTree } from '../../src/core/structure/parser';

const topParts = (text: string) => parseReportTree(text).reports.map((report) => report.headings.map((heading) => heading.part));

describe('parts', () => {
  describe('classifyHeading from words', () => {
    it('summary words', () => {
      for (const text of ['主要工作', '2023年工作进展', '取得的成绩', '工作成效', '2023年工作完成情况', '回顾过去一年', '主要做法', '工作开展情况', '亮点工作', '履职情况', '所做的主要工作']) {
        assert.equal(classifyHeading(text, null), 'summary', text);
      }
    });

    it('problems words', () => {
      for (const text of ['存在的问题', '存在的主要问题', '存在问题', '问题和不足', '困难与挑战', '不足之处', '薄弱环节', '正视问题', '面临的困难', '短板弱项', '问题', '主要问题']) {
        assert.equal(classifyHeading(text, null), 'problems', text);
      }
    });

    it('plan words', () => {
      for (const text of ['工作计划', '工作打算', '工作安排', '工作思路', '下一步工作', '明年重点', '2024年工作要点', '重点工作', '主要任务', '目标任务', '努力方向', '展望']) {
        assert.equal(classifyHeading(text, null), 'plan', text);
      }
    });

    it('problems win over plan and summary words', () => {
      assert.equal(classifyHeading('存在的问题及下一步打算', null), 'problems');
      assert.equal(classifyHeading('工作中存在的不足', null), 'problems');
    });

    it('plan wins over summary words', () => {
      assert.equal(classifyHeading('巩固成绩，谋划下一步工作', null), 'plan');
    });

    it('a year after the summary year with work words is plan; the same year is summary', () => {
      assert.equal(classifyHeading('2024年重点任务', 2023), 'plan');
      assert.equal(classifyHeading('2024年工作', 2023), 'plan');
      assert.equal(classifyHeading('2023年工作', 2023), 'summary');
      assert.equal(classifyHeading('2023年全面加强党的建设', 2023), 'summary');
    });

    // Regression (was a parser bug): parts.ts tests PLAN before SUMMARY, so a heading reporting how planned work went
    // (目标任务完成情况, 重点工作完成情况, 2023年重点工作推进情况 in a 2023 summary) is classified plan.
    it('completion and progress of planned work is summary', () => {
      for (const text of ['目标任务完成情况', '重点工作完成情况', '年度工作计划执行情况']) assert.equal(classifyHeading(text, null), 'summary', text);
      assert.equal(classifyHeading('2023年重点工作推进情况', 2023), 'summary');
    });

    it('without a summary year, a year alone decides nothing', () => {
      assert.equal(classifyHeading('2024年全面加强党的建设', null), null);
    });

    it('theme headings are none', () => {
      for (const text of ['提高政治站位', '深刻认识重要意义', '准确把握形势', '加强党的建设']) assert.equal(classifyHeading(text, null), null, text);
    });
  });

  describe('fillPartsByPosition', () => {
    const gaps: (Part | null)[] = [null, 'summary', null, 'problems', null, 'plan', null];

    it('summary: before the first problems or plan section is summary, after plan is plan, after problems stays none', () => {
      assert.deepEqual(fillPartsByPosition(gaps, 'summary'), ['summary', 'summary', 'summary', 'problems', null, 'plan', 'plan']);
      assert.deepEqual(fillPartsByPosition(gaps, 'summary-plan'), ['summary', 'summary', 'summary', 'problems', null, 'plan', 'plan']);
      assert.deepEqual(fillPartsByPosition(gaps, 'review'), ['summary', 'summary', 'summary', 'problems', null, 'plan', 'plan']);
    });

    it('plan: every gap is plan', () => {
      assert.deepEqual(fillPartsByPosition([null, 'summary', null], 'plan'), ['plan', 'summary', 'plan']);
    });

    it('in a speech, only sections after the problems section are filled (they deploy work)', () => {
      assert.deepEqual(fillPartsByPosition(gaps, 'speech'), [null, 'summary', null, 'problems', 'plan', 'plan', 'plan']);
      assert.deepEqual(fillPartsByPosition([null, 'summary', null], 'speech'), [null, 'summary', null]);
    });

    it('in a speech, the section deploying the year\'s work is plan by its words', () => {
      assert.equal(classifyHeading('扎实做好今年农业农村各项重点工作', 2025, 'speech'), 'plan');
      assert.equal(classifyHeading('扎实做好今年农业农村各项重点工作', 2025, 'summary'), null);
    });

    it('report and unknown kinds keep the words only', () => {
      assert.deepEqual(fillPartsByPosition(gaps, 'report'), gaps);
      assert.deepEqual(fillPartsByPosition(gaps, null), gaps);
    });

    it('does not modify its input', () => {
      const input: (Part | null)[] = [null, 'plan', null];
      fillPartsByPosition(input, 'summary');
      assert.deepEqual(input, [null, 'plan', null]);
    });

    it('an empty list', () => {
      assert.deepEqual(fillPartsByPosition([], 'summary'), []);
    });
  });

  describe('in the parsed tree', () => {
    it('summary, problems and plan with unlabeled sections filled by position', () => {
      const text = [
        '2023年工作总结及2024年工作计划',
        '一、强化党建引领',
        '二、提升服务能力',
        '三、存在的短板',
        '四、2024年工作安排',
        '五、加强组织保障',
      ].join('\n');
      assert.deepEqual(topParts(text), [['summary', 'summary', 'problems', 'plan', 'plan']]);
    });

    it('the part is copied to every descendant', () => {
      const tree = parseReportTree(['2023年工作总结', '一、主要工作', '（一）抓学习', '1.专题讲座', '（1）邀请专家', '二、下一步打算', '（一）深化改革'].join('\n'));
      const parts = tree.reports[0].allHeadings.map((heading) => [heading.line, heading.part]);
      assert.deepEqual(parts, [[1, 'summary'], [2, 'summary'], [3, 'summary'], [4, 'summary'], [5, 'plan'], [6, 'plan']]);
    });

    it('a plan-only document is plan throughout, whatever its headings say', () => {
      const text = ['2024年度全县卫生健康工作要点', '一、加强行业党建', '二、深化医药卫生体制改革', '三、巩固疫情防控成果'].join('\n');
      assert.deepEqual(topParts(text), [['plan', 'plan', 'plan']]);
    });

    it('a speech keeps parts from words only', () => {
      const text = ['在全县卫生健康工作会议上的讲话', '一、充分肯定过去一年取得的成绩', '二、清醒认识面临的形势', '三、扎实做好明年重点工作', '四、强化组织领导'].join('\n');
      assert.deepEqual(topParts(text), [['summary', null, 'plan', null]]);
    });

    it('a report without a title keeps parts from words only', () => {
      assert.deepEqual(topParts('一、加强学习\n二、主要成效\n三、强化保障'), [[null, 'summary', null]]);
    });

    it('a 2019 summary: 2020年 headings are plan, 2019年 ones summary', () => {
      const text = ['2019年工作总结及2020年工作计划', '一、2019年主要工作', '二、2020年重点任务', '三、强化责任落实'].join('\n');
      assert.deepEqual(topParts(text), [['summary', 'plan', 'plan']]);
    });

    it('a plan title gives no summary year', () => {
      const text = ['2024年工作计划', '一、2023年工作', '二、2024年工作'].join('\n');
      assert.deepEqual(topParts(text), [['plan', 'plan']]);
    });

    it('documents starting at level 2 classify their level-2 sections', () => {
      const text = ['2023年工作总结', '（一）主要工作', '1.抓学习', '（二）存在问题', '（三）下一步打算'].join('\n');
      const report = parseReportTree(text).reports[0];
      assert.deepEqual(report.headings.map((heading) => heading.part), ['summary', 'problems', 'plan']);
      assert.equal(report.allHeadings[1].part, 'summary');
    });

    it('a summary with a plan and no problems part', () => {
      const text = ['市卫健委2022年工作总结及2023年工作计划', '一、2022年主要工作进展', '（一）疫情防控', '二、2023年工作计划', '（一）深化改革'].join('\n');
      assert.deepEqual(topParts(text), [['summary', 'plan']]);
    });
  });
});
