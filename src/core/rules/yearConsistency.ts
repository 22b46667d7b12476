import { range } from '../text/positions';
import { Heading, Report, ReportTree } from '../structure/types';
import { trimmedLineRange } from './reportParts';
import { headingYear, TitleYears, titleYears, YearMention } from './reportYears';
import { ReportDescriptor, Rule } from './types';

/**
 * Years that contradict the title. Only the title, its subtitles, the top-level part headings and the
 * signature date are read: a year in body text (2015年以来, 2019年6月) is a fact, not a frame.
 * Speeches and reports of no known kind are not checked (a speech at the 2022 conference reviews 2021).
 */

interface Expected {
  summary: number | null;
  plan: number | null;
  /** Plan year minus summary year (null: either 0 or 1, for quarter and month reports). */
  offset: 0 | 1 | null;
  /** The title names both years and they fit: a heading that differs is certainly wrong. */
  certain: boolean;
}

export const yearConsistency: Rule = {
  meta: {
    id: 'year-consistency',
    defaultSeverity: 'warning',
    description: {
      zh: '标题、部分标题和成文日期中的年份应前后一致（计划年份 = 总结年份 + 1）',
      en: 'Years in the title, part headings and signature date must agree (plan year = summary year + 1)',
    },
    messages: {
      titlePlanYear: {
        zh: '标题中计划年份{year}年与总结年份{summaryYear}年不衔接，应为{expected}年',
        en: 'The plan year {year} in the title does not follow the summary year {summaryYear}; expected {expected}',
      },
      subtitleYear: {
        zh: '此处年份{year}年与标题中的{expected}年不一致',
        en: 'The year {year} here differs from {expected} in the title',
      },
      planHeadingYear: {
        zh: '计划部分标题的年份{year}年与报告不符，应为{expected}年',
        en: 'The plan heading names {year}; the report plans for {expected}',
      },
      summaryHeadingYear: {
        zh: '总结部分标题的年份{year}年与标题中的总结年份{expected}年不一致',
        en: 'The summary heading names {year}; the title summarizes {expected}',
      },
      planAfterSummary: {
        zh: '计划部分的年份{year}年与总结部分的{summaryYear}年不衔接，应为{expected}年',
        en: 'The plan heading names {year}, which does not follow the summary year {summaryYear}; expected {expected}',
      },
      signatureYear: {
        zh: '成文日期（{year}年）早于总结年份{summaryYear}年',
        en: 'The signature date ({year}) is earlier than the summary year {summaryYear}',
      },
    },
    fixes: {
      replaceYear: { zh: '改为{expected}年', en: 'Change to {expected}' },
    },
  },
  check({ tree, report }) {
    for (const item of tree.reports) {
      for (const descriptor of checkReport(tree, item)) report(descriptor);
    }
  },
};

function checkReport(tree: ReportTree, report: Report): ReportDescriptor[] {
  if (report.kind === 'speech' || report.kind === 'report') return [];
  const findings: ReportDescriptor[] = [];
  const title = report.title && !report.title.wrapper ? report.title : null;
  const years = title ? titleYears(title.text, report.kind) : null;

  // The title against itself: 2019年工作总结及2021年工作计划.
  let titleCoherent = true;
  if (title && years?.summary && years.plan && !fitsPlan(years.plan.year, years.summary.year, years.subAnnual ? null : 1)) {
    titleCoherent = false;
    const expected = years.summary.year + (years.planOffset ?? 1);
    const start = columnOf(tree, title.line, title.text) + years.plan.start;
    findings.push({
      range: range(title.line, start, title.line, start + 4),
      messageId: 'titlePlanYear',
      data: { year: years.plan.year, summaryYear: years.summary.year, expected },
      fix: yearFix(title.line, start, expected, false),
    });
  }
  const expected = expectedYears(years, report.kind, titleCoherent);

  // Subtitles and repeated titles against the title.
  if (years && titleCoherent) {
    for (const other of report.otherTitles) {
      if (other.wrapper || other.kind === 'speech') continue;
      const column = columnOf(tree, other.line, other.text);
      for (const mention of titleYears(other.text, other.kind).mentions) {
        const want = mention.role === 'summary' ? years.summary?.year : mention.role === 'plan' ? years.plan?.year : undefined;
        if (want === undefined || mention.year === want) continue;
        const start = column + mention.start;
        findings.push({
          range: range(other.line, start, other.line, start + 4),
          messageId: 'subtitleYear',
          data: { year: mention.year, expected: want },
          fix: yearFix(other.line, start, want, false),
        });
      }
    }
  }

  findings.push(...checkHeadings(report, expected));

  // The signature date against the summary year.
  const signature = report.signature;
  if (signature && expected.summary !== null && signature.date.year < expected.summary) {
    findings.push({
      range: trimmedLineRange(tree.model, signature.date.line),
      messageId: 'signatureYear',
      data: { year: signature.date.year, summaryYear: expected.summary },
    });
  }
  return findings;
}

function columnOf(tree: ReportTree, line: number, text: string): number {
  return Math.max(0, tree.model.lineText(line).indexOf(text));
}

/** Whether a plan year follows a summary year; `offset` null accepts the same year and the next. */
function fitsPlan(plan: number, summary: number, offset: 0 | 1 | null): boolean {
  return offset === null ? plan === summary || plan === summary + 1 : plan === summary + offset;
}

function expectedYears(years: TitleYears | null, kind: string | null, coherent: boolean): Expected {
  const offset = years ? years.planOffset : 1;
  if (!years || !coherent) return { summary: null, plan: null, offset, certain: false };
  const summary = years.summary?.year ?? null;
  const plan = years.plan?.year ?? null;
  if (summary !== null && plan !== null) return { summary, plan, offset, certain: true };
  if (summary !== null) return { summary, plan: offset === null ? null : summary + offset, offset, certain: false };
  if (plan !== null) {
    // A plan-only document names no summary year; in a summary and plan, the summary is the year before.
    const derived = kind === 'plan' || offset === null ? null : plan - offset;
    return { summary: derived, plan, offset, certain: false };
  }
  return { summary: null, plan: null, offset, certain: false };
}

interface HeadingYear {
  heading: Heading;
  mention: YearMention;
  role: 'summary' | 'plan';
  column: number;
}

function checkHeadings(report: Report, expected: Expected): ReportDescriptor[] {
  const found: HeadingYear[] = [];
  for (const heading of report.headings) {
    const mention = headingYear(heading.title);
    if (!mention) continue;
    // Only the heading's own words give the role: `2020年新冠疫情防控` in a 2019 summary is no frame.
    const role = mention.role;
    if (role === null) continue;
    found.push({ heading, mention, role, column: heading.titleStart + mention.start });
  }
  const findings: ReportDescriptor[] = [];
  const summaries = found.filter((entry) => entry.role === 'summary');
  const plans = found.filter((entry) => entry.role === 'plan');
  const summaryYearCounts = yearCounts(summaries);
  const planYearCounts = yearCounts(plans);

  if (expected.summary !== null && report.kind !== 'plan') {
    for (const entry of summaries) {
      if (entry.mention.year === expected.summary) continue;
      const safe = expected.certain || corroborated(summaryYearCounts, entry, expected.summary) || signatureAgrees(report, expected.summary);
      findings.push(headingFinding(entry, 'summaryHeadingYear', expected.summary, {}, safe));
    }
  }
  if (expected.plan !== null) {
    for (const entry of plans) {
      if (entry.mention.year === expected.plan) continue;
      const safe = expected.certain || corroborated(planYearCounts, entry, expected.plan);
      findings.push(headingFinding(entry, 'planHeadingYear', expected.plan, {}, safe));
    }
  } else if (expected.summary === null && report.kind !== 'plan') {
    // No year in the title: the plan part must still follow the summary part.
    const summaryYears = new Set(summaries.map((entry) => entry.mention.year));
    if (summaryYears.size === 1) {
      const summaryYear = summaries[0].mention.year;
      for (const entry of plans) {
        if (fitsPlan(entry.mention.year, summaryYear, expected.offset)) continue;
        const want = summaryYear + (expected.offset ?? 1);
        findings.push(headingFinding(entry, 'planAfterSummary', want, { summaryYear }, false));
      }
    }
  }
  return findings;
}

/** How many headings of one role name each year (counted once, so each heading is judged in O(1)). */
function yearCounts(entries: readonly HeadingYear[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const entry of entries) counts.set(entry.mention.year, (counts.get(entry.mention.year) ?? 0) + 1);
  return counts;
}

/**
 * Another heading of the same role names the expected year (so the title is not the odd one out).
 * `counts` are the years of all headings of the entry's role (see `yearCounts`), the entry included.
 */
function corroborated(counts: ReadonlyMap<number, number>, entry: HeadingYear, year: number): boolean {
  const others = (counts.get(year) ?? 0) - (entry.mention.year === year ? 1 : 0);
  return others > 0;
}

function signatureAgrees(report: Report, summary: number): boolean {
  const year = report.signature?.date.year;
  return year === summary || year === summary + 1;
}

function headingFinding(entry: HeadingYear, messageId: string, expected: number, data: Record<string, number>, safe: boolean): ReportDescriptor {
  const line = entry.heading.line;
  return {
    range: range(line, entry.column, line, entry.column + 4),
    messageId,
    data: { year: entry.mention.year, expected, ...data },
    fix: yearFix(line, entry.column, expected, safe),
  };
}

function yearFix(line: number, start: number, expected: number, safe: boolean) {
  return { titleId: 'replaceYear', data: { expected }, edits: [{ range: range(line, start, line, start + 4), text: String(expected) }], safe };
}
