import { renderTemplate } from './render';
import { templateId, templateLines } from './templates';
import { Half, Skeleton, SkeletonKind, SkeletonOptions } from './types';

export const SKELETON_KIND_IDS: readonly SkeletonKind[] = ['annual', 'summary', 'plan', 'speech', 'review', 'half-year'];

/**
 * Years a skeleton accepts: every year it writes (year − 1 … year + 1) stays a four-digit year from
 * 1900 to 2099, the years the parser and the rules recognize in titles and headings.
 */
export const MIN_SKELETON_YEAR = 1901;
export const MAX_SKELETON_YEAR = 2098;

export function isSkeletonKind(value: string): value is SkeletonKind {
  return (SKELETON_KIND_IDS as readonly string[]).includes(value);
}

export function isValidSkeletonYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_SKELETON_YEAR && year <= MAX_SKELETON_YEAR;
}

/** The skeleton of a new report, as text and as a snippet. Throws a RangeError on an invalid kind or year. */
export function generateSkeleton(options: SkeletonOptions): Skeleton {
  if (!isSkeletonKind(options.kind)) throw new RangeError(`unknown skeleton kind '${String(options.kind)}'`);
  if (!isValidSkeletonYear(options.year)) {
    throw new RangeError(`year must be a whole number from ${MIN_SKELETON_YEAR} to ${MAX_SKELETON_YEAR}`);
  }
  const lines = templateLines(templateId(options.kind, options.half));
  const rendered = renderTemplate(lines, { years: { kind: 'fixed', year: options.year }, org: options.org });
  return { text: rendered.text, snippet: rendered.snippet, title: rendered.text.slice(0, rendered.text.indexOf('\n')) };
}

/**
 * Defaults for the 新建工作报告 quick pick, from today's date. Summaries are written at the end of the
 * year or early in the next (January to March: last year); plans and work-conference speeches for the
 * coming year from October on; a half-year report in April to September covers the first half, later
 * (and January to March, for last year) the second.
 */
export function skeletonDefaults(kind: SkeletonKind, today: Date): { year: number; half?: Half } {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  switch (kind) {
    case 'plan':
    case 'speech':
      return { year: month >= 10 ? year + 1 : year };
    case 'half-year':
      if (month <= 3) return { year: year - 1, half: 'second' };
      return { year, half: month <= 9 ? 'first' : 'second' };
    default:
      return { year: month <= 3 ? year - 1 : year };
  }
}
