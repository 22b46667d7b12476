import { CandidateCursor, candidateClass, candidateCursor, textCandidates } from '../text/candidates';
import { isHanAt } from '../text/characters';
import { range } from '../text/positions';
import { quantityUnitAt } from './missingNumber';
import { charTable, indexByFirstChar, insideSpans, isLatin, technicalSpans, underscoreIsTechnical } from './textScan';
import { Rule } from './types';

/** Characters where a placeholder may start; the scan jumps from one to the next. */
const PLACEHOLDER_CANDIDATES = candidateClass('xXｘＸ×*＊_＿-－○□〇某【[［（(〔〖TF');

/**
 * `placeholder`: blanks left unfilled from a template or a redaction.
 *
 * - runs of x/X/ｘ/Ｘ standing for a name or a number (`xx县`, `x亿元`, `杨x`, `20xx年`, `X月X日`,
 *   `xx%`); ×, * and ＊ the same, but a single × or * only before a unit, a date or an administrative
 *   word (a lone × is a multiplication sign or a "no" mark, a lone * a footnote or Markdown);
 * - underscores (`20_年`, `_市`, `罗湖_市`), except inside identifiers, URLs and file names and except
 *   an underscore directly before a quantity unit (`_人次`), which `missing-number` reports;
 * - the hyphen blank of scraped years (`20-年`, `202-年`) and of place names after a preposition (`在-乡`);
 * - `某某`, and `某` before an administrative unit or a person (`某县`, `某局`, `某同志`);
 * - `○○`, `□□`, `〇〇县` (not the 〇 of a Chinese-numeral year, and not a lone ○ at line start);
 * - bracketed drafting notes (`【待补充】`, `（此处填写…）`, `[待定]`) and `TODO`/`FIXME`/`TBD`;
 * - the user's `placeholderWords`.
 *
 * Not flagged: x inside Latin words (Excel, docx, hxnx) or URLs, `3x3`/`20×30` (multiplication),
 * `X光机`, `X射线`, `X线`, `XX染色体`, `B超`, `CT`, `5G`, `4+2`, `某些`/`某种`/`某个`, `王某`/`王某某`
 * (an anonymized person), `说某市…` (an anecdote), `〇` in `二〇二三年`. No fix: the fact is missing.
 */

type Kind = 'year' | 'date' | 'number' | 'name' | 'blank';

/** One placeholder in line coordinates. */
export interface PlaceholderHit {
  start: number;
  end: number;
  messageId: Kind | 'note' | 'userWord';
}

const DIGITS = '0123456789０１２３４５６７８９';
const X_LETTERS = 'xXｘＸ';
const STARS = '*＊';
const CHINESE_NUMERALS = '〇一二三四五六七八九十零';

/** Characters after a blank that make it a name: 县, 市, 局… */
const NAME_CHARS = '省市县区州盟旗镇乡村局委厅办院校街';
/** Words after a blank that make it a name or a person. */
const NAME_WORDS = [
  '同志', '书记', '主任', '局长', '县长', '市长', '区长', '州长', '镇长', '乡长', '院长', '校长', '部长', '处长',
  '科长', '主席', '委员', '代表', '先生', '女士', '人民', '医院', '卫生院', '学校', '公司', '集团', '中心', '大学',
  '社区', '街道', '卫健', '卫生', '中医', '疾控', '妇幼', '省', '党委', '政府',
];
const NAME_WORDS_BY_FIRST = indexByFirstChar(NAME_WORDS, (word) => word);
/** Words after x that make it a Latin letter in a term, not a blank: X光机, X射线, XX染色体. */
const X_TERMS = ['光', '射线', '线', '染色体', '轴', '型', '刀', '世代', '片'];
const X_TERM_FIRST = X_TERMS.map((term) => term[0]).join('');
/** Before 年, these make a blank a count of years (连续x年), not a year. */
const COUNT_BEFORE_YEAR = ['连续', '近', '前', '后', '多', '满', '达', '历时', '经过', '用', '第', '每', '逾', '超过'];
/** Connectors that make a blank a number (x・x个, x-x个, x/x万). */
const NUMBER_CONNECTORS = '・·.．/-－+～~—以至';

/** Frequent single-character surnames: 王某, 王某某 are anonymized persons, 杨x a blanked given name. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢' +
  '姜崔钟谭陆汪范金石廖贾夏韦付傅邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤施';
/** 某 after these tells of an anecdote (说某市…, 如某县…), not a blank. */
const ANECDOTE_BEFORE = ['说', '据', '如', '像', '曾', '例如', '比如', '譬如', '听说', '报道', '据悉', '据了解', '据统计'];
/** 某 before these is a word (某些, 某种…) or an ordinary vague reference (某市场, 某区域). */
const MOU_WORDS = ['市场', '区域', '局部', '院子', '校园', '乡村'];
const MOU_TITLES = [
  '同志', '书记', '主任', '局长', '县长', '市长', '区长', '州长', '镇长', '乡长', '院长', '校长', '部长', '处长',
  '科长', '主席',
];

const NOTE_START =
  /^\s*(?:注[:：]\s*)?(?:待(?:补充|补|定|填写|填|完善|核实|核对|核|确认|更新|修改|修订|添加|插入|落实|提供)|请(?:填写|补充|输入|核实|确认|修改|替换|插入)|此处(?!略|省略|从略)|这里填|在此填|TODO|TBD|FIXME)/;
const NOTE_ANYWHERE = /此处填写|请填写|请补充|此处插入|此处补充|(?<![有亟])待(?:补充|填写|填|核实|核对|确认|更新|完善|修改)|TODO|FIXME/;
const BRACKETS: Record<string, string> = { '【': '】', '[': ']', '［': '］', '（': '）)', '(': ')）', '〔': '〕', '〖': '〗' };
const NOTE_MAX = 60;
/** Every match of NOTE_START or NOTE_ANYWHERE contains one of these (待…, 请…, 此处…, 这里填, 在此填, TODO/TBD/FIXME). */
const NOTE_CHARS = charTable('待请此这在TF');

function isDigit(char: string | undefined): boolean {
  return !!char && DIGITS.includes(char);
}

function isSpaceOrNothing(char: string | undefined): boolean {
  return !char || char === ' ' || char === '\u3000' || char === '\u00a0' || char === '\t';
}

function startsWithAny(text: string, index: number, words: readonly string[]): string | null {
  for (const word of words) if (text.startsWith(word, index)) return word;
  return null;
}

function endsWithAny(text: string, end: number, words: readonly string[]): string | null {
  for (const word of words) if (end >= word.length && text.startsWith(word, end - word.length)) return word;
  return null;
}

/** Start of the 1–3 ASCII or full-width digits right before `index` (a partly written year: 20xx, 202-), or `index`. */
function yearDigitsBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < 4 && isDigit(text[start - 1])) start--;
  const count = index - start;
  return count >= 1 && count <= 3 ? start : index;
}

/**
 * What a blank at [start, end) stands for, from its neighbours. With `strict`, only a clear context
 * counts (a unit, a date word, an administrative word); otherwise null.
 */
function kindOf(text: string, start: number, end: number, strict: boolean): Kind | null {
  const next = text[end] ?? '';
  if (next === '年') {
    if (yearDigitsBefore(text, start) < start || end - start === 4) return 'year';
    return endsWithAny(text, start, COUNT_BEFORE_YEAR) ? 'number' : 'year';
  }
  if (next === '月' || next === '日') return 'date';
  const names = NAME_WORDS_BY_FIRST.get(next);
  if ((names && startsWithAny(text, end, names)) || (NAME_CHARS.includes(next) && next !== '')) return 'name';
  if (quantityUnitAt(text, end) > 0 || (next !== '' && NUMBER_CONNECTORS.includes(next)) || text[start - 1] === '第') {
    return 'number';
  }
  if (strict) return null;
  if (text.startsWith('光机', end) || text.startsWith('射线', end)) return 'blank'; // 数字化_光机: a blanked X
  if (isHanAt(text, end)) return 'name';
  if (SURNAMES.includes(text[start - 1] ?? '\u0000')) return 'name';
  return 'blank';
}

/** The placeholders of one line, in order. */
export function placeholdersInLine(
  text: string,
  placeholderWords: readonly string[],
  starts: CandidateCursor = textCandidates(text, PLACEHOLDER_CANDIDATES),
): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  let spans: number[] | null = null;
  const technical = (index: number) => insideSpans((spans ??= technicalSpans(text)), index);
  // The scan moves forward, so a new hit can only overlap the last one.
  const push = (start: number, end: number, messageId: PlaceholderHit['messageId']) => {
    const last = hits[hits.length - 1];
    if (!last || last.end <= start) hits.push({ start, end, messageId });
  };
  const starRuns = markdownStarRuns(text);

  for (let i = starts.from(0); i < text.length; i = starts.from(i + 1)) {
    const char = PLACEHOLDER_CANDIDATES.charAt(text, i);

    // Bracketed drafting notes: 【待补充】, （此处填写…）, [待定].
    const close = BRACKETS[char];
    if (close) {
      // Up to the closing bracket (or the same opening one again), by code; the content is looked at
      // only when it holds a character every note starts with (brackets are common, notes rare).
      const stop = Math.min(text.length, i + 1 + NOTE_MAX);
      const open = text.charCodeAt(i);
      const closeA = close.charCodeAt(0);
      const closeB = close.length > 1 ? close.charCodeAt(1) : closeA;
      let j = i + 1;
      let noteChar = false;
      for (; j < stop; j++) {
        const code = text.charCodeAt(j);
        if (code === closeA || code === closeB || code === open) break;
        if (NOTE_CHARS[code] === 1) noteChar = true;
      }
      const closed = j < stop && (text.charCodeAt(j) === closeA || text.charCodeAt(j) === closeB);
      if (closed && noteChar) {
        const content = text.slice(i + 1, j);
        if (NOTE_START.test(content) || NOTE_ANYWHERE.test(content)) {
          push(i, j + 1, 'note');
          i = j;
        }
      }
      continue;
    }

    // TODO, FIXME, TBD as words.
    if ((char === 'T' || char === 'F') && !/[A-Za-z0-9_]/.test(text[i - 1] ?? '')) {
      const word = startsWithAny(text, i, ['TODO', 'FIXME', 'TBD']);
      if (word && !/[A-Za-z0-9_]/.test(text[i + word.length] ?? '')) {
        push(i, i + word.length, 'note');
        i += word.length - 1;
        continue;
      }
    }

    // x, X, ×, * runs.
    if (X_LETTERS.includes(char) || char === '×' || STARS.includes(char)) {
      let end = i;
      while (end < text.length && (X_LETTERS.includes(text[end]) || text[end] === '×' || STARS.includes(text[end]))) end++;
      const kind = xRunKind(text, i, end, starRuns, technical);
      if (kind) {
        const start = kind === 'year' ? yearDigitsBefore(text, i) : i;
        push(start, end, kind);
      }
      i = end - 1;
      continue;
    }

    // Underscore blanks: 20_年, _市, 罗湖_市, 吕_常务副区长.
    if (char === '_' || char === '＿') {
      let end = i;
      while (end < text.length && (text[end] === '_' || text[end] === '＿')) end++;
      const trimmed = text.trim();
      const wholeLine = trimmed.length >= 3 && /^[_＿]+$/.test(trimmed);
      const technicalRun = underscoreIsTechnical(text, i, end, (spans ??= technicalSpans(text)));
      if (!wholeLine && !technicalRun && quantityUnitAt(text, end) === 0) {
        const kind = kindOf(text, i, end, false)!;
        push(kind === 'year' ? yearDigitsBefore(text, i) : i, end, kind);
      }
      i = end - 1;
      continue;
    }

    // Hyphen blanks of scraped text: 20-年, 202-年, 发生在-乡.
    if (char === '-' || char === '－') {
      let end = i;
      while (end < text.length && (text[end] === '-' || text[end] === '－')) end++;
      const digitsStart = yearDigitsBefore(text, i);
      if (text[end] === '年' && digitsStart < i && !isDigit(text[digitsStart - 1]) && !technical(i)) {
        push(digitsStart, end, 'year');
      } else if ('在到赴于从至'.includes(text[i - 1] ?? '\u0000') && '乡镇县市区村'.includes(text[end] ?? '\u0000')) {
        push(i, end, 'name');
      }
      i = end - 1;
      continue;
    }

    // ○○, □□, 〇〇县.
    if (char === '○' || char === '□' || char === '〇') {
      let end = i;
      while (end < text.length && text[end] === char) end++;
      const kind = circleRunKind(text, i, end, char);
      if (kind) push(i, end, kind);
      i = end - 1;
      continue;
    }

    // 某某, 某县, 某局, 某同志.
    if (char === '某') {
      let end = i;
      while (end < text.length && text[end] === '某') end++;
      const afterSurname = SURNAMES.includes(text[i - 1] ?? '\u0000');
      if (end - i >= 2) {
        if (!afterSurname) push(i, end, 'name');
      } else if (!afterSurname && !anecdote(text, i) && !startsWithAny(text, end, MOU_WORDS)) {
        const title = startsWithAny(text, end, MOU_TITLES);
        if (title || (NAME_CHARS.includes(text[end] ?? '\u0000') && text[end] !== '办' && text[end] !== '街')) push(i, end, 'name');
      }
      i = end - 1;
      continue;
    }
  }

  if (placeholderWords.length === 0) return hits;
  const candidates: PlaceholderHit[] = [];
  for (const word of placeholderWords) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (!overlapsSorted(hits, at, at + word.length)) candidates.push({ start: at, end: at + word.length, messageId: 'userWord' });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start < lastEnd) continue;
    hits.push(candidate);
    lastEnd = candidate.end;
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** True when [start, end) overlaps one of `hits` (sorted, not overlapping each other). */
function overlapsSorted(hits: readonly PlaceholderHit[], start: number, end: number): boolean {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid].end <= start) low = mid + 1;
    else high = mid;
  }
  return low < hits.length && hits[low].start < end;
}

/** 某 in an anecdote: 说某市…, 据报道，某县…, 比如某局… */
function anecdote(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && '，,：:'.includes(text[end - 1])) end--;
  return !!endsWithAny(text, end, ANECDOTE_BEFORE);
}

/** Kind of an x/×/* run at [start, end), or null when it is not a placeholder. */
function xRunKind(
  text: string,
  start: number,
  end: number,
  starRuns: ReadonlySet<number>,
  technical: (index: number) => boolean,
): Kind | null {
  let hasLetter = false;
  let allStars = true;
  for (let i = start; i < end; i++) {
    if (X_LETTERS.includes(text[i])) hasLetter = true;
    if (!STARS.includes(text[i])) allStars = false;
  }
  const prev = text[start - 1];
  const next = text[end];
  const length = end - start;

  if (isLatin(prev ?? '') || isLatin(next ?? '')) return null; // Excel, docx, hxnx
  if ((next === '-' || next === '－') && isLatin(text[end + 1] ?? '')) return null; // X-ray
  if (text.charCodeAt(start) < 0x7f && technical(start)) return null; // URLs, file names
  if (hasLetter && X_TERM_FIRST.includes(next ?? '\u0000') && startsWithAny(text, end, X_TERMS) && !text.startsWith('片区', end)) {
    return null; // X光机, X射线
  }

  if (length === 1) {
    const prevSolid = previousSolid(text, start);
    const nextSolid = nextSolidChar(text, end);
    if (isDigit(prevSolid) && isDigit(nextSolid)) return null; // 3x3, 20 × 30
    if (isDigit(next)) return null; // ×2, x2
    if (isSpaceOrNothing(prev) && isSpaceOrNothing(next)) return null; // a lone × (a "no" mark, a close button)
  }
  if (allStars) {
    if (/^[*＊\s]+$/.test(text.trim())) return null; // a Markdown thematic break
    if (text.slice(0, start).trim() === '' && isSpaceOrNothing(next)) return null; // a Markdown bullet
    if (starRuns.has(start)) return null; // Markdown emphasis
    if (length < 3) return kindOf(text, start, end, true);
    return kindOf(text, start, end, false);
  }
  if (!hasLetter && length === 1) return kindOf(text, start, end, true); // a single ×
  return kindOf(text, start, end, false);
}

/** Kind of a run of ○, □ or 〇 at [start, end), or null. */
function circleRunKind(text: string, start: number, end: number, char: string): Kind | null {
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  const length = end - start;
  if (char === '□') return length >= 2 ? kindOf(text, start, end, false) : null; // a lone □ is a check box
  // A circle next to a Chinese numeral is part of a date (二○二三年, date-format's business).
  if ((prev !== '' && CHINESE_NUMERALS.includes(prev)) || (next !== '' && CHINESE_NUMERALS.includes(next))) return null;
  if (char === '〇') {
    // 〇 is a numeral; only a run standing for a name (〇〇县) is a blank.
    return length >= 2 && kindOf(text, start, end, true) === 'name' ? 'name' : null;
  }
  if (length >= 2) return kindOf(text, start, end, false);
  if (text.slice(0, start).trim() === '') return null; // a bullet
  return kindOf(text, start, end, true);
}

function previousSolid(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  return text[i];
}

function nextSolidChar(text: string, index: number): string | undefined {
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i++;
  return text[i];
}

/** The (empty) star runs of a line without stars: most lines, so no set is built for them. */
const NO_STAR_RUNS: ReadonlySet<number> = new Set<number>();

/**
 * Starts of the star runs of a line that are Markdown emphasis (`**重点**`): a run of 1–3 stars
 * followed by a non-space that is not a placeholder context, closed later in the line by a run of
 * the same length preceded by a non-space. Linear: one pending opener per length.
 */
function markdownStarRuns(text: string): ReadonlySet<number> {
  if (!text.includes('*') && !text.includes('＊')) return NO_STAR_RUNS;
  const result = new Set<number>();
  const pending = new Map<number, number>();
  let i = 0;
  while (i < text.length) {
    if (!STARS.includes(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && STARS.includes(text[i])) i++;
    const length = i - start;
    if (length > 3) continue;
    const opener = pending.get(length);
    if (opener !== undefined && !isSpaceOrNothing(text[start - 1])) {
      result.add(opener).add(start);
      pending.delete(length);
    } else if (!isSpaceOrNothing(text[i]) && kindOf(text, start, i, true) === null) {
      pending.set(length, start);
    }
  }
  return result;
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    description: {
      zh: '未填写的占位符：xx、××、20_年、某某、某县、【待补充】等',
      en: 'Unfilled placeholders: xx, ××, 20_年, 某某, 某县, 【待补充】 and the like',
    },
    messages: {
      year: { zh: '占位符“{text}”尚未填写（应为年份）', en: 'Placeholder "{text}" is not filled in (a year)' },
      date: { zh: '占位符“{text}”尚未填写（应为月份或日期）', en: 'Placeholder "{text}" is not filled in (a month or day)' },
      number: { zh: '占位符“{text}”尚未填写（应为数字）', en: 'Placeholder "{text}" is not filled in (a number)' },
      name: {
        zh: '占位符“{text}”尚未填写（应为名称：地名、单位或人名）',
        en: 'Placeholder "{text}" is not filled in (a name: place, organization or person)',
      },
      blank: { zh: '占位符“{text}”尚未填写', en: 'Placeholder "{text}" is not filled in' },
      note: {
        zh: '待办批注“{text}”尚未处理：补充内容后删除批注',
        en: 'Drafting note "{text}" is still in the text: supply the content and remove the note',
      },
      userWord: { zh: '自定义占位词“{text}”尚未替换', en: 'Custom placeholder "{text}" has not been replaced' },
    },
  },
  check({ model, config, report }) {
    const starts = candidateCursor(model, PLACEHOLDER_CANDIDATES);
    const words = config.placeholderWords;
    for (let index = 0; index < model.lines.length; index++) {
      const line = model.lines[index];
      if (!starts.moveTo(line.index) && words.length === 0) continue;
      for (const hit of placeholdersInLine(line.text, words, starts)) {
        report({
          range: range(line.index, hit.start, line.index, hit.end),
          messageId: hit.messageId,
          data: { text: line.text.slice(hit.start, hit.end) },
        });
      }
    }
  },
};
