import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { IGrammar, INITIAL, Registry, parseRawGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..', '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'work-report.tmLanguage.json');

let grammarPromise: Promise<IGrammar> | undefined;

/** Loads onig.wasm once per process (vscode-oniguruma refuses a second load) and the grammar. */
function loadGrammar(): Promise<IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    try {
      await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    } catch (error) {
      // Another test file loaded it already.
      if (!/once/i.test(String((error as Error).message))) throw error;
    }
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => oniguruma.createOnigScanner(patterns),
        createOnigString: (text: string) => oniguruma.createOnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'text.work-report' ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar('text.work-report');
    if (!grammar) throw new Error('grammar not loaded');
    return grammar;
  })();
  return grammarPromise;
}

interface Token {
  text: string;
  scopes: string[];
}

async function tokenize(line: string): Promise<Token[]> {
  const grammar = await loadGrammar();
  const result = grammar.tokenizeLine(line, INITIAL);
  return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
}

/** The scopes of each token that covers part of `part` (its `occurrence`-th occurrence in `line`). */
async function scopesOf(line: string, part: string, occurrence = 0): Promise<string[][]> {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = line.indexOf(part, start + 1);
  assert.ok(start >= 0, `'${part}' in '${line}'`);
  const end = start + part.length;
  const result: string[][] = [];
  let offset = 0;
  for (const token of await tokenize(line)) {
    const tokenEnd = offset + token.text.length;
    if (tokenEnd > start && offset < end) result.push(token.scopes);
    offset = tokenEnd;
  }
  return result;
}

function has(scopes: string[], scope: string): boolean {
  return scopes.some((candidate) => candidate === scope || candidate.startsWith(scope + '.'));
}

/** Every character of `part` carries `scope` (or a more specific one). */
async function assertScope(line: string, part: string, scope: string, occurrence = 0): Promise<void> {
  for (const scopes of await scopesOf(line, part, occurrence)) {
    assert.ok(has(scopes, scope), `'${part}' in '${line}' has ${scope}; got ${scopes.join(' ')}`);
  }
}

/** No character of `part` carries `scope`. */
async function assertNoScope(line: string, part: string, scope: string): Promise<void> {
  for (const scopes of await scopesOf(line, part)) {
    assert.ok(!has(scopes, scope), `'${part}' in '${line}' must not have ${scope}; got ${scopes.join(' ')}`);
  }
}

const PLACEHOLDER = 'invalid.deprecated.placeholder.work-report';

describe('grammar (text.work-report)', () => {
  it('is valid JSON with the scope name the package contributes', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, 'text.work-report');
    assert.ok(Array.isArray(raw.patterns) && raw.patterns.length > 0);
  });

  it('scopes headings by level, the marker apart from the words', async () => {
    const cases: [string, string, string, number][] = [
      ['一、2025年主要工作', '一、', '2025年主要工作', 1],
      ['十二、加强党的建设', '十二、', '加强党的建设', 1],
      ['（一）××××工作取得新成效。', '（一）', '工作取得新成效。', 2],
      ['(二)半角括号也是二级标题', '(二)', '半角括号也是二级标题', 2],
      ['3.做好疫情防控。全年完成检测12万人次。', '3.', '做好疫情防控。', 3],
      ['（2）完善制度', '（2）', '完善制度', 4],
      ['　　（三）缩进的标题', '（三）', '缩进的标题', 2],
      ['## 四、Markdown 标题', '四、', 'Markdown 标题', 1],
    ];
    for (const [line, marker, words, level] of cases) {
      await assertScope(line, marker, `punctuation.definition.heading.${level}.work-report`);
      await assertScope(line, marker, `markup.heading.${level}.work-report`);
      await assertScope(line, words, `entity.name.section.${level}.work-report`);
      await assertScope(line, words, `markup.heading.${level}.work-report`);
    }
  });

  it('leaves the body after a heading sentence outside the heading scope', async () => {
    const line = '（一）坚定推进党的建设。深入学习有关精神，全年开展培训12次。';
    await assertScope(line, '坚定推进党的建设。', 'entity.name.section.2.work-report');
    await assertNoScope(line, '深入学习有关精神', 'markup.heading');
    await assertScope(line, '12', 'constant.numeric.work-report');
    await assertScope(line, '次', 'keyword.other.unit.work-report');
  });

  it('does not take decimals, dates or numerals in prose for headings', async () => {
    await assertNoScope('1.5倍的增长', '1.5', 'markup.heading');
    await assertNoScope('2019年，我局以…', '2019年', 'markup.heading');
    await assertNoScope('同志们，一分部署，九分落实。', '一分部署', 'markup.heading');
  });

  it('scopes the report title line', async () => {
    await assertScope('甲县卫生健康局2025年工作总结及2026年工作计划', '甲县卫生健康局', 'markup.heading.title.work-report');
    await assertScope('在全县2025年工作会议上的讲话', '讲话', 'entity.name.section.title.work-report');
    await assertNoScope('现将有关情况总结如下。', '总结', 'markup.heading');
  });

  it('scopes series markers: 一是, 一要, 第一，, 首先，', async () => {
    const line = '××××。一是加强领导。二是完善制度。第一，抓落实；首先，要统一思想。三要强化考核。';
    for (const marker of ['一是', '二是', '第一', '首先', '三要']) await assertScope(line, marker, 'keyword.other.series.work-report');
    await assertScope('一是科学精准处置疫情。', '一是', 'keyword.other.series.work-report');
    await assertNoScope('严格落实党组“第一议题”制度。', '第一', 'keyword.other.series');
    await assertNoScope('统一要求，这一是非问题。', '一是', 'keyword.other.series');
    await assertNoScope('落实一要求。', '一要', 'keyword.other.series');
  });

  it('scopes placeholders so that any theme shows them', async () => {
    const cases: [string, string][] = [
      ['全年完成××万元，×××同志', '××'],
      ['全年完成××万元，×××同志', '×××'],
      ['组织到xx县学习', 'xx'],
      ['投入x亿元', 'x'],
      ['20xx年工作总结', '20xx'],
      ['20_年卫生工作', '20_'],
      ['_市卫生局', '_'],
      ['某县卫生局', '某'],
      ['某某同志', '某某'],
      ['○○医院', '○○'],
      ['增长【待补充】', '【待补充】'],
      ['（此处填写数据）完成', '（此处填写数据）'],
      ['2025年×月×日', '×'],
      ['一、××××', '××××'],
      ['（一）××××工作取得新成效。', '××××'],
    ];
    for (const [line, part] of cases) await assertScope(line, part, PLACEHOLDER);
  });

  it('does not take terms, multiplication or identifiers for placeholders', async () => {
    const cases: [string, string][] = [
      ['配置X光机2台', 'X'],
      ['开展X射线检查', 'X'],
      ['面积20×30米', '×'],
      ['某些地方', '某'],
      ['二〇二三年', '〇'],
      ['见file_name.docx', '_'],
      ['使用Excel统计', 'x'],
    ];
    for (const [line, part] of cases) await assertNoScope(line, part, 'invalid');
  });

  it('scopes numbers with their units and percentages', async () => {
    const line = '门急诊1.2万人次，同比增长11%，提高2.1个百分点，共3400余个问题，增长１１％。';
    await assertScope(line, '1.2', 'constant.numeric.work-report');
    await assertScope(line, '万人次', 'keyword.other.unit.work-report');
    await assertScope(line, '11', 'constant.numeric.percentage.work-report');
    await assertScope(line, '%', 'keyword.other.unit.work-report');
    await assertScope(line, '2.1', 'constant.numeric.percentage.work-report');
    await assertScope(line, '个百分点', 'keyword.other.unit.work-report');
    await assertScope(line, '3400', 'constant.numeric.work-report');
    await assertScope(line, '余个', 'keyword.other.unit.work-report');
    await assertScope(line, '１１', 'constant.numeric.percentage.work-report');
  });

  it('scopes dates', async () => {
    for (const [line, part] of [
      ['2023年12月5日印发', '2023年12月5日'],
      ['2019—2020年度', '2019—2020年'],
      ['截至10月24日，', '10月24日'],
      ['二〇二三年十二月五日', '二〇二三年十二月五日'],
      ['3月份以来', '3月份'],
    ]) {
      await assertScope(line, part, 'constant.numeric.date.work-report');
    }
    await assertScope('2025年×月×日', '2025年', 'constant.numeric.date.work-report');
  });

  it('scopes 《》 titles and “” quotations, with placeholders inside', async () => {
    const line = '印发《××县卫生健康工作要点》，落实“日报告、零报告”和“××工程”，‘双报告’。';
    await assertScope(line, '《', 'punctuation.definition.string.begin.work-report');
    await assertScope(line, '卫生健康工作要点', 'entity.name.tag.book-title.work-report');
    await assertScope(line, '卫生健康工作要点', 'string.quoted.other.book-title.work-report');
    await assertScope(line, '××', PLACEHOLDER);
    await assertScope(line, '日报告、零报告', 'string.quoted.double.work-report');
    await assertScope(line, '工程', 'string.quoted.double.work-report');
    await assertScope(line, '××', PLACEHOLDER, 1);
    await assertScope(line, '双报告', 'string.quoted.single.work-report');
  });

  // Speed is the benchmark's business (no timed assertions in unit tests); this only proves that long
  // report lines tokenize to the end with the state carried from line to line.
  it('tokenizes a real-sized report line by line to the end', async () => {
    const grammar = await loadGrammar();
    const line = '一是科学精准处置疫情。2022年2月20日以来，全市处置××起散发疫情，核酸检测26.5万管，完成率97.74%。'.repeat(20);
    let state = INITIAL;
    for (let i = 0; i < 500; i++) {
      const result = grammar.tokenizeLine(line, state);
      assert.ok(result.tokens[result.tokens.length - 1].endIndex >= line.length);
      state = result.ruleStack;
    }
  });
});
