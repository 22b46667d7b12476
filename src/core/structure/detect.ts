import { trimReportSpace } from '../text/characters';
import { scanHeadingMarker } from './markers';
import { scanTitle } from './titles';

const FIRST_LINES = 15;
const FILE_NAME_KEYWORD = /总结|计划|要点|讲话|报告|述职|打算|方案|汇报|发言|致辞|规划/;

/**
 * Whether a plaintext or Markdown document is a work report: one of its first non-empty lines is a
 * report title, or its file name says so. (The `work-report` language is always a report.)
 */
export function isReportText(text: string, fileName?: string): boolean {
  if (fileName && FILE_NAME_KEYWORD.test(baseName(fileName))) return true;
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

/** Binary content (NUL bytes or many control characters near the start) is never linted. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  return control / sample.length > 0.1;
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}
