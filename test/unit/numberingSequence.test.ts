import { numberingSequence } from '../../src/core/rules/numberingSequence';
import { formatChineseNumeral } from '../../src/core/text/numerals';
import { testRule } from '../helpers/ruleTester';

const doc = (...lines: string[]) => lines.join('\n');

/** Level-1 headings with the given numbers, each followed by a body paragraph. */
function level1(ordinals: number[], phrase = '推进重点工作'): string[] {
  return ordinals.flatMap((n) => [`${formatChineseNumeral(n)}、${phrase}${n}`, `围绕目标任务扎实推进第${n}项工作，取得明显成效。`]);
}

testRule(numberingSequence, {
  valid: [
    doc('一、主要工作', '二、存在问题', '三、下一步打算'),
    {
      name: 'a new parent restarts its children at one',
      text: doc('一、主要工作', '（一）抓党建', '（二）抓业务', '二、存在问题', '（一）基层短板', '（二）人才不足'),
    },
    {
      name: 'several documents in one file: each title restarts every level',
      text: doc(
        '2023年工作总结',
        '一、主要工作',
        '（一）深化改革',
        '（二）改善服务',
        '二、存在问题',
        '',
        '2024年工作计划',
        '一、总体思路',
        '（一）明确目标',
        '二、重点任务',
      ),
    },
    {
      name: 'speeches one after another restart their numbering',
      text: doc(
        '在全县卫生健康工作会议上的讲话',
        '一、认清形势',
        '二、突出重点',
        '三、强化保障',
        '在全市疾控工作推进会上的讲话',
        '一、统一思想',
        '二、狠抓落实',
      ),
    },
    {
      name: 'a report at level 2 with two runs (a lost parent between them) restarts at one',
      text: doc('2024年工作要点', '（一）强化基础', '（二）提升能力', '（三）改善作风', '今后工作的总体思路是：', '（一）明确目标', '（二）压实责任'),
    },
    {
      name: 'level-3 runs under different parents',
      text: doc('一、主要工作', '1.完善制度', '2.规范流程', '二、下步打算', '1.强化督导', '2.加强考核', '3.严格问责'),
    },
    {
      name: 'level 4 under level 3',
      text: doc('（一）强化监管', '1.完善制度', '（1）建立台账', '（2）定期通报', '2.规范流程', '（1）简化手续'),
    },
    { name: 'full-width digits', text: doc('１．完善制度', '２．规范流程', '３．强化督导') },
    { name: 'Markdown headings', text: doc('# 2024年工作计划', '', '## 一、总体要求', '', '## 二、重点任务', '', '### （一）强基层') },
    {
      name: 'in-text series and prose numerals are not headings',
      text: doc('一、主要工作', '一是完善制度；二是规范流程；四是强化督导。', '二、下步打算', '三级医院和二级医院要分工协作。'),
    },
    { name: 'half-width brackets count like full-width ones', text: doc('(一)强化基础', '(二)提升能力', '(三)改善作风') },
    { name: 'CRLF', text: '一、主要工作\r\n（一）抓党建\r\n（二）抓业务\r\n二、存在问题\r\n' },
    { name: 'CRLF and indentation: a second （一） restarts its run', text: '一、主要工作\r\n\u3000\u3000（一）抓党建\r\n\u3000\u3000（一）抓业务\r\n' },
    { name: 'a run of ten and more', text: doc(...level1([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])) },
    { name: 'surrogate pairs in headings and bodies', text: doc('一、𠮷祥社区建设', '𠮷字号工程进展顺利。', '二、𡈼城改造', '（一）𠀋片区', '（二）𪚥街道') },
    { name: 'empty text', text: '' },
    { name: 'a single heading numbered one', text: '（一）加强组织领导' },
  ],
  invalid: [
    {
      name: '十、 then 十二、: a gap',
      text: doc(...level1([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]), '十三2020年工作计划', '继续推进各项工作。'),
      errors: [{ messageId: 'skipped', line: 21, column: 1, text: '十二、', message: '应为“十一、”' }],
      output: doc(...level1([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), '十一、推进重点工作12', '围绕目标任务扎实推进第12项工作，取得明显成效。', '十二2020年工作计划', '继续推进各项工作。'),
      safe: false,
    },
    {
      name: '（三） twice: renumbering is certain',
      text: doc('一、主要工作', '（一）抓党建', '（二）抓业务', '（三）抓队伍', '（三）抓作风', '（四）抓落实', '二、存在问题'),
      errors: [{ messageId: 'repeated', line: 5, column: 1, text: '（三）', message: '应为“（四）”' }],
      output: doc('一、主要工作', '（一）抓党建', '（二）抓业务', '（三）抓队伍', '（四）抓作风', '（五）抓落实', '二、存在问题'),
      safe: true,
    },
    {
      name: 'half-width repeated markers keep their brackets and delimiters',
      text: doc('(一)强化基础', '(二)提升能力', '(三)改善作风', '(三)、严格考核', '(四)、压实责任'),
      errors: [{ messageId: 'repeated', line: 4, text: '(三)、' }],
      output: doc('(一)强化基础', '(二)提升能力', '(三)改善作风', '(四)、严格考核', '(五)、压实责任'),
      safe: true,
    },
    {
      name: 'the first child does not start at one',
      text: doc('一、主要工作', '（二）抓业务', '（三）抓队伍', '二、存在问题'),
      errors: [{ messageId: 'notFromOne', line: 2, text: '（二）', message: '应从“（一）”开始' }],
      output: doc('一、主要工作', '（一）抓业务', '（二）抓队伍', '二、存在问题'),
      safe: false,
    },
    {
      name: 'goes backwards',
      text: doc('一、主要工作', '二、存在问题', '三、原因分析', '二、下步打算'),
      errors: [{ messageId: 'backwards', line: 4, text: '二、', message: '应为“四、”' }],
      output: doc('一、主要工作', '二、存在问题', '三、原因分析', '四、下步打算'),
      safe: false,
    },
    {
      name: 'a typo healed by the next number: one edit, certain',
      text: doc('一、主要工作', '三、存在问题', '三、原因分析', '四、下步打算'),
      errors: [{ messageId: 'skipped', line: 2, text: '三、', message: '应为“二、”' }],
      output: doc('一、主要工作', '二、存在问题', '三、原因分析', '四、下步打算'),
      safe: true,
    },
    {
      name: 'a gap in level 3',
      text: doc('一、主要工作', '1.完善制度', '2.规范流程', '4.强化督导'),
      errors: [{ messageId: 'skipped', line: 4, text: '4.' }],
      output: doc('一、主要工作', '1.完善制度', '2.规范流程', '3.强化督导'),
      safe: false,
    },
    {
      name: 'full-width digits stay full-width',
      text: doc('１．完善制度', '２．规范流程', '２．强化督导'),
      errors: [{ messageId: 'repeated', line: 3, text: '２．' }],
      output: doc('１．完善制度', '２．规范流程', '３．强化督导'),
      safe: true,
    },
    {
      name: 'level 4 repeated',
      text: doc('1.完善制度', '（1）建立台账', '（2）定期通报', '（2）跟踪问效'),
      errors: [{ messageId: 'repeated', line: 4, text: '（2）' }],
      output: doc('1.完善制度', '（1）建立台账', '（2）定期通报', '（3）跟踪问效'),
    },
    {
      name: 'two runs with problems: one finding and one fix each',
      text: doc('一、主要工作', '（一）抓党建', '（三）抓业务', '二、存在问题', '（一）基层短板', '（一）人才不足', '（二）投入不够', '四、下步打算'),
      errors: [
        { messageId: 'skipped', line: 3, text: '（三）' },
        { messageId: 'skipped', line: 8, text: '四、', message: '“二、”之后是“四、”' },
      ],
      output: doc('一、主要工作', '（一）抓党建', '（二）抓业务', '二、存在问题', '（一）基层短板', '（一）人才不足', '（二）投入不够', '三、下步打算'),
    },
    {
      name: 'several documents: only the broken one is flagged',
      text: doc('2023年工作总结', '一、主要工作', '二、存在问题', '', '2024年工作计划', '一、总体思路', '三、重点任务', '四、保障措施'),
      errors: [{ messageId: 'skipped', line: 7, text: '三、' }],
      output: doc('2023年工作总结', '一、主要工作', '二、存在问题', '', '2024年工作计划', '一、总体思路', '二、重点任务', '三、保障措施'),
      safe: false,
    },
    {
      name: 'CRLF: a gap',
      text: '一、主要工作\r\n\u3000\u3000（一）抓党建\r\n\u3000\u3000（二）抓业务\r\n\u3000\u3000（四）抓队伍\r\n',
      errors: [{ line: 4, column: 3, text: '（四）' }],
      output: '一、主要工作\r\n\u3000\u3000（一）抓党建\r\n\u3000\u3000（二）抓业务\r\n\u3000\u3000（三）抓队伍\r\n',
    },
    {
      name: 'surrogate pairs around the markers',
      text: doc('一、𠮷祥社区建设', '𠮷字号工程进展顺利。', '三、𡈼城改造'),
      errors: [{ line: 3, column: 1, text: '三、' }],
      output: doc('一、𠮷祥社区建设', '𠮷字号工程进展顺利。', '二、𡈼城改造'),
    },
    {
      name: 'Markdown headings keep their #',
      text: doc('## 一、总体要求', '', '## 三、重点任务'),
      errors: [{ line: 3, column: 4, text: '三、' }],
      output: doc('## 一、总体要求', '', '## 二、重点任务'),
    },
    {
      name: 'a run beyond ten: 十一 after 九',
      text: doc(...level1([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12])),
      errors: [{ line: 19, text: '十一、', message: '应为“十、”' }],
      output: doc(...level1([1, 2, 3, 4, 5, 6, 7, 8, 9]), '十、推进重点工作11', '围绕目标任务扎实推进第11项工作，取得明显成效。', '十一、推进重点工作12', '围绕目标任务扎实推进第12项工作，取得明显成效。'),
      safe: false,
    },
  ],
});

/** A body line that starts like a weak marker but is rejected (`二，三月份…。`) keeps the section together. */
const proseLikeMarker = doc('一、主要工作', '（一）抓党建', '二，三月份开展了专项检查。', '（二）抓业务', '二、存在问题');
testRule(numberingSequence, { valid: [{ name: 'a rejected prose line keeps the section together', text: proseLikeMarker }], invalid: [] });
