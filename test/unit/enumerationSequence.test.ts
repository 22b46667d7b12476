import { enumerationSequence } from '../../src/core/rules/enumerationSequence';
import { testRule } from '../helpers/ruleTester';

const doc = (...lines: string[]) => lines.join('\n');

testRule(enumerationSequence, {
  valid: [
    '一是完善制度；二是规范流程；三是强化督导。',
    { name: '一是 alone', text: '今年重点抓好三件事，一是完善基层医疗服务体系。' },
    { name: '第一议题 is a name', text: '坚持第一议题制度，第三季度开展专题学习。' },
    {
      name: 'a series restarts in a new paragraph group',
      text: doc('一是完善制度；二是规范流程；三是强化督导。', '', '一是加强培训；二是严格考核。'),
    },
    {
      name: 'a series over consecutive paragraphs, each opening with its item',
      text: doc('（一）强化基础', '一是完善制度，建立台账。', '', '二是规范流程，定期通报。', '', '三是强化督导，跟踪问效。'),
    },
    {
      name: 'an item in the middle of the next paragraph starts its own series (a lost section)',
      text: doc('（一）强化基础。一是完善制度。二是规范流程。三是强化督导。', '', '和演练，提升处置能力。三是完善网络。四是加强储备。'),
    },
    {
      name: 'a heading ends every series',
      text: doc('一、主要工作', '一是完善制度；二是规范流程。', '二、下步打算', '四是加强考核；五是严格问责。'),
    },
    {
      name: 'a paragraph without items between ends the series',
      text: doc('一是完善制度；二是规范流程。', '', '全年共开展检查二十余次。', '', '四是加强考核。'),
    },
    { name: 'different kinds are separate series', text: '一是提高站位，一要学深悟透，二要融会贯通；二是压实责任。' },
    { name: '第一…第二…第三', text: '第一，提高站位。第二，压实责任。第三，狠抓落实。' },
    { name: '一要…二要…三要', text: '一要提高站位，二要压实责任，三要狠抓落实。' },
    { name: '首先…其次…最后 has no numbers', text: '首先，提高站位。其次，压实责任。最后，狠抓落实。' },
    { name: '统一要求 is not 一要', text: '按照统一要求，一要提高站位，二要压实责任。' },
    {
      name: 'an item glued to a number (scraping lost the punctuation) is still there',
      text: '一是开展义诊活动，二是发放物资总价值368180三是重视慢病防治。四是加强健康管理。',
    },
    {
      name: 'several documents each with their own series',
      text: doc('在全县卫生工作会议上的讲话', '一要提高站位，二要压实责任。', '在全市疾控工作会议上的讲话', '二要狠抓落实，三要严格考核。'),
    },
    { name: 'CRLF', text: '一是完善制度；\r\n二是规范流程；\r\n三是强化督导。\r\n' },
    { name: 'surrogate pairs', text: '𠮷祥社区：一是𡈼城改造，二是𪚥街道提升，三是𠀋片区治理。' },
    { name: 'a series not starting at one is not judged on its start', text: '二是规范流程；三是强化督导。' },
    { name: 'a hard-wrapped paragraph', text: doc('一是完善制度，建立', '台账；二是规范流程，定期', '通报；三是强化督导。') },
  ],
  invalid: [
    {
      name: '一是…二是…四是',
      text: '一是完善制度；二是规范流程；四是强化督导。',
      errors: [{ messageId: 'skipped', line: 1, column: 15, text: '四是', message: '应为“三是”' }],
      output: '一是完善制度；二是规范流程；三是强化督导。',
      safe: false,
    },
    {
      name: '第一，…第三，',
      text: '第一，提高站位。第三，狠抓落实。',
      errors: [{ messageId: 'skipped', text: '第三', message: '应为“第二”' }],
      output: '第一，提高站位。第二，狠抓落实。',
      safe: false,
    },
    {
      name: '一要…三要',
      text: '同志们，一要提高站位，三要狠抓落实。',
      errors: [{ messageId: 'skipped', column: 12, text: '三要' }],
      output: '同志们，一要提高站位，二要狠抓落实。',
    },
    {
      name: 'a jump after 四是 in one paragraph, then more items',
      text: '一是甲；二是乙；三是丙；四是丁；六是戊；七是己。',
      errors: [{ messageId: 'skipped', text: '六是', message: '“四是”之后是“六是”' }],
      output: '一是甲；二是乙；三是丙；四是丁；五是戊；六是己。',
      safe: false,
    },
    {
      name: 'a repeat: renumbering is certain',
      text: '一是完善制度；二是规范流程；二是强化督导；三是严格考核。',
      errors: [{ messageId: 'repeated', text: '二是', column: 15, message: '应为“三是”' }],
      output: '一是完善制度；二是规范流程；三是强化督导；四是严格考核。',
      safe: true,
    },
    {
      name: 'goes back',
      text: '一是完善制度；二是规范流程；三是强化督导；二是严格考核。',
      errors: [{ messageId: 'backwards', column: 22, message: '应为“四是”' }],
      output: '一是完善制度；二是规范流程；三是强化督导；四是严格考核。',
      safe: false,
    },
    {
      name: 'over consecutive paragraphs',
      text: doc('（一）强化基础', '一是完善制度。', '', '二是规范流程。', '', '四是强化督导。'),
      errors: [{ messageId: 'skipped', line: 6, column: 1, text: '四是' }],
      output: doc('（一）强化基础', '一是完善制度。', '', '二是规范流程。', '', '三是强化督导。'),
    },
    {
      name: 'a series under a heading with a marker on the same line',
      text: '（二）强化基础。一是完善制度；三是规范流程。',
      errors: [{ text: '三是' }],
      output: '（二）强化基础。一是完善制度；二是规范流程。',
    },
    {
      name: 'a series with ten and more items',
      text: '一是甲，二是乙，三是丙，四是丁，五是戊，六是己，七是庚，八是辛，九是壬，十是癸，十二是子。',
      errors: [{ text: '十二是', message: '应为“十一是”' }],
      output: '一是甲，二是乙，三是丙，四是丁，五是戊，六是己，七是庚，八是辛，九是壬，十是癸，十一是子。',
    },
    {
      name: 'a glued item counts, the gap after it is still a gap',
      text: '一是开展义诊活动368180二是重视慢病防治；四是加强健康管理。',
      errors: [{ messageId: 'skipped', text: '四是', message: '“二是”之后是“四是”，应为“三是”' }],
      output: '一是开展义诊活动368180二是重视慢病防治；三是加强健康管理。',
      safe: false,
    },
    {
      name: 'CRLF',
      text: '一是完善制度；\r\n二是规范流程；\r\n四是强化督导。\r\n',
      errors: [{ line: 3, column: 1, text: '四是' }],
      output: '一是完善制度；\r\n二是规范流程；\r\n三是强化督导。\r\n',
    },
    {
      name: 'surrogate pairs before the item',
      text: '𠮷祥社区：一是𡈼城改造，三是𪚥街道提升。',
      errors: [{ line: 1, column: 15, text: '三是' }],
      output: '𠮷祥社区：一是𡈼城改造，二是𪚥街道提升。',
    },
    {
      name: 'several documents: only the broken series',
      text: doc('在全县卫生工作会议上的讲话', '一要提高站位，二要压实责任。', '在全市疾控工作会议上的讲话', '一要狠抓落实，三要严格考核。'),
      errors: [{ line: 4, text: '三要' }],
      output: doc('在全县卫生工作会议上的讲话', '一要提高站位，二要压实责任。', '在全市疾控工作会议上的讲话', '一要狠抓落实，二要严格考核。'),
    },
    {
      name: 'two broken series in one paragraph group, of two kinds',
      text: '一是提高站位，一要学深悟透，三要融会贯通；三是压实责任。',
      errors: [
        { text: '三要', message: '应为“二要”' },
        { text: '三是', message: '应为“二是”' },
      ],
      output: '一是提高站位，一要学深悟透，二要融会贯通；二是压实责任。',
    },
  ],
});
