import { numberingDelimiter } from '../../src/core/rules/numberingDelimiter';
import { testRule } from '../helpers/ruleTester';

const doc = (...lines: string[]) => lines.join('\n');
const consistent = { numberingStyle: 'consistent' as const };

testRule(numberingDelimiter, {
  valid: [
    '一、主要工作',
    '（一）加强党的建设',
    '1.完善制度',
    '1．完善制度',
    '（1）建立台账',
    doc('一、主要工作', '（一）抓党建', '1.完善制度', '（1）建立台账', '（2）定期通报', '2.规范流程'),
    { name: '1.5倍 at line start is a decimal', text: '1.5倍于上年的投入带动了社会资本。' },
    { name: '1.2万人次 at line start is a decimal', text: '1.2万人次参加了健康知识培训。' },
    { name: 'a year at line start', text: '2019年全县卫生健康工作取得新进展。' },
    { name: 'a year glued to text at line start', text: '2019工作总结' },
    { name: 'a hotline number', text: '12345热线全年受理群众诉求。' },
    { name: 'a date used as a name', text: '5.12护士节表彰活动圆满举办。' },
    { name: 'a decimal after a heading run', text: doc('1.完善制度', '2.规范流程', '3.5万元用于设备更新。') },
    { name: 'an in-text series at line start', text: '三是加强队伍建设，提升服务能力。' },
    { name: '一要 at line start', text: '一要提高站位，二要压实责任。' },
    { name: '十四五 is not a marker', text: '十四五时期是卫生健康事业发展的关键期。' },
    { name: 'a list of numerals in prose', text: '一、二级医院要加强协作。' },
    { name: '第一议题 is a name', text: '第一议题学习制度全面落实。' },
    { name: 'a count with a colon', text: '三：三个方面的工作要抓好。' },
    { name: 'Markdown headings', text: doc('## 一、总体要求', '### （一）目标任务', '#### 1.具体指标') },
    { name: 'CRLF', text: '一、主要工作\r\n（一）抓党建\r\n1.完善制度\r\n' },
    { name: 'surrogate pairs in titles', text: doc('一、𠮷祥社区建设', '（一）𡈼城改造', '1.𪚥街道提升') },
    { name: 'consistent style: 1、 throughout', text: doc('一、主要工作', '1、完善制度', '2、规范流程', '3、强化督导'), config: consistent },
    { name: 'consistent style: 1. throughout', text: doc('1.完善制度', '2.规范流程'), config: consistent },
    {
      name: 'consistent style: each document keeps its own style',
      text: doc('2023年工作总结', '一、主要工作', '1、完善制度', '2、规范流程', '', '2024年工作计划', '一、重点任务', '1.强化督导', '2.加强考核'),
      config: consistent,
    },
    { name: 'a body line with a comma after a numeral', text: doc('一、主要工作', '二、存在问题', '五，六月份开展了专项检查，发现问题十余个。') },
  ],
  invalid: [
    {
      name: 'no delimiter: 十三2020年工作计划',
      text: doc('十一、队伍建设', '十二、存在的问题', '十三2020年工作计划'),
      errors: [{ messageId: 'missing', line: 3, column: 1, text: '十三', message: '应为“十三、”' }],
      output: doc('十一、队伍建设', '十二、存在的问题', '十三、2020年工作计划'),
      safe: true,
    },
    {
      name: 'no delimiter before Chinese text: offered, not applied',
      text: doc('一、主要工作', '二、存在问题', '三下步打算'),
      errors: [{ messageId: 'missing', line: 3, text: '三' }],
      output: doc('一、主要工作', '二、存在问题', '三、下步打算'),
      safe: false,
    },
    {
      text: '一.主要工作',
      errors: [{ messageId: 'wrong', line: 1, column: 1, text: '一.', message: '应为“一、”' }],
      output: '一、主要工作',
      safe: true,
    },
    {
      text: '二．存在问题',
      errors: [{ messageId: 'wrong', text: '二．' }],
      output: '二、存在问题',
      safe: true,
    },
    {
      name: '一， (a weak marker: fix offered only)',
      text: '一，主要工作',
      errors: [{ messageId: 'wrong', text: '一，' }],
      output: '一、主要工作',
      safe: false,
    },
    {
      text: '（一）、加强党的建设',
      errors: [{ messageId: 'afterBracket', line: 1, column: 1, text: '（一）、', message: '应为“（一）”' }],
      output: '（一）加强党的建设',
      safe: true,
    },
    {
      name: 'half-width brackets with a 、 (the brackets are bracket-width\'s)',
      text: doc('(三)强化基础', '(四)、提升能力'),
      errors: [{ messageId: 'afterBracket', line: 2, text: '(四)、', message: '“、”' }],
      output: doc('(三)强化基础', '(四)提升能力'),
      safe: true,
    },
    {
      name: 'level 4 with a period',
      text: '（2）.定期通报',
      errors: [{ messageId: 'afterBracket', text: '（2）.' }],
      output: '（2）定期通报',
    },
    {
      name: 'a space before the extra delimiter',
      text: '（一） 、加强党的建设',
      errors: [{ messageId: 'afterBracket', text: '（一） 、' }],
      output: '（一）加强党的建设',
    },
    {
      name: '1、 (GB/T 9704 asks 1.)',
      text: doc('一、主要工作', '1、完善制度', '2、规范流程'),
      errors: [
        { messageId: 'dunhaoLevel3', line: 2, column: 1, text: '1、', message: '应为“1.”' },
        { messageId: 'dunhaoLevel3', line: 3, text: '2、' },
      ],
      output: doc('一、主要工作', '1.完善制度', '2.规范流程'),
      safe: true,
    },
    {
      name: 'a document writing 1． gets 1．',
      text: doc('1．完善制度', '2、规范流程'),
      errors: [{ messageId: 'dunhaoLevel3', line: 2, message: '“2．”' }],
      output: doc('1．完善制度', '2．规范流程'),
    },
    {
      name: '一 followed by text',
      text: doc('一 主要工作', '二、存在问题'),
      errors: [{ messageId: 'missing', line: 1, text: '一' }],
      output: doc('一、主要工作', '二、存在问题'),
      safe: false,
    },
    {
      name: '1， (a comma)',
      text: '1，完善制度',
      errors: [{ messageId: 'wrong', text: '1，' }],
      output: '1.完善制度',
      safe: false,
    },
    {
      name: 'consistent style: a mixture within one document',
      text: doc('一、主要工作', '1、完善制度', '2、规范流程', '3.强化督导'),
      config: consistent,
      errors: [{ messageId: 'mixedLevel3', line: 4, text: '3.', message: '应为“3、”' }],
      output: doc('一、主要工作', '1、完善制度', '2、规范流程', '3、强化督导'),
      safe: true,
    },
    {
      name: 'consistent style: a tie goes to the first style used',
      text: doc('1.完善制度', '2、规范流程'),
      config: consistent,
      errors: [{ messageId: 'mixedLevel3', line: 2, text: '2、' }],
      output: doc('1.完善制度', '2.规范流程'),
    },
    {
      name: 'consistent style still reports wrong delimiters',
      text: doc('一.主要工作', '1、完善制度'),
      config: consistent,
      errors: [{ messageId: 'wrong', line: 1 }],
      output: doc('一、主要工作', '1、完善制度'),
    },
    {
      name: 'Markdown heading',
      text: '## 一.总体要求',
      errors: [{ messageId: 'wrong', line: 1, column: 4, text: '一.' }],
      output: '## 一、总体要求',
    },
    {
      name: 'CRLF and indentation',
      text: '一、主要工作\r\n\u3000\u3000（一）、抓党建\r\n\u3000\u30001、完善制度\r\n',
      errors: [
        { messageId: 'afterBracket', line: 2, column: 3, text: '（一）、' },
        { messageId: 'dunhaoLevel3', line: 3, column: 3, text: '1、' },
      ],
      output: '一、主要工作\r\n\u3000\u3000（一）抓党建\r\n\u3000\u30001.完善制度\r\n',
    },
    {
      name: 'surrogate pairs after the marker',
      text: doc('一.𠮷祥社区建设', '𠮷字号工程进展顺利。'),
      errors: [{ line: 1, column: 1, text: '一.' }],
      output: doc('一、𠮷祥社区建设', '𠮷字号工程进展顺利。'),
    },
    {
      name: 'several documents',
      text: doc('2023年工作总结', '一.主要工作', '', '2024年工作计划', '一、总体思路', '（一）、明确目标'),
      errors: [
        { messageId: 'wrong', line: 2 },
        { messageId: 'afterBracket', line: 6 },
      ],
      output: doc('2023年工作总结', '一、主要工作', '', '2024年工作计划', '一、总体思路', '（一）明确目标'),
    },
  ],
});

/** `1 完善制度`: a space standing for the delimiter of a level-3 marker. */
testRule(numberingDelimiter, {
  valid: [],
  invalid: [
    {
      name: '1 followed by text (a space for a delimiter)',
      text: doc('1 完善制度', '2.规范流程'),
      errors: [{ messageId: 'missing', line: 1, text: '1', message: '应为“1.”' }],
      output: doc('1.完善制度', '2.规范流程'),
      safe: false,
    },
    {
      name: 'a full-width space for a delimiter',
      text: doc('一、主要工作', '1\u3000完善制度', '2.规范流程'),
      errors: [{ messageId: 'missing', line: 2, text: '1' }],
      output: doc('一、主要工作', '1.完善制度', '2.规范流程'),
      safe: false,
    },
  ],
});
