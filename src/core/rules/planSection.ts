import { isBlank, trimReportSpace } from '../text/characters';
import { range } from '../text/positions';
import { Heading, Report, ReportTree } from '../structure/types';
import {
  deeperPrefix,
  headingPrefix,
  headingRange,
  isEmptySection,
  lastTextLine,
  paragraphSeparator,
  standardMarker,
  titleLines,
  unnumberedHeadingText,
} from './reportParts';
import { titleYears } from './reportYears';
import { ReportDescriptor, Rule } from './types';

/**
 * A report whose title (or opening sentence) promises a plan must have a plan part, and a plan part
 * must not be an empty heading. Plan-only documents (工作要点) and speeches are not checked.
 */

/** A summary title: what the document looks back on. */
const SUMMARY_TITLE = /总结|汇报|回顾|情况|述职/;
/**
 * The plan a title promises: a conjunction and a plan noun (`及2020年工作计划`, `和下一步工作打算`,
 * `暨明年工作思路`), or summary and plan named together (`总结和计划`, `工作计划总结`).
 */
const TITLE_PROMISE =
  /(?:及|和|与|暨|以及|并)(?:[^，,。及和与暨]{0,14}?)(?:计划(?!生育|免疫)|打算|安排|思路|规划|设想|谋划|要点)|工作计划(?:和|与|及)?总结|计划(?:和|与|及)总结|总结(?:和|与|及)?(?:工作)?计划(?!生育|免疫)/;
/** The opening's promise needs a time word, so that `建立和完善工作计划` in a sentence does not count. */
const OPENING_PROMISE =
  /(?:及|和|与|暨|以及)(?:(?:19|20)[0-9]{2}年度?|明年|来年|下一步|下步|下一阶段|下阶段|下半年|今后)(?:的)?(?:工作)?(?:计划(?!生育|免疫)|打算|安排|思路|设想)/;
const OPENING_ANNOUNCES = /如下|汇报|报告/;
/** A heading line without a marker that opens a plan part. */
const UNNUMBERED_PLAN =
  /^(?:(?:19|20)[0-9]{2}|20[×xX_＿]+)?\s*年?度?(?:的)?(?:工作)?(?:计划(?!生育|免疫)|打算|思路|安排)|^(?:下一步|下步|下阶段|下一阶段|明年|来年|今后|新的一年)/;
/** A paragraph that carries the plan of a report without headings (`下一步，我局将…`). */
const PLAN_PARAGRAPH =
  /^(?:下一步|下步|下阶段|下一阶段|今后|明年|来年|新的一年)|^(?:19|20)[0-9]{2}年度?[，,]?[^。；;]{0,14}?(?:将|计划|打算|拟)/;
/** Words of a heading below the top level that make it a plan part of its own (`（五）下一步打算`). */
const SUB_PLAN_HEADING = /计划(?!生育|免疫|单列)|打算|下一步|下步|下阶段|明年|来年|今后(?:的)?工作|工作思路|工作安排/;

interface PlanPromise {
  where: 'title' | 'opening';
  line: number;
  start: number;
  end: number;
  phrase: string;
  /** The plan noun promised (计划, 打算…), reused in the skeleton's heading. */
  noun: string;
  nextStep: boolean;
}

export const planSection: Rule = {
  meta: {
    id: 'plan-section',
    defaultSeverity: 'warning',
    description: {
      zh: '标题或开头承诺了工作计划的报告应有计划部分，且计划部分不能只有标题',
      en: 'A report whose title or opening promises a plan must have a plan part, and the plan part must not be an empty heading',
    },
    messages: {
      missingInTitle: {
        zh: '标题“{phrase}”写明有工作计划，但报告中没有计划部分',
        en: 'The title "{phrase}" promises a plan, but the report has no plan part',
      },
      missingInOpening: {
        zh: '开头写明“{phrase}”，但报告中没有计划部分',
        en: 'The opening promises "{phrase}", but the report has no plan part',
      },
      empty: {
        zh: '计划部分“{heading}”只有标题，下面没有内容',
        en: 'The plan part "{heading}" is a heading with nothing under it',
      },
    },
    fixes: {
      insertPlan: { zh: '在报告末尾插入计划部分“{heading}”', en: 'Insert a plan part "{heading}" at the end of the report' },
      fillPlan: { zh: '在“{heading}”下插入待填写的条目', en: 'Insert items to fill in under "{heading}"' },
    },
  },
  check({ tree, report }) {
    for (const item of tree.reports) {
      for (const descriptor of checkReport(tree, item)) report(descriptor);
    }
  },
};

function checkReport(tree: ReportTree, report: Report): ReportDescriptor[] {
  if (report.kind === 'speech' || report.kind === 'plan') return [];
  const findings: ReportDescriptor[] = [];
  // How the report separates paragraphs: read once per report (its every line), not once per finding.
  let separator: string | undefined;
  const separatorOf = () => (separator ??= paragraphSeparator(tree.model, report));
  const plans = report.headings.filter((heading) => heading.part === 'plan');
  for (const heading of plans) {
    if (isEmptySection(tree.model, report, heading)) findings.push(emptyPlan(tree, heading, separatorOf()));
  }
  if (plans.length > 0) return findings;
  const promise = titlePromise(tree, report) ?? openingPromise(tree, report);
  if (!promise || hasPlanElsewhere(tree, report)) return findings;
  findings.push(missingPlan(tree, report, promise, separatorOf()));
  return findings;
}

function titlePromise(tree: ReportTree, report: Report): PlanPromise | null {
  const titles = [report.title, ...report.otherTitles].filter((title) => title !== null && !title.wrapper);
  for (const title of titles) {
    if (!title || title.kind === 'speech' || !SUMMARY_TITLE.test(title.text)) continue;
    const match = TITLE_PROMISE.exec(title.text);
    if (!match) continue;
    const lineText = tree.model.lineText(title.line);
    const at = lineText.indexOf(title.text);
    const start = at >= 0 ? at : lineText.length - trimReportSpace(lineText).length;
    return promiseOf('title', title.line, start, start + title.text.length, title.text, match[0]);
  }
  return null;
}

/** The opening (before the first heading, at most three paragraphs) announcing summary and plan. */
function openingPromise(tree: ReportTree, report: Report): PlanPromise | null {
  const skip = titleLines(report);
  const first = report.title ? report.title.line + 1 : report.startLine;
  const stop = report.allHeadings.length > 0 ? report.allHeadings[0].line : report.endLine + 1;
  let paragraphs = 0;
  for (let line = first; line < stop && paragraphs < 3; line++) {
    const text = tree.model.lineText(line);
    if (isBlank(text) || skip.has(line)) continue;
    paragraphs++;
    if (!OPENING_ANNOUNCES.test(text)) continue;
    const match = OPENING_PROMISE.exec(text);
    if (match) return promiseOf('opening', line, match.index, match.index + match[0].length, match[0], match[0]);
  }
  return null;
}

/** `promised` is the words that make the promise, which decide the skeleton's heading. */
function promiseOf(where: PlanPromise['where'], line: number, start: number, end: number, phrase: string, promised: string): PlanPromise {
  const noun = /打算|安排|思路|设想|规划|谋划/.exec(promised)?.[0] ?? '计划';
  return { where, line, start, end, phrase, noun, nextStep: /下一步|下步/.test(promised) };
}

/** A plan part without a top-level heading: a sub-heading, an unnumbered heading line or a plan paragraph. */
function hasPlanElsewhere(tree: ReportTree, report: Report): boolean {
  if (report.allHeadings.some((heading) => heading.level > report.headings[0].level && SUB_PLAN_HEADING.test(heading.title))) {
    return true;
  }
  const skip = titleLines(report);
  const first = report.title ? report.title.line + 1 : report.startLine;
  for (let line = first; line <= report.endLine; line++) {
    if (skip.has(line) || tree.headingAt(line)) continue;
    const text = tree.model.lineText(line);
    const trimmed = trimReportSpace(text);
    if (trimmed.length === 0) continue;
    const heading = unnumberedHeadingText(text);
    if (heading !== null && UNNUMBERED_PLAN.test(heading)) return true;
    if (PLAN_PARAGRAPH.test(trimmed)) return true;
  }
  return false;
}

function missingPlan(tree: ReportTree, report: Report, promise: PlanPromise, separator: string): ReportDescriptor {
  const model = tree.model;
  const top = report.headings;
  const last: Heading | undefined = top[top.length - 1];
  const level = last ? last.level : 1;
  const ordinal = last ? last.ordinal + 1 : 1;
  const childLevel = (level < 4 ? level + 1 : 4) as 1 | 2 | 3 | 4;
  const heading = `${planYearPrefix(report, promise)}工作${promise.noun}`;
  const prefix = headingPrefix(model, last);
  const childPrefix = deeperPrefix(prefix);
  const lines = [
    `${prefix}${standardMarker(level, ordinal)}${heading}`,
    `${childPrefix}${standardMarker(childLevel, 1)}××××`,
    `${childPrefix}${standardMarker(childLevel, 2)}××××`,
  ];
  const after = lastTextLine(tree, report);
  const column = model.lineText(after).length;
  const leading = isBlank(model.lineText(after)) ? '' : separator;
  return {
    range: range(promise.line, promise.start, promise.line, promise.end),
    messageId: promise.where === 'title' ? 'missingInTitle' : 'missingInOpening',
    data: { phrase: promise.phrase },
    fix: {
      titleId: 'insertPlan',
      data: { heading: `${standardMarker(level, ordinal)}${heading}` },
      edits: [{ range: range(after, column, after, column), text: leading + lines.join(separator) }],
      safe: false,
    },
  };
}

/** `2020年` after a 2019 summary, `下一步` when that is what the title promised, `20××年` when unknown. */
function planYearPrefix(report: Report, promise: PlanPromise): string {
  if (promise.nextStep) return '下一步';
  if (!report.title) return '20××年';
  const years = titleYears(report.title.text, report.kind);
  if (years.plan) return `${years.plan.year}年`;
  if (years.summary) return years.subAnnual ? `${years.summary.year}年下半年` : `${years.summary.year + 1}年`;
  return '20××年';
}

/** `separator`: the report's paragraph separator (see `paragraphSeparator`), computed once per report. */
function emptyPlan(tree: ReportTree, heading: Heading, separator: string): ReportDescriptor {
  const model = tree.model;
  const childLevel = (heading.level < 4 ? heading.level + 1 : 4) as 1 | 2 | 3 | 4;
  const childPrefix = deeperPrefix(headingPrefix(model, heading));
  const lineText = model.lineText(heading.line);
  const text = [1, 2].map((n) => `${childPrefix}${standardMarker(childLevel, n)}××××`).join(separator);
  const title = lineText.slice(heading.marker.start, headingRange(model, heading).end.character);
  return {
    range: headingRange(model, heading),
    messageId: 'empty',
    data: { heading: title },
    fix: {
      titleId: 'fillPlan',
      data: { heading: title },
      edits: [{ range: range(heading.line, lineText.length, heading.line, lineText.length), text: separator + text }],
      safe: false,
    },
  };
}
