/**
 * Scanning helpers shared by the character-level text rules (`placeholder`, `missing-number`,
 * `date-format`): lookup tables over UTF-16 code units, word lists indexed by first character, and
 * the spans of a line that are technical text (URLs, e-mail addresses, file names). All linear.
 */

/** A lookup table over UTF-16 code units: 1 for the given characters. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Groups `items` by the first character of their key, longer keys first. */
export function indexByFirstChar<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => key(b).length - key(a).length)) {
    const first = key(item)[0];
    const list = index.get(first) ?? [];
    list.push(item);
    index.set(first, list);
  }
  return index;
}

/**
 * Spans of a line that are technical text: the words (between spaces and punctuation) that hold a URL,
 * an e-mail address or a file name (`http://…/a_b.html`, `工作总结_定稿.docx`,
 * `区卫生局年工作计划总结.docx_第1页`). Computed once per line, as a flat list of [start, end) pairs in
 * order.
 */
export function technicalSpans(text: string): number[] {
  const spans: number[] = [];
  if (!text.includes('://') && !/www\.|@|\.[A-Za-z]/.test(text)) return spans;
  let i = 0;
  while (i < text.length) {
    if (WORD_BREAK.includes(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !WORD_BREAK.includes(text[i])) i++;
    const word = text.slice(start, i);
    if (word.includes('://') || /^www\./i.test(word) || /[A-Za-z0-9]@[A-Za-z0-9-]+\./.test(word) || FILE_EXTENSION.test(word)) {
      spans.push(start, i);
    }
  }
  return spans;
}

/** What separates words for `technicalSpans`: spaces and the punctuation a URL or file name does not contain. */
const WORD_BREAK = ' \t\u3000\u00a0，。；：！？、“”‘’《》（）【】〔〕「」,;()<>"\'';

/** True when `index` lies inside one of `spans` (binary search). */
export function insideSpans(spans: readonly number[], index: number): boolean {
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid * 2 + 1] <= index) low = mid + 1;
    else high = mid;
  }
  return low < spans.length / 2 && spans[low * 2] <= index;
}

/** True when an underscore run [index, runEnd) belongs to an identifier (`file_name`) or technical text. */
export function underscoreIsTechnical(text: string, index: number, runEnd: number, spans: readonly number[]): boolean {
  if (isLatin(text[index - 1] ?? '') || isLatin(text[runEnd] ?? '')) return true;
  return insideSpans(spans, index);
}

/** A Latin letter, ASCII or full-width. */
export function isLatin(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && isLatinCode(char.charCodeAt(0));
}

/** `isLatin` by UTF-16 code unit (reading `text[i]` builds a string for every CJK character). */
export function isLatinCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

const FILE_EXTENSION = /\.(?:docx?|xlsx?|pptx?|pdf|txt|md|wps|et|dps|ofd|jpe?g|png|gif|bmp|zip|rar|7z|html?|csv|json|xml|js|ts|exe|mp[34]|wav|avi)(?![A-Za-z0-9])/i;

