import { planSection } from '../../src/core/rules/planSection';
import { testRule } from '../helpers/ruleTester';

const lines = (...items: string[]) => items.join('\n');

const SUMMARY = lines(
  '一、2023年主要工作',
  '（一）基层服务能力稳步提升。全年新建标准化村卫生室12所。',
  '（二）公共卫生服务扎实推进。',
  '二、存在的问题',
  '人才队伍结构不够合理，基层留人难。',
);

testRule(planSection, {
  valid: [
    {
      name: 'summary and plan with a plan part',
      text: lines('2023年工作总结及2024年工作计划', '', SUMMARY, '三、2024年工作计划', '（一）持续深化医改。', '（二）补齐基层短板。'),
    },
    { name: 'plan-only document (工作要点)', text: lines('2024年全县卫生健康工作要点', '一、加强党的建设', '二、做好疾病防控', '三、深化医药卫生体制改革') },
    {
      name: 'speech promising nothing',
      text: lines('在2024年全县卫生健康工作会议上的讲话', '同志们：', '下面，我就今年的工作安排讲三点意见。', '一、肯定成绩', '二、正视问题', '三、抓好落实'),
    },
    {
      name: 'speech whose title names a plan (speeches are never checked)',
      text: lines('在2023年工作总结暨2024年工作计划部署会上的讲话', '一、回顾2023年工作', '全年各项指标均完成。'),
    },
    { name: 'summary that promises no plan', text: lines('2023年工作总结', '', SUMMARY) },
    {
      name: 'plan under an unnumbered heading line',
      text: lines('2023年工作总结和下一步工作打算', SUMMARY, '下一步工作打算', '一是抓好项目建设。二是抓好队伍建设。'),
    },
    {
      name: 'plan in a paragraph of a report without headings',
      text: lines('局机关2023年工作总结及2024年工作打算', '今年以来，我局围绕中心工作，扎实推进各项任务。', '下一步，我局将继续抓好基层能力建设。'),
    },
    {
      name: 'plan paragraph opened by the plan year',
      text: lines('卫生院2023年工作总结和2024年工作计划', '全年门诊量同比增长8%。', '2024年，我院将重点推进胸痛中心建设。'),
    },
    {
      name: 'plan as a sub-heading of the last part',
      text: lines('2023年工作情况和下一步工作打算', '一、工作开展情况', '（一）完成年度目标。', '（二）下一步工作打算', '继续做好重点人群签约服务。'),
    },
    { name: '计划生育 is not a plan', text: lines('2023年卫生和计划生育工作总结', '', SUMMARY) },
    { name: '计划免疫 is not a plan', text: lines('2023年疾控和计划免疫工作总结', '', SUMMARY) },
    {
      name: 'plan heading with its text on the same line',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划。明年重点抓好三项工作：一是…二是…三是…'),
    },
    {
      name: 'plan heading, a blank line, then text',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '', '　　围绕健康县城建设，重点做好以下工作。'),
    },
    {
      name: 'opening words in a sentence that announces nothing',
      text: lines('2023年工作总结', '全年建立和完善工作计划台账，按月调度。', SUMMARY),
    },
    {
      name: 'several reports, each with its plan',
      text: lines(
        '甲镇卫生院2023年工作总结及2024年工作计划',
        SUMMARY,
        '三、2024年工作计划',
        '（一）加强慢病管理。',
        '',
        '乙镇卫生院2023年工作总结及2024年工作计划',
        SUMMARY,
        '三、2024年工作计划',
        '（一）提升急救能力。',
      ),
    },
    {
      name: 'CRLF',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '（一）持续深化医改。').replace(/\n/g, '\r\n'),
    },
    {
      name: 'a plan part decided by position after a plan heading',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '（一）巩固成果。', '四、保障措施', '加强组织领导，压实责任。'),
    },
    {
      name: 'cover notice wrapping a plan',
      text: lines('关于印发《2024年工作要点》的通知', '各科室：', '现将《2024年工作要点》印发给你们。', '2024年工作要点', '一、加强党的建设', '二、做好疾病防控'),
    },
  ],
  invalid: [
    {
      name: 'the title promises a plan and none follows',
      text: lines('2023年工作总结及2024年工作计划', '', SUMMARY),
      errors: [{ messageId: 'missingInTitle', line: 1, column: 1, text: '2023年工作总结及2024年工作计划', message: '没有计划部分' }],
      output: lines('2023年工作总结及2024年工作计划', '', SUMMARY, '三、2024年工作计划', '（一）××××', '（二）××××'),
      safe: false,
    },
    {
      name: '和下一步工作打算 (blank-line paragraphs)',
      text: lines('2023年工作总结和下一步工作打算', '', '一、主要工作', '', '全年完成各项任务。', '', '二、存在的不足', '', '基层力量薄弱。'),
      errors: [{ messageId: 'missingInTitle', text: '2023年工作总结和下一步工作打算' }],
      output: lines(
        '2023年工作总结和下一步工作打算',
        '',
        '一、主要工作',
        '',
        '全年完成各项任务。',
        '',
        '二、存在的不足',
        '',
        '基层力量薄弱。',
        '',
        '三、下一步工作打算',
        '',
        '（一）××××',
        '',
        '（二）××××',
      ),
    },
    {
      name: 'the opening promises a plan',
      text: lines('2023年工作总结', '现将我局2023年工作总结和2024年工作打算报告如下：', SUMMARY),
      errors: [{ messageId: 'missingInOpening', line: 2, column: 14, text: '和2024年工作打算' }],
      output: lines('2023年工作总结', '现将我局2023年工作总结和2024年工作打算报告如下：', SUMMARY, '三、2024年工作打算', '（一）××××', '（二）××××'),
    },
    {
      name: 'an empty plan heading before the next part',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '四、保障措施', '加强组织领导。'),
      errors: [{ messageId: 'empty', line: 7, column: 1, text: '三、2024年工作计划', message: '只有标题' }],
      output: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '（一）××××', '（二）××××', '四、保障措施', '加强组织领导。'),
    },
    {
      name: 'an empty plan heading at the end, before the signature',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '', '县卫生健康局', '2023年12月28日'),
      errors: [{ messageId: 'empty', line: 7, text: '三、2024年工作计划' }],
      output: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '（一）××××', '（二）××××', '', '县卫生健康局', '2023年12月28日'),
    },
    {
      name: 'the plan skeleton goes before the signature',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY, '', '县卫生健康局', '2023年12月28日'),
      errors: [{ messageId: 'missingInTitle', line: 1 }],
      output: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '（一）××××', '（二）××××', '', '县卫生健康局', '2023年12月28日'),
    },
    {
      name: 'a scraped report: years blanked, no headings, site boilerplate after the text',
      text: lines(
        '区卫生局年工作计划总结.docx',
        '上传时间：2023-02-19',
        '　　20_年，全区卫生系统圆满完成了各项任务，门急诊量同比增长。',
        '展开阅读全文',
        '相关资源',
        '备案号：京ICP备00000000号',
      ),
      errors: [{ messageId: 'missingInTitle', line: 1, column: 1, text: '区卫生局年工作计划总结' }],
      output: lines(
        '区卫生局年工作计划总结.docx',
        '上传时间：2023-02-19',
        '　　20_年，全区卫生系统圆满完成了各项任务，门急诊量同比增长。',
        '一、20××年工作计划',
        '（一）××××',
        '（二）××××',
        '展开阅读全文',
        '相关资源',
        '备案号：京ICP备00000000号',
      ),
    },
    {
      name: 'several reports: only the one without its plan',
      text: lines(
        '甲镇卫生院2023年工作总结及2024年工作计划',
        SUMMARY,
        '三、2024年工作计划',
        '（一）加强慢病管理。',
        '乙镇卫生院2023年工作总结及2024年工作计划',
        SUMMARY,
      ),
      errors: [{ messageId: 'missingInTitle', line: 9, text: '乙镇卫生院2023年工作总结及2024年工作计划' }],
      output: lines(
        '甲镇卫生院2023年工作总结及2024年工作计划',
        SUMMARY,
        '三、2024年工作计划',
        '（一）加强慢病管理。',
        '乙镇卫生院2023年工作总结及2024年工作计划',
        SUMMARY,
        '三、2024年工作计划',
        '（一）××××',
        '（二）××××',
      ),
    },
    {
      name: 'CRLF: the skeleton keeps CRLF',
      text: lines('2023年工作总结及2024年工作计划', SUMMARY).replace(/\n/g, '\r\n') + '\r\n',
      errors: [{ messageId: 'missingInTitle', line: 1 }],
      output: lines('2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '（一）××××', '（二）××××').replace(/\n/g, '\r\n') + '\r\n',
    },
    {
      name: 'surrogate pair in the title (columns in UTF-16 units)',
      text: lines('　𠮷城县2023年工作总结及2024年工作计划', SUMMARY),
      errors: [{ line: 1, column: 2, text: '𠮷城县2023年工作总结及2024年工作计划' }],
      output: lines('　𠮷城县2023年工作总结及2024年工作计划', SUMMARY, '三、2024年工作计划', '（一）××××', '（二）××××'),
    },
    {
      name: 'Markdown headings',
      text: lines('# 2023年工作总结及2024年工作计划', '', '## 一、主要工作', '', '全年完成各项任务。'),
      errors: [{ line: 1, column: 3, text: '2023年工作总结及2024年工作计划' }],
      output: lines('# 2023年工作总结及2024年工作计划', '', '## 一、主要工作', '', '全年完成各项任务。', '', '## 二、2024年工作计划', '', '### （一）××××', '', '### （二）××××'),
    },
    {
      name: 'a report that starts at level 2 gets a level-2 plan heading',
      text: lines('2023年工作总结和2024年工作安排', '（一）完成门诊改造。', '（二）开展健康教育。'),
      errors: [{ messageId: 'missingInTitle' }],
      output: lines('2023年工作总结和2024年工作安排', '（一）完成门诊改造。', '（二）开展健康教育。', '（三）2024年工作安排', '1.××××', '2.××××'),
    },
    {
      name: 'a half-year summary plans the second half of the same year',
      text: lines('2024年上半年工作总结及下半年工作计划', '一、上半年主要工作', '完成了既定目标。'),
      errors: [{ messageId: 'missingInTitle' }],
      output: lines('2024年上半年工作总结及下半年工作计划', '一、上半年主要工作', '完成了既定目标。', '二、2024年下半年工作计划', '（一）××××', '（二）××××'),
    },
    {
      name: 'rules.md: 总结和计划',
      text: lines('急诊科2023年度工作总结和计划', '一、主要工作', '完成急诊接诊任务。'),
      errors: [{ messageId: 'missingInTitle', text: '急诊科2023年度工作总结和计划' }],
      output: lines('急诊科2023年度工作总结和计划', '一、主要工作', '完成急诊接诊任务。', '二、2024年工作计划', '（一）××××', '（二）××××'),
    },
    {
      name: 'the corpus kind of title (工作计划总结)',
      text: lines('县疾控中心2023年工作计划总结', '一、主要工作', '完成了各项监测任务。'),
      errors: [{ messageId: 'missingInTitle' }],
      output: lines('县疾控中心2023年工作计划总结', '一、主要工作', '完成了各项监测任务。', '二、2024年工作计划', '（一）××××', '（二）××××'),
    },
    {
      name: 'a review (述职) that promises its next steps',
      text: lines('2023年述职报告及2024年工作打算', '一、履职情况', '认真履行岗位职责。'),
      errors: [{ messageId: 'missingInTitle' }],
      output: lines('2023年述职报告及2024年工作打算', '一、履职情况', '认真履行岗位职责。', '二、2024年工作打算', '（一）××××', '（二）××××'),
    },
  ],
});
