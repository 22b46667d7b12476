import assert from 'node:assert/strict';
import { createReportService, textDocument } from '../../src/core/index';
import {
  generateSkeleton,
  MAX_SKELETON_YEAR,
  MIN_SKELETON_YEAR,
  SKELETON_KIND_IDS,
  SKELETON_KINDS,
  skeletonDefaults,
} from '../../src/core/skeletons/index';
import { Half, SkeletonKind, SkeletonOptions } from '../../src/core/skeletons/types';
import { Heading } from '../../src/core/structure/types';
import { parseReportTree } from '../../src/core/structure/parser';
import { parseArgs, UsageError } from '../../src/cli/args';
import { runNew } from '../../src/cli/newCommand';
import { expandSnippet } from '../helpers/snippetBody';

interface Variant {
  kind: SkeletonKind;
  half?: Half;
  /** Title for year Y and organization 某县卫生健康局 (ORG). */
  title: (year: number) => string;
  reportKind: string;
  /** Parts of the top-level sections, in order. */
  parts: string[];
  /** The plan heading's year relative to Y, when the plan heading names one. */
  planYearOffset?: number;
}

const ORG = '甲县卫生健康局';
const VARIANTS: Variant[] = [
  {
    kind: 'annual',
    title: (y) => `${ORG}${y}年工作总结及${y + 1}年工作计划`,
    reportKind: 'summary-plan',
    parts: ['summary', 'problems', 'plan'],
    planYearOffset: 1,
  },
  { kind: 'summary', title: (y) => `${ORG}${y}年工作总结`, reportKind: 'summary', parts: ['summary', 'problems', 'plan'] },
  { kind: 'plan', title: (y) => `${ORG}${y}年工作要点`, reportKind: 'plan', parts: ['plan', 'plan', 'plan', 'plan'] },
  { kind: 'speech', title: (y) => `在${ORG}${y}年工作会议上的讲话`, reportKind: 'speech', parts: ['summary', 'problems', 'plan'] },
  { kind: 'review', title: (y) => `${y}年度述职报告`, reportKind: 'review', parts: ['summary', 'problems', 'plan'] },
  {
    kind: 'half-year',
    half: 'first',
    title: (y) => `${ORG}${y}年上半年工作总结及下半年工作计划`,
    reportKind: 'summary-plan',
    parts: ['summary', 'problems', 'plan'],
  },
  {
    kind: 'half-year',
    half: 'second',
    title: (y) => `${ORG}${y}年下半年工作总结及${y + 1}年上半年工作计划`,
    reportKind: 'summary-plan',
    parts: ['summary', 'problems', 'plan'],
    planYearOffset: 1,
  },
];

const YEARS = [MIN_SKELETON_YEAR, 1999, 2000, 2009, 2024, 2025, 2099 - 1];
const BLANK = /×+/g;

function name(variant: Variant): string {
  return variant.half ? `${variant.kind} (${variant.half})` : variant.kind;
}

function options(variant: Variant, year: number, org: string | undefined = ORG): SkeletonOptions {
  return { kind: variant.kind, year, org, half: variant.half };
}

/** Every heading's ordinal continues its previous sibling of the same level (or starts at one). */
function assertNumbering(headings: readonly Heading[], where: string): void {
  const last = new Map<number, number>();
  for (const heading of headings) {
    const expected = (last.get(heading.level) ?? 0) + 1;
    assert.equal(heading.ordinal, expected, `${where}: ${heading.marker.text} on line ${heading.line + 1}`);
    last.set(heading.level, heading.ordinal);
    assertNumbering(heading.children, where);
  }
}

describe('skeletons', () => {
  it('offers every kind in the quick-pick table, with Chinese and English labels', () => {
    assert.deepEqual(
      SKELETON_KINDS.map((info) => info.kind),
      [...SKELETON_KIND_IDS],
    );
    for (const info of SKELETON_KINDS) {
      assert.ok(info.label.zh && info.label.en && info.description.zh && info.description.en, info.kind);
    }
  });

  for (const variant of VARIANTS) {
    describe(name(variant), () => {
      for (const year of YEARS) {
        it(`parses into the expected report for ${year}`, () => {
          const skeleton = generateSkeleton(options(variant, year));
          assert.equal(skeleton.title, variant.title(year));
          assert.ok(skeleton.text.startsWith(skeleton.title + '\n'));
          const tree = parseReportTree(skeleton.text);
          assert.equal(tree.reports.length, 1);
          const report = tree.reports[0];
          assert.equal(report.title?.text, skeleton.title);
          assert.equal(report.kind, variant.reportKind);
          assert.deepEqual(
            report.headings.map((heading) => heading.part),
            variant.parts,
          );
          assert.ok(report.headings.every((heading) => heading.level === 1));
          assertNumbering(report.headings, name(variant));
          const years = report.title!.years;
          assert.equal(years[0], year);
          if (variant.planYearOffset !== undefined) {
            assert.deepEqual(years, [year, year + variant.planYearOffset]);
            const plan = report.headings.find((heading) => heading.part === 'plan')!;
            assert.ok(plan.title.startsWith(`${year + variant.planYearOffset}年`), plan.title);
          }
          for (const heading of report.headings) {
            assert.ok(heading.endLine > heading.line, `${heading.title} has content`);
          }
        });
      }

      it('writes every blank as a × run and nothing else a placeholder rule could take for one', () => {
        const { text } = generateSkeleton(options(variant, 2025));
        const rest = text.replace(BLANK, '');
        assert.doesNotMatch(rest, /[xX＊*○□_]|某|【|TODO/);
        assert.ok((text.match(BLANK) ?? []).length >= 8);
      });

      it('uses full-width punctuation, GB/T 9704 markers and no padded dates', () => {
        const { text } = generateSkeleton(options(variant, 2025));
        assert.doesNotMatch(text, /[,;:?!()]/);
        assert.doesNotMatch(text, /^\s*[0-9]+、/m);
        assert.doesNotMatch(text, /^\s*[一二三四五六七八九十]+[.．]/m);
        assert.doesNotMatch(text, /年0[0-9]月|月0[0-9]日/);
        assert.doesNotMatch(text, /[ \t]+$/m);
        assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
      });

      it('numbers each series from one, without gaps, within its paragraph', () => {
        const { text } = generateSkeleton(options(variant, 2025));
        for (const paragraph of text.split('\n')) {
          for (const [suffix, pattern] of [
            ['是', /([一二三四五六七八九十])是/g],
            ['要', /([一二三四五六七八九十])要(?!求)/g],
          ] as const) {
            const numerals = [...paragraph.matchAll(pattern)].map((match) => match[1]);
            assert.deepEqual(numerals, '一二三四五六七八九'.slice(0, numerals.length).split(''), `${suffix}: ${paragraph}`);
          }
        }
      });

      it('gives the snippet a tab stop on every blank and expands it to the text', () => {
        for (const org of [ORG, undefined]) {
          const skeleton = generateSkeleton(options(variant, 2025, org));
          const expanded = expandSnippet(skeleton.snippet, {});
          assert.equal(expanded.text, skeleton.text);
          const indexes = expanded.tabStops.map((stop) => stop.index);
          assert.deepEqual(indexes, indexes.map((_, i) => i + 1), 'numbered 1…n');
          for (const stop of expanded.tabStops) {
            assert.equal(stop.withDefault, 1, `tab stop ${stop.index} has one default`);
            assert.match(stop.defaultText, /^×+$/);
          }
          const blanks = (skeleton.text.match(BLANK) ?? []).length;
          const orgMirrors = org ? 0 : (skeleton.snippet.match(/\$\{1\}/g) ?? []).length;
          assert.equal(expanded.tabStops.reduce((sum, stop) => sum + stop.occurrences, 0), blanks);
          assert.equal(expanded.tabStops.length, blanks - orgMirrors);
        }
      });
    });
  }

  it('writes the organization where it is given, and a mirrored ××× blank where it is not', () => {
    const given = generateSkeleton({ kind: 'annual', year: 2025, org: '乙市教育局' });
    assert.equal(given.title, '乙市教育局2025年工作总结及2026年工作计划');
    assert.match(given.text, /\n乙市教育局\n2025年×月×日\n$/);
    const missing = generateSkeleton({ kind: 'annual', year: 2025 });
    assert.equal(missing.title, '×××2025年工作总结及2026年工作计划');
    assert.ok(missing.snippet.startsWith('${1:×××}2025年'));
    assert.match(missing.snippet, /\n\$\{1\}\n2025年\$\{\d+:×\}月\$\{\d+:×\}日\n$/);
    assert.equal(generateSkeleton({ kind: 'annual', year: 2025, org: '  ' }).title, missing.title);
  });

  it('escapes $, } and \\ of the organization in the snippet', () => {
    const org = 'A$B}C\\D';
    const skeleton = generateSkeleton({ kind: 'summary', year: 2025, org });
    assert.ok(skeleton.snippet.startsWith('A\\$B\\}C\\\\D2025年工作总结'));
    assert.equal(expandSnippet(skeleton.snippet, {}).text, skeleton.text);
    assert.ok(skeleton.text.startsWith(`${org}2025年工作总结`));
  });

  it('computes the years across century and millennium boundaries', () => {
    assert.equal(generateSkeleton({ kind: 'annual', year: 1999 }).title, '×××1999年工作总结及2000年工作计划');
    assert.equal(generateSkeleton({ kind: 'annual', year: 2098 }).title, '×××2098年工作总结及2099年工作计划');
    assert.match(generateSkeleton({ kind: 'annual', year: 1999 }).text, /\n三、2000年工作计划\n\n2000年，我们将/);
    const speech = generateSkeleton({ kind: 'speech', year: 2000 }).text;
    assert.match(speech, /总结1999年工作，分析当前形势，部署2000年重点任务/);
    assert.match(speech, /\n1999年，全系统/);
    assert.equal(
      generateSkeleton({ kind: 'half-year', half: 'second', year: 2009 }).title,
      '×××2009年下半年工作总结及2010年上半年工作计划',
    );
  });

  it('announces in the speech as many points as it has sections', () => {
    const { text } = generateSkeleton({ kind: 'speech', year: 2025 });
    const report = parseReportTree(text).reports[0];
    assert.match(text, /我讲三点意见/);
    assert.equal(report.headings.length, 3);
    assert.match(text, /\n同志们：\n/);
    assert.match(text, /一要××××。二要××××。三要××××。/);
  });

  it('rejects years outside 1901–2098, fractions, and unknown kinds', () => {
    for (const year of [MIN_SKELETON_YEAR - 1, MAX_SKELETON_YEAR + 1, 2025.5, Number.NaN, 0, -2025]) {
      assert.throws(() => generateSkeleton({ kind: 'annual', year }), RangeError, String(year));
    }
    assert.throws(() => generateSkeleton({ kind: 'minutes' as SkeletonKind, year: 2025 }), RangeError);
    assert.doesNotThrow(() => generateSkeleton({ kind: 'annual', year: MAX_SKELETON_YEAR }));
  });

  it('defaults the year (and half) from the date', () => {
    const at = (iso: string) => new Date(`${iso}T12:00:00`);
    assert.deepEqual(skeletonDefaults('annual', at('2025-12-20')), { year: 2025 });
    assert.deepEqual(skeletonDefaults('annual', at('2026-01-10')), { year: 2025 });
    assert.deepEqual(skeletonDefaults('summary', at('2026-04-01')), { year: 2026 });
    assert.deepEqual(skeletonDefaults('plan', at('2025-12-20')), { year: 2026 });
    assert.deepEqual(skeletonDefaults('plan', at('2026-02-01')), { year: 2026 });
    assert.deepEqual(skeletonDefaults('speech', at('2025-10-01')), { year: 2026 });
    assert.deepEqual(skeletonDefaults('half-year', at('2025-07-01')), { year: 2025, half: 'first' });
    assert.deepEqual(skeletonDefaults('half-year', at('2025-12-01')), { year: 2025, half: 'second' });
    assert.deepEqual(skeletonDefaults('half-year', at('2026-01-15')), { year: 2025, half: 'second' });
  });

  it('is linted with findings of the placeholder rule only, one on each blank', () => {
    const service = createReportService();
    for (const variant of VARIANTS) {
      for (const org of [ORG, undefined]) {
        const { text } = generateSkeleton(options(variant, 2025, org));
        const lines = text.split('\n');
        // A distinct uri per text: the service caches trees by uri and version.
        const findings = service.lint(textDocument(text, `untitled:${name(variant)}-${org ?? 'none'}.txt`));
        for (const finding of findings) {
          const { start, end } = finding.range;
          const covered = start.line === end.line ? lines[start.line].slice(start.character, end.character) : '';
          assert.equal(finding.rule, 'placeholder', `${name(variant)}: ${finding.rule} on line ${start.line + 1} (${finding.message})`);
          assert.match(covered, /×/, `${name(variant)}: placeholder finding on '${covered}'`);
        }
        // …and every blank is reported (when the placeholder rule is registered).
        if (service.rules.some((rule) => rule.meta.id === 'placeholder')) {
          lines.forEach((lineText, line) => {
            for (const blank of lineText.matchAll(BLANK)) {
              const covered = findings.some(
                (finding) =>
                  finding.range.start.line === line &&
                  finding.range.start.character <= blank.index &&
                  finding.range.end.character >= blank.index + blank[0].length,
              );
              assert.ok(covered, `${name(variant)}: blank on line ${line + 1} at ${blank.index + 1} is reported`);
            }
          });
        }
      }
    }
  });
});

describe('report-lint new', () => {
  const VALUED = ['kind', 'year', 'org', 'half'];
  function run(...argv: string[]): { code: number; out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    const code = runNew(parseArgs(['new', ...argv], VALUED, []), { out: (text) => out.push(text), err: (text) => err.push(text) });
    return { code, out, err };
  }

  it('prints the skeleton (without a doubled final line break)', () => {
    const result = run('--kind', 'annual', '--year', '2025', '--org', '甲县教育局');
    assert.equal(result.code, 0);
    assert.deepEqual(result.err, []);
    assert.equal(result.out.length, 1);
    assert.equal(result.out[0] + '\n', generateSkeleton({ kind: 'annual', year: 2025, org: '甲县教育局' }).text);
    assert.ok(result.out[0].startsWith('甲县教育局2025年工作总结及2026年工作计划\n'));
  });

  it('accepts every kind, --year=N and --half for half-year reports', () => {
    for (const kind of SKELETON_KIND_IDS) assert.equal(run('--kind', kind, '--year=2030').code, 0, kind);
    assert.match(run('--kind', 'half-year', '--year', '2025', '--half', 'second').out[0], /^×××2025年下半年工作总结及2026年上半年工作计划/);
    assert.match(run('--kind', 'half-year', '--year', '2025').out[0], /^×××2025年上半年工作总结及下半年工作计划/);
  });

  it('throws usage errors with clear messages', () => {
    const cases: [string[], RegExp][] = [
      [['--year', '2025'], /new needs --kind \(annual, summary, plan, speech, review, half-year\)/],
      [['--kind', 'minutes', '--year', '2025'], /--kind must be one of annual, .* \(got 'minutes'\)/],
      [['--kind', 'annual'], /new needs --year/],
      [['--kind', 'annual', '--year', 'abc'], /--year must be a whole year from 1901 to 2098 \(got 'abc'\)/],
      [['--kind', 'annual', '--year', '2025.5'], /--year must be a whole year/],
      [['--kind', 'annual', '--year', '2099'], /--year must be a whole year/],
      [['--kind', 'annual', '--year', '1900'], /--year must be a whole year/],
      [['--kind', 'half-year', '--year', '2025', '--half', 'third'], /--half must be one of first, second/],
      [['--kind', 'annual', '--year', '2025', '--half', 'first'], /--half applies only to --kind half-year/],
      [['--kind', 'annual', '--year', '2025', 'extra.txt'], /new takes no paths/],
    ];
    for (const [argv, message] of cases) {
      assert.throws(() => run(...argv), (error: unknown) => error instanceof UsageError && message.test(error.message), argv.join(' '));
    }
  });
});
