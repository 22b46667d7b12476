import { renderTemplate } from './render';
import { PARTS, TemplateId, templateLines } from './templates';

/**
 * The snippets of `snippets/work-report.json`, generated from the same templates as the skeletons
 * (`node scripts/generate-snippets.mjs` writes the file; a unit test checks it is up to date).
 *
 * Years: a static snippet cannot know the year, so the first year of a skeleton is a tab stop whose
 * default is `${CURRENT_YEAR}`, and the following (or preceding) year is a separate tab stop whose
 * default is CURRENT_YEAR ± 1, computed by a snippet transform. Both are visited first (title order),
 * and their other occurrences mirror them. Every other blank is a tab stop with its `×` default.
 */
export interface SnippetEntry {
  /** The snippet's name (the key in the JSON file). */
  name: string;
  /** Typed prefixes: pinyin initials and Chinese words. */
  prefix: string[];
  /** Template lines (render.ts). */
  template: readonly string[];
  description: string;
  /** Offered by 'Snippets: Fill File with Snippet' for a new file. */
  fileTemplate?: boolean;
}

export interface SnippetJson {
  prefix: string[];
  body: string[];
  description: string;
  isFileTemplate?: boolean;
}

function document(id: TemplateId): readonly string[] {
  return templateLines(id);
}

export const SNIPPET_ENTRIES: readonly SnippetEntry[] = [
  {
    name: '年度工作总结及计划',
    prefix: ['ndzj', 'ndzjjh', 'zjjh', '年度总结', '年度工作总结', '总结及计划'],
    template: document('annual'),
    description: '年度工作总结及下一年工作计划（全文骨架） — annual summary and next year\'s plan',
    fileTemplate: true,
  },
  {
    name: '工作总结',
    prefix: ['gzzj', 'zj', '工作总结', '总结'],
    template: document('summary'),
    description: '工作总结：主要工作、存在的问题、下一步工作打算（全文骨架） — work summary',
    fileTemplate: true,
  },
  {
    name: '工作要点',
    prefix: ['gzyd', 'gzjh', 'yd', '工作要点', '工作计划', '要点'],
    template: document('plan'),
    description: '年度工作要点/工作计划（全文骨架） — work plan',
    fileTemplate: true,
  },
  {
    name: '讲话稿',
    prefix: ['jhg', 'jianghua', '讲话稿', '讲话', '工作会议讲话'],
    template: document('speech'),
    description: '工作会议讲话稿：同志们、肯定成绩、正视问题、部署任务（全文骨架） — speech at a work conference',
    fileTemplate: true,
  },
  {
    name: '述职报告',
    prefix: ['szbg', 'sz', '述职报告', '述职'],
    template: document('review'),
    description: '述职报告：履职情况、存在的不足、今后努力方向（全文骨架） — performance review',
    fileTemplate: true,
  },
  {
    name: '上半年工作总结及下半年计划',
    prefix: ['bnzj', 'sbnzj', '半年总结', '上半年总结', '上半年工作总结'],
    template: document('half-year-first'),
    description: '上半年工作总结及下半年工作计划（全文骨架） — first-half summary and second-half plan',
    fileTemplate: true,
  },
  {
    name: '下半年工作总结及下年上半年计划',
    prefix: ['xbnzj', '下半年总结', '下半年工作总结'],
    template: document('half-year-second'),
    description: '下半年工作总结及下一年上半年工作计划（全文骨架） — second-half summary and plan',
    fileTemplate: true,
  },
  {
    name: '主要工作（总结部分）',
    prefix: ['zygz', '主要工作', '工作情况'],
    template: PARTS.work,
    description: '一、主要工作：（一）（二）（三）及一是/二是 — the summary part',
  },
  {
    name: '存在的问题',
    prefix: ['wt', 'czdwt', '存在的问题', '问题', '不足'],
    template: PARTS.problems,
    description: '二、存在的问题：一是/二是/三是 — the problems part',
  },
  {
    name: '下一年工作计划',
    prefix: ['jh', 'xnjh', '计划', '下年计划', '明年计划'],
    template: PARTS.plan,
    description: '三、××××年工作计划：（一）1.（1） — the plan part (year + 1)',
  },
  {
    name: '下一步工作打算',
    prefix: ['xyb', 'ds', 'xybgzds', '下一步', '打算', '工作打算'],
    template: PARTS.nextSteps,
    description: '三、下一步工作打算：一是/二是/三是 — the next-steps part',
  },
  {
    name: '一级标题 一、',
    prefix: ['yjbt', 'h1', '一级标题'],
    template: ['{#一}、××××', '', '××××。'],
    description: '一级标题（一、），GB/T 9704 — level-1 heading',
  },
  {
    name: '二级标题 （一）',
    prefix: ['ejbt', 'h2', '二级标题'],
    template: ['（{#一}）××××。', '', '××××。'],
    description: '二级标题（（一），全角括号），GB/T 9704 — level-2 heading',
  },
  {
    name: '三级标题 1.',
    prefix: ['sjbt', 'h3', '三级标题'],
    template: ['{#1}.××××。××××。'],
    description: '三级标题（1.），GB/T 9704 — level-3 heading',
  },
  {
    name: '四级标题 （1）',
    prefix: ['sijbt', 'h4', '四级标题'],
    template: ['（{#1}）××××。××××。'],
    description: '四级标题（（1），全角括号），GB/T 9704 — level-4 heading',
  },
  {
    name: '一是、二是、三是',
    prefix: ['yis', 'ys', '一是'],
    template: ['一是××××。二是××××。三是××××。'],
    description: '一是……二是……三是…… — series',
  },
  {
    name: '一要、二要、三要',
    prefix: ['yiy', 'yy', '一要'],
    template: ['一要××××。二要××××。三要××××。'],
    description: '一要……二要……三要……（讲话稿） — series in speeches',
  },
  {
    name: '第一，第二，第三，',
    prefix: ['dy', 'dyi', '第一'],
    template: ['第一，××××。第二，××××。第三，××××。'],
    description: '第一，……第二，……第三，…… — series',
  },
  {
    name: '首先，其次，最后，',
    prefix: ['sx', '首先'],
    template: ['首先，××××。其次，××××。最后，××××。'],
    description: '首先，……其次，……最后，…… — series',
  },
  {
    name: '落款（单位和成文日期）',
    prefix: ['lk', 'cwrq', '落款', '成文日期', '日期'],
    template: ['{ORG}', '{TODAY}'],
    description: '单位名称和成文日期（今天，月日不补零） — signature and date',
  },
];

/** The snippet file's JSON object (the key order is the file's order). */
export function buildSnippetFile(): Record<string, SnippetJson> {
  const file: Record<string, SnippetJson> = {};
  for (const entry of SNIPPET_ENTRIES) {
    const { snippet } = renderTemplate(entry.template, { years: { kind: 'current' } });
    const json: SnippetJson = { prefix: entry.prefix, body: snippet.split('\n'), description: entry.description };
    if (entry.fileTemplate) json.isFileTemplate = true;
    file[entry.name] = json;
  }
  return file;
}

/** The file as written to disk: two-space JSON and a final line break. */
export function snippetFileText(): string {
  return JSON.stringify(buildSnippetFile(), null, 2) + '\n';
}
