import { trimReportSpace } from '../text/characters';
import { scanHeadingMarker } from './markers';
import { scanTitle } from './titles';
import { checkDecodedText } from '../text/encodingCheck';

const FIRST_LINES = 15;
const FILE_NAME_KEYWORD = /总结|计划|要点|讲话|报告|述职|打算|方案|汇报|发言|致辞|规划/;

/**
 * Whether a plaintext or Markdown document is a work report: one of its first non-empty lines is a
 * report title, or its file name says so. (The `work-report` language is always a report.)
 */
export function isReportText(text: string, fileName?: string): boolean {
  if (fileName && nameSaysReport(fileName)) return true;
  let seen = 0;
  let start = 0;
  const limit = Math.min(text.length, 64 * 1024);
  while (start < limit && seen < FIRST_LINES) {
    let end = start;
    while (end < limit && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    if (trimReportSpace(line).length > 0) {
      seen++;
      if (!scanHeadingMarker(line) && scanTitle(line, 0)) return true;
    }
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return false;
}

/**
 * Binary content (a NUL, or many control characters, near the start) is never linted. U+FFFD alone
 * no longer makes text binary: mostly-U+FFFD text is a legacy Chinese encoding decoded as UTF-8
 * (`checkDecodedText` tells the two apart; the extension says so instead of staying silent).
 */
export function looksBinary(text: string): boolean {
  return checkDecodedText(text, 8192).verdict === 'binary';
}

/** Whether the file name alone says "report" (the first test of `isReportText`). */
export function nameSaysReport(fileName: string): boolean {
  return FILE_NAME_KEYWORD.test(baseName(fileName));
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}
