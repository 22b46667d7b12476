/** Whitespace that may pad a line in reports: ASCII, ideographic space, no-break space, BOM and friends. */
export const SPACE_CLASS = '\\s\\u3000\\u00a0\\ufeff\\u200b';
const LEADING_SPACE = new RegExp(`^[${SPACE_CLASS}]+`);
const TRAILING_SPACE = new RegExp(`[${SPACE_CLASS}]+$`);

export function leadingSpaceLength(text: string): number {
  return LEADING_SPACE.exec(text)?.[0].length ?? 0;
}

export function trimReportSpace(text: string): string {
  return text.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
}

export function trimmedEnd(text: string): number {
  return text.length - (TRAILING_SPACE.exec(text)?.[0].length ?? 0);
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

/** Full-width digits ０-９ become ASCII digits; everything else is kept. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Sentence-ending punctuation, full and half width. */
export const SENTENCE_END = /[。！？!?]/;
