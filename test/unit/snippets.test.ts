import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSkeleton } from '../../src/core/skeletons/index';
import { currentYearSnippet, escapeSnippetText, renderTemplate } from '../../src/core/skeletons/render';
import { buildSnippetFile, SNIPPET_ENTRIES, snippetFileText } from '../../src/core/skeletons/snippetFile';
import { Half, SkeletonKind } from '../../src/core/skeletons/types';
import { parseReportTree } from '../../src/core/structure/parser';
import { expandSnippet, parseSnippet, SnippetSyntaxError } from '../helpers/snippetBody';

const ROOT = join(__dirname, '..', '..', '..');
const SNIPPET_FILE = join(ROOT, 'snippets', 'work-report.json');

/** VS Code's date variables on 5 March of `year` (month and day zero-padded, as VS Code gives them). */
function variables(year: number): Record<string, string> {
  return { CURRENT_YEAR: String(year), CURRENT_MONTH: '03', CURRENT_DATE: '05' };
}

const DOCUMENTS: Record<string, { kind: SkeletonKind; half?: Half }> = {
  年度工作总结及计划: { kind: 'annual' },
  工作总结: { kind: 'summary' },
  工作要点: { kind: 'plan' },
  讲话稿: { kind: 'speech' },
  述职报告: { kind: 'review' },
  上半年工作总结及下半年计划: { kind: 'half-year', half: 'first' },
  下半年工作总结及下年上半年计划: { kind: 'half-year', half: 'second' },
};

describe('snippets', () => {
  it('commits snippets/work-report.json exactly as the templates generate it (node scripts/generate-snippets.mjs)', () => {
    const committed = readFileSync(SNIPPET_FILE, 'utf8');
    assert.equal(committed, snippetFileText());
    assert.deepEqual(JSON.parse(committed), buildSnippetFile());
  });

  it('gives every snippet a prefix, a body and a description in the shape VS Code reads', () => {
    for (const [name, snippet] of Object.entries(buildSnippetFile())) {
      assert.ok(Array.isArray(snippet.prefix) && snippet.prefix.length > 0, name);
      assert.ok(snippet.prefix.every((prefix) => prefix.length > 0 && !/\s/.test(prefix)), name);
      assert.ok(snippet.prefix.some((prefix) => /^[a-z0-9]+$/.test(prefix)), `${name} has a pinyin prefix`);
      assert.ok(snippet.prefix.some((prefix) => /^[\u4e00-\u9fff]+$/.test(prefix)), `${name} has a Chinese prefix`);
      assert.ok(Array.isArray(snippet.body) && snippet.body.every((line) => typeof line === 'string' && !line.includes('\n')));
      assert.ok(snippet.description.length > 0);
    }
  });

  it('uses each prefix once, and offers the prefixes users type', () => {
    const all = SNIPPET_ENTRIES.flatMap((entry) => entry.prefix);
    assert.deepEqual(
      all.filter((prefix, index) => all.indexOf(prefix) !== index),
      [],
    );
    const owner = (prefix: string) => SNIPPET_ENTRIES.find((entry) => entry.prefix.includes(prefix))?.name;
    assert.equal(owner('ndzj'), '年度工作总结及计划');
    assert.equal(owner('年度总结'), '年度工作总结及计划');
    assert.equal(owner('jh'), '下一年工作计划');
    assert.equal(owner('计划'), '下一年工作计划');
    assert.equal(owner('wt'), '存在的问题');
    assert.equal(owner('存在的问题'), '存在的问题');
    assert.equal(owner('yis'), '一是、二是、三是');
    assert.equal(owner('jhg'), '讲话稿');
    assert.equal(owner('szbg'), '述职报告');
    assert.equal(owner('bnzj'), '上半年工作总结及下半年计划');
    for (const prefix of ['zygz', 'xyb', 'yjbt', 'ejbt', 'sjbt', 'sijbt', 'yiy', 'dy', 'sx', 'lk']) assert.ok(owner(prefix), prefix);
  });

  it('marks the whole-document skeletons as file templates', () => {
    const file = buildSnippetFile();
    for (const name of Object.keys(DOCUMENTS)) assert.equal(file[name]?.isFileTemplate, true, name);
    assert.equal(file['存在的问题'].isFileTemplate, undefined);
  });

  for (const [name, snippet] of Object.entries(buildSnippetFile())) {
    it(`${name}: parses, numbers its tab stops 1…n with one default each`, () => {
      const body = snippet.body.join('\n');
      const expanded = expandSnippet(body, variables(2025));
      const indexes = expanded.tabStops.map((stop) => stop.index);
      assert.deepEqual(indexes, indexes.map((_, i) => i + 1));
      for (const stop of expanded.tabStops) {
        assert.equal(stop.withDefault, 1, `tab stop ${stop.index}`);
        assert.ok(stop.defaultText.length > 0, `tab stop ${stop.index} has a default`);
      }
      // Every × blank is a tab stop of its own: no × is left as literal text.
      const literal = body.replace(/\$\{\d+:×+\}/g, '');
      assert.doesNotMatch(literal, /×/);
    });
  }

  for (const [name, { kind, half }] of Object.entries(DOCUMENTS)) {
    it(`${name}: expands to the skeleton of the current year, with the plan year computed`, () => {
      const body = buildSnippetFile()[name].body.join('\n');
      for (const year of [1999, 2009, 2025, 2098]) {
        const expanded = expandSnippet(body, variables(year));
        assert.equal(expanded.text, generateSkeleton({ kind, year, half }).text, `${name} ${year}`);
      }
      // The year and the following (or preceding) year are the first tab stops after the organization.
      const stops = expandSnippet(body, variables(2025)).tabStops;
      const yearStops = stops.filter((stop) => /^\d{4}$/.test(stop.defaultText)).map((stop) => stop.defaultText);
      assert.ok(yearStops.includes('2025'));
      assert.equal(new Set(yearStops).size, yearStops.length, 'each year once, mirrored elsewhere');
    });
  }

  it('computes CURRENT_YEAR ± 1 with a snippet transform for every year, carries and borrows included', () => {
    const next = currentYearSnippet(1);
    const previous = currentYearSnippet(-1);
    for (let year = 1000; year <= 9998; year++) {
      assert.equal(expandSnippet(next, { CURRENT_YEAR: String(year) }).text, String(year + 1));
      assert.equal(expandSnippet(previous, { CURRENT_YEAR: String(year + 1) }).text, String(year));
    }
    assert.equal(currentYearSnippet(0), '${CURRENT_YEAR}');
  });

  it('writes today\'s date without padding zeros in the signature snippet', () => {
    const body = buildSnippetFile()['落款（单位和成文日期）'].body.join('\n');
    const expanded = expandSnippet(body, variables(2025));
    assert.equal(expanded.text, '×××\n2025年3月5日');
    assert.equal(expandSnippet(body, { CURRENT_YEAR: '2025', CURRENT_MONTH: '12', CURRENT_DATE: '25' }).text, '×××\n2025年12月25日');
  });

  it('gives the part snippets their heading and content, numbered as the parts usually are', () => {
    const file = buildSnippetFile();
    const text = (name: string) => expandSnippet(file[name].body.join('\n'), variables(2025)).text;
    assert.match(text('主要工作（总结部分）'), /^一、主要工作\n\n（一）××××工作取得新成效。/);
    assert.match(text('存在的问题'), /^二、存在的问题\n\n.*一是××××。二是××××。三是××××。/);
    assert.match(text('下一年工作计划'), /^三、2026年工作计划\n\n2026年，我们将/);
    assert.match(text('下一步工作打算'), /^三、下一步工作打算\n\n下一步，/);
    assert.equal(text('一级标题 一、'), '一、××××\n\n××××。');
    assert.equal(text('二级标题 （一）'), '（一）××××。\n\n××××。');
    assert.equal(text('三级标题 1.'), '1.××××。××××。');
    assert.equal(text('四级标题 （1）'), '（1）××××。××××。');
    assert.equal(text('一是、二是、三是'), '一是××××。二是××××。三是××××。');
    assert.equal(text('一要、二要、三要'), '一要××××。二要××××。三要××××。');
    assert.equal(text('第一，第二，第三，'), '第一，××××。第二，××××。第三，××××。');
    assert.equal(text('首先，其次，最后，'), '首先，××××。其次，××××。最后，××××。');
    // The heading numeral is the first tab stop, so a part can be placed anywhere.
    assert.ok(file['存在的问题'].body[0].startsWith('${1:二}、'));
  });

  it('classifies the inserted parts as the parser does for whole reports', () => {
    const file = buildSnippetFile();
    const parts = ['主要工作（总结部分）', '存在的问题', '下一年工作计划']
      .map((name) => expandSnippet(file[name].body.join('\n'), variables(2025)).text)
      .join('\n\n');
    const report = parseReportTree(`2025年工作总结及2026年工作计划\n\n${parts}\n`).reports[0];
    assert.deepEqual(
      report.headings.map((heading) => heading.part),
      ['summary', 'problems', 'plan'],
    );
  });

  it('escapes $, } and \\ in literal text, and the reader rejects unescaped ones', () => {
    assert.equal(escapeSnippetText('a$b}c\\d{e'), 'a\\$b\\}c\\\\d{e');
    assert.equal(expandSnippet(escapeSnippetText('价格$5}\\'), {}).text, '价格$5}\\');
    assert.throws(() => parseSnippet('价格$'), SnippetSyntaxError);
    assert.throws(() => parseSnippet('a}b'), SnippetSyntaxError);
    const rendered = renderTemplate(['{ORG}：{#一}、××'], { years: { kind: 'current' }, org: '$公司}' });
    assert.equal(rendered.snippet, '\\$公司\\}：${1:一}、${2:××}');
  });
});
