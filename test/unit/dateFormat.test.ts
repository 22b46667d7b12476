import assert from 'node:assert/strict';
import { applyFixes } from '../../src/core/fix/applyEdits';
import { dateFormat, dateIssuesInLine } from '../../src/core/rules/dateFormat';
import { lintWith, testRule } from '../helpers/ruleTester';

testRule(dateFormat, {
  valid: [
    // rules.md "must not flag"
    '2019年',
    '2019—2020年',
    '2019-2020',
    '12345热线',
    { name: 'a phone number', text: '咨询电话：13912345678' },
    { name: 'an ID-like digit run', text: '身份证号110101199003071234' },
    // corpus look-alikes (in our own words)
    '完成筛查5000例、2020例。',
    '3岁以下儿童',
    '5.12',
    '12·13',
    '〔2021〕5号',
    '2.1个百分点',
    '2026年3月底',
    // more
    '2019年度工作总结',
    '2019-2020年度',
    '2019至2020年',
    '群众2000余人参加。',
    '流调人员1949人。',
    '2000余人参加义诊。',
    '1970位老年人办理优待证。',
    '托位2042个。',
    '2019届毕业生',
    '2020版诊疗方案',
    '通过ISO9001认证',
    '文号第2019号',
    '2023年12月25日',
    '2024年2月29日',
    '2月29日',
    '二〇二三年十二月二十五日',
    '二零二三年',
    '2023-03-05',
    '上传时间：2023-02-19 07:39:01',
    '24月龄婴儿',
    '0—6月龄',
    '坐月子期间',
    '历时45日完成。',
    '连续32日无新增病例。',
    '12月31日',
    '10月24日',
    '实时数据：截至10月24日',
    '二〇〇八年',
    '健康中国2030规划纲要',
    '12个月',
    'PM2.5',
    '370811004320060A/2021-36196',
  ],
  invalid: [
    // rules.md "flags"
    {
      text: '20196月',
      errors: [{ messageId: 'gluedYear', line: 1, column: 1, text: '20196月', message: '2019年6月' }],
      output: '2019年6月',
      safe: true,
    },
    {
      text: '20222月20日',
      errors: [{ messageId: 'gluedYear', text: '20222月' }],
      output: '2022年2月20日',
      safe: true,
    },
    {
      text: '2019工作总结',
      errors: [{ messageId: 'gluedYear', text: '2019', message: '2019年工作' }],
      output: '2019年工作总结',
      safe: true,
    },
    { text: '2月30日', errors: [{ messageId: 'badDay', text: '2月30日', message: '2月最多29日' }] },
    { text: '13月', errors: [{ messageId: 'badMonth', text: '13月' }] },
    { text: '3月32日', errors: [{ messageId: 'badDay', text: '3月32日' }], name: '32日 (in a date)' },
    {
      text: '2023年03月05日',
      errors: [{ messageId: 'padded', column: 6, text: '03月05日', message: '2023年3月5日' }],
      output: '2023年3月5日',
      safe: true,
    },
    {
      text: '二○二三年',
      errors: [{ messageId: 'circleZero', text: '二○二三', message: '二〇二三' }],
      output: '二〇二三年',
      safe: true,
    },
    // more
    { text: '2023年2月29日', errors: [{ messageId: 'notLeap', text: '2月29日', message: '2023年不是闰年' }] },
    { text: '1900年2月29日', errors: [{ messageId: 'notLeap' }] },
    { text: '4月31日', errors: [{ messageId: 'badDay', message: '4月最多30日' }] },
    { text: '12月0日', errors: [{ messageId: 'badDay' }] },
    { text: '0月5日', errors: [{ messageId: 'badMonth', text: '0月' }] },
    { text: '2019年13月', errors: [{ messageId: 'badMonth', column: 6 }] },
    { text: '二月三十日', errors: [{ messageId: 'badDay', text: '二月三十日' }] },
    { text: '九月三十一日', errors: [{ messageId: 'badDay' }] },
    { text: '二〇二三年二月二十九日', errors: [{ messageId: 'notLeap', text: '二月二十九日' }] },
    {
      text: '2023年3月05日',
      errors: [{ messageId: 'padded', column: 8, text: '05日' }],
      output: '2023年3月5日',
    },
    {
      text: '2023年03月',
      errors: [{ messageId: 'padded', text: '03月' }],
      output: '2023年3月',
    },
    {
      text: '2023年０３月０５日',
      errors: [{ messageId: 'padded' }],
      output: '2023年３月５日',
    },
    {
      text: '202202月',
      errors: [{ messageId: 'gluedYear', message: '2022年2月' }],
      output: '2022年2月',
    },
    {
      text: '２０１９６月',
      errors: [{ messageId: 'gluedYear' }],
      output: '２０１９年６月',
    },
    {
      text: '二O二三年',
      errors: [{ messageId: 'circleZero' }],
      output: '二〇二三年',
    },
    {
      text: '二0二0年',
      errors: [{ messageId: 'circleZero', message: '二〇二〇' }],
      output: '二〇二〇年',
    },
    {
      text: '二○○八年',
      errors: [{ messageId: 'circleZero' }],
      output: '二〇〇八年',
    },
    {
      text: '2019以来，全县上下团结一心。',
      errors: [{ messageId: 'gluedYear', text: '2019' }],
      output: '2019年以来，全县上下团结一心。',
      safe: true,
    },
    { text: '2020全年完成门诊量100万人次。', errors: [{ messageId: 'gluedYear' }], output: '2020年全年完成门诊量100万人次。' },
    { text: '03月05日召开', errors: [{ messageId: 'padded', text: '03月05日' }], output: '3月5日召开' },
    {
      text: '2020工作的总体思路是',
      errors: [{ messageId: 'gluedYear' }],
      output: '2020年工作的总体思路是',
      safe: true,
    },
    {
      name: 'a year opening a paragraph: fix offered, not safe',
      text: '2020经受大战大考、值得浓墨重彩的一年。',
      errors: [{ messageId: 'gluedYear', text: '2020' }],
      output: '2020年经受大战大考、值得浓墨重彩的一年。',
      safe: false,
    },
    {
      text: '是科学精准处置疫情。20222月20日以来，全市',
      errors: [{ messageId: 'gluedYear', column: 11 }],
      output: '是科学精准处置疫情。2022年2月20日以来，全市',
    },
    // columns
    {
      name: 'CRLF, indentation and a padded date on line 3',
      text: '标题\r\n\u3000\u3000正文\r\n\u3000\u3000成文日期：2023年12月05日\r\n',
      errors: [{ messageId: 'padded', line: 3, column: 16, text: '05日' }],
      output: '标题\r\n\u3000\u3000正文\r\n\u3000\u3000成文日期：2023年12月5日\r\n',
    },
    {
      name: 'surrogate pairs before the finding (CJK Extension B)',
      text: '𠀀𠀀于20196月成立',
      errors: [{ messageId: 'gluedYear', column: 6, text: '20196月' }],
      output: '𠀀𠀀于2019年6月成立',
    },
  ],
});

describe('date-format helpers', () => {
  it('fixing once leaves nothing to fix (fix-all is idempotent)', () => {
    const text = '20196月成立。\n2019工作总结\n成文日期：2023年03月05日\n二○二三年\n20222月20日以来\n2020经受考验';
    const once = applyFixes(text, lintWith(dateFormat, text).flatMap((finding) => (finding.fix ? [finding.fix] : []))).text;
    assert.equal(once, '2019年6月成立。\n2019年工作总结\n成文日期：2023年3月5日\n二〇二三年\n2022年2月20日以来\n2020年经受考验');
    assert.deepEqual(lintWith(dateFormat, once), []);
  });
  it('is linear on adversarial input', () => {
    const inputs = ['1'.repeat(100000), '1月'.repeat(50000), '二○'.repeat(50000) + '年', '年'.repeat(100000), '2019'.repeat(25000)];
    for (const text of inputs) {
      const started = Date.now();
      dateIssuesInLine(text);
      assert.ok(Date.now() - started < 1000, `too slow on ${text.slice(0, 8)}…`);
    }
  });
});
