import assert from 'node:assert/strict';
import { resolveConfig } from '../../src/core/config';
import { lintTree } from '../../src/core/engine/lint';
import {
  duplicateWord,
  hasRepeatedRun,
  isDoubledWordSlip,
  LEGITIMATE_REDUPLICATION,
  NEVER_REDUPLICATED,
  REDUPLICABLE_VERBS,
  wordDuplicatesInLine,
} from '../../src/core/rules/duplicateWord';
import { parseReportTree } from '../../src/core/structure/parser';
import { cachingSegmenter } from '../../src/core/text/cachingSegmenter';
import { Token } from '../../src/core/text/segmenter';
import { loadRealSegmenter, realSegmenter } from '../helpers/realSegmenter';
import { InvalidCase, lintWith, testRule } from '../helpers/ruleTester';
import { lexiconSegmenter } from './segmentationFake';

/**
 * The word-level part of `duplicate-word` (checkWords): the decision per word and tag, then the rule
 * through the engine with a lexicon segmenter, then with the real nodejieba on sentences written here.
 */

describe('duplicate-word word level: which doubled words are slips', () => {
  const slips: [string, string][] = [
    ['加强', 'v'], ['推进', 'v'], ['落实', 'a'], ['建设', 'vn'], ['基层', 'n'], ['问题', 'n'], ['今年', 't'], ['大家', 'n'],
    ['自己', 'r'], ['必须', 'd'], ['医共体', 'n'], ['医共体', 'x'], ['基层建设', 'l'], ['重要', 'a'],
  ];
  for (const [word, tag] of slips) it(`${word}/${tag} doubled is a slip`, () => assert.equal(isDoubledWordSlip(word, tag), true));

  const legitimate: [string, string | undefined][] = [
    // verb reduplication ("do it a little"), whatever jieba's tag
    ['研究', 'vn'], ['讨论', 'v'], ['商量', 'n'], ['汇报', 'nz'], ['指导', 'n'], ['梳理', 'v'], ['提醒', 'v'],
    // an unlisted verb or adjective: its ABAB may be reduplication
    ['重视', 'v'], ['高兴', 'b'], ['雪白', 'z'],
    // emphasis and idiomatic pronouns
    ['非常', 'd'], ['一定', 'd'], ['什么', 'r'], ['如何', 'r'], ['这样', 'r'],
    // numerals, classifiers, onomatopoeia, non-Chinese, single characters, guessed two-character words
    ['一项', 'm'], ['一步', 'm'], ['哈哈', 'o'], ['xx', 'eng'], ['年', 'm'], ['件', 'zg'], ['讲个', 'x'],
    // the legitimate list of the character part
    ['谢谢', 'nr'], ['研究研究', 'l'],
  ];
  for (const [word, tag] of legitimate) it(`${word}/${tag} doubled is not reported`, () => assert.equal(isDoubledWordSlip(word, tag), false));

  it('without a tag, only words of three characters and more (and the listed ones) are slips', () => {
    assert.equal(isDoubledWordSlip('医共体', undefined), true);
    assert.equal(isDoubledWordSlip('加强', undefined), true);
    assert.equal(isDoubledWordSlip('商量', undefined), false);
    assert.equal(isDoubledWordSlip('基层', undefined), false);
  });

  it('the lists do not contradict each other', () => {
    for (const word of NEVER_REDUPLICATED) {
      assert.ok(!REDUPLICABLE_VERBS.has(word) && !LEGITIMATE_REDUPLICATION.has(word), word);
    }
  });

  it('hasRepeatedRun finds repeats of 2–6 characters only', () => {
    assert.equal(hasRepeatedRun('要加强加强基层'), true);
    assert.equal(hasRepeatedRun('基层医疗卫生基层医疗卫生'), true);
    assert.equal(hasRepeatedRun('的的确确'), false);
    assert.equal(hasRepeatedRun('常常'), false);
    assert.equal(hasRepeatedRun('××××'), false);
    assert.equal(hasRepeatedRun('2020 2020'), false);
    assert.equal(hasRepeatedRun('全县卫生健康事业取得新进展'), false);
  });

  const tokens = (spec: string): { tokens: Token[]; tagOf: (word: string) => string } => {
    const list: Token[] = [];
    const tags = new Map<string, string>();
    let offset = 0;
    for (const part of spec.split(' ')) {
      const [word, tag] = part.split('/');
      list.push({ word, start: offset, end: offset + word.length });
      tags.set(word, tag);
      offset += word.length;
    }
    return { tokens: list, tagOf: (word) => tags.get(word) ?? 'x' };
  };

  it('a slogan (学习学习再学习) is not a slip; a third copy is a second repeat', () => {
    const slogan = tokens('落实/a 落实/a 再/d 落实/a');
    assert.deepEqual(wordDuplicatesInLine(0, slogan.tokens, slogan.tagOf), []);
    const triple = tokens('加强/v 加强/v 加强/v 管理/vn');
    assert.deepEqual(wordDuplicatesInLine(0, triple.tokens, triple.tagOf).map((span) => span.start), [2, 4]);
  });

  it('skips the spans of the character part and tokens that are not side by side', () => {
    const doubled = tokens('我们/r 我们/r 要/v');
    const reported = [{ line: 0, start: 2, end: 4, word: '我们', safe: true }];
    assert.deepEqual(wordDuplicatesInLine(0, doubled.tokens, doubled.tagOf, reported), []);
    const apart: Token[] = [
      { word: '基层', start: 0, end: 2 },
      { word: '基层', start: 3, end: 5 },
    ];
    assert.deepEqual(wordDuplicatesInLine(0, apart, () => 'n'), []);
  });
});

const LEXICON: Record<string, string> = {
  加强: 'v', 推进: 'v', 基层: 'n', 建设: 'vn', 医共体: 'n', 我们: 'r', 工作: 'vn', 要点: 'n', 宣传: 'vn', 研究: 'vn',
  商量: 'n', 这件事: 'l', 还要: 'd', 非常: 'd', 重要: 'a', 一项: 'm', 落实: 'a', 问题: 'n', 今年: 't', 任务: 'n',
  的: 'uj', 要: 'v', 把: 'p', 做实: 'v', 再: 'd', 学习: 'v', 常常: 'd', 谢谢: 'nr', 大家: 'n', 同志: 'n',
};

describe('duplicate-word word level through the engine (lexicon segmenter)', () => {
  const segmenter = lexiconSegmenter(LEXICON);
  const invalid: InvalidCase[] = [
    {
      text: '加强加强基层建设。',
      errors: [{ messageId: 'doubled', line: 1, column: 3, text: '加强', message: '“加强”疑似误重复' }],
      output: '加强基层建设。',
      safe: false,
    },
    { text: '要把基层基层的工作做实。', errors: [{ column: 5, text: '基层' }], output: '要把基层的工作做实。', safe: false },
    { text: '推进推进医共体医共体建设。', errors: [{ text: '推进' }, { text: '医共体' }], output: '推进医共体建设。' },
    { text: '今年今年的任务\n大家大家', errors: [{ line: 1, text: '今年' }, { line: 2, text: '大家' }], output: '今年的任务\n大家' },
  ];
  const valid = [
    '这件事还要研究研究，商量商量。',
    '非常非常重要。',
    '一项一项落实。',
    '落实落实再落实，学习学习再学习。',
    '常常、谢谢。',
    '××××同志，xx xx。',
    '基层',
  ];
  testRule(duplicateWord, { valid, invalid }, { segmenter, phase: 'word' });

  it('never repeats what the character part reports (phase all)', () => {
    for (const text of ['我们我们要加强。', '宣传工作工作要点', '复杂性的的认识']) {
      const all = lintWith(duplicateWord, text, undefined, { segmenter, phase: 'all' });
      const character = lintWith(duplicateWord, text, undefined, { phase: 'character' });
      assert.equal(character.length, 1, text);
      assert.deepEqual(all, character, text);
    }
  });

  it('degrades without segmentation: the character part alone', () => {
    const findings = lintWith(duplicateWord, '我们我们要加强加强基层。', undefined, { phase: 'all' });
    assert.deepEqual(findings.map((finding) => finding.range.start.character), [2]);
  });

  it('segments only lines with a repeated run, and after an edit only the edited line', () => {
    const inner = lexiconSegmenter(LEXICON);
    const caching = cachingSegmenter(inner);
    const lines = ['加强加强基层建设。', '今年的任务。', '推进医共体建设。'];
    const lint = (text: string) =>
      lintTree(parseReportTree(text), { config: resolveConfig(), rules: [duplicateWord], phase: 'word', segmenter: caching });
    assert.equal(lint(lines.join('\n')).length, 1);
    assert.equal(inner.cuts, 1);
    lines[2] = '推进推进医共体建设。';
    assert.equal(lint(lines.join('\n')).length, 2);
    assert.equal(inner.cuts, 2);
  });
});

describe('duplicate-word word level with nodejieba', function () {
  this.timeout(60_000);
  const segmenter = realSegmenter;
  before(function () {
    this.timeout(60_000);
    loadRealSegmenter();
  });

  const invalid: InvalidCase[] = [
    { text: '加强加强基层医疗卫生机构建设。', errors: [{ text: '加强', column: 3 }], output: '加强基层医疗卫生机构建设。' },
    { text: '我们要推进推进医共体建设。', errors: [{ text: '推进' }], output: '我们要推进医共体建设。' },
    { text: '要把基层基层的工作做实。', errors: [{ text: '基层' }], output: '要把基层的工作做实。' },
    { text: '医共体医共体建设取得新进展。', errors: [{ text: '医共体', column: 4 }], output: '医共体建设取得新进展。' },
    { text: '今年今年的任务十分繁重。', errors: [{ text: '今年' }], output: '今年的任务十分繁重。' },
    { text: '家庭医生家庭医生上门开展服务。', errors: [{ text: '家庭医生' }], output: '家庭医生上门开展服务。' },
    { text: '公共卫生公共卫生服务能力不断提升。', errors: [{ text: '公共卫生' }], output: '公共卫生服务能力不断提升。' },
    { text: '完善完善分级诊疗制度。', errors: [{ text: '完善' }], output: '完善分级诊疗制度。' },
  ];
  const valid = [
    '这件事要研究研究，商量商量，大家再讨论讨论。',
    '回去以后梳理梳理，汇报汇报，好好总结总结。',
    '非常非常重要，一定一定要落实到位。',
    '我们要学习学习再学习，落实落实再落实。',
    '一项一项抓落实，一步一步往前走，件件有着落，事事有回音。',
    '××××同志，xx县xx镇，20xx年。',
    '常常、谢谢、人人、年年、一一、纷纷、层层、处处、天天、个个、看看。',
    '实实在在，的的确确，方方面面，家家户户，时时刻刻。',
    '学习习近平新时代中国特色社会主义思想，县中医医院，工作作风，卫生院院长。',
    '召开全县卫生健康工作会会议。',
    '推进进度，加快快速反应能力建设。',
    '“上医医未病之病”，古人早有论述。',
    '这样这样，那样那样，说了如何如何。',
    // A repeat swallowed by a longer dictionary word is out of reach (家庭医生 + 家庭医生签约服务): two
    // different tokens; a prefix test would flag legitimate seams (宣传工作 + 工作组).
    '家庭医生家庭医生签约服务覆盖重点人群。',
  ];
  testRule(duplicateWord, { valid, invalid }, { segmenter, phase: 'word' });
});
