import { parseChineseDigitString, parseChineseNumeral } from '../text/numerals';
import { asciiDigits, trimReportSpace } from '../text/characters';

export interface DateLine {
  line: number;
  year: number;
  month: number;
  day: number | null;
}

export interface Signature {
  /** Line of the organization name, when one stands right before the date. */
  organizationLine: number | null;
  organization: string | null;
  date: DateLine;
}

const ARABIC_DATE = /^([0-9]{4})\s*年\s*([0-9]{1,2})\s*月(?:\s*([0-9]{1,2})\s*日)?$/;
const CHINESE_DATE = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?$/;
const ORGANIZATION_END = /(局|委|委员会|政府|办公室|办|院|中心|公司|学校|大学|学院|部|处|科|所|站|会|组|党委|党组|集团|医院|街道|镇|乡|厅|署|室)$/;

/** A line holding only a date (成文日期): `2023年12月5日`, `2023年12月`, `二〇二三年十二月五日`. */
export function scanDateLine(lineText: string, line: number): DateLine | null {
  const text = asciiDigits(trimReportSpace(lineText)).replace(/[。.]$/, '');
  const arabic = ARABIC_DATE.exec(text);
  if (arabic) return validDate(line, Number(arabic[1]), Number(arabic[2]), arabic[3] ? Number(arabic[3]) : null);
  const chinese = CHINESE_DATE.exec(text);
  if (chinese) {
    const year = parseChineseDigitString(chinese[1]);
    const month = parseChineseNumeral(chinese[2]);
    const day = chinese[3] ? parseChineseNumeral(chinese[3]) : null;
    if (year !== null && month !== null) return validDate(line, year, month, day);
  }
  return null;
}

function validDate(line: number, year: number, month: number, day: number | null): DateLine | null {
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { line, year, month, day };
}

export function looksLikeOrganization(lineText: string): boolean {
  const text = trimReportSpace(lineText);
  return text.length >= 2 && text.length <= 40 && !/[。，,；;：:！？]/.test(text) && ORGANIZATION_END.test(text);
}

export function signatureAt(lines: readonly string[], dateIndex: number, date: DateLine, firstLine: number): Signature {
  for (let i = dateIndex - 1; i >= Math.max(firstLine, dateIndex - 2); i--) {
    const text = trimReportSpace(lines[i]);
    if (text.length === 0) continue;
    if (looksLikeOrganization(text)) return { organizationLine: i, organization: text, date };
    break;
  }
  return { organizationLine: null, organization: null, date };
}
