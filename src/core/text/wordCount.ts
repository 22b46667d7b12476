import { isHanAt, isReportSpace } from './characters';

/**
 * 字数 as Chinese word processors count it (WPS, Word's 字数 with spaces excluded): every CJK character
 * and every full-width punctuation mark counts one, and every run of Latin letters or digits (a word or
 * a number such as 2023 or 12.5%) counts one. Whitespace does not count.
 */
export function countChineseChars(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      count++;
      inWord = false;
      i++;
      continue;
    }
    if (isReportSpace(code)) {
      inWord = false;
    } else if (isHanAt(text, i) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2010 && code <= 0x206f)) {
      count++;
      inWord = false;
    } else if (code < 0x20) {
      inWord = false;
    } else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}
