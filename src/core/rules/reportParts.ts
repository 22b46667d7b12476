import { standardMarker } from '../structure/markers';
import { formatChineseNumeral } from '../text/numerals';
import { isBlank, leadingSpaceLength, trimReportSpace, trimmedEnd } from '../text/characters';
import { Range, range } from '../text/positions';
import { TextModel } from '../text/textModel';
import { countChineseChars } from '../text/wordCount';
import { Heading, Report, ReportTree } from '../structure/types';
import { TextEdit } from './types';

/**
 * Helpers shared by the part rules (`plan-section`, `problem-section`): where a report's text really
 * ends, how its paragraphs are separated, how a heading of a given level is written, and which lines
 * look like unnumbered part headings or paragraphs that carry a part without a heading.
 */

/** Lines a document-sharing or government site adds around a report (never report text). */
const BOILERPLATE =
  /^(相关阅读|相关资源|相关搜索|相关推荐|相关范文|相关文章|猜你喜欢|猜您喜欢|展开阅读全文|阅读全文|点击下载|下载文档|返回|打印|【打印正文】|当前位置|上一篇|下一篇|分享到|扫一扫|用户登录|×)|备案号|ICP备|公网安备|经营许可证|版权所有|Copyright|_第\d+页|第\d+页\s*\/\s*共\d+页/i;

export function isBoilerplate(lineText: string): boolean {
  const text = trimReportSpace(lineText);
  return text.length > 0 && text.length <= 80 && BOILERPLATE.test(text);
}

/** Line break per model (a text without `\n` would otherwise be searched whole once per call). */
const lineBreaks = new WeakMap<TextModel, string>();

/** The document's line break, kept in inserted text (CRLF files stay CRLF). */
export function lineBreakOf(model: TextModel): string {
  let eol = lineBreaks.get(model);
  if (eol === undefined) {
    eol = findLineBreak(model.text);
    lineBreaks.set(model, eol);
  }
  return eol;
}

function findLineBreak(text: string): string {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/** Blank line between paragraphs when the report writes it so (most do), else a single line break. */
export function paragraphSeparator(model: TextModel, report: Report): string {
  const eol = lineBreakOf(model);
  let blank = 0;
  let filled = 0;
  for (let line = report.startLine; line <= report.endLine; line++) {
    if (isBlank(model.lineText(line))) blank++;
    else filled++;
  }
  return filled > 1 && blank * 2 >= filled ? eol + eol : eol;
}


/** The numeral of a heading written with another value, in the heading's own style. */
export function renumberEdit(model: TextModel, heading: Heading, ordinal: number): TextEdit {
  const { marker } = heading;
  const written = model.lineText(heading.line).slice(marker.numeralStart, marker.numeralEnd);
  let text = marker.numeralStyle === 'chinese' ? formatChineseNumeral(ordinal) : String(ordinal);
  if (marker.numeralStyle === 'arabic' && /[０-９]/.test(written)) {
    text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  }
  return { range: range(heading.line, marker.numeralStart, heading.line, marker.numeralEnd), text };
}

/** Leading whitespace and Markdown `#` prefix of a heading line, reused for an inserted sibling. */
export function headingPrefix(model: TextModel, heading: Heading | undefined): string {
  if (!heading) return '';
  const line = model.lineText(heading.line);
  const indent = line.slice(0, leadingSpaceLength(line));
  return indent + (heading.marker.markdownDepth > 0 ? '#'.repeat(heading.marker.markdownDepth) + ' ' : '');
}

/** The prefix of a child heading: one `#` more in Markdown, the same indentation otherwise. */
export function deeperPrefix(prefix: string): string {
  return prefix.replace(/(#+) $/, (_whole, hashes: string) => '#'.repeat(Math.min(6, hashes.length + 1)) + ' ');
}

/** The range of a line's text without its surrounding whitespace. */
export function trimmedLineRange(model: TextModel, line: number): Range {
  const text = model.lineText(line);
  const start = leadingSpaceLength(text);
  return range(line, start, line, Math.max(start, trimmedEnd(text)));
}

/** A heading from its marker to the end of its words (or of the line when that is shorter). */
export function headingRange(model: TextModel, heading: Heading): Range {
  const text = model.lineText(heading.line);
  const end = Math.max(heading.marker.end, Math.min(trimmedEnd(text), Math.max(heading.titleEnd, heading.marker.end)));
  return range(heading.line, heading.marker.start, heading.line, end);
}

/** Whether a report (title to end) has at least `limit` 字数, for the short-report setting; counts only that far. */
export function reportHasChars(model: TextModel, report: Report, limit: number): boolean {
  let count = 0;
  for (let line = report.startLine; line <= report.endLine && count < limit; line++) count += countChineseChars(model.lineText(line));
  return count >= limit;
}

/** Lines of the signature block (organization and 成文日期). */
export function signatureLines(report: Report): Set<number> {
  const lines = new Set<number>();
  if (report.signature) {
    lines.add(report.signature.date.line);
    if (report.signature.organizationLine !== null) lines.add(report.signature.organizationLine);
  }
  return lines;
}

/** Lines of the report's title block (title, subtitles, cover notice). */
export function titleLines(report: Report): Set<number> {
  const lines = new Set<number>();
  if (report.title) lines.add(report.title.line);
  for (const title of report.otherTitles) lines.add(title.line);
  return lines;
}

/**
 * The last line of the report's own text: trailing blank lines, site boilerplate and a signature block
 * at the end are not part of it. New parts are inserted after this line.
 */
export function lastTextLine(tree: ReportTree, report: Report): number {
  const model = tree.model;
  const signature = signatureLines(report);
  const lastHeading = report.allHeadings.length > 0 ? report.allHeadings[report.allHeadings.length - 1].line : -1;
  const titleLine = report.title?.line ?? report.startLine;
  const floor = Math.max(lastHeading, titleLine, report.startLine);
  let line = report.endLine;
  while (line > floor) {
    const text = model.lineText(line);
    if (isBlank(text) || isBoilerplate(text) || (signature.has(line) && line > lastHeading)) {
      line--;
      continue;
    }
    break;
  }
  return line;
}

/**
 * Whether a section has no text of its own: nothing after its words on the heading line, no children,
 * and nothing but blank lines, boilerplate and the signature block before its end.
 */
export function isEmptySection(model: TextModel, report: Report, heading: Heading): boolean {
  if (heading.children.length > 0) return false;
  const line = model.lineText(heading.line);
  const rest = trimReportSpace(line.slice(heading.titleEnd)).replace(/^[。：:；;！!？?]+/, '');
  if (rest.length > 0) return false;
  const signature = signatureLines(report);
  for (let i = heading.line + 1; i <= heading.endLine; i++) {
    const text = model.lineText(i);
    if (isBlank(text) || isBoilerplate(text) || signature.has(i)) continue;
    return false;
  }
  return true;
}

/** A short line without a marker standing as a heading (`下一步工作打算`, `## 2020年工作计划`). */
export function unnumberedHeadingText(lineText: string): string | null {
  const text = trimReportSpace(lineText).replace(/^#{1,6}[ \t]+/, '').replace(/[：:]$/, '');
  if (text.length < 2 || text.length > 30 || /[。；;，,！!？?]/.test(text)) return null;
  return text;
}

export { standardMarker };
