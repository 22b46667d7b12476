/** Whitespace that may pad a line in reports: ASCII, ideographic space, no-break space, BOM and friends. */
export const SPACE_CLASS = '\\s\\u3000\\u00a0\\ufeff\\u200b';

/** The characters of `\s` plus the zero-width space; a loop, not a regex, so long inner runs stay linear. */
export function isReportSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function leadingSpaceLength(text: string): number {
  let index = 0;
  while (index < text.length && isReportSpace(text.charCodeAt(index))) index++;
  return index;
}

export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isReportSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** True when the line holds nothing but report spaces (no string is built, unlike trimming). */
export function isBlank(text: string): boolean {
  return leadingSpaceLength(text) === text.length;
}

/** Length of the line without its padding; the same as `trimReportSpace(text).length`, without building it. */
export function trimmedLength(text: string): number {
  const start = leadingSpaceLength(text);
  return start === text.length ? 0 : trimmedEnd(text) - start;
}

export function trimReportSpace(text: string): string {
  const start = leadingSpaceLength(text);
  return start === text.length ? '' : text.slice(start, trimmedEnd(text));
}

/** Value of an ASCII or full-width digit (`0`–`9`, `０`–`９`) by UTF-16 code unit, or -1. */
export function digitValueOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** An ASCII or full-width digit, by UTF-16 code unit. */
export function isDigitCode(code: number): boolean {
  return digitValueOf(code) >= 0;
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** True for a CJK ideograph, including astral ones (Extension B and later) given as a surrogate pair. */
export function isHanAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  if (code === undefined) return false;
  return isHan(code) || (code >= 0x20000 && code <= 0x3134f);
}

const FULL_WIDTH_DIGIT = /[０-９]/;

/** Full-width digits ０-９ become ASCII digits; everything else is kept. */
export function asciiDigits(text: string): string {
  if (!FULL_WIDTH_DIGIT.test(text)) return text;
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Sentence-ending punctuation, full and half width. */
export const SENTENCE_END = /[。！？!?]/;
