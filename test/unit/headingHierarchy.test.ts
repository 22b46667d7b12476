import { headingHierarchy } from '../../src/core/rules/headingHierarchy';
import { testRule } from '../helpers/ruleTester';

const doc = (...lines: string[]) => lines.join('\n');

testRule(headingHierarchy, {
  valid: [
    doc('一、主要工作', '（一）抓党建', '1.完善制度', '（1）建立台账', '2.规范流程', '（二）抓业务', '二、存在问题'),
    {
      name: 'a document at level 2 throughout (short reports often are)',
      text: doc('2024年工作要点', '（一）强化基础', '1.完善制度', '2.规范流程', '（二）提升能力', '（三）改善作风'),
    },
    { name: 'a document at level 3 throughout', text: doc('2024年工作要点', '1.完善制度', '2.规范流程', '3.强化督导') },
    {
      name: 'level 1 with level-3 children directly (no level skipped that the document uses)',
      text: doc('一、主要工作', '1.完善制度', '2.规范流程', '二、下步打算', '1.强化督导'),
    },
    {
      name: 'a new level-2 run after level-3 children of the previous one',
      text: doc('一、主要工作', '（一）抓党建', '1.完善制度', '2.规范流程', '（二）抓业务', '二、下步打算', '（一）强基层'),
    },
    {
      name: 'several documents: one at level 2 throughout, one with level 1',
      text: doc('2023年工作总结', '（一）强化基础', '（二）提升能力', '', '2024年工作计划', '一、总体思路', '（一）明确目标', '二、重点任务'),
    },
    {
      name: 'a level-2 heading numbered one after level-3 children of a level-2 parent',
      text: doc('（一）强化基础', '1.完善制度', '（一）提升能力'),
    },
    { name: 'CRLF', text: '一、主要工作\r\n（一）抓党建\r\n1.完善制度\r\n' },
    {
      name: 'a prose line starting like a marker inside a section',
      text: doc('一、主要工作', '二，三月份开展了专项检查。', '（一）抓党建', '（二）抓业务', '二、存在问题'),
    },
    { name: 'no headings', text: '全年卫生健康工作取得新进展。' },
    { name: 'Markdown headings in order', text: doc('## 一、总体要求', '### （一）目标', '#### 1.指标') },
  ],
  invalid: [
    {
      name: '（一） before the first 一、',
      text: doc('2024年工作总结', '（一）基本情况', '（二）主要做法', '一、主要工作', '（一）抓党建', '二、存在问题'),
      errors: [{ messageId: 'beforeUpper', line: 2, column: 1, text: '（一）', message: '“一、”' }],
    },
    {
      name: '1. before the first 一、',
      text: doc('1.基本情况', '一、主要工作', '二、存在问题'),
      errors: [{ messageId: 'beforeUpper', line: 1, text: '1.' }],
    },
    {
      name: '1. before the first （一） in a document at level 2',
      text: doc('1.基本情况', '2.主要做法', '（一）抓党建', '（二）抓业务'),
      errors: [{ messageId: 'beforeUpper', line: 1, text: '1.', message: '“（一）”' }],
    },
    {
      name: '1. directly followed by （一）-level children',
      text: doc('一、主要工作', '1.完善制度', '（一）建立台账', '（二）定期通报', '2.规范流程'),
      errors: [{ messageId: 'inverted', line: 3, column: 1, text: '（一）', message: '紧跟在“1.”之后' }],
    },
    {
      name: '（1） directly followed by 1.-level children',
      text: doc('一、主要工作', '（一）抓党建', '（1）完善制度', '1.建立台账', '2.定期通报'),
      errors: [{ messageId: 'inverted', line: 4, text: '1.' }],
    },
    {
      name: 'half-width, indented, CRLF',
      text: '\u3000\u3000(一)基本情况\r\n一、主要工作\r\n',
      errors: [{ messageId: 'beforeUpper', line: 1, column: 3, text: '(一)' }],
    },
    {
      name: 'several documents: only the one out of order',
      text: doc('2023年工作总结', '一、主要工作', '（一）抓党建', '', '2024年工作计划', '（一）总体思路', '一、重点任务'),
      errors: [{ messageId: 'beforeUpper', line: 6 }],
    },
    {
      name: 'surrogate pairs in titles',
      text: doc('一、𠮷祥社区', '1.𡈼城改造', '（一）𪚥街道'),
      errors: [{ messageId: 'inverted', line: 3, text: '（一）' }],
    },
  ],
});
