const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const CHINESE_NUMERAL_CLASS = '一二三四五六七八九十百〇零两';

const NUMERAL = /^(?:([一二三四五六七八九])百([零〇])?)?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/;

/**
 * Value of a Chinese numeral as used in counting and in heading markers: 一 … 九十九, 一百 … 九百九十九,
 * 〇/零 alone for zero. Returns null for forms that are not well-formed numerals (零五, 二十零, 两十, 一百十).
 */
export function parseChineseNumeral(text: string): number | null {
  let value = parsed.get(text);
  if (value === undefined) {
    value = parseUncached(text);
    if (parsed.size < 4096) parsed.set(text, value);
  }
  return value;
}

/** Markers and series use a few dozen numerals over and over. */
const parsed = new Map<string, number | null>();

function parseUncached(text: string): number | null {
  if (text === '〇' || text === '零') return 0;
  const match = NUMERAL.exec(text);
  if (!match || text.length === 0) return null;
  const [, hundreds, zero, tens, ten, units] = match;
  if (zero && (ten || !units)) return null;
  if (hundreds && ten && !tens) return null;
  if (hundreds && units && !ten && !zero) return null;
  const value = (hundreds ? DIGITS[hundreds] * 100 : 0) + (ten ? (tens ? DIGITS[tens] : 1) * 10 : 0) + (units ? DIGITS[units] : 0);
  return value > 0 ? value : null;
}

/** A count as spoken (两点要求, 两个方面): like parseChineseNumeral, and 两 for two. */
export function parseCountNumeral(text: string): number | null {
  if (text === '两') return 2;
  return parseChineseNumeral(text.replace(/^两(?=[百])/, '二'));
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
