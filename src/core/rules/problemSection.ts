import { trimReportSpace } from '../text/characters';
import { range } from '../text/positions';
import { Heading, Report, ReportTree } from '../structure/types';
import {
  headingPrefix,
  headingRange,
  lastTextLine,
  paragraphSeparator,
  renumberEdit,
  reportHasChars,
  standardMarker,
  titleLines,
  trimmedLineRange,
  unnumberedHeadingText,
} from './reportParts';
import { ReportDescriptor, Rule, TextEdit } from './types';

/**
 * An annual summary should say what went wrong: a part on problems, shortcomings or difficulties.
 * Asked of reports titled 工作总结 and of reports with both a summary and a plan part; not of
 * speeches, plans or short reports (`shortReportChars`).
 */

const ANNUAL_SUMMARY_TITLE = /工作总结|年度总结|年终总结/;
/** A heading (numbered or not) that opens a problems part. */
const PROBLEMS_HEADING =
  /存在的?(?:主要|突出)?(?:问题|不足|困难|短板|差距)|问题(?:和|与|及)(?:不足|困难|差距|短板|挑战|建议)|(?:不足|短板|差距|困难|挑战)(?:和|与|及)(?:问题|不足|挑战|困难|短板|差距|建议)|^(?:主要|突出)?(?:问题|不足|困难|差距)$|不足之处|薄弱环节|正视问题|面临的(?:困难|问题|挑战)|存在困难|短板弱项|教训|工作中的不足/;
/** The start of a paragraph that discusses problems without a heading (`同时也要清醒地看到…`). */
const PROBLEMS_PARAGRAPH =
  /存在的?(?:一些|不少|诸多|主要)?(?:问题|不足|困难|短板)|(?:问题|差距)(?:和|与)不足|不足(?:和|与|之处)|清醒(?:地)?(?:认识|看到)|也要看到|但(?:也|仍|还)存在|(?:还|仍)存在|薄弱环节|短板弱项/;
/** How many characters of a paragraph's start are searched for the problems framing. */
const PARAGRAPH_START = 24;

export const problemSection: Rule = {
  meta: {
    id: 'problem-section',
    defaultSeverity: 'info',
    description: {
      zh: '年度工作总结宜有“存在的问题”部分',
      en: 'An annual summary should have a part on problems and shortcomings',
    },
    messages: {
      missing: {
        zh: '年度总结没有“存在的问题”（不足、短板、困难）部分',
        en: 'This annual summary has no part on problems (shortcomings, weaknesses, difficulties)',
      },
    },
    fixes: {
      insertProblems: {
        zh: '插入“{heading}”部分',
        en: 'Insert a problems part "{heading}"',
      },
    },
  },
  check({ tree, config, report }) {
    for (const item of tree.reports) {
      if (!isAnnualSummary(item)) continue;
      if (!reportHasChars(tree.model, item, config.shortReportChars)) continue;
      if (hasProblems(tree, item)) continue;
      report(missingProblems(tree, item));
    }
  },
};

function isAnnualSummary(report: Report): boolean {
  if (report.kind === 'speech' || report.kind === 'plan') return false;
  if (report.title && ANNUAL_SUMMARY_TITLE.test(report.title.text)) return true;
  const parts = new Set(report.headings.map((heading) => heading.part));
  return parts.has('summary') && parts.has('plan');
}

function hasProblems(tree: ReportTree, report: Report): boolean {
  if (report.headings.some((heading) => heading.part === 'problems')) return true;
  if (report.allHeadings.some((heading) => PROBLEMS_HEADING.test(heading.title))) return true;
  const skip = titleLines(report);
  const plan = firstPlan(report);
  const stop = plan ? plan.line : report.endLine + 1;
  for (let line = report.startLine; line < stop; line++) {
    if (skip.has(line) || tree.headingAt(line)) continue;
    const text = tree.model.lineText(line);
    const trimmed = trimReportSpace(text);
    if (trimmed.length === 0) continue;
    const heading = unnumberedHeadingText(text);
    if (heading !== null && PROBLEMS_HEADING.test(heading)) return true;
    if (PROBLEMS_PARAGRAPH.test(trimmed.slice(0, PARAGRAPH_START))) return true;
  }
  return false;
}

function firstPlan(report: Report): Heading | undefined {
  return report.headings.find((heading) => heading.part === 'plan');
}

/**
 * The fix inserts a problems part right before the plan part, with the plan's number, and moves the
 * plan part and every top-level heading after it one number on (one undoable edit); without a plan
 * part it goes at the end of the report with the next number.
 */
function missingProblems(tree: ReportTree, report: Report): ReportDescriptor {
  const model = tree.model;
  const separator = paragraphSeparator(model, report);
  const plan = firstPlan(report);
  const top = report.headings;
  const last: Heading | undefined = top[top.length - 1];
  const sibling = plan ?? last;
  const level = sibling ? sibling.level : 1;
  const ordinal = plan ? plan.ordinal : last ? last.ordinal + 1 : 1;
  const marker = standardMarker(level, ordinal);
  const heading = `${marker}存在的问题和不足`;
  const body = '一是××××。二是××××。三是××××。';
  const prefix = headingPrefix(model, sibling);
  const indent = prefix.replace(/#+ $/, '');
  const block = `${prefix}${heading}${separator}${indent}${body}`;
  const edits: TextEdit[] = [];
  if (plan) {
    // The insertion and the plan heading's new number are one edit (edits of one fix must not touch).
    const renumbered = renumberEdit(model, plan, plan.ordinal + 1);
    const before = model.lineText(plan.line).slice(0, plan.marker.numeralStart);
    edits.push({ range: range(plan.line, 0, plan.line, plan.marker.numeralEnd), text: block + separator + before + renumbered.text });
    for (const later of top.slice(top.indexOf(plan) + 1)) edits.push(renumberEdit(model, later, later.ordinal + 1));
  } else {
    const after = lastTextLine(tree, report);
    const column = model.lineText(after).length;
    edits.push({ range: range(after, column, after, column), text: separator + block });
  }
  return {
    range: report.title ? trimmedLineRange(model, report.title.line) : headingRange(model, sibling!),
    messageId: 'missing',
    fix: { titleId: 'insertProblems', data: { heading }, edits, safe: false },
  };
}
