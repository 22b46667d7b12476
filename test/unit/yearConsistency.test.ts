import { yearConsistency } from '../../src/core/rules/yearConsistency';
import { testRule } from '../helpers/ruleTester';

const lines = (...items: string[]) => items.join('\n');

testRule(yearConsistency, {
  valid: [
    {
      name: 'title, headings and signature agree',
      text: lines(
        '2019年工作总结及2020年工作计划',
        '一、2019年工作回顾',
        '全年完成各项任务。',
        '二、存在的问题',
        '三、2020年工作计划',
        '（一）巩固成果。',
        '县卫生健康局',
        '2019年12月30日',
      ),
    },
    {
      name: 'quoted past years in body text (2015年以来)',
      text: lines('2019年工作总结', '一、主要工作', '2015年以来，我县累计投入资金3亿元；2018年同期仅完成六成。', '（一）2019年6月成立领导小组。'),
    },
    { name: '以来 in a heading', text: lines('2019年工作总结', '一、2015年以来主要成效', '二、存在的问题') },
    { name: 'a span of years in a heading', text: lines('2020年工作总结', '一、2016—2020年发展回顾', '二、2021—2025年发展思路') },
    { name: 'a date in a heading', text: lines('2019年工作总结', '一、2018年12月以来工作开展情况') },
    { name: 'signature in the following January', text: lines('2019年工作总结', '一、主要工作', '完成任务。', '县卫生健康局', '2020年1月10日') },
    {
      name: 'a half-year summary plans the same year',
      text: lines('2023年上半年工作总结及下半年工作计划', '一、上半年主要工作', '二、2023年下半年工作计划'),
    },
    {
      name: 'a second-half summary plans the next year',
      text: lines('2023年下半年工作总结及2024年上半年工作计划', '一、下半年主要工作', '二、2024年上半年工作计划'),
    },
    { name: 'a quarter report may plan the same year', text: lines('2024年第三季度工作总结及第四季度工作计划', '一、主要工作', '二、2024年第四季度工作安排') },
    {
      name: 'speech (the conference year is not the summary year)',
      text: lines('在2024年全县卫生健康工作会议上的讲话', '一、2023年工作回顾', '二、2025年远景目标'),
    },
    { name: 'plan-only document', text: lines('2024年全区卫生健康工作要点', '一、2024年重点任务', '二、保障措施', '区卫生健康局', '2024年2月1日') },
    { name: 'a count, not a year', text: lines('2019年工作总结', '一、2020例手术顺利完成') },
    {
      name: 'year without 年 in a repeated title (date-format\'s job)',
      text: lines('2019年工作总结及2020年工作计划', '', '2019工作总结及2020年工作计划', '', '一、主要工作', '十三2020年工作计划', '（一）做好健康县城建设。'),
    },
    {
      name: 'a heading year whose words do not say summary or plan',
      text: lines('2019年工作总结', '一、2020年新冠疫情防控', '二、主要工作'),
    },
    {
      name: 'several reports, each with its own years',
      text: lines(
        '2019年工作总结及2020年工作计划',
        '一、2019年主要工作',
        '二、2020年工作计划',
        '2022年工作总结及2023年工作计划',
        '一、2022年主要工作',
        '二、2023年工作计划',
      ),
    },
    { name: 'no years anywhere', text: lines('区卫生局年工作计划总结', '一、主要工作', '二、存在问题') },
    { name: 'CRLF', text: lines('2022年工作总结及2023年工作计划', '一、2022年主要工作进展', '二、2023年工作计划').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'plan heading contradicts a coherent title: safe fix',
      text: lines('2019年工作总结及2020年工作计划', '一、2019年主要工作', '二、存在的问题', '三、2021年工作计划', '（一）巩固成果。'),
      errors: [{ messageId: 'planHeadingYear', line: 4, column: 3, text: '2021', message: '应为2020年' }],
      output: lines('2019年工作总结及2020年工作计划', '一、2019年主要工作', '二、存在的问题', '三、2020年工作计划', '（一）巩固成果。'),
      safe: true,
    },
    {
      name: 'the title contradicts itself',
      text: lines('2019年工作总结及2021年工作计划', '一、主要工作'),
      errors: [{ messageId: 'titlePlanYear', line: 1, column: 11, text: '2021' }],
      output: lines('2019年工作总结及2020年工作计划', '一、主要工作'),
      safe: false,
    },
    {
      name: 'signature date earlier than the summary year',
      text: lines('2019年工作总结', '一、主要工作', '完成任务。', '县卫生健康局', '2018年12月28日'),
      errors: [{ messageId: 'signatureYear', line: 5, column: 1, text: '2018年12月28日', message: '早于' }],
    },
    {
      name: 'signature in Chinese numerals',
      text: lines('2023年工作总结', '一、主要工作', '完成任务。', '县卫生健康局', '二〇二二年十二月二十八日'),
      errors: [{ messageId: 'signatureYear', text: '二〇二二年十二月二十八日' }],
    },
    {
      name: 'summary heading names another year (title only: unsafe)',
      text: lines('2022年工作总结', '一、2021年主要工作', '二、存在的问题'),
      errors: [{ messageId: 'summaryHeadingYear', line: 2, column: 3, text: '2021' }],
      output: lines('2022年工作总结', '一、2022年主要工作', '二、存在的问题'),
      safe: false,
    },
    {
      name: 'summary heading names another year, the signature confirms the title: safe',
      text: lines('2022年工作总结', '一、2021年主要工作', '二、存在的问题', '市卫生健康委员会', '2022年12月26日'),
      errors: [{ messageId: 'summaryHeadingYear', text: '2021' }],
      output: lines('2022年工作总结', '一、2022年主要工作', '二、存在的问题', '市卫生健康委员会', '2022年12月26日'),
      safe: true,
    },
    {
      name: 'a repeated title names another year',
      text: lines('2022年工作总结及2023年工作计划', '', '2021年工作总结及2023年工作计划', '', '一、主要工作'),
      errors: [{ messageId: 'subtitleYear', line: 3, column: 1, text: '2021' }],
      output: lines('2022年工作总结及2023年工作计划', '', '2022年工作总结及2023年工作计划', '', '一、主要工作'),
    },
    {
      name: 'a first-half summary plans the same year, not the next',
      text: lines('2023年上半年工作总结及下半年工作计划', '一、上半年主要工作', '二、2024年下半年工作计划'),
      errors: [{ messageId: 'planHeadingYear', line: 3, text: '2024', message: '2023' }],
      output: lines('2023年上半年工作总结及下半年工作计划', '一、上半年主要工作', '二、2023年下半年工作计划'),
      safe: false,
    },
    {
      name: 'no year in the title: the plan heading must follow the summary heading',
      text: lines('区卫生局工作总结及工作计划', '一、2022年主要工作', '二、2024年工作计划'),
      errors: [{ messageId: 'planAfterSummary', line: 3, text: '2024', message: '2023' }],
      output: lines('区卫生局工作总结及工作计划', '一、2022年主要工作', '二、2023年工作计划'),
      safe: false,
    },
    {
      name: 'title with the plan year only: the summary year is the year before',
      text: lines('工作总结及2020年工作计划', '一、2018年主要工作', '二、2020年工作计划'),
      errors: [{ messageId: 'summaryHeadingYear', line: 2, text: '2018', message: '2019' }],
      output: lines('工作总结及2020年工作计划', '一、2019年主要工作', '二、2020年工作计划'),
      safe: false,
    },
    {
      name: 'several reports: only the contradicting one',
      text: lines(
        '2019年工作总结及2020年工作计划',
        '一、2019年主要工作',
        '二、2020年工作计划',
        '2022年工作总结及2023年工作计划',
        '一、2022年主要工作',
        '二、2020年工作计划',
      ),
      errors: [{ messageId: 'planHeadingYear', line: 6, text: '2020', message: '2023' }],
      output: lines(
        '2019年工作总结及2020年工作计划',
        '一、2019年主要工作',
        '二、2020年工作计划',
        '2022年工作总结及2023年工作计划',
        '一、2022年主要工作',
        '二、2023年工作计划',
      ),
    },
    {
      name: 'CRLF, surrogate pair and indentation',
      text: lines('𠮷城县2019年工作总结及2020年工作计划', '　　三、2021年工作计划', '（一）巩固成果。').replace(/\n/g, '\r\n'),
      errors: [{ messageId: 'planHeadingYear', line: 2, column: 5, text: '2021' }],
      output: lines('𠮷城县2019年工作总结及2020年工作计划', '　　三、2020年工作计划', '（一）巩固成果。').replace(/\n/g, '\r\n'),
    },
    {
      name: 'heading and signature both wrong',
      text: lines('2022年工作总结及2023年工作计划', '一、2021年工作回顾', '二、2023年工作计划', '', '县卫生健康局', '2021年12月20日'),
      errors: [
        { messageId: 'summaryHeadingYear', line: 2, text: '2021' },
        { messageId: 'signatureYear', line: 6 },
      ],
      output: lines('2022年工作总结及2023年工作计划', '一、2022年工作回顾', '二、2023年工作计划', '', '县卫生健康局', '2021年12月20日'),
    },
    {
      name: 'Markdown heading',
      text: lines('# 2019年工作总结及2020年工作计划', '## 一、2019年主要工作', '## 二、2021年工作计划'),
      errors: [{ messageId: 'planHeadingYear', line: 3, column: 6, text: '2021' }],
      output: lines('# 2019年工作总结及2020年工作计划', '## 一、2019年主要工作', '## 二、2020年工作计划'),
    },
  ],
});
