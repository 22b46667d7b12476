import * as assert from 'node:assert/strict';
import { HeadingMarker, scanHeadingMarker } from '../../src/core/structure/markers';

type Expect = Partial<Pick<HeadingMarker, 'level' | 'ordinal' | 'text' | 'delimiter' | 'strength' | 'start' | 'end' | 'open' | 'close' | 'numeralStyle' | 'markdownDepth' | 'numeralStart' | 'numeralEnd'>>;

function expectMarker(line: string, expected: Expect): void {
  const marker = scanHeadingMarker(line);
  assert.ok(marker, `expected a marker in ${JSON.stringify(line)}`);
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) picked[key] = marker[key as keyof HeadingMarker];
  assert.deepEqual(picked, expected, JSON.stringify(line));
}

function expectNone(line: string): void {
  assert.equal(scanHeadingMarker(line), null, JSON.stringify(line));
}

describe('scanHeadingMarker', () => {
  describe('standard levels (GB/T 9704 §7.3.3)', () => {
    it('level 1: 一、', () => {
      expectMarker('一、坚持党建引领，夯实发展根基', {
        level: 1, ordinal: 1, numeralStyle: 'chinese', text: '一、', delimiter: '、', strength: 'strong',
        start: 0, end: 2, numeralStart: 0, numeralEnd: 1, open: '', close: '', markdownDepth: 0,
      });
    });

    it('level 2: （一）', () => {
      expectMarker('（一）扎实推进疫情常态化防控', {
        level: 2, ordinal: 1, numeralStyle: 'chinese', text: '（一）', delimiter: '', strength: 'strong',
        start: 0, end: 3, numeralStart: 1, numeralEnd: 2, open: '（', close: '）',
      });
    });

    it('level 3: 1. and 1．', () => {
      expectMarker('1.开展专题学习', { level: 3, ordinal: 1, numeralStyle: 'arabic', text: '1.', delimiter: '.', strength: 'strong', end: 2 });
      expectMarker('1．开展专题学习', { level: 3, ordinal: 1, text: '1．', delimiter: '．', strength: 'strong' });
    });

    it('level 4: （1）', () => {
      expectMarker('（1）完善考核办法', { level: 4, ordinal: 1, numeralStyle: 'arabic', text: '（1）', open: '（', close: '）', numeralStart: 1, numeralEnd: 2 });
    });

    it('a heading followed by its body on the same line', () => {
      expectMarker('（三）强化基层服务。全年新建村卫生室十二所，覆盖率明显提升。', { level: 2, ordinal: 3 });
      expectMarker('2.加强人才培养，引进急需紧缺人才若干名。', { level: 3, ordinal: 2 });
    });
  });

  describe('ordinals', () => {
    it('Chinese ordinals up to 九十九 and beyond', () => {
      expectMarker('十、其他工作', { level: 1, ordinal: 10, text: '十、' });
      expectMarker('十二、加强作风建设', { level: 1, ordinal: 12, text: '十二、', numeralEnd: 2 });
      expectMarker('二十一、附则', { level: 1, ordinal: 21 });
      expectMarker('九十九、最后一项', { level: 1, ordinal: 99, end: 4 });
      expectMarker('一百、再多一项', { level: 1, ordinal: 100 });
      expectMarker('（十五）完善制度', { level: 2, ordinal: 15, numeralEnd: 3 });
      expectMarker('（二十一）完善制度', { level: 2, ordinal: 21 });
    });

    it('two-digit Arabic ordinals, with leading zero', () => {
      expectMarker('12.做好年终考核', { level: 3, ordinal: 12, text: '12.' });
      expectMarker('（15）规范档案', { level: 4, ordinal: 15 });
      expectMarker('01.做好年终考核', { level: 3, ordinal: 1, text: '01.' });
    });

    it('full-width digits', () => {
      expectMarker('１．优化营商环境', { level: 3, ordinal: 1, text: '１．' });
      expectMarker('１２．优化营商环境', { level: 3, ordinal: 12 });
      expectMarker('（３）落实责任', { level: 4, ordinal: 3, text: '（３）' });
      expectMarker('(１０)落实责任', { level: 4, ordinal: 10 });
    });

    it('zero is never an ordinal: 〇、 零、 （〇） (0) 0. 00.', () => {
      for (const line of ['〇、其他', '零、其他', '（〇）其他', '(0)其他', '（00）其他', '0.其他', '00.其他']) expectNone(line);
    });

    it('numerals with 〇, 零 or 两 at level 1 are prose, not markers', () => {
      expectNone('两、三个方面');
      expectNone('一百零五、其他');
    });

    it('three-digit Arabic numbers and malformed Chinese numerals are not markers', () => {
      for (const line of ['100.其他', '（100）其他', '123.其他', '十二三、其他', '百、其他', '一千、其他']) expectNone(line);
    });
  });

  describe('malformed variants seen in the wild', () => {
    it('half-width brackets (一)', () => {
      expectMarker('(一)加强队伍建设', { level: 2, ordinal: 1, text: '(一)', open: '(', close: ')', strength: 'strong' });
    });

    it('mixed brackets （一) and (一）', () => {
      expectMarker('（一)加强队伍建设', { level: 2, text: '（一)', open: '（', close: ')' });
      expectMarker('(二）加强队伍建设', { level: 2, ordinal: 2, open: '(', close: '）' });
    });

    it('a second delimiter after the bracket: (四)、 （一）． (1),', () => {
      expectMarker('(四)、规范医疗行为', { level: 2, ordinal: 4, text: '(四)、', delimiter: '、', end: 4 });
      expectMarker('（一）．规范医疗行为', { level: 2, delimiter: '．', text: '（一）．' });
      expectMarker('（1）、规范医疗行为', { level: 4, delimiter: '、', text: '（1）、' });
      expectMarker('(1),规范医疗行为', { level: 4, delimiter: ',', text: '(1),' });
    });

    it('spaces inside the brackets', () => {
      expectMarker('（ 一 ）加强领导', { level: 2, ordinal: 1, text: '（ 一 ）', numeralStart: 2, numeralEnd: 3, end: 5 });
    });

    it('1、 at level 3 is strong', () => {
      expectMarker('1、加强宣传引导', { level: 3, ordinal: 1, text: '1、', delimiter: '、', strength: 'strong' });
      expectMarker('1 、加强宣传引导', { level: 3, text: '1 、', delimiter: '、', end: 3 });
    });

    it('一. and 一． at level 1 are strong', () => {
      expectMarker('一.总体情况', { level: 1, text: '一.', delimiter: '.', strength: 'strong' });
      expectMarker('三．总体情况', { level: 1, ordinal: 3, delimiter: '．', strength: 'strong' });
    });

    it('一， 一, and 1， 1, are weak (a comma is common in prose)', () => {
      expectMarker('一，总体要求', { level: 1, text: '一，', delimiter: '，', strength: 'weak' });
      expectMarker('二,主要做法', { level: 1, ordinal: 2, delimiter: ',', strength: 'weak' });
      expectMarker('1，落实责任', { level: 3, delimiter: '，', strength: 'weak' });
      expectMarker('1, 落实责任', { level: 3, delimiter: ',', strength: 'weak' });
    });

    it('no delimiter: 十三2020年工作计划 is a weak level-1 marker', () => {
      expectMarker('十三2020年工作计划', { level: 1, ordinal: 13, text: '十三', delimiter: '', strength: 'weak', end: 2 });
    });

    it('a space as the only delimiter at level 1 is weak', () => {
      expectMarker('十三 2020年工作计划', { level: 1, ordinal: 13, text: '十三 ', delimiter: '', strength: 'weak', end: 3 });
      expectMarker('一\u3000总体要求', { level: 1, ordinal: 1, delimiter: '', strength: 'weak' });
    });

    it('a space before 、 is still the standard delimiter', () => {
      expectMarker('一 、总体要求', { level: 1, text: '一 、', delimiter: '、', strength: 'strong' });
    });

    // Regression (was a parser bug): markers.ts LEVEL_3 accepts `${SPACE}+` as a delimiter, but plainMarker trims it to ''
    // and then rejects every level-3 marker with an empty delimiter, so `1 加强…` is never a candidate.
    it('`1 ` + text is a weak level-3 marker', () => {
      expectMarker('1 加强宣传引导', { level: 3, ordinal: 1, text: '1 ', delimiter: '', strength: 'weak' });
      expectMarker('２\u3000完善工作机制', { level: 3, ordinal: 2, strength: 'weak' });
    });

    it('extra delimiters after 1. or 一、 are left to the text', () => {
      expectMarker('1.、加强宣传', { level: 3, text: '1.' });
      expectMarker('一、、总体要求', { level: 1, text: '一、' });
    });
  });

  describe('position in the line', () => {
    it('indentation with U+3000, spaces and tabs is skipped; offsets are in the line', () => {
      expectMarker('\u3000\u3000一、主要工作', { start: 2, end: 4, numeralStart: 2 });
      expectMarker('    （二）主要做法', { start: 4, end: 7, numeralStart: 5 });
      expectMarker('\t1.主要做法', { start: 1, end: 3 });
    });

    it('a BOM before the marker is skipped', () => {
      expectMarker('\ufeff一、主要工作', { level: 1, start: 1, end: 3 });
    });

    it('a U+00A0 indentation is skipped', () => {
      expectMarker('\u00a0\u00a0（1）细化措施', { level: 4, start: 2 });
    });

    it('a marker after an astral character is not at the line start', () => {
      expectNone('𠀀一、主要工作');
      expectNone('𠀀（一）主要工作');
    });

    it('an astral character after the marker does not move it', () => {
      expectMarker('一、𠀀𠀀村振兴', { level: 1, start: 0, end: 2 });
      expectMarker('（二）𠀀村卫生室建设', { level: 2, end: 3 });
    });

    it('a marker in the middle of a line is not a heading marker', () => {
      expectNone('全年重点抓了三个方面：一、党建；二、业务。');
    });

    it('trailing U+00A0 and U+3000 do not matter', () => {
      expectMarker('一、主要工作\u00a0', { level: 1, end: 2 });
      expectMarker('（一）主要工作\u3000\u3000', { level: 2 });
    });
  });

  describe('Markdown prefixes', () => {
    it('# and ## before a marker give the depth; offsets follow the prefix', () => {
      expectMarker('# 一、主要工作', { level: 1, markdownDepth: 1, start: 2, end: 4 });
      expectMarker('## （二）主要做法', { level: 2, markdownDepth: 2, start: 3, end: 6, numeralStart: 4 });
      expectMarker('### 1. 开展学习', { level: 3, markdownDepth: 3, start: 4 });
      expectMarker('#  一、主要工作', { level: 1, markdownDepth: 1, start: 3 });
      expectMarker('   # 一、主要工作', { level: 1, markdownDepth: 1, start: 5 });
    });

    it('no space after # or seven # is not a Markdown heading', () => {
      expectNone('#一、主要工作');
      expectNone('####### 一、主要工作');
    });

    it('a Markdown title line without a marker has none', () => {
      expectNone('# 2023年工作总结');
    });
  });

  describe('not markers', () => {
    it('a level-1 or level-3 marker with nothing after it', () => {
      for (const line of ['一、', '十、', '1.', '12、', '一、\u00a0\u3000', '十三', '1.\u3000']) expectNone(line);
    });

    it('series openers 一是 一要 一方面 and counted words', () => {
      for (const line of ['一是加强政治建设', '二要压实工作责任', '一方面，要加强学习', '三个方面的问题', '四项制度全面落地', '两个维护']) expectNone(line);
    });

    it('time words: 一年来 五年来 九月份 十一月 十二月份', () => {
      for (const line of ['一年来，全局上下团结一心', '五年来的实践证明', '九月份以后', '十一月中旬开展督查', '十二月份完成验收']) expectNone(line);
    });

    it('Chinese-numeral years 二〇二三年 and 一九九九年', () => {
      expectNone('二〇二三年是全面贯彻落实的开局之年');
      expectNone('一九九九年建成投用');
    });

    it('十四五, 七一讲话, 三中全会, 十九届 are words', () => {
      for (const line of ['十四五规划顺利实施', '七一讲话精神', '三中全会以来', '十九届五中全会提出']) expectNone(line);
    });

    it('十九大 is only a weak candidate: the parser accepts it only in sequence', () => {
      expectMarker('十九大以来，我们坚持', { level: 1, ordinal: 19, strength: 'weak' });
    });

    it('Arabic years, decimals and numbers glued to text', () => {
      for (const line of ['2019年，全县卫生健康工作取得新进展', '2023年工作总结', '1.5倍于去年', '12345热线办结率达到百分之百', '5.12纪念活动', '3岁以下婴幼儿照护', '2020例手术']) {
        expectNone(line);
      }
    });

    it('full-width decimals and numbered lists inside numbers', () => {
      expectNone('１．５倍于上年');
      expectNone('1．5个百分点');
      expectNone('1，2号楼同步施工');
    });

    it('thousands with a comma are not 1, markers', () => {
      expectNone('1,000元补助已发放');
      expectNone('3，500人次参加培训');
    });

    it('lists of numerals in prose: 一、二级医院, 二、三类, 三、四等', () => {
      for (const line of ['一、二级医院全部完成改造', '二、三类疫苗接种有序', '一、二、三级预防并重', '三、四等奖若干名', '一、二档补助标准']) expectNone(line);
    });

    it('第一议题 and 第一章 are not level-1 markers', () => {
      expectNone('第一议题制度落实到位');
      expectNone('第一、加强学习');
      expectNone('第一章 总则');
    });

    it('a colon after a numeral introduces a count', () => {
      expectNone('一：全年接诊人次');
      expectNone('一:全年接诊人次');
    });

    it('a space inside a Chinese numeral and a space before a period', () => {
      expectNone('十 三、其他');
      expectNone('1 .其他');
    });

    it('empty, blank and control-character lines', () => {
      for (const line of ['', '   ', '\u3000\u00a0', '\u0000', '\u0000一、主要工作', '\ud800一、主要工作']) expectNone(line);
    });

    it('a lone surrogate after the marker does not throw', () => {
      expectMarker('一、\ud800', { level: 1 });
      expectMarker('（一）\udc00', { level: 2 });
    });
  });

  it('scans a 200,000-character line', () => {
    assert.equal(scanHeadingMarker('甲'.repeat(200_000)), null);
    assert.equal(scanHeadingMarker('一、' + '甲'.repeat(200_000))?.level, 1);
    assert.equal(scanHeadingMarker('（'.repeat(200_000)), null);
    assert.equal(scanHeadingMarker(' '.repeat(200_000)), null);
  });
});
