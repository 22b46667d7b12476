/**
 * Years written in titles and headings, with the role each plays: the year a summary looks back on,
 * or the year a plan looks ahead to. Shared by `year-consistency` and `plan-section` (the year of an
 * inserted plan skeleton).
 */

export type YearRole = 'summary' | 'plan' | null;

export interface YearMention {
  year: number;
  /** Offset of the four digits in the text they were found in. */
  start: number;
  end: number;
  role: YearRole;
}

export interface TitleYears {
  mentions: YearMention[];
  /** The first summary year and the first plan year the title names. */
  summary: YearMention | null;
  plan: YearMention | null;
  /** A half-year, quarter or month report: its plan may be for the same year (下半年). */
  subAnnual: boolean;
  /**
   * Plan year minus summary year: 1 for an annual summary or a 下半年 summary, 0 for a 上半年 summary
   * (it plans the second half), null when either may be meant (quarters, months).
   */
  planOffset: 0 | 1 | null;
}

const YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})(?![0-9０-９])/g;
/** 2019—2020年, 2019-2020, 2019至2020年: a span of years, not the year of a summary or plan. */
const RANGE_AFTER = /^\s*年?\s*(?:—|–|－|-|~|～|至|到)\s*(?:19|20)?[0-9]{2}/;
const RANGE_BEFORE = /(?:(?:19|20)[0-9]{2}|[0-9]{2})\s*年?\s*(?:—|–|－|-|~|～|至|到)\s*$/;
/** 计划生育 and 计划免疫 are programmes, not plans. */
export const PLAN_WORD = /计划(?!生育|免疫|单列)|打算|要点|安排|思路|规划|展望|设想|谋划|部署|目标任务|重点工作|主要任务/;
export const SUMMARY_WORD = /总结|回顾|汇报|情况|述职|成绩|成效|进展|主要工作|完成/;
const CONJUNCTION = /及|和|与|暨|以及|并|、/;
const SUB_ANNUAL = /半年|季度|[0-9０-９一二三四五六七八九十]+\s*月(?:份)?(?:工作|总结)/;

/** The role of a year from the words that follow it, up to a conjunction or the next year. */
function roleAfter(segment: string): YearRole {
  const conjunction = CONJUNCTION.exec(segment);
  const own = conjunction ? segment.slice(0, conjunction.index) : segment;
  const plan = lastIndex(own, PLAN_WORD_ALL);
  const summary = lastIndex(own, SUMMARY_WORD_ALL);
  if (plan < 0 && summary < 0) return null;
  return plan > summary ? 'plan' : 'summary';
}

const PLAN_WORD_ALL = new RegExp(PLAN_WORD.source, 'g');
const SUMMARY_WORD_ALL = new RegExp(SUMMARY_WORD.source, 'g');

function lastIndex(text: string, pattern: RegExp): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index;
  return last;
}

/** Four-digit years in a text, ranges left out, each with the role of the words after it. */
export function yearMentions(text: string): YearMention[] {
  const found: { year: number; start: number; end: number }[] = [];
  for (const match of text.matchAll(YEAR)) {
    const start = match.index;
    const end = start + 4;
    if (RANGE_AFTER.test(text.slice(end, end + 12)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    found.push({ year: Number(match[1]), start, end });
  }
  return found.map((mention, index) => {
    const next = index + 1 < found.length ? found[index + 1].start : text.length;
    return { ...mention, role: roleAfter(text.slice(mention.end, next)) };
  });
}

/**
 * The years of a report title. A year whose words do not decide its role takes it from the kind of
 * document: in a summary it is the summary year, in a plan the plan year.
 */
export function titleYears(text: string, kind: string | null): TitleYears {
  const mentions = yearMentions(text);
  for (const mention of mentions) {
    if (mention.role !== null) continue;
    if (kind === 'plan') mention.role = 'plan';
    else if (kind === 'summary' || kind === 'summary-plan' || kind === 'review') mention.role = 'summary';
  }
  return {
    mentions,
    summary: mentions.find((mention) => mention.role === 'summary') ?? null,
    plan: mentions.find((mention) => mention.role === 'plan') ?? null,
    subAnnual: SUB_ANNUAL.test(text),
    planOffset: planOffset(text),
  };
}

function planOffset(text: string): 0 | 1 | null {
  if (!SUB_ANNUAL.test(text)) return 1;
  if (/下半年(?:度)?(?:工作)?(?:总结|回顾|汇报|情况)/.test(text)) return 1;
  if (/上半年|(?<!下)半年/.test(text) && !/季度|月/.test(text)) return 0;
  return null;
}

/**
 * A year that opens a heading's words (`2021年主要工作`, `2020年工作计划`), with the role of the words
 * after it. Dates (`2019年6月`), spans (`2019—2020年`) and `2015年以来` are not heading years.
 */
export function headingYear(title: string): YearMention | null {
  const match = /^[（(“"《]?((?:19|20)[0-9]{2})(?![0-9０-９])\s*年?(度)?/.exec(title);
  if (!match) return null;
  const start = match[0].indexOf(match[1]);
  const after = title.slice(match[0].length);
  if (/^\s*(?:[0-9０-９]|[一二三四五六七八九十]+月|以来|来|以前|之前|前|以后|之后|后|至|到|—|–|－|-|~|～)/.test(after)) return null;
  if (!/年/.test(match[0])) {
    // 2019工作总结 (年 left out) still names a year; 2019例 is a count.
    if (!/^\s*(?:工作|主要|重点|年度)/.test(after)) return null;
  }
  const role = roleAfter(after);
  return { year: Number(match[1]), start, end: start + 4, role };
}
