import { problemSection } from '../../src/core/rules/problemSection';
import { testRule } from '../helpers/ruleTester';

const lines = (...items: string[]) => items.join('\n');

/** Body text long enough (well over the default 1500 characters) to make a report an annual summary. */
const FILLER = [
  '全年共开展基层义诊活动四十余场，服务群众一万余人次，群众满意度持续提升。',
  '组织医务人员到乡镇卫生院驻点帮扶，带教基层医生，规范常见病诊疗流程。',
  '落实家庭医生签约服务，重点人群签约率稳步提高，慢病患者随访管理更加规范。',
  '完成县医院门诊楼改造工程，新增床位一百张，就医环境明显改善。',
].join('');
const body = (times: number) => FILLER.repeat(times);

const SUMMARY_PARTS = lines('一、2023年主要工作', '（一）医疗服务能力稳步提升。', body(6), '（二）公共卫生服务扎实推进。', body(6));
const PLAN_PART = lines('二、2024年工作计划', '（一）持续深化医改。', '（二）补齐基层短板。');

testRule(problemSection, {
  valid: [
    {
      name: 'summary with a problems part',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY_PARTS, '二、存在的问题', '人才结构不合理。', '三、2024年工作计划', '（一）持续深化医改。'),
    },
    {
      name: 'problems as a sub-heading of the summary',
      text: lines('2023年工作总结', SUMMARY_PARTS, '（三）存在的不足', '基层人才留不住。'),
    },
    {
      name: 'problems under an unnumbered heading',
      text: lines('2023年工作总结', SUMMARY_PARTS, '困难和挑战', '基层人才留不住。'),
    },
    {
      name: 'problems discussed in a paragraph before the plan',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY_PARTS, '同时也要清醒地看到，我们的工作还有差距。', PLAN_PART),
    },
    {
      name: 'a short report (default 1500 characters)',
      text: lines('2023年工作总结', '一、主要工作', '全年完成各项任务。', '二、2024年工作打算', '继续巩固成果。'),
    },
    {
      name: 'a long report exempted by a higher shortReportChars',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY_PARTS, PLAN_PART),
      config: { shortReportChars: 100000 },
    },
    {
      name: 'speech',
      text: lines('在2024年全县卫生健康工作会议上的讲话', '一、2023年工作回顾', body(10), '二、2024年重点任务', body(4)),
    },
    {
      name: 'plan-only document',
      text: lines('2024年全县卫生健康工作要点', '一、加强党的建设', body(10), '二、做好疾病防控', body(4)),
    },
    {
      name: 'a report titled neither 工作总结 nor with a plan part',
      text: lines('关于2023年基层卫生工作情况的汇报', '一、基本情况', body(10), '二、主要做法', body(4)),
    },
    {
      name: '困难与挑战 as the problems part',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY_PARTS, '二、面临的困难与挑战', '资金缺口较大。', '三、2024年工作计划', '继续努力。'),
    },
  ],
  invalid: [
    {
      name: 'summary and plan without problems: insert before the plan, the plan moves on one number',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY_PARTS, PLAN_PART),
      errors: [{ messageId: 'missing', line: 1, column: 1, text: '2023年工作总结及2024年工作计划', message: '存在的问题' }],
      output: lines(
        '2023年工作总结及2024年工作计划',
        SUMMARY_PARTS,
        '二、存在的问题和不足',
        '一是××××。二是××××。三是××××。',
        '三、2024年工作计划',
        '（一）持续深化医改。',
        '（二）补齐基层短板。',
      ),
      safe: false,
    },
    {
      name: 'every top-level heading after the plan is renumbered too',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY_PARTS, PLAN_PART, '三、保障措施', '加强组织领导。'),
      errors: [{ messageId: 'missing' }],
      output: lines(
        '2023年工作总结及2024年工作计划',
        SUMMARY_PARTS,
        '二、存在的问题和不足',
        '一是××××。二是××××。三是××××。',
        '三、2024年工作计划',
        '（一）持续深化医改。',
        '（二）补齐基层短板。',
        '四、保障措施',
        '加强组织领导。',
      ),
    },
    {
      name: 'a summary without a plan: problems go at the end',
      text: lines('县人民医院2023年工作总结', SUMMARY_PARTS, '', '县人民医院', '2023年12月30日'),
      errors: [{ messageId: 'missing', line: 1 }],
      output: lines('县人民医院2023年工作总结', SUMMARY_PARTS, '二、存在的问题和不足', '一是××××。二是××××。三是××××。', '', '县人民医院', '2023年12月30日'),
    },
    {
      name: 'a short report when the setting says so',
      text: lines('2023年工作总结', '一、主要工作', '全年完成各项任务。'),
      config: { shortReportChars: 10 },
      errors: [{ messageId: 'missing' }],
      output: lines('2023年工作总结', '一、主要工作', '全年完成各项任务。', '二、存在的问题和不足', '一是××××。二是××××。三是××××。'),
    },
    {
      name: 'no title: a summary part and a plan part make an annual summary',
      text: lines(SUMMARY_PARTS, PLAN_PART),
      errors: [{ messageId: 'missing', text: '二、2024年工作计划' }],
      output: lines(SUMMARY_PARTS, '二、存在的问题和不足', '一是××××。二是××××。三是××××。', '三、2024年工作计划', '（一）持续深化医改。', '（二）补齐基层短板。'),
    },
    {
      name: 'several reports: only the one without problems',
      text: lines(
        '甲局2023年工作总结',
        SUMMARY_PARTS,
        '二、存在的问题',
        '经费不足。',
        '乙局2023年工作总结',
        SUMMARY_PARTS,
      ),
      errors: [{ messageId: 'missing', text: '乙局2023年工作总结' }],
      output: lines('甲局2023年工作总结', SUMMARY_PARTS, '二、存在的问题', '经费不足。', '乙局2023年工作总结', SUMMARY_PARTS, '二、存在的问题和不足', '一是××××。二是××××。三是××××。'),
    },
    {
      name: 'CRLF, blank-line paragraphs and a plan heading without delimiter',
      text: lines('2023年工作总结及2024年工作计划', '', SUMMARY_PARTS.split('\n').join('\n\n'), '', '二2024年工作计划', '', '（一）持续深化医改。').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'missing', line: 1 }],
      output: lines(
        '2023年工作总结及2024年工作计划',
        '',
        SUMMARY_PARTS.split('\n').join('\n\n'),
        '',
        '二、存在的问题和不足',
        '',
        '一是××××。二是××××。三是××××。',
        '',
        '三2024年工作计划',
        '',
        '（一）持续深化医改。',
      ).replace(/\n/g, '\r\n'),
    },
    {
      name: 'surrogate pair in the title',
      text: lines('　𠮷城县2023年工作总结', SUMMARY_PARTS),
      errors: [{ line: 1, column: 2, text: '𠮷城县2023年工作总结' }],
      output: lines('　𠮷城县2023年工作总结', SUMMARY_PARTS, '二、存在的问题和不足', '一是××××。二是××××。三是××××。'),
    },
    {
      name: '补齐短板 in a summary heading is work done, not a problems part',
      text: lines('2023年工作总结', '一、着力补齐基层服务短板', body(12)),
      errors: [{ messageId: 'missing' }],
      output: lines('2023年工作总结', '一、着力补齐基层服务短板', body(12), '二、存在的问题和不足', '一是××××。二是××××。三是××××。'),
    },
  ],
});
