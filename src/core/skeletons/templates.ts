import { Half, SkeletonKind, SkeletonKindInfo } from './types';

/*
 * The skeletons as data, in the template language of render.ts (`×` runs are blanks, `{ORG}`, `{Y}`,
 * `{Y+1}`, `{Y-1}`). Paragraphs are separated by an empty line (so the text also reads well as Markdown).
 * Headings follow GB/T 9704-2012 §7.3.3 (一、 （一） 1. （1）, full-width brackets); series stay inside
 * one paragraph so that each paragraph group numbers its own 一是…; every count the text announces
 * matches what follows (三点意见 → three sections), and every part a title promises is present.
 */

/** A block of paragraphs; blocks are shared by the kinds that use the same part. */
type Block = readonly string[];

/** Paragraphs separated by empty lines. */
function paragraphs(...items: (string | Block)[]): string[] {
  const lines: string[] = [];
  for (const item of items) {
    for (const line of typeof item === 'string' ? [item] : item) {
      if (lines.length > 0) lines.push('');
      lines.push(line);
    }
  }
  return lines;
}

/** 主要工作: three （一） sections, each with a lead sentence and an 一是/二是 series. */
const WORK: Block = [
  '（一）××××工作取得新成效。',
  '××××。一是××××。二是××××。三是××××。全年完成××××，同比增长××%。',
  '（二）××××工作实现新突破。',
  '××××。一是××××。二是××××。',
  '（三）××××工作得到新加强。',
  '××××。一是××××。二是××××。',
];

const PROBLEMS: Block = [
  '在肯定成绩的同时，我们也清醒地看到，工作中还存在一些问题和不足：一是××××。二是××××。三是××××。对此，我们将采取有力措施，认真加以解决。',
];

/** A plan part with all four heading levels. `{P}` is replaced by the plan period (e.g. `{Y+1}年`). */
const PLAN_PART: Block = [
  '{P}，我们将坚持以××××为指导，围绕××××目标，重点抓好以下工作：',
  '（一）××××。',
  '1.××××。××××。',
  '2.××××。××××。',
  '（二）××××。',
  '1.××××。××××。',
  '（1）××××。',
  '（2）××××。',
  '2.××××。××××。',
  '（三）××××。',
  '××××。',
];

const NEXT_STEPS: Block = ['下一步，我们将围绕××××，重点做好以下工作：一是××××。二是××××。三是××××。'];

const SIGNATURE: Block = ['{ORG}\n{Y}年×月×日'];

function planPart(period: string): Block {
  return PLAN_PART.map((line) => line.replace('{P}', period));
}

/** Part snippets: the heading numeral is a tab stop (its default is the part's usual place). */
export const PARTS = {
  work: paragraphs('{#一}、主要工作', WORK),
  problems: paragraphs('{#二}、存在的问题', PROBLEMS),
  plan: paragraphs('{#三}、{Y+1}年工作计划', planPart('{Y+1}年')),
  nextSteps: paragraphs('{#三}、下一步工作打算', NEXT_STEPS),
} as const;

/** One template per kind (and per half for 半年总结): the title line, then the body. */
export interface Template {
  title: string;
  body: readonly string[];
}

export type TemplateId = Exclude<SkeletonKind, 'half-year'> | 'half-year-first' | 'half-year-second';

export const TEMPLATES: Readonly<Record<TemplateId, Template>> = {
  annual: {
    title: '{ORG}{Y}年工作总结及{Y+1}年工作计划',
    body: paragraphs(
      '{Y}年，在××××的坚强领导下，我们坚持以××××为指导，认真落实××××部署要求，聚焦××××目标任务，统筹推进各项工作，全年××××，各项工作取得明显成效。现将有关情况报告如下。',
      '一、{Y}年主要工作',
      WORK,
      '二、存在的问题',
      PROBLEMS,
      '三、{Y+1}年工作计划',
      planPart('{Y+1}年'),
      SIGNATURE,
    ),
  },
  summary: {
    title: '{ORG}{Y}年工作总结',
    body: paragraphs(
      '{Y}年，在××××的正确领导下，我们围绕××××，扎实推进各项工作，较好地完成了全年目标任务。现将有关情况总结如下。',
      '一、{Y}年主要工作',
      WORK,
      '二、存在的问题',
      PROBLEMS,
      '三、下一步工作打算',
      NEXT_STEPS,
      SIGNATURE,
    ),
  },
  plan: {
    title: '{ORG}{Y}年工作要点',
    body: paragraphs(
      '{Y}年是××××的关键之年。全年工作的总体要求是：坚持以××××为指导，全面贯彻××××，围绕××××，着力××××，推动各项工作再上新台阶。主要预期目标是：××××增长××%左右，××××达到××个。',
      '一、聚焦××××，着力推进××××',
      '（一）××××。××××。',
      '（二）××××。××××。',
      '二、坚持××××，持续提升××××',
      '（一）××××。××××。',
      '（二）××××。××××。',
      '三、强化××××，切实加强××××',
      '（一）××××。××××。',
      '（二）××××。××××。',
      '四、加强组织保障，确保各项任务落到实处',
      '（一）加强组织领导。××××。',
      '（二）强化督导考核。××××。',
      SIGNATURE,
    ),
  },
  speech: {
    title: '在{ORG}{Y}年工作会议上的讲话',
    body: paragraphs(
      '×××',
      '（{Y}年×月×日）',
      '同志们：',
      '今天召开{ORG}{Y}年工作会议，主要任务是深入贯彻落实××××精神，总结{Y-1}年工作，分析当前形势，部署{Y}年重点任务。刚才，×××同志作了工作报告，我完全同意。下面，我讲三点意见。',
      '一、充分肯定成绩，切实增强做好工作的信心和决心',
      '{Y-1}年，全系统××××，全年完成××××，同比增长××%。一是××××。二是××××。三是××××。这些成绩的取得，是××××的结果。在此，我代表××××，向大家表示衷心的感谢！',
      '二、清醒认识存在的问题，切实增强做好工作的责任感和紧迫感',
      '在肯定成绩的同时，我们也要清醒地看到，工作中还存在一些问题和不足。一是××××。二是××××。三是××××。对这些问题，我们必须高度重视，认真加以解决。',
      '三、突出工作重点，扎实做好{Y}年各项工作',
      '{Y}年工作的总体思路是：××××。重点抓好以下几个方面：',
      '（一）着力抓好××××。一要××××。二要××××。三要××××。',
      '（二）着力推进××××。一要××××。二要××××。',
      '（三）着力加强××××。××××。',
      '同志们，××××。让我们××××，奋力开创××××新局面！',
    ),
  },
  review: {
    title: '{Y}年度述职报告',
    body: paragraphs(
      '各位领导、同志们：',
      '{Y}年，我在{ORG}担任××××职务，主要负责××××工作。一年来，在××××的正确领导下，我认真履行岗位职责，较好地完成了各项工作任务。现将本人履职情况报告如下，请予评议。',
      '一、履职情况',
      '（一）加强学习，不断提升政治素质和业务能力。××××。',
      '（二）履职尽责，扎实推进分管工作落实。××××。一是××××。二是××××。三是××××。全年完成××××，同比增长××%。',
      '（三）严于律己，自觉遵守廉洁自律各项规定。××××。',
      '二、存在的不足',
      '回顾一年来的工作，自身还存在一些不足：一是××××。二是××××。',
      '三、今后努力方向',
      '今后，我将××××：一是××××。二是××××。三是××××。',
      '以上报告，请各位领导和同志们评议。',
      '述职人：×××\n{Y}年×月×日',
    ),
  },
  'half-year-first': {
    title: '{ORG}{Y}年上半年工作总结及下半年工作计划',
    body: paragraphs(
      '今年以来，在××××的坚强领导下，我们围绕全年目标任务，扎实推进各项工作，上半年××××，实现了“时间过半、任务过半”。现将有关情况报告如下。',
      '一、上半年主要工作',
      WORK,
      '二、存在的问题',
      PROBLEMS,
      '三、下半年工作计划',
      planPart('下半年'),
      SIGNATURE,
    ),
  },
  'half-year-second': {
    title: '{ORG}{Y}年下半年工作总结及{Y+1}年上半年工作计划',
    body: paragraphs(
      '{Y}年下半年，在××××的坚强领导下，我们围绕全年目标任务，扎实推进各项工作，下半年××××，圆满完成了全年目标任务。现将有关情况报告如下。',
      '一、下半年主要工作',
      WORK,
      '二、存在的问题',
      PROBLEMS,
      '三、{Y+1}年上半年工作计划',
      planPart('{Y+1}年上半年'),
      SIGNATURE,
    ),
  },
};

export function templateId(kind: SkeletonKind, half: Half = 'first'): TemplateId {
  return kind === 'half-year' ? (half === 'second' ? 'half-year-second' : 'half-year-first') : kind;
}

/** The whole template: title, an empty line, the body, a final line break. */
export function templateLines(id: TemplateId): string[] {
  const template = TEMPLATES[id];
  return [template.title, '', ...template.body.flatMap((line) => line.split('\n')), ''];
}

export const SKELETON_KINDS: readonly SkeletonKindInfo[] = [
  {
    kind: 'annual',
    label: { zh: '年度工作总结及计划', en: 'Annual summary and next year\'s plan' },
    description: { zh: '主要工作、存在的问题、下一年工作计划', en: 'Main work, problems, next year\'s plan' },
  },
  {
    kind: 'summary',
    label: { zh: '工作总结', en: 'Work summary' },
    description: { zh: '主要工作、存在的问题、下一步工作打算', en: 'Main work, problems, next steps' },
  },
  {
    kind: 'plan',
    label: { zh: '工作要点/计划', en: 'Work plan (工作要点)' },
    description: { zh: '总体要求、重点任务、组织保障', en: 'Overall requirements, key tasks, safeguards' },
  },
  {
    kind: 'speech',
    label: { zh: '讲话稿', en: 'Speech' },
    description: { zh: '同志们：肯定成绩、正视问题、部署任务（一要、二要）', en: 'Achievements, problems, tasks (一要, 二要)' },
  },
  {
    kind: 'review',
    label: { zh: '述职报告', en: 'Performance review (述职报告)' },
    description: { zh: '履职情况、存在的不足、今后努力方向', en: 'Duties performed, shortcomings, direction' },
  },
  {
    kind: 'half-year',
    label: { zh: '半年总结', en: 'Half-year summary' },
    description: { zh: '半年主要工作、存在的问题、下半年工作计划', en: 'Half-year work, problems, plan for the next half' },
  },
];
