import { ReportKind } from './titles';

export type Part = 'summary' | 'problems' | 'plan';

const PROBLEMS =
  /存在的?(主要|突出)?(问题|不足|困难|短板)|问题(和|与|及)(不足|困难|差距|短板|挑战)|(不足|短板|差距|困难|挑战)(和|与|及)(问题|不足|挑战|困难)|^(主要|突出)?问题$|不足之处|薄弱环节|正视问题|面临的(困难|问题|挑战)|存在困难|短板弱项/;
const PLAN =
  /计划(?!生育|免疫|单列)|打算|工作安排|工作思路|下一步|明年|工作要点|^(?:[0-9]{4}年|下一步|明年|今后)?的?重点工作|工作重点|主要任务|目标任务|工作目标|努力方向|工作部署|谋划|展望/;
const SUMMARY =
  /主要工作|工作进展|成绩|成效|完成情况|回顾|主要做法|工作开展|开展情况|工作情况|进展情况|取得|亮点|履职情况|基本情况|工作总结|总体情况|所做的工作|做了.*工作/;
/** In a speech, the section that deploys the year's work (三、扎实做好今年…各项重点工作) is its plan. */
const SPEECH_PLAN = /重点工作|重点任务|工作任务|做好(?:今年|明年|[0-9]{4}年)|部署|抓落实|确保.*完成/;
/** How planned work went (重点工作完成情况) is a summary, whatever plan words it names. */
const DONE = /(完成|执行|推进|落实|进展|开展)情况/;
const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})\s*年/;

/**
 * Part of a top-level section from its heading words: problems before plan before summary, because a
 * problems heading may mention work (存在的问题和不足) and a plan heading may mention results.
 * A heading naming a year after the summary year is a plan (2020年工作 in a 2019 summary).
 */
export function classifyHeading(text: string, summaryYear: number | null, kind: ReportKind | null = null): Part | null {
  if (PROBLEMS.test(text)) return 'problems';
  if (kind === 'speech' && SPEECH_PLAN.test(text)) return 'plan';
  const year = YEAR.exec(text);
  if (year && summaryYear !== null) {
    const value = Number(year[1]);
    if (value > summaryYear && /工作|任务|目标|安排|重点/.test(text)) return 'plan';
    if (value === summaryYear && !PLAN.test(text)) return 'summary';
  }
  if (DONE.test(text)) return 'summary';
  if (PLAN.test(text)) return 'plan';
  if (SUMMARY.test(text)) return 'summary';
  return null;
}

/**
 * Fills in parts that the words did not decide, from the position of the section, except in speeches
 * (their sections are themes, not parts): in a plan, everything is plan; in a summary, sections before
 * the first problems or plan section are summary, and sections after a plan section are plan.
 */
export function fillPartsByPosition(parts: (Part | null)[], kind: ReportKind | null): (Part | null)[] {
  if (kind === 'speech') return afterProblemsIsPlan(parts);
  if (kind === null || kind === 'report') return parts;
  if (kind === 'plan') return parts.map((part) => part ?? 'plan');
  const result = [...parts];
  let seen: Part | null = null;
  for (let i = 0; i < result.length; i++) {
    if (result[i] !== null) {
      seen = result[i];
      continue;
    }
    if (seen === null || seen === 'summary') result[i] = 'summary';
    else if (seen === 'plan') result[i] = 'plan';
  }
  return result;
}

/** A speech's sections after its problems section deploy work: they are plan unless their words say otherwise. */
function afterProblemsIsPlan(parts: (Part | null)[]): (Part | null)[] {
  let afterProblems = false;
  return parts.map((part) => {
    if (part === 'problems') afterProblems = true;
    return part ?? (afterProblems ? 'plan' : null);
  });
}
