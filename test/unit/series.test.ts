import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanSeries, SeriesItem } from '../../src/core/structure/series';
import { parseChineseNumeral } from '../../src/core/text/numerals';

type Brief = [SeriesItem['kind'], number | null, string, number];
const brief = (items: SeriesItem[]): Brief[] => items.map((item) => [item.kind, item.ordinal, item.text, item.start]);

describe('scanSeries', () => {
  it('一是/二是/三是 inside one paragraph', () => {
    const line = '一是压实主体责任；二是健全工作机制；三是加大督查力度。';
    assert.deepEqual(brief(scanSeries(line, 4)), [
      ['shi', 1, '一是', 0],
      ['shi', 2, '二是', 9],
      ['shi', 3, '三是', 18],
    ]);
  });

  it('gives line, end and the offsets of the numeral', () => {
    const [first, second] = scanSeries('重点做了两件事：一是建机制，十一是抓落实。', 9);
    assert.deepEqual(first, { kind: 'shi', ordinal: 1, line: 9, start: 8, end: 10, numeralStart: 8, numeralEnd: 9, text: '一是' });
    assert.deepEqual(second, { kind: 'shi', ordinal: 11, line: 9, start: 14, end: 17, numeralStart: 14, numeralEnd: 16, text: '十一是' });
  });

  it('一要/二要 in a speech', () => {
    assert.deepEqual(brief(scanSeries('一要提高政治站位，二要强化责任担当，三要狠抓工作落实。', 0)), [
      ['yao', 1, '一要', 0],
      ['yao', 2, '二要', 9],
      ['yao', 3, '三要', 18],
    ]);
  });

  it('统一要求 and 一要求 are not 一要', () => {
    assert.deepEqual(scanSeries('按照统一要求，一要求真务实。', 0), []);
    assert.deepEqual(scanSeries('统一要求', 0), []);
  });

  it('第一，/第二， with the numeral after 第', () => {
    const items = scanSeries('第一，抓好队伍建设。第二，抓好制度建设。', 2);
    assert.deepEqual(brief(items), [
      ['di', 1, '第一', 0],
      ['di', 2, '第二', 10],
    ]);
    assert.equal(items[1].numeralStart, 11);
    assert.equal(items[1].numeralEnd, 12);
  });

  it('第一 needs a following comma, colon or 、', () => {
    assert.equal(scanSeries('第一：思想认识到位', 0).length, 1);
    assert.equal(scanSeries('第一、思想认识到位', 0).length, 1);
    assert.deepEqual(scanSeries('坚持第一议题制度', 0), []);
    assert.deepEqual(scanSeries('第一议题学习常态化', 0), []);
    assert.deepEqual(scanSeries('全省第一位', 0), []);
  });

  it('首先/其次/再次/最后, 最后 without an ordinal', () => {
    const line = '首先，要统一思想；其次，要细化任务；再次，要强化督导；最后，要严肃问责。';
    assert.deepEqual(brief(scanSeries(line, 0)), [
      ['sequence', 1, '首先', 0],
      ['sequence', 2, '其次', 9],
      ['sequence', 3, '再次', 18],
      ['sequence', null, '最后', 27],
    ]);
  });

  it('首先 without punctuation after it is not an item', () => {
    assert.deepEqual(scanSeries('首先要统一思想认识', 0), []);
    assert.deepEqual(scanSeries('最后一公里问题', 0), []);
  });

  it('needs a boundary before the numeral: 唯一是, 专一是, 万一是, 其一是 are words', () => {
    for (const line of ['唯一是这样', '专一是美德', '万一是误报', '其一是说', '他说一是指']) assert.deepEqual(scanSeries(line, 0), [], line);
  });

  it('boundaries: start of line, punctuation, spaces, closing brackets and quotes', () => {
    assert.equal(scanSeries('一是', 0).length, 1);
    assert.equal(scanSeries('任务有三：一是', 0).length, 1);
    assert.equal(scanSeries('（略）一是', 0).length, 1);
    assert.equal(scanSeries('“三个一””一是', 0).length, 1);
    assert.equal(scanSeries('\u3000\u3000一是加强', 0).length, 1);
    assert.equal(scanSeries('一是、二是', 0).length, 2);
  });

  it('a series item once per occurrence, even 二是二是', () => {
    assert.equal(scanSeries('二是二是', 0).length, 1);
  });

  it('`from` skips a heading marker and keeps offsets in the line', () => {
    assert.deepEqual(brief(scanSeries('（一）一是加强学习', 0, 3)), [['shi', 1, '一是', 3]]);
    assert.deepEqual(brief(scanSeries('一、首先，明确目标', 0, 2)), [['sequence', 1, '首先', 2]]);
  });

  it('offsets are UTF-16 units after an astral character', () => {
    const [item] = scanSeries('𠀀𠀀村，一是修路', 0);
    assert.equal(item.start, 6);
    assert.equal(item.numeralStart, 6);
  });

  it('many items on one long line', () => {
    const line = Array.from({ length: 30 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九'][i % 9]}是完善机制，`).join('');
    assert.equal(scanSeries(line, 0).length, 30);
  });

  it('is stateless across calls (global regex)', () => {
    const line = '一是加强，二是完善。';
    assert.equal(scanSeries(line, 0).length, 2);
    assert.equal(scanSeries(line, 1).length, 2);
    assert.equal(scanSeries(line, 0, 5).length, 1);
  });

  it('never throws on NUL or lone surrogates', () => {
    assert.deepEqual(scanSeries('\u0000\ud800一是', 0), []);
    assert.equal(scanSeries('\ud800，一是', 0).length, 1);
  });

  it('finds what the defining regular expression finds (property: the scan is a faster equivalent)', () => {
    const alphabet = '一二三四五六七八九十第首先其次再最后是要求，,、：:。 a两'.split('');
    const line = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 3 }), (text, skip) => {
        const from = Math.min(skip, text.length);
        assert.deepEqual(scanSeries(text, 7, from), byRegularExpression(text, 7, from));
      }),
      { seed: Number(process.env.FC_SEED ?? 20250707), numRuns: Number(process.env.FC_RUNS ?? 2000) },
    );
  });
});

/** The pattern scanSeries implements, as a global regular expression (the original implementation). */
function byRegularExpression(lineText: string, line: number, from: number): SeriesItem[] {
  const boundary = /[。；;，,：:！？!?、\s\u3000）)”"》]/;
  const numeral = '[一二三四五六七八九十]{1,3}';
  const pattern = new RegExp(`(?:(${numeral})(是|要(?!求))|第(${numeral})(?=[，,、：:])|(首先|其次|再次|最后)(?=[，,、：:]))`, 'g');
  const sequence: Record<string, number | null> = { 首先: 1, 其次: 2, 再次: 3, 最后: null };
  const items: SeriesItem[] = [];
  const text = lineText.slice(from);
  for (const match of text.matchAll(pattern)) {
    if (match.index > 0 && !boundary.test(text[match.index - 1])) continue;
    const start = from + match.index;
    const end = start + match[0].length;
    const numeralText = match[1] ?? match[3];
    if (numeralText !== undefined) {
      const ordinal = parseChineseNumeral(numeralText);
      if (ordinal === null || ordinal === 0) continue;
      const numeralStart = match[1] !== undefined ? start : start + 1;
      const kind = match[1] !== undefined ? (match[2] === '是' ? 'shi' : 'yao') : 'di';
      items.push({ kind, ordinal, line, start, end, numeralStart, numeralEnd: numeralStart + numeralText.length, text: match[0] });
    } else {
      items.push({ kind: 'sequence', ordinal: sequence[match[4]], line, start, end, numeralStart: start, numeralEnd: start + 2, text: match[0] });
    }
  }
  return items;
}
