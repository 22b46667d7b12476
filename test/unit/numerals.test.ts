import * as assert from 'node:assert/strict';
import { formatChineseNumeral, parseChineseDigitString, parseChineseNumeral, parseCountNumeral } from '../../src/core/text/numerals';
import { asciiDigits, isHanAt, leadingSpaceLength, trimReportSpace, trimmedEnd } from '../../src/core/text/characters';

describe('numerals', () => {
  describe('parseChineseNumeral', () => {
    it('single digits 一 … 九', () => {
      const digits = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
      digits.forEach((digit, index) => assert.equal(parseChineseNumeral(digit), index + 1));
    });

    it('tens: 十, 十一, 十九, 二十, 二十一, 九十九, and the explicit 一十', () => {
      assert.equal(parseChineseNumeral('十'), 10);
      assert.equal(parseChineseNumeral('十一'), 11);
      assert.equal(parseChineseNumeral('十九'), 19);
      assert.equal(parseChineseNumeral('二十'), 20);
      assert.equal(parseChineseNumeral('二十一'), 21);
      assert.equal(parseChineseNumeral('五十六'), 56);
      assert.equal(parseChineseNumeral('九十九'), 99);
      assert.equal(parseChineseNumeral('一十'), 10);
    });

    it('every value 1 … 999 written by formatChineseNumeral parses back', () => {
      for (let n = 1; n <= 999; n++) assert.equal(parseChineseNumeral(formatChineseNumeral(n)), n, formatChineseNumeral(n));
    });

    it('hundreds with 零 or 〇 in the middle', () => {
      assert.equal(parseChineseNumeral('一百'), 100);
      assert.equal(parseChineseNumeral('一百零五'), 105);
      assert.equal(parseChineseNumeral('一百〇五'), 105);
      assert.equal(parseChineseNumeral('一百一十'), 110);
      assert.equal(parseChineseNumeral('九百九十九'), 999);
    });

    it('〇 and 零 alone are zero; 两 is a count (parseCountNumeral), never an ordinal', () => {
      assert.equal(parseChineseNumeral('〇'), 0);
      assert.equal(parseChineseNumeral('零'), 0);
      assert.equal(parseChineseNumeral('两'), null);
      assert.equal(parseCountNumeral('两'), 2);
      assert.equal(parseCountNumeral('两百'), 200);
      assert.equal(parseCountNumeral('十一'), 11);
    });

    it('rejects malformed strings', () => {
      for (const text of ['', '一二', '十十', '二十百', '百', '十二三', '三十二十', '二〇', '一百五', '一百十', '一千', '甲', 'abc', '1']) {
        assert.equal(parseChineseNumeral(text), null, text);
      }
    });

    it('rejects strings longer than six characters', () => {
      assert.equal(parseChineseNumeral('九百九十九九九'), null);
    });

    // Regression (was a parser bug): a leading or trailing zero is not a well-formed numeral, yet 零五 → 5, 〇一 → 1,
    // 二十零 → 20, 十〇 → 10, and 两十 → 20; through markers.ts this makes （零五） a level-2 marker.
    it('rejects a zero that is not between a hundred and a digit, and 两 before 十', () => {
      for (const text of ['零五', '〇一', '二十零', '十〇', '两十']) assert.equal(parseChineseNumeral(text), null, text);
    });
  });

  describe('formatChineseNumeral', () => {
    it('writes the conventional form', () => {
      const cases: [number, string][] = [
        [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [21, '二十一'], [99, '九十九'],
        [100, '一百'], [101, '一百零一'], [110, '一百一十'], [115, '一百一十五'], [999, '九百九十九'], [0, '〇'],
      ];
      for (const [n, text] of cases) assert.equal(formatChineseNumeral(n), text);
    });

    it('falls back to Arabic digits outside 0 … 999 and for fractions', () => {
      assert.equal(formatChineseNumeral(1000), '1000');
      assert.equal(formatChineseNumeral(-1), '-1');
      assert.equal(formatChineseNumeral(1.5), '1.5');
    });
  });

  describe('parseChineseDigitString', () => {
    it('reads years written digit by digit, with 〇, ○ (U+25CB) or 零', () => {
      assert.equal(parseChineseDigitString('二〇二三'), 2023);
      assert.equal(parseChineseDigitString('二○二四'), 2024);
      assert.equal(parseChineseDigitString('二零一九'), 2019);
      assert.equal(parseChineseDigitString('一九九八'), 1998);
    });

    it('rejects 两, 十, other characters and the empty string', () => {
      assert.equal(parseChineseDigitString('两〇'), null);
      assert.equal(parseChineseDigitString('二十'), null);
      assert.equal(parseChineseDigitString('20二三'), null);
      assert.equal(parseChineseDigitString(''), null);
    });
  });
});

describe('characters', () => {
  it('trimReportSpace removes ASCII spaces, U+3000, U+00A0, BOM and zero-width space at both ends', () => {
    assert.equal(trimReportSpace('\ufeff\u3000\u3000一、主要工作\u00a0\u3000 \t'), '一、主要工作');
    assert.equal(trimReportSpace('\u200b正文\u200b'), '正文');
    assert.equal(trimReportSpace('\u00a0\u00a0'), '');
    assert.equal(trimReportSpace('甲 乙'), '甲 乙');
  });

  it('leadingSpaceLength and trimmedEnd count UTF-16 units', () => {
    assert.equal(leadingSpaceLength('\u3000\u3000（一）'), 2);
    assert.equal(leadingSpaceLength('（一）'), 0);
    assert.equal(trimmedEnd('𠀀工作\u00a0 '), 4);
    assert.equal(trimmedEnd(''), 0);
  });

  it('asciiDigits converts full-width digits only', () => {
    assert.equal(asciiDigits('２０２３年１２月'), '2023年12月');
    assert.equal(asciiDigits('一二三abc'), '一二三abc');
  });

  it('isHanAt recognizes astral ideographs by their surrogate pair', () => {
    assert.equal(isHanAt('𠀀', 0), true);
    assert.equal(isHanAt('a汉', 1), true);
    assert.equal(isHanAt('a汉', 0), false);
    assert.equal(isHanAt('a', 5), false);
    assert.equal(isHanAt('，', 0), false);
  });

  // Regression (was a parser bug): TRAILING_SPACE (`[…]+$`) in characters.ts backtracks quadratically on a long run of
  // whitespace that is not at the end of the line: 40,000 inner spaces take seconds in trimReportSpace.
  it('trims a line with a long inner run of whitespace in linear time', function () {
    this.timeout(10_000);
    const line = '工作' + ' '.repeat(200_000) + '总结';
    assert.equal(trimReportSpace(line), line);
    assert.equal(trimmedEnd(line), line.length);
  });
});
