/**
 * Adversarial inputs (budgets.md, "Robustness"): for every rule of `allRules`, 10^5 characters designed
 * against its patterns (and the parser's) finish in under 1 s: the one timing assertion the spec allows.
 * Each case runs in a worker thread that is terminated when it runs far over (so a quadratic case fails
 * in seconds, not hours); the time counted is parse + that rule alone (phase 'all', a trivial segmenter);
 * a case over budget is tried a second time and keeps its better time (busy machines).
 * Besides the hand-written cases, fast-check mixes each rule's tokens into long runs (fixed seed).
 *
 * Also: a failing rule is reported once through the logger and the other rules still run.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { createReportService, textDocument } from '../../src/core/index';
import { allRules } from '../../src/core/rules/index';
import { Rule } from '../../src/core/rules/types';
import { chineseNumeral, FC_SEED, reportDocument, unicodeText } from '../helpers/arbitraries';

const N = 100_000;
const BUDGET_MS = 1000;
/** A case still running after this long is stopped (and fails). */
const CAP_MS = 2500;
/** out/ (this file is out/test/unit/adversarial.test.js). */
const OUT_ROOT = resolve(__dirname, '../..');

// ---------------------------------------------------------------------------------------------
// Inputs

/** `unit` repeated to exactly N UTF-16 code units (never ending inside a surrogate pair). */
function fill(unit: string, length = N): string {
  let text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1) + 'x';
  return text;
}
/** Lines made by `make(i)`, joined by `\n`, up to N characters. */
function lines(make: (i: number) => string): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < N; i++) {
    const line = make(i);
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n').slice(0, N);
}
const half = N / 2;

interface Case {
  name: string;
  text: string;
  config?: Record<string, unknown>;
}

/** Parser and tree: the structure every rule reads first. Timed without any rule. */
const PARSER_CASES: Case[] = [
  { name: 'one line: a, 10^5 spaces, b', text: 'a' + ' '.repeat(N - 2) + 'b' },
  { name: 'one line: ideographic spaces then text', text: '\u3000'.repeat(N - 1) + '甲' },
  { name: 'heading marker, tabs, title', text: '一、' + '\t'.repeat(N - 3) + '甲' },
  { name: 'title words, spaces, #', text: '工作总结' + ' '.repeat(N - 6) + '#x' },
  { name: 'runs of 1000 spaces inside 100 lines', text: lines(() => '甲' + ' '.repeat(998) + '乙') },
  { name: '10^5 lone CR line breaks', text: fill('\r') },
  { name: 'CRLF / CR / LF mix of empty lines', text: fill('\r\n\r\n\r') },
  { name: 'surrogate pairs (CJK Extension B), one line', text: fill('𠀀𪚥') },
  { name: 'lone surrogates', text: fill('\ud800甲\udc00') },
  { name: 'NUL bytes', text: fill('\u0000') },
  { name: 'level-1 markers, all 一、', text: lines(() => '一、甲') },
  { name: 'markers counting up to 999 and again', text: lines((i) => `${chineseNumeral((i % 99) + 1)}、推进工作`) },
  { name: 'weak markers after strong ones (1.甲 / 一 乙)', text: lines((i) => (i % 2 ? '一 乙' : '1.甲')) },
  { name: 'four levels nested, repeating', text: lines((i) => ['一、甲', '（一）乙', '1.丙', '（1）丁'][i % 4]) },
  { name: 'brackets only', text: fill('（') },
  { name: 'title lines only', text: lines((i) => `20${String(i % 100).padStart(2, '0')}年工作总结`) },
  { name: 'speech titles and restarts', text: lines((i) => (i % 2 ? '一、甲' : '在全县工作会议上的讲话')) },
  { name: 'page-chunk-like numbered lines', text: lines((i) => `${(i % 99) + 1}、，继续上一页的内容` + '字'.repeat(150)) },
  { name: 'Markdown # prefixes', text: lines((i) => '#'.repeat((i % 7) + 1) + ' 一、甲') },
  { name: 'series items in one line', text: fill('，一是甲') },
];

/** Cases per rule id: runs of the characters its patterns look for, and near-misses alternating with them. */
const RULE_CASES: Record<string, Case[]> = {
  placeholder: [
    { name: 'x run', text: fill('x') },
    { name: 'x and Han alternating', text: fill('x县') },
    { name: '× run', text: fill('×') },
    { name: 'stars: * and ** emphasis openers never closed', text: fill('**甲') },
    { name: 'star run', text: fill('*') },
    { name: 'lenticular brackets never closed', text: fill('【待') },
    { name: 'bracket notes closed at 61 characters', text: fill('（此处填写' + '甲'.repeat(56) + '）') },
    { name: 'underscore run', text: fill('_') },
    { name: 'underscores before units and years', text: fill('20_年_人次_市') },
    { name: 'hyphen years', text: fill('20-年') },
    { name: '某 run', text: fill('某') },
    { name: '○ and □ runs', text: fill('○○□□〇〇县') },
    { name: 'TODO glued', text: fill('TODOX') },
    { name: 'file names with underscores', text: fill('a_b.docx_') },
    { name: 'one URL word with x', text: 'http://' + fill('x_', N - 7) },
  ],
  'missing-number': [
    { name: '达到% repeated', text: fill('达到%') },
    { name: '% run', text: fill('%') },
    { name: 'amount units after verbs', text: fill('达到亿元') },
    { name: 'amount unit run', text: fill('亿元') },
    { name: '个百分点 / 个方面 runs', text: fill('增长个百分点讲个方面') },
    { name: '年 run', text: fill('年') },
    { name: '在年…会议 near-misses', text: fill('在年工作') },
    { name: 'rate without value', text: fill('率达，') },
    { name: 'underscore before units', text: fill('_人次') },
    { name: 'dotted long word (technical spans)', text: fill('a.') },
    { name: 'e-mail-like runs', text: fill('a@b-') },
  ],
  'date-format': [
    { name: 'one digit run', text: fill('1') },
    { name: 'glued years', text: fill('20196月') },
    { name: 'year before words', text: fill('2019工作') },
    { name: '月 run', text: fill('月') },
    { name: 'month-day alternation', text: fill('12月31日') },
    { name: 'Chinese-numeral dates', text: fill('二月三十日') },
    { name: '一 run then 月', text: '一'.repeat(N - 1) + '月' },
    { name: 'circle zeros', text: fill('二○二三年') },
    { name: 'O年 run', text: fill('O年') },
    { name: 'zero-padded', text: fill('2023年03月05日') },
  ],
  'numbering-sequence': [
    { name: 'every heading 一、', text: lines(() => '一、甲') },
    { name: 'gaps everywhere', text: lines((i) => `${chineseNumeral((i * 2) % 99 + 1)}、甲`) },
    { name: 'repeated （三）', text: lines(() => '（三）乙') },
    { name: 'one long run 1..n then back', text: lines((i) => `${(i % 99) + 1}.丙`) },
    { name: 'levels alternating', text: lines((i) => ['一、甲', '（二）乙', '3.丙', '（4）丁'][i % 4]) },
  ],
  'numbering-delimiter': [
    { name: 'wrong delimiters', text: lines((i) => `${chineseNumeral((i % 99) + 1)}.甲`) },
    { name: 'bracket then 、', text: lines((i) => `(${chineseNumeral((i % 99) + 1)})、乙`) },
    { name: '1、 markers', text: lines((i) => `${(i % 99) + 1}、丙`) },
    { name: 'glued Chinese numeral and digits', text: lines((i) => `${chineseNumeral((i % 99) + 1)}2020年工作`) },
    { name: 'spaces as delimiters', text: lines((i) => `${chineseNumeral((i % 99) + 1)}  甲`) },
  ],
  'bracket-width': [
    { name: 'half-width brackets', text: lines((i) => `(${chineseNumeral((i % 99) + 1)})甲`) },
    { name: 'mixed brackets', text: lines((i) => `（${(i % 99) + 1})乙`) },
    { name: 'brackets with spaces', text: lines((i) => `(  ${chineseNumeral((i % 99) + 1)}  )甲`) },
  ],
  'heading-hierarchy': [
    { name: 'inverted levels', text: lines((i) => ['1.甲', '（一）乙', '（二）丙'][i % 3]) },
    { name: 'lower level first in many reports', text: lines((i) => ['2019年工作总结', '（一）甲', '一、乙'][i % 3]) },
    { name: 'descending levels', text: lines((i) => ['（1）甲', '1.乙', '（一）丙', '一、丁'][i % 4]) },
  ],
  'enumeration-sequence': [
    { name: 'series skipping in one line', text: fill('，一是甲，三是乙') },
    { name: 'series repeating', text: fill('；二是甲') },
    { name: 'series over many lines', text: lines((i) => `${chineseNumeral((i % 9) + 1)}是甲`) },
    { name: '第一， run', text: fill('第一，') },
    { name: '首先 / 最后', text: fill('首先，最后，') },
    { name: 'items glued (hidden items)', text: fill('，一是甲三是乙四是丙，六是丁') },
    { name: 'one paragraph of hard-wrapped lines', text: lines((i) => `${chineseNumeral((i % 12) + 1)}要甲`) },
  ],
  'plan-section': [
    { name: 'many summary-and-plan reports without plan', text: lines((i) => (i % 2 ? '一、主要工作' : '2019年工作总结及2020年工作计划')) },
    { name: 'empty plan headings', text: lines((i) => (i % 2 ? '二、2020年工作计划' : '一、2019年主要工作')) },
    { name: 'short empty plan headings only', text: lines(() => '一、计划') },
    { name: 'opening promises', text: lines(() => '现将2019年工作总结及2020年工作计划报告如下') },
    { name: 'title with conjunction runs', text: lines(() => '及和与暨以及并及和与暨总结') },
  ],
  'problem-section': [
    { name: 'many annual summaries', text: lines((i) => (i % 3 ? '加强管理，取得成效。' : '2019年工作总结')) },
    { name: 'unnumbered heading lines', text: lines(() => '主要问题不足之处') },
  ],
  'year-consistency': [
    { name: 'titles with conflicting years', text: lines((i) => `${2000 + (i % 30)}年工作总结及${2002 + (i % 30)}年工作计划`) },
    { name: 'headings with wrong years', text: ('2019年工作总结\n' + lines((i) => `${chineseNumeral((i % 99) + 1)}、${2010 + (i % 5)}年主要工作`)).slice(0, N) },
    { name: 'year ranges', text: lines(() => '2019—2020—2021年工作总结') },
    { name: 'short headings with a wrong summary year', text: ('2019年工作总结\n' + lines(() => '一、2018年成效')).slice(0, N) },
  ],
  'punctuation-width': [
    { name: 'word run then ? run', text: '中' + 'a'.repeat(half) + '?'.repeat(half - 1) },
    { name: '? run then word run', text: '?'.repeat(half) + 'a'.repeat(half - 1) + '中' },
    { name: 'half-width comma in Chinese', text: fill('中,') },
    { name: 'nested half-width brackets', text: '('.repeat(half) + ')'.repeat(half) },
    { name: 'scheme separators', text: fill('a://') },
    { name: 'www. run with commas', text: fill('www.,') },
    { name: '@ run', text: fill('a@b.') },
    { name: 'letters and colons', text: fill('a:') },
  ],
  'duplicate-word': [
    { name: '的 run', text: fill('的') },
    { name: '的的 pairs', text: fill('的的') },
    { name: '进一步 run', text: fill('进一步') },
    { name: 'near-miss 工作工', text: fill('工作工') },
    { name: '在 and 和 runs', text: fill('在在和和与与') },
  ],
  'stated-count': [
    { name: 'announcements with colons in one paragraph', text: fill('讲三点意见：') },
    { name: 'announcement paragraphs each with a series', text: lines((i) => (i % 2 ? '一是甲。二是乙。' : '我讲三点意见：')) },
    { name: 'announcements before headings', text: lines((i) => ['下面讲三个方面：', '一、甲', '二、乙'][i % 3]) },
    { name: 'short announcements, each followed by a series', text: lines((i) => (i % 2 ? '一是，二是。' : '讲两点：')) },
    { name: 'short announcements, each followed by headings', text: lines((i) => ['讲两点：', '一、甲', '二、乙'][i % 3]) },
    { name: 'classifier run', text: fill('三点') },
    { name: 'numerals run then classifier', text: '三'.repeat(N - 1) + '点' },
    { name: 'comma announcements', text: fill('我讲三点意见，') },
  ],
  'punctuation-pair': [
    { name: 'opening quotes', text: fill('“') },
    { name: 'closing quotes', text: fill('”') },
    { name: 'half-width quotes crossing title marks', text: '“' + '《'.repeat(half) + '"'.repeat(half - 2) + '”' },
    { name: 'reversed pairs', text: fill('（》《）') },
    { name: 'doubled marks run', text: fill('，') },
    { name: 'comma-period pairs', text: fill('，。') },
    { name: 'paragraphs opening quotes', text: lines(() => '“甲') },
    { name: 'apostrophes', text: fill('a’b') },
    { name: 'enumerators', text: fill('，1）') },
    { name: 'all openers then all closers', text: fill('“‘《（【〔', half) + fill('〕】）》’”', half) },
  ],
};

/** The characters each rule's patterns look for, mixed at random into long runs by fast-check. */
const TOKENS: Record<string, string[]> = {
  placeholder: ['x', 'X', '×', '*', '_', '-', '某', '○', '□', '〇', '【', '】', '（', '）', '待补充', '此处填写', 'TODO', '县', '年', '月', '20', ' ', 'a', '.', '/'],
  'missing-number': ['%', '达到', '亿元', '万', '个百分点', '个方面', '年', '在', '会议', '率', '达', '，', '_', '人次', '.', '@', 'a', ' '],
  'date-format': ['1', '2019', '0', '年', '月', '日', '二', '○', 'O', '〇', '十', '工作', '.', ':', 'a', ' '],
  'numbering-sequence': ['一、', '（一）', '1.', '（1）', '三、', '(二)', '\n', '甲', '。'],
  'numbering-delimiter': ['一.', '（一）、', '1、', '1，', '十三2020', '\n', '甲', ' '],
  'bracket-width': ['(', ')', '（', '）', '一', '1', '\n', '甲', ' '],
  'heading-hierarchy': ['一、', '（一）', '1.', '（1）', '\n', '甲', '2019年工作总结'],
  'enumeration-sequence': ['一是', '二是', '三是', '一要', '第一，', '首先，', '，', '。', '\n', '甲'],
  'plan-section': ['工作总结', '及', '计划', '一、', '二、', '下一步', '\n', '2019年', '甲', '。'],
  'problem-section': ['工作总结', '问题', '不足', '一、', '\n', '存在', '甲', '。'],
  'year-consistency': ['2019', '2021', '年', '工作总结', '及', '计划', '一、', '\n', '—'],
  'punctuation-width': ['a', '1', '?', '!', ',', ':', ';', '(', ')', ' ', '中', '://', 'www.', '@', '.', '-', 'x'],
  'duplicate-word': ['的', '了', '和', '与', '及', '在', '进一步', '工作', '实', '。'],
  'stated-count': ['三', '点', '个方面', '讲', '：', '一是', '二是', '\n', '一、', '，', '意见', '。'],
  'punctuation-pair': ['“', '”', '"', '‘', '’', '《', '》', '（', '）', '(', ')', '【', '】', '〔', '〕', '，', '。', '\n', 'a', '1'],
};
const ALL_TOKENS = [...new Set(Object.values(TOKENS).flat())];

/** Random long runs of a rule's tokens: (token, repeat) pairs until N characters. */
function tokenMix(tokens: readonly string[]): fc.Arbitrary<{ recipe: string; text: string }> {
  const run = fc.tuple(fc.constantFrom(...tokens), fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 100, max: 30_000 })));
  return fc.array(run, { minLength: 2, maxLength: 30 }).map((runs) => {
    let text = '';
    const recipe: string[] = [];
    for (let i = 0; text.length < N; i++) {
      const [token, count] = runs[i % runs.length];
      text += token.repeat(count);
      if (recipe.length < 12) recipe.push(`${JSON.stringify(token)}×${count}`);
    }
    return { recipe: recipe.join(' + ') + (runs.length > 12 ? ' …' : '') + ' (cycled)', text: fill(text) };
  });
}

/** Random documents made long: report-shaped lines and random Unicode, concatenated to N characters. */
function longRandom(arbitrary: fc.Arbitrary<string>, seed: number): string {
  const parts = fc.sample(arbitrary, { seed, numRuns: 400 });
  let text = '';
  for (let i = 0; text.length < N; i++) text += parts[i % parts.length] + '\n';
  return fill(text);
}
const GENERIC_CASES: Case[] = [
  { name: 'random report-shaped text', text: longRandom(reportDocument, FC_SEED) },
  { name: 'random Unicode', text: longRandom(unicodeText, FC_SEED + 1) },
];

function casesFor(rule: Rule, randomCount = 2): Case[] {
  const id = rule.meta.id;
  const random = fc.sample(tokenMix(TOKENS[id] ?? ALL_TOKENS), { seed: FC_SEED + id.length, numRuns: randomCount });
  return [
    ...(RULE_CASES[id] ?? []),
    ...GENERIC_CASES,
    ...random.map((mix, k) => ({ name: `fast-check mix #${k + 1}: ${mix.recipe}`, text: mix.text })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Running cases in a worker, stopped when far over budget

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { join } = require('node:path');
const root = workerData.root;
const { parseReportTree } = require(join(root, 'src/core/structure/parser.js'));
const { lintTree } = require(join(root, 'src/core/engine/lint.js'));
const { allRules } = require(join(root, 'src/core/rules/index.js'));
const { resolveConfig } = require(join(root, 'src/core/config.js'));
const { buildOutline } = require(join(root, 'src/core/outline/outline.js'));
const { foldingRegions } = require(join(root, 'src/core/outline/folding.js'));
const segmenter = { cut: (text) => [{ word: text, start: 0, end: text.length }] };
const warm = '2023年工作总结\\n一、主要工作\\n（一）加强管理，xx县达到%。一是甲；三是乙。\\n二、存在的问题\\n三、2024年工作计划\\n';
for (let i = 0; i < 3; i++) lintTree(parseReportTree(warm), { config: resolveConfig(), rules: allRules, phase: 'all', segmenter });
parentPort.on('message', ({ id, ruleId, text, config }) => {
  const errors = [];
  const start = performance.now();
  const tree = parseReportTree(text);
  const parsed = performance.now();
  let findings = 0;
  if (ruleId) {
    const rule = allRules.find((candidate) => candidate.meta.id === ruleId);
    findings = lintTree(tree, { config: resolveConfig(config || {}), rules: [rule], phase: 'all', segmenter, onRuleError: (rid, e) => errors.push(String(e && e.stack || e).split('\\n').slice(0, 3).join(' ')) }).length;
  } else {
    findings = buildOutline(tree).length + foldingRegions(tree).length;
  }
  const end = performance.now();
  parentPort.postMessage({ id, parseMs: parsed - start, ruleMs: end - parsed, findings, errors });
});
`;

interface Outcome {
  name: string;
  parseMs: number | null;
  ruleMs: number | null;
  killed: boolean;
  errors: string[];
}

const total = (outcome: Outcome) => (outcome.killed ? Infinity : outcome.parseMs! + outcome.ruleMs!);

/**
 * Runs the cases one after the other in a worker; a case not done after CAP_MS is stopped with its
 * worker. A case over budget is run once more and keeps its better time: on a busy machine a linear
 * case can take twice its time, while a quadratic one stays far over.
 */
async function runCases(ruleId: string | null, cases: readonly Case[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let worker: Worker | null = null;
  let id = 0;
  const runOne = async (item: Case): Promise<Outcome> => {
    const current: Worker = worker ?? new Worker(WORKER_SOURCE, { eval: true, workerData: { root: OUT_ROOT } });
    worker = current;
    const { name, text, config } = item;
    const messageId = id++;
    const outcome = await new Promise<Outcome>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        void current.terminate();
        resolvePromise({ name, parseMs: null, ruleMs: null, killed: true, errors: [] });
      }, CAP_MS);
      const onMessage = (message: { id: number; parseMs: number; ruleMs: number; errors: string[] }) => {
        if (message.id !== messageId) return;
        cleanup();
        resolvePromise({ name, parseMs: message.parseMs, ruleMs: message.ruleMs, killed: false, errors: message.errors });
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
      };
      current.on('message', onMessage);
      current.on('error', onError);
      current.postMessage({ id: messageId, ruleId, text, config });
    });
    if (outcome.killed) worker = null;
    return outcome;
  };
  try {
    for (const item of cases) {
      let outcome = await runOne(item);
      if (total(outcome) >= BUDGET_MS) {
        const again = await runOne(item);
        if (total(again) < total(outcome)) outcome = again;
      }
      outcomes.push(outcome);
    }
  } finally {
    if (worker) await (worker as Worker).terminate();
  }
  return outcomes;
}

/** Asserts that no case was slow; with ADVERSARIAL_VERBOSE=1 prints every case's time. */
function assertFast(owner: string, outcomes: readonly Outcome[]): void {
  if (process.env.ADVERSARIAL_VERBOSE) {
    for (const outcome of outcomes) {
      const time = outcome.killed ? `> ${CAP_MS} (stopped)` : `${outcome.parseMs!.toFixed(0)} + ${outcome.ruleMs!.toFixed(0)} ms`;
      console.log(`      ${owner} | ${outcome.name.slice(0, 70)} | ${time}`);
    }
  }
  const slow = describeSlow(outcomes);
  assert.ok(slow.length === 0, `${slow.length} case(s) of ${owner} over ${BUDGET_MS} ms:\n  ${slow.join('\n  ')}`);
}

function describeSlow(outcomes: readonly Outcome[]): string[] {
  return outcomes
    .filter((outcome) => total(outcome) >= BUDGET_MS)
    .map((outcome) =>
      outcome.killed
        ? `${outcome.name}: still running after ${CAP_MS} ms (stopped)`
        : `${outcome.name}: ${(outcome.parseMs! + outcome.ruleMs!).toFixed(0)} ms (parse ${outcome.parseMs!.toFixed(0)} ms + rule ${outcome.ruleMs!.toFixed(0)} ms)`,
    );
}

describe('adversarial inputs: 10^5 characters finish in under 1 s', function () {
  this.timeout(180_000);

  it('every case has exactly 10^5 characters', () => {
    for (const [owner, cases] of [['parser', PARSER_CASES], ...Object.entries(RULE_CASES)] as const) {
      for (const item of cases) assert.ok(Math.abs(item.text.length - N) <= 2, `${owner}/${item.name}: ${item.text.length}`);
    }
  });

  it('parser, outline and folding', async () => {
    assertFast('parser', await runCases(null, PARSER_CASES));
  });

  for (const rule of allRules) {
    it(`${rule.meta.id}`, async () => {
      const outcomes = await runCases(rule.meta.id, casesFor(rule));
      const errors = outcomes.flatMap((outcome) => outcome.errors.map((error) => `${outcome.name}: ${error}`));
      assert.deepEqual(errors, [], 'the rule threw');
      assertFast(rule.meta.id, outcomes);
    });
  }

  it('engine: ignore words on a line with many findings', async () => {
    const text = fill('中,');
    const outcomes = await runCases('punctuation-width', [{ name: `ignoreWords ['中'], ${N / 2} findings on one line`, text, config: { ignoreWords: ['中'] } }]);
    assertFast('engine', outcomes);
  });
});

describe('a failing rule', () => {
  const throwing = (id: string, where: 'check' | 'checkWords', value: unknown = new Error(`${id} exploded`)): Rule => ({
    meta: { id, defaultSeverity: 'warning', description: { zh: '测试', en: 'test' }, messages: { m: { zh: '测试', en: 'test' } } },
    [where]: () => {
      throw value;
    },
  });
  const text = ['2023年工作总结', '', '一、主要工作', '', '（三）xx县加强管理，达到%。', '', '三、存在的问题', ''].join('\n');
  const segmenter = { cut: (input: string) => [{ word: input, start: 0, end: input.length }] };

  it('is reported once through the logger, even when linted twice, and the other rules still run', () => {
    const logged: string[] = [];
    const service = createReportService({ rules: [throwing('test-throws-first', 'check'), ...allRules, throwing('test-throws', 'check')], logger: { error: (message) => logged.push(message) } });
    const expected = createReportService().lint(textDocument(text, 'x', 1));
    assert.ok(expected.length >= 3, 'the text has findings of several rules');
    const first = service.lint(textDocument(text, 'file:///a.txt', 1));
    const again = service.lint(textDocument(text, 'file:///a.txt', 1));
    const edited = service.lint(textDocument(text + '\n补充。', 'file:///a.txt', 2));
    const otherDocument = service.lint(textDocument(text, 'file:///b.txt', 1));
    assert.deepEqual(first, expected);
    assert.deepEqual(again, expected);
    assert.deepEqual(otherDocument, expected);
    assert.ok(edited.length >= expected.length);
    assert.equal(logged.filter((message) => message.includes('test-throws-first')).length, 1, logged.join('\n'));
    assert.equal(logged.filter((message) => /rule test-throws failed/.test(message)).length, 1, logged.join('\n'));
    assert.equal(logged.length, 2);
    assert.match(logged[0], /exploded/);
  });

  it('is reported once for a word-level part that throws, and for a thrown non-Error', () => {
    const logged: string[] = [];
    const rules = [...allRules, throwing('test-words', 'checkWords'), throwing('test-string', 'check', 'just a string')];
    const service = createReportService({ rules, logger: { error: (message) => logged.push(message) } });
    const expected = createReportService().lint(textDocument(text, 'x', 1), { phase: 'all', segmenter });
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(service.lint(textDocument(text, 'file:///c.txt', i + 1), { phase: 'all', segmenter }), expected);
    }
    assert.deepEqual(logged.map((message) => message.split(':')[0]), ['rule test-words failed', 'rule test-string failed']);
    assert.match(logged[1], /just a string/);
  });

  it('is isolated in fix-all too', () => {
    const logged: string[] = [];
    const service = createReportService({ rules: [...allRules, throwing('test-fix', 'check')], logger: { error: (message) => logged.push(message) } });
    assert.equal(service.fixAll(text).text, createReportService().fixAll(text).text);
    assert.equal(logged.length, 1);
  });
});
