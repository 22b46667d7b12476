const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const CHINESE_NUMERAL_CLASS = '一二三四五六七八九十百〇零两';

/**
 * Value of a Chinese numeral as used in counting and in heading markers: 一 … 九十九, 一百 … 九百九十九.
 * Returns null when the characters do not form a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0 || text.length > 6) return null;
  let total = 0;
  let pending: number | null = null;
  let lastUnit = 1000;
  for (const char of text) {
    if (char in DIGITS) {
      if (pending !== null && pending !== 0) return null;
      pending = DIGITS[char];
      continue;
    }
    const unit = char === '十' ? 10 : char === '百' ? 100 : 0;
    if (unit === 0 || unit >= lastUnit) return null;
    total += (pending ?? (unit === 10 && total === 0 ? 1 : NaN)) * unit;
    if (Number.isNaN(total)) return null;
    pending = null;
    lastUnit = unit;
  }
  if (pending !== null) {
    if (lastUnit === 100 && pending !== 0 && total > 0 && !text.includes('零') && !text.includes('〇')) {
      // 一百五 is colloquial for 150; in markers it does not occur, so treat it as malformed.
      return null;
    }
    total += pending;
  }
  return total;
}

/** The conventional Chinese numeral for n (1 ≤ n ≤ 999): 十一, 二十, 一百零五. */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 10) return CHINESE_DIGITS[n];
  if (n < 20) return '十' + (n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]);
  if (n < 100) return CHINESE_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]);
  const hundreds = CHINESE_DIGITS[Math.floor(n / 100)] + '百';
  const rest = n % 100;
  if (rest === 0) return hundreds;
  if (rest < 10) return hundreds + '零' + CHINESE_DIGITS[rest];
  return hundreds + CHINESE_DIGITS[Math.floor(rest / 10)] + '十' + (rest % 10 === 0 ? '' : CHINESE_DIGITS[rest % 10]);
}

/** Year written digit by digit in Chinese (二〇二三 → 2023), or null. */
export function parseChineseDigitString(text: string): number | null {
  let value = 0;
  for (const char of text) {
    const digit = char === '○' ? 0 : DIGITS[char];
    if (digit === undefined || char === '两') return null;
    value = value * 10 + digit;
  }
  return text.length > 0 ? value : null;
}
