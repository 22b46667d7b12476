import { range } from '../text/positions';
import { charTable, indexByFirstChar, technicalSpans, underscoreIsTechnical } from './textScan';
import { Rule, RuleContext } from './types';

/**
 * `missing-number`: a unit or quantity whose number is gone (`达到%`, `达到亿元`, `基本诊疗_人次`,
 * `我讲个方面的问题`, `比上年增长个百分点`, `在年卫生健康工作会议上的讲话`).
 *
 * The rule has two parts:
 * - `check` (this file, character level): only patterns that are certain from the characters alone,
 *   each anchored on a unit that cannot stand without a number and a left neighbour that cannot be a
 *   number (a verb such as 达到/增长, a preposition, or an underscore standing for the figure).
 * - `checkWords` (to be added below, word level): what needs segmentation (quantifiers after any
 *   verb, a lone 年 that is not part of a word). It must not report a range the character part
 *   already reports: call `characterFindings(model)` and skip those ranges.
 *
 * Explicit blanks made of x/X/×/○ before a unit (`x亿元`, `xx%`) belong to `placeholder`; an
 * underscore directly before a quantity unit (`_人次`, `_%`) belongs to this rule, every other
 * underscore to `placeholder` (see `quantityUnitAt`).
 */

/** One character-level finding, in line coordinates. */
export interface MissingNumberHit {
  line: number;
  start: number;
  end: number;
  messageId: 'noNumber' | 'noYear' | 'blankNumber' | 'rateNoValue';
  data: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Characters where a finding may be anchored; the scan jumps from one to the next. */
const MISSING_CANDIDATES = charTable('_＿%％‰亿万千个百率年');

const DIGITS = '0123456789０１２３４５６７８９';
/** Characters that are (part of) a number, so a unit after them has its number. */
const NUMBER_CHARS = DIGITS + '一二三四五六七八九十百千万亿两〇零○壹贰叁肆伍陆柒捌玖拾佰仟.．%％‰';
/** Words before a unit that give an approximate number themselves (几%, 数亿元, 多个方面). */
const VAGUE_NUMBER = '几数多余每各这那某哪整半干若上下单另诸其全';

/**
 * Quantity units that may follow an underscore standing for a number (`_人次`, `_%`, `_家`), each
 * with the words that start with the same characters and are not units (`_人民医院` is a name).
 */
const QUANTITY_UNITS: readonly (readonly [string, readonly string[]])[] = [
  ['%', []], ['％', []], ['‰', []],
  ['个百分点', []], ['百分点', []],
  ['万人次', []], ['人次', []],
  ['亿元', []], ['万元', []], ['千元', []], ['元', ['元旦', '元素', '元宵']],
  ['万', ['万象']], ['亿', []],
  ['人', ['人民', '人大', '人社', '人武', '人口', '人员', '人才', '人事', '人力', '人文', '人居', '人寿', '人保', '人工', '人类', '人生', '人心', '人们', '人间']],
  ['名', ['名单', '名称', '名义', '名额', '名牌', '名片', '名录', '名胜', '名誉', '名校']],
  ['个', []], ['家', ['家庭', '家园', '家属', '家长', '家族', '家风']],
  ['项', ['项目']], ['例', []], ['次', []], ['件', []], ['起', ['起草', '起步', '起点', '起来']],
  ['份', []], ['张', []], ['床', []], ['所', ['所属', '所在', '所有', '所长', '所得']],
  ['位', ['位于', '位置']], ['户', ['户籍', '户口']], ['批', ['批准', '批示', '批复']], ['倍', []],
  ['岁', []], ['天', []], ['周', ['周边', '周期']], ['亩', []], ['吨', []], ['台', ['台湾', '台账']],
  ['套', []], ['辆', []], ['篇', []], ['剂', []], ['支', ['支持', '支部', '支援', '支付', '支出']],
  ['条', ['条例', '条件', '条款']], ['种', ['种植', '种子']], ['类', []], ['级', ['级别']], ['期', ['期间', '期待', '期望']],
  ['场', ['场所', '场地', '场景']], ['对', ['对于', '对象', '对接', '对照', '对口', '对标', '对策']], ['届', []], ['轮', []],
  ['座', ['座谈']], ['栋', []], ['间', []], ['处', ['处理', '处置', '处罚', '处长', '处室']], ['余', []], ['多', []],
];

/** The quantity units indexed by their first character (a lookup per call instead of a scan). */
const UNITS_BY_FIRST = indexByFirstChar(QUANTITY_UNITS, ([unit]) => unit);

/** Length of the quantity unit starting at `index` of `text`, or 0. Shared with `placeholder`. */
export function quantityUnitAt(text: string, index: number): number {
  const candidates = UNITS_BY_FIRST.get(text[index]);
  if (!candidates) return 0;
  for (const [unit, notUnits] of candidates) {
    if (!text.startsWith(unit, index)) continue;
    if (notUnits.some((word) => text.startsWith(word, index))) return 0;
    return unit.length;
  }
  return 0;
}

/** Verbs and prepositions after which a percentage needs its figure: 达到%、增长%、控制在%以内. */
const BEFORE_PERCENT = [
  '达到', '达', '为', '至', '到', '占', '增长', '增加', '增幅', '提高', '提升', '下降', '降低', '减少', '降幅',
  '降至', '升至', '上升', '回落', '超过', '超', '低于', '高于', '约', '近', '逾', '在', '是',
];

/**
 * Verbs after which an amount in 亿元/万元… needs its figure (`达到亿元`, `完成投资万元`). 达 and 为 are
 * left out: `达万人`, `上亿元` read as "ten thousand", "a hundred million" in ordinary prose.
 */
const BEFORE_AMOUNT = [
  '达到', '增长', '增加', '下降', '减少', '完成', '实现', '累计', '共计', '合计', '总计', '投入', '投资',
  '节约', '节省', '筹集', '拨付', '发放', '支出', '收入', '约', '共',
];
const AMOUNT_UNITS = ['亿元', '万元', '千元', '亿人次', '万人次', '万亩', '万吨', '万平方米', '万册', '万户'];
/** After these, 亿元/万元 name an order of magnitude, not an amount: 亿元以上项目, 亿元级, 万元户. */
const AFTER_MAGNITUDE = ['以上', '以下', '级', '量级', '大关', '规模', '左右', '户', '之'];

const POINT_VERBS = ['增长', '提高', '提升', '下降', '降低', '上升', '回落', '增加', '减少', '高出', '低于', '高于'];

/** Characters after 年 that make a word with it (年底, 年度, 年轻…): not a lone 年. */
const NIAN_WORD_NEXT = '底初内度终中前末轻龄均报会后关休假节鉴薪货代份限检审夜画糕俗味纪级轮华岁头景迈少老长满';
/** A unit of administration or an organization directly before a lone 年 in a title (`全市年卫生…`, `局年工作…`). */
const BEFORE_TITLE_NIAN = '市县区局委院镇乡省州厅及和暨';
const TITLE_NIAN_NEXT = ['工作', '卫生', '卫健', '党风', '党建'];
const TITLE_WORDS = ['会议', '大会', '总结', '计划', '要点', '讲话', '报告', '述职', '打算', '安排'];
const CLAUSE_END = '，。；：！？,;:!?、（）()“”"《》【】\t';

// ---------------------------------------------------------------------------------------------
// Character-level part

function isSpace(char: string): boolean {
  return char === ' ' || char === '\u3000' || char === '\u00a0' || char === '\t';
}

function endsWithAny(text: string, end: number, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const word of words) {
    if (end >= word.length && text.startsWith(word, end - word.length) && (!best || word.length > best.length)) best = word;
  }
  return best;
}

function startsWithAny(text: string, index: number, words: readonly string[]): string | null {
  for (const word of words) if (text.startsWith(word, index)) return word;
  return null;
}

/** Up to `count` characters before `index` (for messages). */
function before(text: string, index: number, count: number): string {
  let start = Math.max(0, index - count);
  const code = text.charCodeAt(start);
  if (start > 0 && code >= 0xdc00 && code <= 0xdfff) start--;
  return text.slice(start, index);
}

/** Index of the end of the clause that starts at `from`, looking at most `limit` characters ahead. */
function clauseEnd(text: string, from: number, limit: number): number {
  const stop = Math.min(text.length, from + limit);
  for (let i = from; i < stop; i++) if (CLAUSE_END.includes(text[i])) return i;
  return stop;
}

/** The character-level findings of one line. Linear in the line's length. */
export function missingNumbersInLine(text: string, line: number): MissingNumberHit[] {
  const hits: MissingNumberHit[] = [];
  let spans: number[] | null = null;
  // The scan moves forward, so a new hit can only overlap the last one.
  const push = (hit: MissingNumberHit) => {
    const last = hits[hits.length - 1];
    if (!last || last.end <= hit.start) hits.push(hit);
  };
  for (let i = 0; i < text.length; i++) {
    if (MISSING_CANDIDATES[text.charCodeAt(i)] === 0) continue;
    const char = text[i];

    // `基本诊疗_人次`, `_%`: an underscore standing for the figure before a quantity unit.
    if (char === '_' || char === '＿') {
      let end = i;
      while (end < text.length && (text[end] === '_' || text[end] === '＿')) end++;
      const unit = quantityUnitAt(text, end);
      if (unit > 0 && !underscoreIsTechnical(text, i, end, (spans ??= technicalSpans(text)))) {
        push({ line, start: i, end: end + unit, messageId: 'blankNumber', data: { text: text.slice(i, end + unit), context: before(text, i, 4) + text.slice(i, end + unit) } });
      }
      i = end - 1;
      continue;
    }

    // `达到%`, `婚检率达到%以上`, `控制在 %以内`.
    if (char === '%' || char === '％' || char === '‰') {
      let left = i;
      while (left > 0 && isSpace(text[left - 1])) left--;
      const verb = endsWithAny(text, left, BEFORE_PERCENT);
      // `单位为%`, `计量单位：%` name the unit; they do not state a value.
      if (verb && !text.startsWith('单位', left - verb.length - 2)) {
        push({ line, start: i, end: i + 1, messageId: 'noNumber', data: { unit: char, context: before(text, left, 4) + text.slice(left, i + 1) } });
      }
      continue;
    }

    // `达到亿元`, `完成投资万元`; not `亿元以上项目`, `亿元级`, `万元户`.
    if (char === '亿' || char === '万' || char === '千') {
      const unit = startsWithAny(text, i, AMOUNT_UNITS);
      if (unit) {
        const verb = endsWithAny(text, i, BEFORE_AMOUNT);
        if (verb && !startsWithAny(text, i + unit.length, AFTER_MAGNITUDE)) {
          push({ line, start: i, end: i + unit.length, messageId: 'noNumber', data: { unit, context: before(text, i, 4) + unit } });
        }
        i += unit.length - 1;
      }
      continue;
    }

    // `比上年增长个百分点`, `提高百分点`; `我讲个方面的问题`.
    if (char === '个' && (text.startsWith('个百分点', i) || text.startsWith('个方面', i))) {
      const unit = text.startsWith('个百分点', i) ? '个百分点' : '个方面';
      const prev = text[i - 1] ?? '';
      const code = text.charCodeAt(i - 1);
      const prevIsHan = code >= 0x3400 && code <= 0x9fff;
      if (prevIsHan && !NUMBER_CHARS.includes(prev) && !VAGUE_NUMBER.includes(prev) && !(unit === '个方面' && prev === '个')) {
        push({ line, start: i, end: i + unit.length, messageId: 'noNumber', data: { unit, context: before(text, i, 4) + unit } });
      }
      i += unit.length - 1;
      continue;
    }
    if (char === '百' && text.startsWith('百分点', i) && text[i - 1] !== '个' && endsWithAny(text, i, POINT_VERBS)) {
      push({ line, start: i, end: i + 3, messageId: 'noNumber', data: { unit: '百分点', context: before(text, i, 4) + '百分点' } });
      i += 2;
      continue;
    }

    // `接种率达，发病率再降`: a rate announced with no value.
    if (char === '率' && (text[i + 1] === '达' || text[i + 1] === '为')) {
      const verb = text.startsWith('达到', i + 1) ? '达到' : text[i + 1];
      const after = text[i + 1 + verb.length] ?? '';
      if ('，。；,;'.includes(after) && after !== '') {
        push({ line, start: i + 1, end: i + 1 + verb.length, messageId: 'rateNoValue', data: { context: before(text, i, 4) + '率' + verb } });
      }
      continue;
    }

    // `在年卫生健康工作会议上的讲话`, `全市年卫生健康暨医疗保障工作会议`, `局年工作计划总结`.
    if (char === '年' && i > 0) {
      const prev = text[i - 1];
      const next = text[i + 1] ?? '';
      if (NIAN_WORD_NEXT.includes(next) || next === '') continue;
      if (prev !== '在' && !BEFORE_TITLE_NIAN.includes(prev)) continue;
      const end = clauseEnd(text, i + 1, 30);
      const clause = text.slice(i + 1, end);
      let lone = false;
      if (prev === '在') {
        const nextCode = text.charCodeAt(i + 1);
        lone = nextCode >= 0x3400 && nextCode <= 0x9fff && (clause.includes('会议') || clause.includes('大会'));
      } else if (BEFORE_TITLE_NIAN.includes(prev)) {
        lone = !!startsWithAny(text, i + 1, TITLE_NIAN_NEXT) && TITLE_WORDS.some((word) => clause.includes(word));
      }
      if (lone) {
        push({ line, start: i, end: i + 1, messageId: 'noYear', data: { context: before(text, i, 3) + '年' + clause.slice(0, 6) } });
      }
    }
  }
  return hits;
}

/** Every character-level finding of the document (also for the word-level part to avoid repeats). */
export function characterFindings(model: RuleContext['model']): MissingNumberHit[] {
  return model.lines.flatMap((line) => missingNumbersInLine(line.text, line.index));
}

export const missingNumber: Rule = {
  meta: {
    id: 'missing-number',
    defaultSeverity: 'warning',
    description: {
      zh: '单位或数量前缺少数字（如“达到%”“达到亿元”“讲个方面”“在年…会议”）',
      en: 'A unit or quantity has lost its number (达到%, 达到亿元, 讲个方面, 在年…会议)',
    },
    messages: {
      noNumber: {
        zh: '“{context}”中“{unit}”前缺少数字',
        en: 'The number before "{unit}" is missing in "{context}"',
      },
      noYear: {
        zh: '“{context}”中“年”前缺少年份',
        en: 'The year before 年 is missing in "{context}"',
      },
      blankNumber: {
        zh: '“{context}”中的下划线是未填写的数字',
        en: 'The underscore in "{context}" is an unfilled number',
      },
      rateNoValue: {
        zh: '“{context}”后缺少数值',
        en: 'The value after "{context}" is missing',
      },
    },
  },
  check({ model, report }) {
    for (const hit of characterFindings(model)) {
      report({ range: range(hit.line, hit.start, hit.line, hit.end), messageId: hit.messageId, data: hit.data });
    }
  },
  // checkWords: the word-level part (quantifiers after any verb, a lone 年) goes here; see the header.
};
