import { punctuationPair } from '../../src/core/rules/punctuationPair';
import { testRule } from '../helpers/ruleTester';

const doc = (...paragraphs: string[]) => paragraphs.join('\n\n');
const TITLE = '2024年县教育局工作总结';

testRule(punctuationPair, {
  valid: [
    '全面推进“双减”政策落地，深化“放管服”改革。',
    '认真学习《中华人民共和国教育法》和《义务教育学校管理标准》。',
    '他强调：“要把‘立德树人’落到实处。”',
    '新建校舍两栋（含食堂一座），投资1200万元（其中省级补助300万元）。',
    '根据《关于加强校园安全管理的通知》（教办〔2023〕12号）精神，开展专项检查。',
    '【典型经验】各校结合实际，形成了一批可复制的做法。',
    { name: 'ellipsis and dash', text: '学校、家庭、社会……都要参与进来——这是共识。' },
    { name: '？！ and ！？', text: '难道我们能够放松吗？！绝不能！？' },
    { name: 'brackets nested in both orders', text: '（见《年度考核办法（试行）》）《关于（2023）年度的说明》' },
    { name: 'heading markers are bracket-width\'s job', text: doc(TITLE, '一、主要工作', '(一)改善办学条件', '（二)加强队伍建设', '（1）完善制度', '(2)、强化督查', '(三）深化改革') },
    { name: 'a Markdown heading with a bracketed marker', text: doc('# ' + TITLE, '## （一)加强党建') },
    {
      name: 'a quotation over three paragraphs (GB/T 15834)',
      text: doc('会上宣读了表彰决定：', '“一年来，全县教育系统广大干部职工勇于担当，攻坚克难。', '“希望受表彰的集体和个人珍惜荣誉，再接再厉。', '“全县教育系统要以先进为榜样，奋力开创教育工作新局面。”'),
    },
    {
      name: 'a quotation over two paragraphs opening mid-paragraph',
      text: doc('局长在讲话中指出：“今年是关键之年，任务艰巨。', '“各校要增强责任感，确保各项任务按期完成。”'),
    },
    {
      name: 'the last paragraph of a quotation may close before its final stop',
      text: doc('通知要求：“各校要立即开展自查。', '“自查情况于月底前上报”。'),
    },
    { name: 'hard-wrapped text: a quotation runs over the line break', text: '全面落实“双减\n”政策，切实减轻学生负担。' },
    { name: 'hard-wrapped text: a title mark runs over the line break', text: '认真贯彻《义务教育课程标准\n（2022年版）》，推进课程改革。' },
    { name: 'hard-wrapped text: a bracket runs over two breaks', text: '新建校舍两栋（含\n食堂一座，\n风雨操场一处），已投入使用。' },
    { name: 'enumerators with a closing bracket only', text: '主要措施：1）加强宣传；2）强化督查；a)完善制度；b）落实责任。' },
    { name: 'an enumerator at the start of a line', text: '1）加强宣传，营造良好氛围。\n2）强化督查，压实工作责任。' },
    { name: 'apostrophes in Latin text', text: 'It’s the school’s 90’s style.' },
    { name: 'half-width quotation marks paired with each other', text: '全面推行"一校一策"管理模式。' },
    { name: 'half-width quotation marks nested in full-width ones', text: '他说：“要推行"一校一策"模式。”' },
    { name: 'circled enumerators with a closing bracket', text: '主要措施：①)加强宣传；②)强化督查。' },
    { name: 'a lone half-width quotation mark (inches)', text: '配备55"触控一体机20台。' },
    { name: 'three or more periods stand in for an ellipsis', text: '各项工作有序推进。。。' },
    { name: 'half-width marks doubled in Latin text', text: 'see items a,, b and c::d' },
    { name: 'thousands separators and times', text: '投资1,000万元，会议于9:30开始。' },
    { name: 'a page chunk of a scraped viewer continues the quotation across the blank line', text: '1、全县新建“智慧教室\n\n2、”示范点五个，覆盖率达到百分之\n\n3、九十。位居全市前列。' },
    {
      name: 'multi-report file, each report balanced',
      text: doc(TITLE, '一、主要工作', '深化“双减”改革。', '在全县教育工作会议上的讲话', '同志们：', '我们要认真学习《教育强国建设规划纲要》。'),
    },
    { name: 'CRLF line ends', text: '全面推进“双减\r\n”政策。\r\n\r\n深化《教育法》学习。\r\n' },
    { name: 'surrogate pairs inside a quotation', text: '表彰“𠮷祥小学”等先进集体。' },
    '',
  ],
  invalid: [
    {
      name: 'an opening quotation mark left open',
      text: '大力发展“互联网+教育，推进智慧校园建设。',
      errors: [{ messageId: 'unclosedQuote', line: 1, column: 5, text: '“', message: '左引号“在本段内没有闭合' }],
    },
    {
      name: 'a closing quotation mark without opening',
      text: '推行“一站式”服务和一网通办”改革。',
      errors: [{ messageId: 'unopenedQuote', column: 15, text: '”', message: '右引号”前面没有对应的左引号' }],
    },
    {
      name: 'reversed quotation marks',
      text: '全面推进”双减“政策落地。',
      errors: [{ messageId: 'reversedQuote', column: 5, text: '”双减“', message: '引号方向颠倒：”在前，“在后' }],
    },
    {
      name: 'reversed title marks',
      text: '认真学习》教育法《，提高依法治校水平。',
      errors: [{ messageId: 'reversedTitle', text: '》教育法《', message: '书名号方向颠倒：》在前，《在后' }],
    },
    {
      name: 'reversed brackets',
      text: '新建校舍两栋）含食堂（，已投入使用。',
      errors: [{ messageId: 'reversedBracket', text: '）含食堂（' }],
    },
    {
      name: 'a closing mark far before an opening one is two findings, not a reversed pair',
      text: '一网通办”改革已在全县各乡镇全面推开，群众办事更加便利快捷，下一步将继续深化“放管服。',
      errors: [{ messageId: 'unopenedQuote' }, { messageId: 'unclosedQuote' }],
    },
    {
      name: 'a title mark left open',
      text: '认真学习《教育法，提高依法治校水平。',
      errors: [{ messageId: 'unclosedTitle', text: '《', message: '左书名号《在本段内没有闭合' }],
    },
    {
      name: 'a title mark closed without opening',
      text: '认真学习教育法》，提高依法治校水平。',
      errors: [{ messageId: 'unopenedTitle', text: '》' }],
    },
    {
      name: 'a bracket left open',
      text: '新建校舍两栋（含食堂一座，已投入使用。',
      errors: [{ messageId: 'unclosedBracket', text: '（', message: '左括号（在本段内没有闭合' }],
    },
    {
      name: 'a half-width bracket left open',
      text: '新建校舍两栋(含食堂一座，已投入使用。',
      errors: [{ messageId: 'unclosedBracket', text: '(', message: '左括号(' }],
    },
    {
      name: 'a lenticular bracket left open',
      text: '【典型经验各校结合实际，形成了一批可复制的做法。',
      errors: [{ messageId: 'unclosedBracket', column: 1, text: '【', message: '左括号【在本段内没有闭合' }],
    },
    {
      name: 'a tortoise-shell bracket left open',
      text: '根据教办〔2023号文件精神开展工作。',
      errors: [{ messageId: 'unclosedBracket', text: '〔' }],
    },
    {
      name: 'an unclosed single quotation mark inside a quotation',
      text: '他说：“要把‘立德树人落到实处。”',
      errors: [{ messageId: 'unclosedQuote', text: '‘', message: '左引号‘在本段内没有闭合' }],
    },
    {
      name: 'a half-width quotation mark closed by a full-width one',
      text: '全面落实"x+x”用药模式。',
      errors: [{ messageId: 'mismatched', column: 5, text: '"x+x”', message: '引号"与”不配对' }],
    },
    {
      name: 'a full-width quotation mark closed by a half-width one',
      text: '全面落实“一校一策"管理模式。',
      errors: [{ messageId: 'mismatched', text: '“一校一策"' }],
    },
    {
      name: 'crossing marks',
      text: '推进“教育（强县”）建设。',
      errors: [
        { messageId: 'unclosedBracket', text: '（' },
        { messageId: 'unopenedBracket', text: '）' },
      ],
    },
    {
      name: 'a quotation over paragraphs whose last paragraph never closes',
      text: doc('会上宣读了决定：', '“一年来，全县教育系统勇于担当。', '“希望受表彰的集体和个人再接再厉。'),
      errors: [{ messageId: 'unclosedQuote', line: 5, column: 1 }],
    },
    {
      name: 'the next paragraph opens a quotation of its own: the open one is reported',
      text: doc('大力推进“名师工程建设。', '“十四五”期间，全县新建学校十所。'),
      errors: [{ messageId: 'unclosedQuote', line: 1, column: 5 }],
    },
    {
      name: 'the quotation does not run into a heading',
      text: doc(TITLE, '会上强调：“要抓好安全。', '一、“平安校园”建设'),
      errors: [{ messageId: 'unclosedQuote', line: 3, column: 6 }],
    },
    {
      name: 'a heading with an unclosed quotation mark',
      text: doc(TITLE, '七、资源整合，大力发展“互联网+教育', '全年新建智慧教室二十间。'),
      errors: [{ messageId: 'unclosedQuote', line: 3, column: 12, text: '“' }],
    },
    {
      name: 'a title line with an unclosed title mark',
      text: doc('关于印发《2024年全县教育工作要点的通知', '各学校：'),
      errors: [{ messageId: 'unclosedTitle', line: 1, column: 5, text: '《' }],
    },
    {
      name: 'a sentence end stops the hard-wrapped paragraph',
      text: '大力推进“名师工程。\n”全年培养骨干教师五十名。',
      errors: [
        { messageId: 'unclosedQuote', line: 1, column: 5 },
        { messageId: 'unopenedQuote', line: 2, column: 1 },
      ],
    },
    {
      name: 'a blank line stops the paragraph',
      text: '大力推进“名师\n\n工程”建设。',
      errors: [
        { messageId: 'unclosedQuote', line: 1 },
        { messageId: 'unopenedQuote', line: 3 },
      ],
    },
    {
      name: 'comma before period',
      text: '各项工作有序推进，。全年完成投资三亿元。',
      errors: [{ messageId: 'doubled', column: 9, text: '，。', message: '标点重复：，。' }],
      output: '各项工作有序推进。全年完成投资三亿元。',
      safe: true,
    },
    {
      name: 'half-width comma before period',
      text: '各项工作有序推进,。',
      errors: [{ messageId: 'doubled', text: ',。' }],
      output: '各项工作有序推进。',
      safe: true,
    },
    {
      name: 'doubled period',
      text: '压力传导不够等突出问题。。下一步要抓好整改。',
      errors: [{ messageId: 'doubled', text: '。。' }],
      output: '压力传导不够等突出问题。下一步要抓好整改。',
    },
    {
      name: 'doubled comma, enumeration comma, semicolon and colon',
      text: '一是抓招生，，二是抓教学、、后勤；；三是抓安全：：落实责任。',
      errors: [{ text: '，，' }, { text: '、、' }, { text: '；；' }, { text: '：：' }],
      output: '一是抓招生，二是抓教学、后勤；三是抓安全：落实责任。',
      safe: true,
    },
    {
      name: 'mixed-width commas keep the full-width one',
      text: '全面推进,，深化改革。',
      errors: [{ text: ',，' }],
      output: '全面推进，深化改革。',
    },
    {
      name: 'commas before a period are all dropped',
      text: '全面推进，，。',
      errors: [{ text: '，，。' }],
      output: '全面推进。',
    },
    {
      name: 'doubled punctuation across a hard-wrapped line break',
      text: '各项工作有序推进，\n。全年完成投资三亿元。',
      errors: [{ messageId: 'doubled', line: 1, column: 9 }],
      output: '各项工作有序推进\n。全年完成投资三亿元。',
    },
    {
      name: 'CRLF line ends',
      text: '一、主要工作\r\n大力推进“名师工程。\r\n深化改革，，提高质量。\r\n',
      errors: [
        { messageId: 'unclosedQuote', line: 2, column: 5 },
        { messageId: 'doubled', line: 3, column: 5, text: '，，' },
      ],
      output: '一、主要工作\r\n大力推进“名师工程。\r\n深化改革，提高质量。\r\n',
    },
    {
      name: 'surrogate pairs count two units',
      text: '表彰𠮷祥小学“先进集体，𠮷祥中学。。',
      errors: [
        { messageId: 'unclosedQuote', column: 8, text: '“' },
        { messageId: 'doubled', column: 19, text: '。。' },
      ],
      output: '表彰𠮷祥小学“先进集体，𠮷祥中学。',
    },
    {
      name: 'multi-report file: each paragraph of each report',
      text: doc(TITLE, '一、主要工作', '深化“双减改革。', '在全县教育工作会议上的讲话', '同志们：', '我们要认真学习《教育强国建设规划纲要。'),
      errors: [
        { messageId: 'unclosedQuote', line: 5, text: '“' },
        { messageId: 'unclosedTitle', line: 11, text: '《' },
      ],
    },
    {
      name: 'English message',
      config: { locale: 'en' },
      text: '大力发展“互联网+教育。',
      errors: [{ message: 'Opening quotation mark “ is not closed in this paragraph' }],
    },
  ],
});
