import { statedCount } from '../../src/core/rules/statedCount';
import { testRule } from '../helpers/ruleTester';

/** Paragraphs separated by blank lines, as most reports are written. */
const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SPEECH = '在全县教育工作会议上的讲话';
const HELLO = '同志们：';
const OPEN_FOUR = '这次会议的主要任务是总结去年的教育工作，安排今年的重点任务。按照会议安排，我讲四个方面的内容：';
const SECTION_1 = '一、去年工作回顾';
const BODY_1 = '去年，全县教育系统坚持立德树人，办学条件持续改善，教育质量稳步提升。';
const SECTION_2 = '二、存在的困难和问题';
const BODY_2 = '城乡之间办学水平仍有差距，部分学校师资力量不足。';
const SECTION_3 = '三、今年工作安排';
const BODY_3 = '今年要着力推进义务教育优质均衡发展，扩大普惠性学前教育资源。';
const SECTION_4 = '四、加强组织保障';
const BODY_4 = '各乡镇要把教育摆在优先发展的位置，落实经费保障责任。';
const THANKS = '谢谢大家！';

/** n paragraphs 一是…, 二是… on a topic. */
const shiSeries = (n: number, topic = '推进') => {
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  return numerals.slice(0, n).map((numeral, i) => `${numeral}是${topic}第${numerals[i]}批项目建设。年内完成主体工程，按期交付使用。`);
};

testRule(statedCount, {
  valid: [
    { name: 'four announced, four level-1 sections', text: doc(SPEECH, HELLO, OPEN_FOUR, SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3, SECTION_4, BODY_4, THANKS) },
    {
      name: 'three points announced, three headings',
      text: doc(SPEECH, HELLO, '刚才，几位同志作了很好的发言。下面，我就做好今年的工作讲三点意见。', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3),
    },
    {
      name: 'vague count 几点',
      text: doc(SPEECH, HELLO, '下面，我讲几点意见：', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3),
    },
    {
      name: 'vague count 几个方面',
      text: doc(SPEECH, HELLO, '下面，我从几个方面谈谈今年的工作：', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    { name: 'vague count 若干', text: doc(SPEECH, HELLO, '下面，我提若干要求：', SECTION_1, BODY_1, SECTION_2, BODY_2) },
    { name: 'vague count 一些', text: doc(SPEECH, HELLO, '下面，我讲一些具体要求：', SECTION_1, BODY_1, SECTION_2, BODY_2) },
    {
      name: 'a count of counties, not of parts',
      text: doc(SPEECH, HELLO, '今年，全市有三个县通过了国家义务教育优质均衡发展督导评估：', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'a count of months',
      text: doc(SPEECH, HELLO, '今年的专项整治行动为期两个月：', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3),
    },
    {
      name: 'a fixed expression 四个不摘',
      text: doc(SPEECH, HELLO, '过渡期内要严格落实四个不摘：', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    { name: 'a count of years', text: doc(SPEECH, HELLO, '回顾过去五年：', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3) },
    {
      name: 'a count followed by a list in the same sentence',
      text: doc(SPEECH, HELLO, '各单位要做到三个到位：思想到位、措施到位、责任到位。', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'a count of work items followed by a list after the colon',
      text: doc(SPEECH, HELLO, '今年重点抓好三项工作：招生、教学和后勤保障。', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'a count that sums up a list before it',
      text: doc(SPEECH, HELLO, '今年要重点抓好招生、教学、后勤三项工作。', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3, SECTION_4, BODY_4),
    },
    {
      name: 'a count that refers back (以上)',
      text: doc(SPEECH, HELLO, BODY_1, '以上三点意见，请大家认真抓好落实。', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'an ordinal 第三点, a demonstrative 这三个方面',
      text: doc(SPEECH, HELLO, '第三点要求是严守纪律。这三个方面的工作都要抓好：', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'decimals and times with 点',
      text: doc(SPEECH, HELLO, '全年入学率提高三点五个百分点，会议下午三点半开始。', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'a count of rules, not of parts',
      text: doc(SPEECH, HELLO, '各校要认真落实18项安全管理制度。', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'one point is no list of parts',
      text: doc(SPEECH, HELLO, '下面，我讲一点体会：', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'parts that cannot be located: nothing countable follows',
      text: doc(SPEECH, HELLO, '下面，我讲三点意见。', '要充分认识教育工作的重要性。教育是国之大计、党之大计。', '要扎实抓好各项重点任务。', THANKS),
    },
    {
      name: 'parts too far away to be the announced ones',
      text: doc(SPEECH, HELLO, '下面，我讲三点意见。', '第一段普通正文。', '第二段普通正文。', '第三段普通正文。', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'headings that restart their numbering are not the announced parts',
      text: doc(SPEECH, HELLO, '下面，我讲五点意见。', '1.提高认识。', BODY_1, '2.压实责任。', BODY_2, '1.完善制度。', BODY_3, '2.强化督查。', BODY_4),
    },
    {
      name: 'headings that do not start at one are not the announced parts',
      text: doc(SPEECH, HELLO, '下面，我讲三点意见。', '（二）深化教育改革。', BODY_1, '（三）提升办学水平。', BODY_2),
    },
    {
      name: 'announced in one report, headings in the next report',
      text: doc(SPEECH, HELLO, '下面，我讲三点意见。', BODY_1, BODY_3, BODY_4, THANKS, '在全县卫生工作会议上的讲话', HELLO, SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'ten items announced, ten series items delivered',
      text: doc('今年重点做好以下10项工作：', ...shiSeries(10)),
    },
    {
      name: 'the spec example with eleven aspects and eleven items',
      text: doc('2024年工作要点', '今年重点推进11个方面的工作：', ...shiSeries(11)),
    },
    {
      name: 'series 首先…其次…最后 matching',
      text: doc(SPEECH, HELLO, '下面，我谈三点体会。', '首先，要坚持立德树人。', '其次，要深化教育改革。', '最后，要加强队伍建设。'),
    },
    {
      name: 'a closing 最后 after a complete 首先… series is not a part',
      text: doc(SPEECH, HELLO, '下面，我谈两点体会。', '首先，要坚持立德树人。', '其次，要深化教育改革。', '最后，祝大家新春愉快、工作顺利！'),
    },
    {
      name: 'series 第一，第二， matching, with a nested 一是 inside',
      text: doc(SPEECH, HELLO, '对今年的工作，我提两点要求：', '第一，要抓好安全。一是排查校舍隐患，二是开展应急演练。', '第二，要抓好质量。'),
    },
    {
      name: 'inline series after the colon, matching',
      text: doc(SPEECH, HELLO, '要把握好三个方面：一是提高站位；二是压实责任；三是强化督导。', SECTION_1, BODY_1),
    },
    {
      name: 'a count of parts at level 2 inside a section',
      text: doc('2023年工作总结', '一、主要工作', '今年主要做了以下三项工作：', '（一）改善办学条件。', BODY_1, '（二）加强师资建设。', BODY_2, '（三）深化课程改革。', BODY_3, '二、存在的问题', BODY_2),
    },
    {
      name: 'from the following aspects 从以下两个方面用力',
      text: doc(SPEECH, HELLO, '做好校园安全工作，要从以下两个方面用力：', '（一）管好校门。', BODY_1, '（二）管好食堂。', BODY_2),
    },
    {
      name: 'the announcement closes with a comma and a short tail',
      text: doc(SPEECH, HELLO, '下面，我讲三点意见，供大家参考。', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3),
    },
    {
      name: 'a lone 首先 before the headings is no series',
      text: doc(SPEECH, HELLO, '下面，我讲两点意见。', '首先，感谢大家一年来的辛勤付出。', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'a closing paragraph with a count and no parts after it',
      text: doc(SPEECH, HELLO, SECTION_1, BODY_1, SECTION_2, BODY_2, '最后，我再强调两点要求。', THANKS),
    },
    {
      name: 'hard-wrapped announcement with matching parts',
      text: doc(SPEECH, HELLO, '按照会议安排，我讲两个方\n面的内容：', SECTION_1, BODY_1, SECTION_2, BODY_2),
    },
    {
      name: 'no blank lines between paragraphs, matching',
      text: [SPEECH, HELLO, '下面我提三点要求：', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3].join('\n'),
    },
    '',
    '我讲四个方面的内容：',
  ],
  invalid: [
    {
      name: 'four announced, three level-1 sections (the corpus case)',
      text: doc(SPEECH, HELLO, OPEN_FOUR, SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3, THANKS),
      errors: [{ messageId: 'headings', line: 5, column: 40, text: '四个方面的内容', message: '宣布了4个部分，但后面的标题实有3个（第7行起）' }],
    },
    {
      name: 'three points announced, four headings follow',
      text: doc(SPEECH, HELLO, '下面我提三点要求。', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3, SECTION_4, BODY_4),
      errors: [{ messageId: 'headings', line: 5, text: '三点要求', message: '实有4个' }],
    },
    {
      name: 'eleven aspects announced, ten series items (一是…十是)',
      text: doc('2024年工作要点', '今年重点推进11个方面的工作：', ...shiSeries(10)),
      errors: [{ messageId: 'series', line: 3, column: 7, text: '11个方面的工作', message: '“一是”系列实有10项（第5行起）' }],
    },
    {
      name: 'the spec example as written: 重点推进11个方面的工作 (no punctuation after it)',
      text: doc('2024年工作要点', '重点推进11个方面的工作', ...shiSeries(10)),
      errors: [{ messageId: 'series', line: 3, column: 5, text: '11个方面的工作' }],
    },
    {
      name: 'the spec example as written: 主要做了以下五项工作 followed by four （一）',
      text: doc('2023年工作总结', '一、主要工作', '主要做了以下五项工作', '（一）改善办学条件。', BODY_1, '（二）加强师资建设。', BODY_2, '（三）深化课程改革。', BODY_3, '（四）抓好安全稳定。', BODY_4),
      errors: [{ messageId: 'headings', line: 5, text: '五项工作', message: '宣布了5个部分，但后面的标题实有4个（第7行起）' }],
    },
    {
      name: 'five items announced, four level-2 headings in the section',
      text: doc('2023年工作总结', '一、主要工作', '今年主要做了以下五项工作：', '（一）改善办学条件。', BODY_1, '（二）加强师资建设。', BODY_2, '（三）深化课程改革。', BODY_3, '（四）抓好安全稳定。', BODY_4, '二、存在的问题', BODY_2),
      errors: [{ line: 5, text: '五项工作', message: '实有4个（第7行起）' }],
    },
    {
      name: 'more parts than announced',
      text: doc(SPEECH, HELLO, '下面，我讲两个问题。', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3),
      errors: [{ text: '两个问题', message: '宣布了2个部分，但后面的标题实有3个' }],
    },
    {
      name: 'multi-report file: each report counted separately',
      text: doc(
        SPEECH, HELLO, '下面，我讲三点意见。', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3, THANKS,
        '在全县卫生工作会议上的讲话', HELLO, OPEN_FOUR, SECTION_1, BODY_1, SECTION_2, BODY_2, THANKS,
        '在全县农业工作会议上的讲话', HELLO, '我讲两点意见。', SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3,
      ),
      errors: [
        { line: 25, text: '四个方面的内容', message: '实有2个（第27行起）' },
        { line: 41, text: '两点意见', message: '实有3个（第43行起）' },
      ],
    },
    {
      name: 'CRLF line ends',
      text: doc(SPEECH, HELLO, OPEN_FOUR, SECTION_1, BODY_1, SECTION_2, BODY_2).replace(/\n/g, '\r\n'),
      errors: [{ line: 5, column: 40, text: '四个方面的内容', message: '实有2个（第7行起）' }],
    },
    {
      name: 'a surrogate pair before the count shifts the column by two units',
      text: doc(SPEECH, HELLO, '𠮷祥乡的同志们辛苦了。我讲三点意见：', SECTION_1, BODY_1, SECTION_2, BODY_2),
      errors: [{ line: 5, column: 15, text: '三点意见' }],
    },
    {
      name: 'hard-wrapped announcement: the phrase runs over the line break',
      text: doc(SPEECH, HELLO, '按照会议安排，我讲四个方\n面的内容：', SECTION_1, BODY_1, SECTION_2, BODY_2),
      errors: [{ line: 5, column: 10, message: '“四个方面的内容”宣布了4个部分' }],
    },
    {
      name: 'inline series after the colon with an item missing',
      text: doc(SPEECH, HELLO, '要把握好三个方面：一是提高站位；二是压实责任。', SECTION_1, BODY_1),
      errors: [{ messageId: 'series', text: '三个方面', message: '实有2项（第5行起）' }],
    },
    {
      name: '首先…其次 delivers two of three',
      text: doc(SPEECH, HELLO, '下面，我谈三点体会。', '首先，要坚持立德树人。', '其次，要深化教育改革。', THANKS),
      errors: [{ messageId: 'series', text: '三点体会', message: '“首先”系列实有2项（第7行起）' }],
    },
    {
      name: '一要…三要 delivers three of four',
      text: doc(SPEECH, HELLO, '对做好今年的工作，我提以下四点要求：', '一要提高政治站位。', '二要强化责任落实。', '三要严格督查考核。'),
      errors: [{ messageId: 'series', text: '四点要求', message: '实有3项' }],
    },
    {
      name: '第一，第二， delivers two of three, a nested 一是 not counted',
      text: doc(SPEECH, HELLO, '对今年的工作，我提三点要求：', '第一，要抓好安全。一是排查校舍隐患，二是开展应急演练，三是落实值班制度。', '第二，要抓好质量。'),
      errors: [{ messageId: 'series', text: '三点要求', message: '实有2项' }],
    },
    {
      name: 'a heading that announces its parts (series below it)',
      text: doc('2024年工作计划', '一、总体思路', BODY_1, '二、重点做好以下六项工作', ...shiSeries(5), '三、保障措施', BODY_4),
      errors: [{ messageId: 'series', line: 7, text: '六项工作', message: '实有5项（第9行起）' }],
    },
    {
      name: 'a comma tail after the announcement',
      text: doc(SPEECH, HELLO, '下面，我讲三点意见，供大家参考。', SECTION_1, BODY_1, SECTION_2, BODY_2),
      errors: [{ text: '三点意见', message: '实有2个' }],
    },
    {
      name: 'full-width digits and the numeral 两',
      text: doc('2024年工作要点', '全年重点抓好以下１２项工作：', ...shiSeries(11), '在全县卫生工作会议上的讲话', HELLO, '我主要讲两个方面：', SECTION_1, BODY_1),
      errors: [
        { line: 3, text: '１２项工作', message: '实有11项' },
        { line: 31, text: '两个方面', message: '实有1个' },
      ],
    },
    {
      name: 'a report that starts at level 2',
      text: doc('2023年上半年工作总结', '上半年，我们重点抓了以下四个方面的工作：', '（一）招生工作。', BODY_1, '（二）教学工作。', BODY_2, '（三）后勤工作。', BODY_3),
      errors: [{ line: 3, text: '四个方面的工作', message: '实有3个（第5行起）' }],
    },
    {
      name: 'no blank lines between paragraphs',
      text: [SPEECH, HELLO, '下面我提三点要求：', SECTION_1, BODY_1, SECTION_2, BODY_2].join('\n'),
      errors: [{ line: 3, text: '三点要求', message: '实有2个（第4行起）' }],
    },
    {
      name: 'English message',
      config: { locale: 'en' },
      text: doc(SPEECH, HELLO, OPEN_FOUR, SECTION_1, BODY_1, SECTION_2, BODY_2, SECTION_3, BODY_3),
      errors: [{ message: '"四个方面的内容" announces 4 parts, but 3 headings follow (from line 7)' }],
    },
  ],
});
