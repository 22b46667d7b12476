import { asciiDigits, trimReportSpace } from '../text/characters';
import { withoutClosingHashes } from './headingTitle';

export type ReportKind = 'summary-plan' | 'summary' | 'plan' | 'speech' | 'review' | 'report';

export interface TitleLine {
  line: number;
  /** The title as shown: trimmed, without Markdown `#` and without a trailing file extension. */
  text: string;
  kind: ReportKind;
  /** Four-digit years written in the title, in order of appearance. */
  years: number[];
  /**
   * True for a title that wraps the real document rather than being it: a cover notice
   * (关于印发《…》的通知) or a collection page's title (…(热门19篇), …合集).
   */
  wrapper: boolean;
}

const KEYWORD = /总结|计划|要点|讲话|报告|述职|打算|方案|汇报|发言|致辞|规划|工作安排|实施意见|工作思路/;
const FILE_EXTENSION = /\.(docx?|wps|pdf|txt|md)$/i;
const COLLECTION = /\d+篇|合集|大全|汇编|精选/;
const PAGE_MARKER = /_第\d+页|第\d+页\s*\/\s*共\d+页/;

/** Recognizes a report title line (not a heading: callers check markers first). */
export function scanTitle(lineText: string, line: number): TitleLine | null {
  if (lineText.length < 4) return null;
  const trimmed = trimReportSpace(lineText);
  if (trimmed.length > 80) return null;
  let text = trimmed.slice(0, withoutClosingHashes(trimmed, trimmed.length)).replace(/^#{1,6}[ \t]+/, '');
  if (PAGE_MARKER.test(text)) return null;
  text = text.replace(FILE_EXTENSION, '');
  if (text.length < 4 || text.length > 60) return null;
  if (!KEYWORD.test(text)) return null;
  if (/[。；;，,、]$/.test(text) || /[。：:|｜]/.test(text)) return null;
  if ((text.match(/[，,]/g) ?? []).length > 1) return null;
  if (/^[（(【《]/.test(text) && !/^《[^》]*》$/.test(text)) return null;
  return {
    line,
    text,
    kind: titleKind(text),
    years: titleYears(text),
    wrapper: (/^关于(印发|转发|下发)/.test(text) && /通知$/.test(text)) || COLLECTION.test(text),
  };
}

/**
 * A speech's own title ends with 讲话/发言/致辞 (with at most a short tail such as 稿, 范文, 【范文】);
 * a body line that merely mentions a speech (…大会上的讲话精神) does not.
 */
export function isSpeechTitle(text: string): boolean {
  return /(讲话|发言|致辞)[^精的中上要]{0,2}([【（(][^】）)]{0,8}[】）)])?$/.test(text);
}

export function titleKind(text: string): ReportKind {
  if (/讲话|发言|致辞/.test(text)) return 'speech';
  if (/述职/.test(text)) return 'review';
  const summary = /总结|汇报|回顾|工作情况|完成情况/.test(text);
  const plan = /计划(?!生育|免疫|单列)|要点|打算|规划|方案|安排|思路|实施意见/.test(text);
  if (summary && plan) return 'summary-plan';
  if (summary) return 'summary';
  if (plan) return 'plan';
  return 'report';
}

export function titleYears(text: string): number[] {
  const years: number[] = [];
  for (const match of asciiDigits(text).matchAll(/(?<![0-9０-９])((?:19|20)[0-9]{2})(?![0-9０-９])/g)) years.push(Number(match[1]));
  return years;
}
