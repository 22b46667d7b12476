import { isHanAt } from './characters';

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
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      count++;
      inWord = false;
      i++;
      continue;
    }
    if (isHanAt(text, i) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2010 && code <= 0x206f)) {
      count++;
      inWord = false;
    } else if (code <= 0x20 || code === 0xa0 || code === 0xfeff) {
      inWord = false;
    } else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}
