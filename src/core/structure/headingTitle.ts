import { isReportSpace, trimmedEnd } from '../text/characters';

const MAX_TITLE = 40;

/** The heading's own words: after the marker up to the first sentence end, shortened when long. */
export function headingTitle(lineText: string, markerEnd: number): { title: string; start: number; end: number } {
  let start = markerEnd;
  while (start < lineText.length && isReportSpace(lineText.charCodeAt(start))) start++;
  const lineEnd = withoutClosingHashes(lineText, trimmedEnd(lineText));
  let end = lineEnd;
  for (let i = start; i < lineEnd; i++) {
    if ('。！？；!?;'.includes(lineText[i])) {
      end = i;
      break;
    }
  }
  let title = lineText.slice(start, Math.max(start, end)).trim();
  if (title.length > MAX_TITLE) {
    const comma = title.search(/[，,：:]/);
    title = comma > 0 && comma <= MAX_TITLE ? title.slice(0, comma) : safeSlice(title, MAX_TITLE) + '…';
  }
  return { title, start, end: Math.max(start, end) };
}

/** Cuts a string without splitting a surrogate pair. */
function safeSlice(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** End of the text before Markdown's optional closing `#`s (`## 一、标题 ##`), found without a regex. */
export function withoutClosingHashes(text: string, end: number): number {
  let at = end;
  while (at > 0 && text[at - 1] === '#') at--;
  if (at === end || at === 0 || (text[at - 1] !== ' ' && text[at - 1] !== '\t')) return end;
  return trimmedEnd(text.slice(0, at));
}
