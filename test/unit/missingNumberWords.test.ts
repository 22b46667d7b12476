import assert from 'node:assert/strict';
import { resolveConfig } from '../../src/core/config';
import { lintTree } from '../../src/core/engine/lint';
import { missingNumber, wordLevelCandidates, wordLevelMissingNumbers, withoutOverlaps } from '../../src/core/rules/missingNumber';
import { parseReportTree } from '../../src/core/structure/parser';
import { cachingSegmenter } from '../../src/core/text/cachingSegmenter';
import { Segmenter, Token } from '../../src/core/text/segmenter';
import { loadRealSegmenter, realSegmenter } from '../helpers/realSegmenter';
import { InvalidCase, lintWith, testRule } from '../helpers/ruleTester';
import { lexiconSegmenter } from './segmentationFake';

/**
 * The word-level part of `missing-number` (checkWords). Three layers:
 * - the judgement on hand-written jieba cuts (`word/tag …`, as nodejieba gives them, mis-cuts included);
 * - the rule through the engine with a small lexicon segmenter (ranges, messages, no repeats of the
 *   character part, degradation, caching);
 * - the rule with the real nodejieba and the report dictionary on sentences written for these tests.
 */

/** `共/d 有所/n 学校/n` → tokens with offsets, and the tag of each word. */
function cut(spec: string): { text: string; tokens: Token[]; tagOf: (word: string) => string | undefined } {
  const tokens: Token[] = [];
  const tags = new Map<string, string>();
  let text = '';
  for (const part of spec.split(' ')) {
    const slash = part.lastIndexOf('/');
    const word = part.slice(0, slash);
    tokens.push({ word, start: text.length, end: text.length + word.length });
    tags.set(word, part.slice(slash + 1));
    text += word;
  }
  return { text, tokens, tagOf: (word) => tags.get(word) ?? 'x' };
}

function judge(spec: string): string[] {
  const { text, tokens, tagOf } = cut(spec);
  return wordLevelMissingNumbers(text, tokens, tagOf).map((hit) => `${text.slice(hit.start, hit.end)}@${hit.start}:${hit.messageId}`);
}

describe('missing-number word level: judgement on jieba cuts', () => {
  const flagged: [string, string[]][] = [
    ['共/d 有所/n 学校/n', ['所@2:noNumber']],
    ['全县/n 共有/v 家/q 医院/n', ['家@4:noNumber']],
    ['全县/n 共有/v 个村/x 卫生室/nt', ['个@4:noNumber']],
    ['总共/d 有/v 家/q 医院/n', ['家@3:noNumber']],
    ['开展/v 了/ul 次/q 专项/n 督查/vn', ['次@3:noNumber']],
    ['出台/v 项/n 配套/a 政策/n', ['项@2:noNumber']],
    ['共/d 派出/v 名/q 医务人员/n', ['名@3:noNumber']],
    ['累计/v 培训/vn 名/q 乡村/n 医生/n', ['名@4:noNumber']],
    ['再/d 提出/v 点/m 要求/v', ['点@3:noNumber']],
    ['全区/n 共计/v 家/q 。/x', ['家@4:noNumber']],
    ['经过/p 个/q 月/m 的/uj 努力/ad', ['个月@2:noNumber']],
    ['用个/x 月/m 时间/n', ['个月@1:noNumber']],
    ['在/p 个/q 工作日内/l 办结/v', ['个工作日@1:noNumber']],
    ['该院/r 以/p 分/v 的/uj 成绩/n', ['分@3:noNumber']],
    ['医院/n 院以/x 分/v 的/uj 高分/n', ['分@4:noNumber']],
    ['用天/x 时间/n', ['天@1:noNumber']],
    ['连续/a 年/m 获得/v 优秀/a', ['年@2:noNumber']],
    ['经过/p 年/m 的/uj 努力/ad', ['年@2:noNumber']],
    ['召开/v 年/m 全县/n 卫生/an 工作/vn 会议/n', ['年@2:noYear']],
    ['听取/v 了/ul 年/m 全县/n 卫生/an 工作/vn', ['年@3:noYear']],
    ['年/m 全县/n 卫生/an 工作/vn 要点/n', ['年@0:noYear']],
    ['　　/x 年/m 全市/n 卫生/an 工作/vn', ['年@2:noYear']],
    ['部署/n 年/m 重点/n 任务/n', ['年@2:noYear']],
    ['会议/n 上/f 的/uj 讲话/n 年/m', ['年@6:noYear']],
  ];
  for (const [spec, expected] of flagged) {
    it(`flags ${spec.replace(/\/[a-z]+/g, '')}`, () => assert.deepEqual(judge(spec), expected));
  }

  const silent: string[] = [
    // a number, a placeholder or a determiner before the unit
    '全县/n 共有/v 3/m 家/q 医院/n',
    '共有/v xx/eng 家/q 医院/n',
    '共有/v 几/m 家/q 医院/n',
    // the unit begins a word
    '共有/v 个人/n 独资/n 诊所/n',
    '完成/v 项目/n 投资/vn',
    '开展/v 次数/n 增加/v',
    '举办/v 期间/f 秩序/n 良好/a',
    '覆盖/v 所有/b 行政村/n',
    // what follows is not counted
    '完成/v 所/c 承担/v 的/uj 任务/n',
    '共计/v 有所/n 提高/v',
    '报告/n 例/v ，/x 同比/j',
    // 起 after a verb is a complement; 名 and 点 count only their own words
    '建立/v 起/v 新型/b 农村/n 合作医疗/n',
    '共/d 建立/v 起/v 新型/b 制度/n',
    '评选/v 名/q 中医/j',
    '建设/vn 名/q 中医/j 工作室/n',
    '注意/v 点/m 问题/n',
    // monosyllabic verbs drop 一 in speech; 个 only after a strict counter
    '讲/v 个/q 故事/n',
    '建成/v 个/q 标准化/vn 卫生室/nt',
    // not a counting verb
    '服务/vn 次/q 中心/n 建设/vn',
    '慰问/v 张/q 大爷/n',
    '解决/v 些/q 实际/n 问题/n',
    // durations with their count or determiner
    '这个/r 月/m',
    '每个/r 月/m',
    '个把月/n 的/uj 时间/n',
    '用/p 了/ul 半个/m 月/m',
    // lone 年 that is a word's part or has its number
    '全市/n 年/m 门诊量/n',
    '能力/n 作风/n 建设/vn 年/m 活动/vn',
    '是/v 年/m ，/x 全县/n',
    '经过/p 年/m 审/v',
    '在/p 年/m 中/f 考核/vn',
    '2020/m  /x 年/m 全县/n 卫生/an 工作/vn',
    '20/m -/x 年/m 全县/n 卫生/an 工作/vn',
    '后/f 年/m 全县/n',
    // prepositions that are the end of a word
    '所以/c 分/v 的/uj 时候/n',
    '以/p 分/v 为/p 单位/n',
  ];
  for (const spec of silent) {
    it(`stays silent on ${spec.replace(/\/[a-z]+/g, '')}`, () => assert.deepEqual(judge(spec), []));
  }

  it('finds character anchors only where a pattern can start (most lines have none)', () => {
    assert.deepEqual(wordLevelCandidates('全县卫生健康事业取得新进展，群众满意度明显提升。'), []);
    assert.deepEqual(wordLevelCandidates('2019年共有3家医院，每个月召开1次例会。'), []);
    assert.deepEqual(
      wordLevelCandidates('年全县共有所学校。').map((candidate) => `${candidate.pattern}@${candidate.index}`),
      ['year@0', 'count@5'],
    );
  });

  it('withoutOverlaps drops what overlaps a taken span, linearly', () => {
    const hits = [{ start: 0, end: 1 }, { start: 3, end: 5 }, { start: 8, end: 9 }];
    assert.deepEqual(withoutOverlaps(hits, [{ start: 4, end: 6 }]), [hits[0], hits[2]]);
    assert.deepEqual(withoutOverlaps(hits, []), hits);
  });
});

// ---------------------------------------------------------------------------------------------
// Through the engine, with a lexicon segmenter.

const LEXICON: Record<string, string> = {
  全县: 'n', 全区: 'n', 全市: 'n', 共有: 'v', 共计: 'v', 累计: 'v', 学校: 'n', 医院: 'n', 卫生院: 'nt', 卫生室: 'nt',
  开展: 'v', 专项: 'n', 督查: 'vn', 出台: 'v', 配套: 'a', 政策: 'n', 派出: 'v', 医务人员: 'n', 培训: 'vn', 乡村医生: 'n',
  提出: 'v', 要求: 'v', 经过: 'p', 努力: 'ad', 工作日: 'n', 办结: 'v', 时间: 'n', 连续: 'a', 获得: 'v', 召开: 'v',
  卫生: 'an', 工作: 'vn', 会议: 'n', 要点: 'n', 讲话: 'n', 今年: 't', 全年: 'm', 每年: 'r', 年度: 'n', 个人: 'n',
  项目: 'n', 投资: 'vn', 这个: 'r', 每个: 'r', 一个: 'm', 方面: 'n', 问题: 'n', 我们: 'r', 完成: 'v', 所有: 'b',
  行政村: 'n', 门诊量: 'n', 达到: 'v', 的: 'uj', 了: 'ul', 在: 'p', 上: 'f', 讲: 'v', 我: 'r', 个村: 'x', 建立: 'v',
  起: 'v', 新型: 'b', 制度: 'n', 名: 'q', 中医: 'j', 评选: 'v', 个: 'q', 家: 'q', 所: 'c', 次: 'q', 项: 'n', 点: 'm',
  年: 'm', 月: 'm', 分: 'v', 以: 'p', 成绩: 'n', 该院: 'r', 增长: 'v', 百分点: 'm', 比: 'p', 上年: 't', 基本: 'n',
  诊疗: 'v', 人次: 'n',
};

describe('missing-number word level through the engine (lexicon segmenter)', () => {
  const segmenter = lexiconSegmenter(LEXICON);
  const invalid: InvalidCase[] = [
    { text: '全县共有所学校。', errors: [{ messageId: 'noNumber', line: 1, column: 5, text: '所', message: '“全县共有所”中“所”前缺少数字' }] },
    { text: '全年开展了次专项督查，出台项配套政策。', errors: [{ text: '次' }, { text: '项' }] },
    { text: '全年共派出名医务人员。', errors: [{ text: '名', message: '“年共派出名”中“名”前缺少数字' }] },
    { text: '最后，提出点要求。', errors: [{ text: '点' }] },
    { text: '经过个月的努力，全部完成。', errors: [{ text: '个月', message: '“经过个月”中“个月”前缺少数字' }] },
    { text: '在个工作日内办结。', errors: [{ text: '个工作日' }] },
    { text: '该院以分的成绩通过。', errors: [{ text: '分' }] },
    { text: '连续年获得优秀。', errors: [{ text: '年', messageId: 'noNumber' }] },
    { text: '全县共有个村卫生室。', errors: [{ text: '个' }] },
    { text: '年全县卫生工作要点', errors: [{ messageId: 'noYear', line: 1, column: 1, text: '年', message: '“年全县卫生工作”中“年”前缺少年份' }] },
    { text: '召开年全县卫生工作会议', errors: [{ messageId: 'noYear', column: 3, text: '年' }] },
    { text: '在全县卫生工作会议上的讲话年', errors: [{ messageId: 'noYear', text: '年' }] },
    { text: '一、总体情况\n\n全区共计家，全部达标。\n', errors: [{ line: 3, column: 5, text: '家' }] },
  ];
  const valid = [
    '全县共有3家医院，1个卫生院。',
    '全县共有xx家医院。',
    '今年、全年、每年、年度、个人。',
    '完成项目投资。',
    '覆盖所有行政村。',
    '这个问题，每个方面。',
    '建立起新型制度。',
    '评选名中医。',
    '全市年门诊量达到300万人次。',
    '',
    '年',
  ];
  testRule(missingNumber, { valid, invalid }, { segmenter, phase: 'word' });

  it('never repeats what the character part reports (phase all)', () => {
    for (const text of ['我讲个方面的问题。', '在年卫生工作会议上的讲话', '基本诊疗_人次', '比上年增长个百分点']) {
      const all = lintWith(missingNumber, text, undefined, { segmenter, phase: 'all' });
      const character = lintWith(missingNumber, text, undefined, { phase: 'character' });
      assert.equal(character.length, 1, text);
      assert.deepEqual(all, character, text);
    }
  });

  it('adds its findings to the character part in phase all', () => {
    const findings = lintWith(missingNumber, '达到%，共有所学校。', undefined, { segmenter, phase: 'all' });
    assert.deepEqual(findings.map((finding) => finding.range.start.character), [2, 6]);
  });

  it('degrades without segmentation: the character part alone, no error', () => {
    const text = '全县共有所学校。达到%。';
    assert.deepEqual(
      lintWith(missingNumber, text, undefined, { phase: 'all' }).map((finding) => finding.range.start.character),
      [10],
    );
  });

  it('works with a segmenter that cannot tag (unit and anchor words still decide)', () => {
    const untagged: Segmenter = { cut: (text) => segmenter.cut(text) };
    const findings = lintWith(missingNumber, '全县共有所学校。', undefined, { segmenter: untagged, phase: 'word' });
    assert.deepEqual(findings.map((finding) => finding.range.start.character), [4]);
  });

  it('segments only lines with an anchor, and after an edit only the edited line', () => {
    const inner = lexiconSegmenter(LEXICON);
    const caching = cachingSegmenter(inner);
    const lines = ['全县共有3家医院。', '全年开展了次专项督查。', '群众满意度明显提升。', '召开年全县卫生工作会议。'];
    const lint = (text: string) =>
      lintTree(parseReportTree(text), { config: resolveConfig(), rules: [missingNumber], phase: 'word', segmenter: caching });
    assert.equal(lint(lines.join('\n')).length, 2);
    const cutsBefore = inner.cuts;
    assert.ok(cutsBefore <= 3, `only lines with an anchor are cut (${cutsBefore})`);
    lines[1] = '全年开展了次专项督查和检查。';
    assert.equal(lint(lines.join('\n')).length, 2);
    assert.equal(inner.cuts - cutsBefore, 1, 'one line segmented again');
  });
});

// ---------------------------------------------------------------------------------------------
// With nodejieba and the report dictionary. Sentences written for these tests.

describe('missing-number word level with nodejieba', function () {
  this.timeout(60_000);
  const segmenter = realSegmenter;
  before(function () {
    this.timeout(60_000);
    loadRealSegmenter();
  });

  const invalid: InvalidCase[] = [
    { text: '全县共有所学校纳入健康学校创建范围。', errors: [{ text: '所', column: 5 }] },
    { text: '截至年底，全区共有家医疗机构通过等级评审。', errors: [{ text: '家' }] },
    { text: '全县共有个村卫生室实现医保联网结算。', errors: [{ text: '个' }] },
    { text: '全年共派出名医务人员支援外省。', errors: [{ text: '名' }] },
    { text: '今年以来，累计培训名乡村医生。', errors: [{ text: '名' }] },
    { text: '全年开展了次专项督查，出台项配套政策。', errors: [{ text: '次' }, { text: '项' }] },
    { text: '最后，我再提出点要求。', errors: [{ text: '点' }] },
    { text: '新增张床位，全部投入使用。', errors: [{ text: '张' }] },
    { text: '经过个月的努力，病房楼主体完工。', errors: [{ text: '个月' }] },
    { text: '对群众投诉，在个工作日内办结。', errors: [{ text: '个工作日' }] },
    { text: '该院以分的成绩通过等级医院复审。', errors: [{ text: '分' }] },
    { text: '用天时间完成全员筛查。', errors: [{ text: '天' }] },
    { text: '绩效考核连续年获得全省优秀。', errors: [{ text: '年', messageId: 'noNumber' }] },
    { text: '会议听取了年全县卫生工作情况汇报，部署年重点任务。', errors: [{ text: '年', column: 6 }, { text: '年', column: 20 }] },
    { text: '关于召开年全市卫生健康工作会议的通知', errors: [{ text: '年', messageId: 'noYear' }] },
    { text: '年全县卫生健康工作要点', errors: [{ text: '年', column: 1 }] },
    { text: '在全市医疗保障工作推进会上的讲话年', errors: [{ text: '年', messageId: 'noYear' }] },
  ];
  const valid = [
    '全县共有医疗卫生机构312家，其中乡镇卫生院21所、村卫生室286个。',
    '累计培训基层医务人员1200余人次，新增床位300张。',
    '全年共开展各类督查检查46次，发现问题隐患120处，已全部整改到位。',
    '出台《关于加强基层医疗卫生服务能力建设的实施意见》等政策文件5项。',
    '我们建立起覆盖城乡的基本医疗卫生制度，承担起保障人民健康的重任。',
    '完成项目投资2.3亿元，项目建设进展顺利。',
    '举办期间，共接待群众咨询3000余人次。',
    '开展次数明显增加，完成件数位居全市前列。',
    '深入所辖乡镇开展调研，落实所需资金，完成所承担的各项任务。',
    '覆盖所有行政村，打造家门口的好医院。',
    '评选名中医、名科室，建设名中医工作室。',
    '建立台帐，明确责任，限期整改。',
    '县域医疗卫生服务次中心建设稳步推进。',
    '及时查找密接、次密接人员，争先进位意识不断增强。',
    '帮助基层解决些实际问题。',
    '全市年门诊量达到300万人次，年出院人数4.2万人次。',
    '是年，全县人口自然增长率控制在千分之五以内。',
    '深入开展“能力作风建设年”活动和“质量管理年”活动。',
    '这些年来，多年来，近年来，三年来。',
    '卫生院年业务收入1394万元。',
    '以人民为中心，以分级诊疗为抓手，以天为单位倒排工期。',
    '所以分的时候要公平，可以分的项目尽量分开。',
    '用天然气替代燃煤锅炉，利用周末开展义诊。',
    '用一个月时间集中整治，经过两个月的努力，在三个工作日内办结。',
    '经过几个月的努力，用个把月的时间，上个月、这个月、每个月都有进展。',
    '在15个工作日内办结，x个月内完成，20_年全县，20-年全县卫生工作。',
    '讲个故事，打个比方，有个问题，我讲点意见，谈点体会，注意点问题。',
    '这个问题很重要，一个个问题都要解决。',
    '共建共享，各级各类医疗机构共计有所提高。',
    '完成期限为六个月，新增个体诊所审批。',
    '在年底前完成，对年度目标进行考核，和年轻干部谈心，从年龄结构看。',
    '开展年检工作，召开年会，暨年度表彰大会，自年初以来，在年中考核时。',
    '经过年审，用年假，2020 年全县卫生工作。',
    '做好“两个维护”，增强“四个意识”，推进“放管服”改革，关注“一老一小”。',
  ];
  testRule(missingNumber, { valid, invalid }, { segmenter, phase: 'word' });
});
