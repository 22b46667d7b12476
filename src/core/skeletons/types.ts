import { Message } from '../l10n/message';

/** The kinds of document the 新建工作报告 command, `report-lint new` and the snippets offer. */
export type SkeletonKind = 'annual' | 'summary' | 'plan' | 'speech' | 'review' | 'half-year';

/** Which half a 半年总结 covers: 上半年 (plans the second half of the same year) or 下半年 (plans the next year's first half). */
export type Half = 'first' | 'second';

export interface SkeletonOptions {
  kind: SkeletonKind;
  /**
   * The year written first in the title: the year summarized (annual, summary, half-year, review),
   * the year planned (plan), the year of the work conference (speech; its review covers year − 1).
   */
  year: number;
  /** Organization for the title and the signature; a `×××` blank when absent or empty. */
  org?: string;
  /** Only for `half-year`; `first` when absent. */
  half?: Half;
}

export interface Skeleton {
  /** Plain text; every blank is a `×` run that the `placeholder` rule reports until it is filled. */
  text: string;
  /** The same skeleton as a VS Code snippet body: a numbered tab stop on every blank, years literal. */
  snippet: string;
  /** The title line as written in `text`. */
  title: string;
}

export interface SkeletonKindInfo {
  kind: SkeletonKind;
  /** Quick-pick label, e.g. 年度工作总结及计划. */
  label: Message;
  /** One line describing the parts the skeleton contains. */
  description: Message;
}
