import { CandidateCursor, candidateClass, candidateCursor, textCandidates } from '../text/candidates';
import { digitValueOf, isDigitCode, isHanAt } from '../text/characters';
import { parseChineseNumeral } from '../text/numerals';
import { range } from '../text/positions';
import { charTable, isLatin, isLatinCode } from './textScan';
import { Rule, TextEdit } from './types';

/** Characters where a date finding may be anchored; the scan jumps from one to the next. */
const DATE_CANDIDATES = candidateClass('0123456789０１２３４５６７８９月年');

/**
 * `date-format` (GB/T 9704 §7.3.5, GB/T 15835):
 * - a year glued to what follows without 年: `20196月` → `2019年6月`, `20222月20日` → `2022年2月20日`,
 *   `2019工作总结` → `2019年工作总结` (fix safe); a year opening a paragraph and followed by words,
 *   `2020经受大战大考…` → `2020年…` (fix offered, not safe);
 * - impossible dates: month 0 or above 12 (`13月`), day 0 or above the month's length (`2月30日`,
 *   `3月32日`, `2023年2月29日` when the year is written and not a leap year); no fix;
 * - zero-padded month or day in a date (`2023年03月05日` → `2023年3月5日`, fix safe);
 * - ○ (white circle), O or 0 used for the numeral 〇 in a Chinese-numeral year (`二○二三年`, fix safe).
 *
 * Not flagged: `2019年`, `2019—2020年`, `2019-2020`, digit runs of phone and ID numbers, `12345热线`,
 * counts (`2020例`, `2000余人`), `5.12`, `12·13`, `〔2021〕5号`, `2.1个百分点`, `2026年3月底`,
 * 月 in words (`24月龄`, `坐月子`), a duration in 日 with no month (`历时45日`).
 */

type Edit = TextEdit;

interface DateHit {
  start: number;
  end: number;
  messageId: 'gluedYear' | 'badMonth' | 'badDay' | 'notLeap' | 'padded' | 'circleZero';
  data: Record<string, string | number>;
  fix?: { titleId: 'insertNian' | 'dropZero' | 'useLing'; data: Record<string, string>; edits: [number, number, string][]; safe: boolean };
}


function digitValue(char: string | undefined): number {
  return !char || char.length !== 1 ? -1 : digitValueOf(char.charCodeAt(0));
}

function isDigit(char: string | undefined): boolean {
  return digitValue(char) >= 0;
}

const YUE = '月'.charCodeAt(0);
const NIAN = '年'.charCodeAt(0);

function numberOf(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    value = value * 10 + digitValueOf(text.charCodeAt(i));
  }
  return value;
}

/** Words that follow a year in titles and openings: `2019工作总结`, `2020全年`, `2019以来`. */
const AFTER_YEAR = [
  '工作', '全年', '上半年', '下半年', '以来', '至今', '总结', '计划', '要点', '述职', '第一季度', '第二季度',
  '第三季度', '第四季度', '一季度', '二季度', '三季度', '四季度', '春节', '元旦', '国庆', '暑期', '暑假', '寒假',
  '全国', '全省', '全市', '全县', '全区', '全州', '全镇', '全乡', '党建', '党风',
];
/** After a four-digit number these make it a count, a version or a range, not a year. */
const COUNT_FOLLOW =
  '人名个家项例次件起份张床所亩元万亿千百位条期场对户剂批种类级倍篇台辆套处座栋间支株吨斤米平公克天日月周岁届版款多余号年度新至到和与及或型路线号';
/** Characters before a digit run that make it part of a code, a decimal or a time. */
const CODE_BEFORE_TABLE = charTable('.．/:：_#-');
/** 月 followed by these is a word (月龄, 月薪, 月子), not a month of a date. */
const MONTH_WORD_NEXT = '龄薪子饼嫂光球票卡刊亮台色牙供息租';
const CHINESE_MONTH_DAY = '一二三四五六七八九十';
const YEAR_NUMERALS = '〇一二三四五六七八九';
const WRONG_ZERO = '○OoＯｏ0０';

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null ? 29 : isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function plausibleYear(value: number): boolean {
  return value >= 1900 && value <= 2099;
}

/** The date findings of one line. Linear: every character is looked at a bounded number of times. */
export function dateIssuesInLine(text: string, candidates: CandidateCursor = textCandidates(text, DATE_CANDIDATES)): DateHit[] {
  const hits: DateHit[] = [];
  /** Where the line's text starts after its padding; worked out once, for the first digit run. */
  let lineStart = -1;

  // Characters are compared by code: `text[i]` would build a string for every CJK character.
  for (let i = candidates.from(0); i < text.length; i = candidates.from(i + 1)) {
    const code = text.charCodeAt(i);

    if (isDigitCode(code)) {
      let end = i;
      while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      const next = text.charCodeAt(end);
      const partOfCode = isLatinCode(prev) || isDigitCode(prev) || CODE_BEFORE_TABLE[prev] === 1 || isLatinCode(next);
      if (!partOfCode) {
        if (lineStart < 0) lineStart = text.length - text.trimStart().length;
        gluedYear(text, i, end, i === lineStart, hits);
      }
      i = end - 1;
      continue;
    }

    if (code === YUE) {
      monthAndDay(text, i, hits);
      continue;
    }

    if (code === NIAN) {
      circleZeroYear(text, i, hits);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** `20196月`, `20222月20日`, `2019工作总结`, `2020经受…` (paragraph start). */
function gluedYear(text: string, start: number, end: number, atLineStart: boolean, hits: DateHit[]): void {
  const length = end - start;
  const nextCode = text.charCodeAt(end);
  const year = numberOf(text, start, start + 4);
  if ((length === 5 || length === 6) && nextCode === YUE && plausibleYear(year)) {
    const month = numberOf(text, start + 4, end);
    if (month < 1 || month > 12) return;
    const yearText = text.slice(start, start + 4);
    const monthText = text.slice(start + 4, end).replace(/^[0０]/, '');
    const expected = `${yearText}年${monthText}月`;
    hits.push({
      start,
      end: end + 1,
      messageId: 'gluedYear',
      data: { text: text.slice(start, end + 1), expected },
      fix: { titleId: 'insertNian', data: { expected }, edits: [[start, end, `${yearText}年${monthText}`]], safe: true },
    });
    return;
  }
  if (length !== 4 || !plausibleYear(year) || nextCode === NIAN) return;
  const next = text[end];
  const word = AFTER_YEAR.find((candidate) => text.startsWith(candidate, end));
  const paragraphOpening = atLineStart && isHanAt(text, end) && !COUNT_FOLLOW.includes(next);
  if (!word && !paragraphOpening) return;
  const yearText = text.slice(start, end);
  const shown = word ?? text.slice(end, end + 2);
  hits.push({
    start,
    end,
    messageId: 'gluedYear',
    data: { text: yearText + shown, expected: `${yearText}年${shown}` },
    fix: { titleId: 'insertNian', data: { expected: `${yearText}年${shown}` }, edits: [[end, end, '年']], safe: !!word },
  });
}

/** Month validity, day validity and zero padding around the 月 at `at`. */
function monthAndDay(text: string, at: number, hits: DateHit[]): void {
  if (MONTH_WORD_NEXT.includes(text[at + 1] ?? '\u0000')) return;
  // Arabic month: one or two digits right before 月, not part of a longer number.
  let monthStart = at;
  while (monthStart > 0 && at - monthStart < 3 && isDigit(text[monthStart - 1])) monthStart--;
  const monthLength = at - monthStart;
  if (monthLength >= 1 && monthLength <= 2 && !isDigit(text[monthStart - 1]) && !isLatin(text[monthStart - 1])) {
    const prev = text[monthStart - 1];
    if (prev !== undefined && '.．:：/'.includes(prev)) return;
    arabicDate(text, monthStart, at, hits);
    return;
  }
  if (monthLength === 0) chineseDate(text, at, hits);
}

function arabicDate(text: string, monthStart: number, at: number, hits: DateHit[]): void {
  const monthLength = at - monthStart;
  const month = numberOf(text, monthStart, at);
  const year = yearBefore(text, monthStart);
  // Day: one or two digits after 月, then 日.
  let dayEnd = at + 1;
  while (dayEnd < text.length && dayEnd - at - 1 < 3 && isDigit(text[dayEnd])) dayEnd++;
  const dayLength = dayEnd - at - 1;
  const hasDay = dayLength >= 1 && dayLength <= 2 && text[dayEnd] === '日';
  const day = hasDay ? numberOf(text, at + 1, dayEnd) : null;

  if (month < 1 || month > 12) {
    hits.push({ start: monthStart, end: at + 1, messageId: 'badMonth', data: { text: text.slice(monthStart, at + 1) } });
    return;
  }
  if (day !== null) {
    const max = daysIn(month, year);
    if (day < 1 || day > max) {
      const notLeap = month === 2 && day === 29 && year !== null;
      hits.push({
        start: monthStart,
        end: dayEnd + 1,
        messageId: notLeap ? 'notLeap' : 'badDay',
        data: { text: text.slice(monthStart, dayEnd + 1), month, max, year: year ?? '' },
      });
    }
  }
  // Zero padding: 2023年03月05日, 03月05日, 2023年3月05日.
  const monthPadded = monthLength === 2 && digitValue(text[monthStart]) === 0 && (text[monthStart - 1] === '年' || hasDay);
  const dayPadded = hasDay && dayLength === 2 && digitValue(text[at + 1]) === 0 && day! >= 1;
  if (!monthPadded && !dayPadded) return;
  const edits: [number, number, string][] = [];
  if (monthPadded) edits.push([monthStart, monthStart + 1, '']);
  if (dayPadded) edits.push([at + 1, at + 2, '']);
  const start = monthPadded ? monthStart : at + 1;
  const end = dayPadded || hasDay ? dayEnd + 1 : at + 1;
  const dateStart = year !== null ? yearStart(text, monthStart) : monthStart;
  const original = text.slice(dateStart, end);
  let expected = '';
  for (let i = dateStart; i < end; i++) if (!edits.some(([s]) => s === i)) expected += text[i];
  hits.push({
    start,
    end,
    messageId: 'padded',
    data: { text: original, expected },
    fix: { titleId: 'dropZero', data: { expected }, edits, safe: true },
  });
}

/** The year written right before `monthStart` (`2023年`, `二〇二三年`), or null. */
function yearBefore(text: string, monthStart: number): number | null {
  if (text[monthStart - 1] !== '年') return null;
  const start = yearStart(text, monthStart);
  if (start === monthStart) return null;
  const digits = text.slice(start, monthStart - 1);
  if (isDigit(digits[0])) return numberOf(text, start, monthStart - 1);
  let value = 0;
  for (const char of digits) value = value * 10 + (WRONG_ZERO.includes(char) ? 0 : YEAR_NUMERALS.indexOf(char));
  return value;
}

/** Start of a four-character year before the 年 at `monthStart - 1`, or `monthStart` when there is none. */
function yearStart(text: string, monthStart: number): number {
  const nian = monthStart - 1;
  if (text[nian] !== '年' || nian < 4) return monthStart;
  const start = nian - 4;
  const digits = text.slice(start, nian);
  const arabic = [...digits].every((char) => isDigit(char)) && !isDigit(text[start - 1]);
  const chinese = [...digits].every((char) => YEAR_NUMERALS.includes(char) || WRONG_ZERO.includes(char)) && /[一二三四五六七八九]/.test(digits);
  return arabic || chinese ? start : monthStart;
}

/** `二月三十日`: a Chinese-numeral month and day. */
function chineseDate(text: string, at: number, hits: DateHit[]): void {
  let monthStart = at;
  while (monthStart > 0 && at - monthStart < 3 && CHINESE_MONTH_DAY.includes(text[monthStart - 1])) monthStart--;
  if (monthStart === at || CHINESE_MONTH_DAY.includes(text[monthStart - 1] ?? '\u0000')) return;
  const month = parseChineseNumeral(text.slice(monthStart, at));
  if (month === null || month < 1 || month > 12) return;
  let dayEnd = at + 1;
  while (dayEnd < text.length && dayEnd - at - 1 < 4 && CHINESE_MONTH_DAY.includes(text[dayEnd])) dayEnd++;
  if (dayEnd === at + 1 || text[dayEnd] !== '日') return;
  const day = parseChineseNumeral(text.slice(at + 1, dayEnd));
  if (day === null) return;
  const year = yearBefore(text, monthStart);
  const max = daysIn(month, year);
  if (day >= 1 && day <= max) return;
  const notLeap = month === 2 && day === 29 && year !== null;
  hits.push({
    start: monthStart,
    end: dayEnd + 1,
    messageId: notLeap ? 'notLeap' : 'badDay',
    data: { text: text.slice(monthStart, dayEnd + 1), month, max, year: year ?? '' },
  });
}

/** `二○二三年`, `二O二三年`, `二0二三年`: a wrong character for 〇 in a Chinese-numeral year. */
function circleZeroYear(text: string, nian: number, hits: DateHit[]): void {
  if (nian < 4) return;
  // Most 年 follow something else than a numeral: settled before any string is built.
  const last = text[nian - 1];
  if (!YEAR_NUMERALS.includes(last) && !WRONG_ZERO.includes(last)) return;
  const start = nian - 4;
  const year = text.slice(start, nian);
  const before = text[start - 1];
  if (before !== undefined && (YEAR_NUMERALS.includes(before) || WRONG_ZERO.includes(before) || isDigit(before) || isLatin(before))) return;
  if (![...year].every((char) => YEAR_NUMERALS.includes(char) || WRONG_ZERO.includes(char))) return;
  if (!/[一二三四五六七八九]/.test(year) || ![...year].some((char) => WRONG_ZERO.includes(char))) return;
  const edits: [number, number, string][] = [];
  for (let i = start; i < nian; i++) if (WRONG_ZERO.includes(text[i])) edits.push([i, i + 1, '〇']);
  const expected = [...year].map((char) => (WRONG_ZERO.includes(char) ? '〇' : char)).join('');
  hits.push({
    start,
    end: nian,
    messageId: 'circleZero',
    data: { text: year, expected },
    fix: { titleId: 'useLing', data: { expected }, edits, safe: true },
  });
}

export const dateFormat: Rule = {
  meta: {
    id: 'date-format',
    defaultSeverity: 'warning',
    description: {
      zh: '日期格式：年份后缺“年”、不存在的日期、月日补零、以“○”代“〇”',
      en: 'Date format: a year without 年, impossible dates, zero-padded month or day, ○ for 〇',
    },
    messages: {
      gluedYear: {
        zh: '年份后缺少“年”字：“{text}”应为“{expected}”',
        en: 'The year lacks 年: "{text}" should be "{expected}"',
      },
      badMonth: { zh: '“{text}”不是有效的月份', en: '"{text}" is not a valid month' },
      badDay: { zh: '“{text}”不是有效的日期：{month}月最多{max}日', en: '"{text}" is not a valid date: month {month} has at most {max} days' },
      notLeap: {
        zh: '“{text}”不存在：{year}年不是闰年，2月只有28日',
        en: '"{text}" does not exist: {year} is not a leap year, February has 28 days',
      },
      padded: {
        zh: '日期中的月、日不补零：“{text}”应为“{expected}”',
        en: 'Month and day are not zero-padded in dates: "{text}" should be "{expected}"',
      },
      circleZero: {
        zh: '年份中的零应写作“〇”：“{text}”应为“{expected}”',
        en: 'The zero of a Chinese-numeral year is 〇: "{text}" should be "{expected}"',
      },
    },
    fixes: {
      insertNian: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
      dropZero: { zh: '去掉补位的零：“{expected}”', en: 'Drop the padding zero: "{expected}"' },
      useLing: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
    },
  },
  check({ model, report }) {
    const candidates = candidateCursor(model, DATE_CANDIDATES);
    for (let index = 0; index < model.lines.length; index++) {
      const line = model.lines[index];
      if (!candidates.moveTo(line.index)) continue;
      for (const hit of dateIssuesInLine(line.text, candidates)) {
        const edits: Edit[] | undefined = hit.fix?.edits.map(([start, end, text]) => ({
          range: range(line.index, start, line.index, end),
          text,
        }));
        report({
          range: range(line.index, hit.start, line.index, hit.end),
          messageId: hit.messageId,
          data: hit.data,
          fix: hit.fix && edits ? { titleId: hit.fix.titleId, data: hit.fix.data, edits, safe: hit.fix.safe } : undefined,
        });
      }
    }
  },
};
