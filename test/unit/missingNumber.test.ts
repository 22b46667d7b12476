import assert from 'node:assert/strict';
import { missingNumber, missingNumbersInLine, quantityUnitAt } from '../../src/core/rules/missingNumber';
import { testRule } from '../helpers/ruleTester';

testRule(missingNumber, {
  valid: [
    // rules.md "must not flag"
    '百分之',
    '今年',
    '全年',
    '每年',
    '近年',
    '年度',
    '个人',
    '万人空巷',
    '5亿元级',
    '11%',
    '１１％',
    '十一%',
    '百分之十一',
    // numbers present in every style
    '门诊量同比增长11%，达到１１％。',
    '占比达到十一%左右。',
    '比上年提高2.1个百分点。',
    '增长0.5个百分点，高出3个百分点。',
    '资产达到3.5亿元。',
    '累计投入1200万元。',
    '共诊疗12.47万人次。',
    '签约率达95%以上。',
    // approximate numbers and magnitudes
    '几个百分点',
    '多个方面',
    '各个方面',
    '从这几个方面入手。',
    '一个方面',
    '两个方面',
    '某个方面',
    '近亿元',
    '投入数亿元。',
    '上万人参加义诊。',
    '参与群众达万人。',
    '每万人口拥有全科医生3名。',
    '实施亿元以上项目12个。',
    '投资亿元以上的项目全部开工。',
    '打造亿元级产业集群。',
    '成为万元户。',
    // units as headers, blanks that are placeholder's
    '增长率（%）',
    '单位：%',
    '签约率达x%。',
    '投资xx亿元。',
    '数字化_光机',
    '20_年',
    '_市卫生健康委',
    // words with 年
    '在年初召开的会议上',
    '在年度工作会议上',
    '在年轻干部座谈会上',
    '在年会上作交流发言。',
    '在年终总结大会上',
    '在今年的工作会议上',
    '全市年门诊量达到300万人次。',
    '县卫生局2019年工作计划',
    '县卫生健康局年度工作总结',
    '全市年均增长5%。',
    // other
    '目标已经达到，任务完成。',
    '率先达到，走在前列。',
    '做好个人防护。',
    '整个方面都要加强。',
    '（数据截至10月底）',
    '计量单位为%',
    '下个方面的工作',
    { name: 'a magnitude after 达到 is left alone', text: '资产总额达到亿元以上' },
  ],
  invalid: [
    // rules.md "flags"
    { text: '达到%', errors: [{ messageId: 'noNumber', line: 1, column: 3, text: '%', message: '达到%' }] },
    { text: '达到亿元', errors: [{ messageId: 'noNumber', text: '亿元' }] },
    { text: '基本诊疗_人次', errors: [{ messageId: 'blankNumber', column: 5, text: '_人次', message: '下划线' }] },
    { text: '我讲个方面的问题', errors: [{ messageId: 'noNumber', column: 3, text: '个方面' }] },
    { text: '在年卫生健康工作会议上的讲话', errors: [{ messageId: 'noYear', column: 2, text: '年', message: '年份' }] },
    { text: '比上年增长个百分点', errors: [{ messageId: 'noNumber', text: '个百分点' }] },
    // more
    { text: '临床治愈好转率达到%。', errors: [{ text: '%' }] },
    { text: '全区婚检率达到%以上。', errors: [{ text: '%' }] },
    { text: '医药费用控制在%以内。', errors: [{ text: '%' }] },
    { text: '占 ％', errors: [{ column: 3, text: '％' }], name: 'a space where the figure was' },
    { text: '死亡率下降‰。', errors: [{ text: '‰' }] },
    { text: '完成投资万元。', errors: [{ text: '万元' }] },
    { text: '全年服务累计万人次。', errors: [{ text: '万人次' }] },
    { text: '比上年提高了个百分点。', errors: [{ text: '个百分点' }] },
    { text: '同比下降百分点。', errors: [{ text: '百分点' }] },
    { text: '下面我从个方面讲意见。', errors: [{ text: '个方面' }] },
    { text: '麻疹强化免疫接种率达，发病率再降。', errors: [{ messageId: 'rateNoValue', text: '达' }] },
    { text: '查明率为,发病率下降', errors: [{ messageId: 'rateNoValue', text: '为' }] },
    { text: '在全市年卫生健康暨医疗保障工作会议上的讲话', errors: [{ messageId: 'noYear', column: 4 }] },
    { text: '区卫生局年工作计划总结.docx', errors: [{ messageId: 'noYear', column: 5 }] },
    { text: '2019年工作总结及年工作计划', errors: [{ messageId: 'noYear', column: 11 }] },
    { text: '签约率为_%', errors: [{ messageId: 'blankNumber', text: '_%' }] },
    { text: '兜底资金＿＿万元', errors: [{ messageId: 'blankNumber', text: '＿＿万元' }] },
    { text: '培育_家达标机构，_所学校', errors: [{ text: '_家' }, { text: '_所' }] },
    // columns
    {
      name: 'CRLF and indentation',
      text: '一、主要工作\r\n\u3000\u3000覆盖率达到%。\r\n',
      errors: [{ line: 2, column: 8, text: '%' }],
    },
    {
      name: 'surrogate pairs before the finding (CJK Extension B)',
      text: '𠀀𠀀率达到%',
      errors: [{ line: 1, column: 8, text: '%' }],
    },
  ],
});

describe('missing-number helpers', () => {
  it('knows quantity units and the words that only look like them', () => {
    assert.equal(quantityUnitAt('人次', 0), 2);
    assert.equal(quantityUnitAt('人民医院', 0), 0);
    assert.equal(quantityUnitAt('%以上', 0), 1);
    assert.equal(quantityUnitAt('市', 0), 0);
  });
  it('is linear on adversarial input', () => {
    const inputs = ['_%'.repeat(50000), '达到'.repeat(50000) + '%', '在年'.repeat(50000), '个'.repeat(100000), '率达'.repeat(50000)];
    for (const text of inputs) {
      const started = Date.now();
      missingNumbersInLine(text, 0);
      assert.ok(Date.now() - started < 1000, `too slow on ${text.slice(0, 8)}…`);
    }
  });
});
