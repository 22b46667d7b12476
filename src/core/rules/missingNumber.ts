import { CandidateCursor, candidateClass, candidateCursor, textCandidates } from '../text/candidates';
import { lineMemo } from '../text/lineMemo';
import { range } from '../text/positions';
import { Token } from '../text/segmenter';
import { indexTokens, isHanWord, isNounLike, lineTokens, TagOf, tagsOf, TokenIndex } from '../text/wordTags';
import { charTable, indexByFirstChar, technicalSpans, underscoreIsTechnical } from './textScan';
import { Rule, RuleContext, WordRuleContext } from './types';

/**
 * `missing-number`: a unit or quantity whose number is gone (`达到%`, `达到亿元`, `基本诊疗_人次`,
 * `我讲个方面的问题`, `比上年增长个百分点`, `在年卫生健康工作会议上的讲话`).
 *
 * The rule has two parts:
 * - `check` (this file, character level): only patterns that are certain from the characters alone,
 *   each anchored on a unit that cannot stand without a number and a left neighbour that cannot be a
 *   number (a verb such as 达到/增长, a preposition, or an underscore standing for the figure).
 * - `checkWords` (below, word level): what needs word boundaries and tags — a unit after a counting
 *   verb or a strict counter (`共有所学校`, `开展了次督查`), 个 before a duration (`经过个月的努力`), a
 *   lone 年 (`召开年全县卫生工作会议`, `连续年获得`), a bare measure after a preposition (`以分的高分`).
 *   It never reports a range the character part reports on the same line (see docs/segmentation.md).
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
const MISSING_CANDIDATES = candidateClass('_＿%％‰亿万千个百率年');

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

/** The scan moves forward, so a new hit can only overlap the last one. */
function pushAfterLast(hits: MissingNumberHit[], hit: MissingNumberHit): void {
  const last = hits[hits.length - 1];
  if (!last || last.end <= hit.start) hits.push(hit);
}

/** The character-level findings of one line. Linear in the line's length. */
export function missingNumbersInLine(
  text: string,
  line: number,
  candidates: CandidateCursor = textCandidates(text, MISSING_CANDIDATES),
): MissingNumberHit[] {
  const hits: MissingNumberHit[] = [];
  let spans: number[] | null = null;
  for (let i = candidates.from(0); i < text.length; i = candidates.from(i + 1)) {
    const char = MISSING_CANDIDATES.charAt(text, i);

    // `基本诊疗_人次`, `_%`: an underscore standing for the figure before a quantity unit.
    if (char === '_' || char === '＿') {
      let end = i;
      while (end < text.length && (text[end] === '_' || text[end] === '＿')) end++;
      const unit = quantityUnitAt(text, end);
      if (unit > 0 && !underscoreIsTechnical(text, i, end, (spans ??= technicalSpans(text)))) {
        pushAfterLast(hits, { line, start: i, end: end + unit, messageId: 'blankNumber', data: { text: text.slice(i, end + unit), context: before(text, i, 4) + text.slice(i, end + unit) } });
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
        pushAfterLast(hits, { line, start: i, end: i + 1, messageId: 'noNumber', data: { unit: char, context: before(text, left, 4) + text.slice(left, i + 1) } });
      }
      continue;
    }

    // `达到亿元`, `完成投资万元`; not `亿元以上项目`, `亿元级`, `万元户`.
    if (char === '亿' || char === '万' || char === '千') {
      const unit = startsWithAny(text, i, AMOUNT_UNITS);
      if (unit) {
        const verb = endsWithAny(text, i, BEFORE_AMOUNT);
        if (verb && !startsWithAny(text, i + unit.length, AFTER_MAGNITUDE)) {
          pushAfterLast(hits, { line, start: i, end: i + unit.length, messageId: 'noNumber', data: { unit, context: before(text, i, 4) + unit } });
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
        pushAfterLast(hits, { line, start: i, end: i + unit.length, messageId: 'noNumber', data: { unit, context: before(text, i, 4) + unit } });
      }
      i += unit.length - 1;
      continue;
    }
    if (char === '百' && text.startsWith('百分点', i) && text[i - 1] !== '个' && endsWithAny(text, i, POINT_VERBS)) {
      pushAfterLast(hits, { line, start: i, end: i + 3, messageId: 'noNumber', data: { unit: '百分点', context: before(text, i, 4) + '百分点' } });
      i += 2;
      continue;
    }

    // `接种率达，发病率再降`: a rate announced with no value.
    if (char === '率' && (text[i + 1] === '达' || text[i + 1] === '为')) {
      const verb = text.startsWith('达到', i + 1) ? '达到' : text[i + 1];
      const after = text[i + 1 + verb.length] ?? '';
      if ('，。；,;'.includes(after) && after !== '') {
        pushAfterLast(hits, { line, start: i + 1, end: i + 1 + verb.length, messageId: 'rateNoValue', data: { context: before(text, i, 4) + '率' + verb } });
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
        pushAfterLast(hits, { line, start: i, end: i + 1, messageId: 'noYear', data: { context: before(text, i, 3) + '年' + clause.slice(0, 6) } });
      }
    }
  }
  return hits;
}

/** Every character-level finding of the document (also for the word-level part to avoid repeats). */
export function characterFindings(model: RuleContext['model']): MissingNumberHit[] {
  const hits: MissingNumberHit[] = [];
  const candidates = candidateCursor(model, MISSING_CANDIDATES);
  for (let index = 0; index < model.lines.length; index++) {
    const line = model.lines[index];
    if (candidates.moveTo(line.index)) for (const hit of missingNumbersInLine(line.text, line.index, candidates)) hits.push(hit);
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Word-level part (checkWords): counts and years whose number is gone where only word boundaries
// tell a blank from a word. Each pattern has a character anchor (a counting verb, a preposition, a
// clause start…) found by a cheap scan; only lines with an anchor are segmented (through the caching
// segmenter, line by line), and the tokens then decide: the anchor must be a whole word, the unit must
// stand alone (not the first character of 项目, 家庭, 次数, 个人, 年度…), and the word after it must
// be a noun (jieba tag) where the pattern needs one. See docs/segmentation.md.

/**
 * Words after which a count must follow: `共有所学校`, `累计家`, `新增张床位`. Directly after one of
 * these (or after one of these and a counting verb: `共派出名医务人员`) every unit of `ANY_UNIT` needs a number.
 */
const STRICT_COUNTERS = new Set([
  '共', '共有', '共计', '共计有', '一共', '一共有', '总共', '总共有', '合计', '总计', '累计', '计有', '新增', '多达', '高达',
  '不少于', '不低于', '不超过', '至少', '仅有',
]);

/**
 * Verbs of report prose whose object is counted (`开展次督查`, `出台项政策`, `提出点要求`). After
 * them, without a number, only the units of `VERB_UNIT` are reported: a monosyllabic verb (`讲个故事`,
 * `有个问题`, `谈点体会`) may drop 一 in speech; these two-character verbs do not.
 */
const COUNT_VERBS = new Set([
  '建成', '新建', '创建', '创成', '改造', '改扩建', '新改扩建', '完成', '开展', '举办', '举行', '承办', '主办', '组织', '召开',
  '培训', '派出', '选派', '抽调', '招聘', '引进', '培养', '表彰', '评选', '获得', '荣获', '获批', '入选', '出台', '制定',
  '印发', '下发', '发放', '配备', '配置', '购置', '采购', '设立', '设置', '组建', '成立', '打造', '确定', '认定', '命名',
  '公布', '查处', '查办', '办理', '办结', '受理', '接诊', '收治', '救治', '治愈', '诊治', '筛查', '检测', '检查', '排查',
  '发现', '报告', '确诊', '接种', '签约', '覆盖', '走访', '慰问', '资助', '救助', '实施', '启动', '推出', '推广', '增加',
  '减少', '提出', '解决', '整改', '督查', '督导', '立案', '吊销', '取缔', '关停', '约谈', '通报', '曝光', '处罚', '撰写',
  '发表', '出版', '编印', '参加', '开通', '建立', '争创', '申报', '强调', '归纳',
]);

/** Units reported after a strict counter (`共有个村卫生室`); 名 only before people (`名中医` is a title). */
const ANY_UNIT = charTable('个家所项次例名位件起批场期轮座台套张床支条篇户处份辆类种届栋间剂');
/**
 * Units reported after a counting verb alone (`开展次督查`); 点 only before an opinion word. Not 起:
 * after a verb it is the directional complement (`建立起新型农村合作医疗`, `承担起责任`).
 */
const VERB_UNIT = charTable('项家所次例名件批场期轮座套篇份辆处条支点');
/** After 名, the people it counts (`派出名医务人员`); anything else may be 名 = famous (`名中医`, `名医院`). */
const PEOPLE = new Set([
  '人员', '医务人员', '医护人员', '卫生人员', '技术人员', '工作人员', '专业技术人员', '管理人员', '卫技人员', '干部', '党员',
  '预备党员', '学生', '患者', '病人', '村医', '乡村医生', '医生', '医师', '护士', '同志', '职工', '员工', '队员', '志愿者',
  '儿童', '老人', '老年人', '孕产妇', '妇女', '群众', '居民', '农民', '贫困人口', '骨干', '人才', '代表', '委员', '学员',
  '新生儿', '考生', '监督员', '执法人员', '网格员', '村民',
]);
const PEOPLE_LIST = [...PEOPLE];
/** After 点 (`提出点要求`), the words it counts; `注意点问题` and `谈点体会` are ordinary speech. */
const POINT_NOUNS = new Set(['要求', '意见', '建议', '希望', '体会', '看法', '想法', '认识', '思考', '启示', '打算', '措施', '做法', '经验', '感受']);

/** 个 + a duration that needs a count: `经过个月的努力`, `在个工作日内办结`. */
const DURATIONS = ['月', '小时', '工作日', '季度', '星期', '礼拜', '钟头', '年头'];
/** Before 年 or 个 these give the number themselves, or stand for it (placeholders belong to `placeholder`). */
const NUMBER_LIKE = charTable(NUMBER_CHARS + '几数多余每各这那某哪整半若上下前后同当去明今全次历往逐连新跨周元些好首头末本该此其另个廿卅xX×＊*_＿-－—–~～/／');

/** A lone 年 after these words and before `YEAR_TOPICS` lost its year: `召开年全县卫生工作会议`. */
const YEAR_VERBS = new Set([
  '召开', '总结', '回顾', '部署', '谋划', '安排', '做好', '抓好', '完成', '推进', '贯彻', '落实', '开展', '启动', '实施',
  '迎接', '确定', '制定', '展望', '规划', '研究', '审议', '通过', '明确', '对', '和', '与', '及', '暨', '为', '把', '将',
  '在', '从', '自', '至', '于', '以及', '同',
]);
/** What a report's year is the year of: `年全县卫生工作要点`, `对年工作进行部署`. */
const YEAR_TOPICS = new Set([
  '工作', '卫生', '卫健', '卫生健康', '全县', '全市', '全区', '全省', '全镇', '全乡', '全局', '全委', '全系统', '党风',
  '党建', '重点', '各项', '以来',
]);
const YEAR_TOPIC_LIST = [...YEAR_TOPICS];
/** Whether a word starts with a topic (`卫生健康工作` is one word of the report dictionary). */
function isYearTopic(word: string): boolean {
  return YEAR_TOPIC_LIST.some((topic) => word.startsWith(topic));
}
/** A lone 年 after these measures a duration and lost its count: `连续年获得`, `经过年的努力`. */
const DURATION_WORDS = new Set(['连续', '经过', '历时', '用', '用了', '花了', '耗时', '长达', '仅用', '历经']);
/** A title that ends in a lone 年 lost the year after it: `…会议上的讲话年`. */
const TITLE_END_WORDS = new Set(['讲话', '总结', '计划', '要点', '报告', '安排', '打算', '致辞', '发言', '讲稿']);
/** Where a clause starts: a lone 年 there begins `年全县…`. */
const CLAUSE_START = charTable('。！？；：，、“‘（(《【!?;:,');

/** A preposition, a bare measure, then 的/时间: `以分的高分`, `用天时间`. */
const MEASURE_PREPOSITIONS = new Set(['以', '用']);
const MEASURES = charTable('分票天周秒');
const AFTER_MEASURE = new Set(['的', '时间', '左右', '之内', '以内', '内', '多', '余', '来', '以来']);
/** After `连续年`: what a run of years achieved (`连续年位居全省前列`); verbs count too. */
const AFTER_CONTINUOUS = new Set(['在', '被', '居', '位居', '名列', '保持', '获', '荣获', '获得', '实现', '排名', '进入']);

const WORD_CANDIDATES = charTable('个家所项次例名位件起批场期轮座台套张床支条篇户处份辆类种届栋间剂点年分票天周秒');

type WordPattern = 'count' | 'duration' | 'year' | 'measure';

interface Candidate {
  pattern: WordPattern;
  index: number;
}

/** The words of `words` (1–4 characters) that end at `end`, longest first. */
function wordsEndingAt(text: string, end: number, words: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let length = 4; length >= 1; length--) {
    if (end - length < 0) continue;
    const word = text.slice(end - length, end);
    if (words.has(word)) found.push(word);
  }
  return found;
}

function wordEndingAt(text: string, end: number, words: ReadonlySet<string>): string | null {
  return wordsEndingAt(text, end, words)[0] ?? null;
}

/** Last characters of the anchor words: a word list is looked at only when one of these precedes. */
const ANCHOR_LAST = charTable([...STRICT_COUNTERS, ...COUNT_VERBS, ...YEAR_VERBS, ...DURATION_WORDS, ...TITLE_END_WORDS].map((word) => word[word.length - 1]).join('') + '了过以用');

/** The character anchors of the word-level patterns in one line (linear; most lines have none). */
export function wordLevelCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let firstContent = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (WORD_CANDIDATES[code] === 0) continue;
    if (firstContent < 0) firstContent = firstNonSpace(text);
    const char = text[i];
    if (i === firstContent) {
      // A lone 年 opening the line (`年全县卫生工作要点`).
      if (char === '年') candidates.push({ pattern: 'year', index: i });
      continue;
    }
    const prevCode = text.charCodeAt(i - 1);
    // A number, a placeholder or a determiner directly before: the unit has what it needs.
    if (NUMBER_LIKE[prevCode] === 1) continue;
    if (char === '年' && clauseStartsAt(text, i)) {
      candidates.push({ pattern: 'year', index: i });
      continue;
    }
    if (char === '个' && DURATIONS.some((unit) => text.startsWith(unit, i + 1))) {
      candidates.push({ pattern: 'duration', index: i });
      continue;
    }
    if (ANCHOR_LAST[prevCode] === 0) continue;
    if (ANY_UNIT[code] === 1 || VERB_UNIT[code] === 1) {
      const verbEnd = text[i - 1] === '了' || text[i - 1] === '过' ? i - 1 : i;
      if (wordEndingAt(text, verbEnd, STRICT_COUNTERS) || wordEndingAt(text, verbEnd, COUNT_VERBS)) {
        candidates.push({ pattern: 'count', index: i });
        continue;
      }
    }
    if (char === '年') {
      if (text[i - 1] === '了' || wordEndingAt(text, i, YEAR_VERBS) || wordEndingAt(text, i, DURATION_WORDS) || wordEndingAt(text, i, TITLE_END_WORDS)) {
        candidates.push({ pattern: 'year', index: i });
      }
      continue;
    }
    if (MEASURES[code] === 1 && (MEASURE_PREPOSITIONS.has(text[i - 1]) || wordEndingAt(text, i, DURATION_WORDS))) {
      candidates.push({ pattern: 'measure', index: i });
    }
  }
  return candidates;
}

/** Whether a clause starts at `i`: only spaces since the line start or a clause-opening mark (not `2020 年`). */
function clauseStartsAt(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isSpace(text[j])) j--;
  return j < 0 || CLAUSE_START[text.charCodeAt(j)] === 1;
}

function isBlankFrom(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpace(text[i])) return false;
  return true;
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (!isSpace(text[i])) return i;
  return text.length;
}

/** The words of a line with their boundaries and tags, for the checks below. */
class LineWords {
  readonly index: TokenIndex;
  constructor(
    readonly text: string,
    tokens: readonly Token[],
    readonly tagOf: TagOf,
  ) {
    this.index = indexTokens(text, tokens);
  }
  /** The token covering offset `at`, or null. */
  at(at: number): Token | null {
    const index = at >= 0 && at < this.text.length ? this.index.covering[at] : -1;
    return index >= 0 ? this.index.tokens[index] : null;
  }
  /** The token starting exactly at `at`, or null. */
  startingAt(at: number): Token | null {
    const index = at >= 0 && at <= this.text.length ? this.index.startAt[at] : -1;
    return index >= 0 ? this.index.tokens[index] : null;
  }
  /** The token ending exactly at `end` (covering end - 1 and no further), or null. */
  endingAt(end: number): Token | null {
    const token = this.at(end - 1);
    return token && token.end === end ? token : null;
  }
  isBoundary(at: number): boolean {
    if (at <= 0 || at >= this.text.length) return true;
    const token = this.at(at);
    return !token || token.start === at;
  }
  /** A two-or-more-character word jieba made up with its HMM (tag x): its inner boundaries are guesses. */
  isGuessed(token: Token | null): boolean {
    return !!token && token.word.length >= 2 && isHanWord(token.word) && this.tagOf(token.word) === 'x';
  }
  /** Whether the single character at `at` stands alone: its own token, or inside a guessed word. */
  standsAlone(at: number): boolean {
    const token = this.at(at);
    return !!token && ((token.start === at && token.end === at + 1) || this.isGuessed(token));
  }
  isClauseEnd(at: number): boolean {
    if (at >= this.text.length) return true;
    return CLAUSE_END.includes(this.text[at]) || isBlankFrom(this.text, at);
  }
}

interface WordHit {
  start: number;
  end: number;
  messageId: 'noNumber' | 'noYear';
  unit: string;
}

/** Judges one candidate on the words of its line; null when the words say it is not a blank. */
function judgeCandidate(words: LineWords, candidate: Candidate): WordHit | null {
  switch (candidate.pattern) {
    case 'count':
      return judgeCount(words, candidate.index);
    case 'duration':
      return judgeDuration(words, candidate.index);
    case 'year':
      return judgeYear(words, candidate.index);
    case 'measure':
      return judgeMeasure(words, candidate.index);
  }
}

/** `共有所学校`, `开展了次督查`, `共派出名医务人员`, `提出点要求`. */
function judgeCount(words: LineWords, i: number): WordHit | null {
  const { text } = words;
  const unit = text[i];
  const code = text.charCodeAt(i);
  const particle = text[i - 1] === '了' || text[i - 1] === '过';
  const verbEnd = particle ? i - 1 : i;
  if (particle && !words.standsAlone(i - 1)) return null;
  // The anchor: a strict counter, a counting verb, or a strict counter and a counting verb, each a
  // word of its own. Without 了 the verb's last character may be glued to the unit (`共/有所/学校`).
  const anchor = (words_: ReadonlySet<string>): string | null => {
    for (const verb of wordsEndingAt(text, verbEnd, words_)) {
      const verbStart = verbEnd - verb.length;
      const last = words.at(verbEnd - 1);
      if (!words.isBoundary(verbStart) || !last) continue;
      if (last.end === verbEnd || (!particle && last.end === i + 1 && last.start >= verbStart)) return verb;
    }
    return null;
  };
  let strict = false;
  let verb = anchor(STRICT_COUNTERS);
  if (verb) strict = true;
  else verb = anchor(COUNT_VERBS);
  if (!verb) return null;
  if (!strict) {
    const verbStart = verbEnd - verb.length;
    strict = wordsEndingAt(text, verbStart, STRICT_COUNTERS).some((word) => words.isBoundary(verbStart - word.length));
  }
  if (strict ? ANY_UNIT[code] === 0 : VERB_UNIT[code] === 0) return null;
  // 起 counts cases only right after the counter (`共有起案件`); after a verb it is 建立起, 担负起.
  if (unit === '起' && !STRICT_COUNTERS.has(verb)) return null;
  // The unit stands alone: the last character of its token, or the first of a guessed word (`个村`).
  const unitToken = words.at(i);
  if (!unitToken) return null;
  const glued = unitToken.start === i && unitToken.end > i + 1 && words.isGuessed(unitToken);
  if (unitToken.end !== i + 1 && !glued) return null;
  // What follows: a noun it counts, or (after a strict counter) the end of the clause (`共有家。`).
  let next: string | null = null;
  if (glued) {
    next = unitToken.word.slice(1);
  } else {
    const token = words.startingAt(i + 1);
    if (token && isHanWord(token.word)) {
      // 名 and 点 have their own lists of what they count (要求 is tagged a verb).
      if (unit !== '名' && unit !== '点' && !isNounLike(words.tagOf(token.word))) return null;
      next = token.word;
    } else if (!(strict && words.isClauseEnd(i + 1))) {
      return null;
    }
  }
  if (unit === '名' && !PEOPLE_LIST.some((people) => text.startsWith(people, i + 1))) return null;
  if (unit === '点' && (next === null || !POINT_NOUNS.has(next))) return null;
  return { start: i, end: i + 1, messageId: 'noNumber', unit };
}

/** `经过个月的努力`, `用个月时间`, `在个工作日内办结`. */
function judgeDuration(words: LineWords, i: number): WordHit | null {
  const token = words.at(i);
  if (!token) return null;
  // 个 opens its word (个/月, 个月) or ends a guessed one (用个/x); never 这个、每个、几个 or 个把月.
  if (token.start !== i && !(token.end === i + 1 && words.isGuessed(token))) return null;
  if (token.start === i && token.word.startsWith('个把')) return null;
  const unit = DURATIONS.find((duration) => words.text.startsWith(duration, i + 1))!;
  return { start: i, end: i + 1 + unit.length, messageId: 'noNumber', unit: '个' + unit };
}

/** A lone 年 (its own word) that lost its year or its count. */
function judgeYear(words: LineWords, i: number): WordHit | null {
  const { text } = words;
  const token = words.at(i);
  if (!token || token.start !== i || token.end !== i + 1) return null;
  const prevToken = i > 0 ? words.endingAt(i) : null;
  const nextToken = words.startingAt(i + 1);
  const next = nextToken && isHanWord(nextToken.word) ? nextToken.word : null;
  const clauseStart = clauseStartsAt(text, i);
  const hit: WordHit = { start: i, end: i + 1, messageId: 'noYear', unit: '年' };
  // `年全县卫生工作要点`, `。年全县…`, `，年以来`.
  if (clauseStart) return next !== null && isYearTopic(next) ? hit : null;
  if (!prevToken) return null;
  // `召开年全县卫生工作会议`, `对年工作进行部署`, `听取了年全县卫生工作情况汇报`.
  if (next !== null && isYearTopic(next)) {
    if (YEAR_VERBS.has(prevToken.word)) return hit;
    if (prevToken.word === '了') {
      const verb = words.endingAt(prevToken.start);
      if (verb && (YEAR_VERBS.has(verb.word) || /^v/.test(words.tagOf(verb.word) ?? ''))) return hit;
    }
  }
  // `连续年获得`, `经过年的努力`, `用年时间`; not `经过年审`, `用年假` (年审, 年假 cut apart).
  if (DURATION_WORDS.has(prevToken.word) && nextToken) {
    const after = nextToken.word;
    const counted = AFTER_MEASURE.has(after) || (prevToken.word === '连续' && (/^v/.test(words.tagOf(after) ?? '') || AFTER_CONTINUOUS.has(after)));
    if (counted) return { ...hit, messageId: 'noNumber' };
  }
  // `…会议上的讲话年` closing a line.
  if (TITLE_END_WORDS.has(prevToken.word) && isBlankFrom(text, i + 1)) return hit;
  return null;
}

/** `以分的高分`, `用天时间`, `历时天`. */
function judgeMeasure(words: LineWords, i: number): WordHit | null {
  const { text } = words;
  const token = words.at(i);
  if (!token) return null;
  const alone = token.start === i && token.end === i + 1;
  const gluedToPreposition = token.end === i + 1 && token.start === i - 1 && words.isGuessed(token);
  if (!alone && !gluedToPreposition) return null;
  // The preposition: its own word or the guessed end of a word (`院以`), never 所以、可以、难以.
  const durationWord = alone ? words.endingAt(i) : null;
  if (!(durationWord && DURATION_WORDS.has(durationWord.word))) {
    if (!MEASURE_PREPOSITIONS.has(text[i - 1])) return null;
    const preposition = words.at(i - 1);
    if (!preposition) return null;
    const own = preposition.start === i - 1 && preposition.end === i;
    if (!own && !words.isGuessed(preposition)) return null;
  }
  const nextToken = words.startingAt(i + 1);
  if (!nextToken || !AFTER_MEASURE.has(nextToken.word)) return null;
  return { start: i, end: i + 1, messageId: 'noNumber', unit: text[i] };
}

/** Word-level findings of one line (given its tokens), without the character part's. */
export function wordLevelMissingNumbers(text: string, tokens: readonly Token[], tagOf: TagOf, candidates = wordLevelCandidates(text)): WordHit[] {
  if (candidates.length === 0) return [];
  const words = new LineWords(text, tokens, tagOf);
  const hits: WordHit[] = [];
  // Candidates come in text order: a new hit can only overlap the last one.
  for (const candidate of candidates) {
    const hit = judgeCandidate(words, candidate);
    const last = hits[hits.length - 1];
    if (hit && (!last || last.end <= hit.start)) hits.push(hit);
  }
  return hits;
}

/** `hits` that overlap none of `taken`; both in text order, not overlapping among themselves (linear). */
export function withoutOverlaps<T extends { start: number; end: number }>(hits: readonly T[], taken: readonly { start: number; end: number }[]): T[] {
  const kept: T[] = [];
  let j = 0;
  for (const hit of hits) {
    while (j < taken.length && taken[j].end <= hit.start) j++;
    if (j < taken.length && taken[j].start < hit.end) continue;
    kept.push(hit);
  }
  return kept;
}

/** Word-level hits of a line, without those the character part reports there (memoized per segmenter). */
const wordHitsOfLine = lineMemo<WordHit[]>();

function checkMissingNumberWords({ model, report, segmenter }: WordRuleContext): void {
  for (const line of model.lines) {
    const { text } = line;
    const hits = wordHitsOfLine(segmenter, text, () => {
      const candidates = wordLevelCandidates(text);
      if (candidates.length === 0) return [];
      const tokens = lineTokens(segmenter, text);
      const found = wordLevelMissingNumbers(text, tokens, tagsOf(tokens), candidates);
      if (found.length === 0) return [];
      return withoutOverlaps(found, missingNumbersInLine(text, 0));
    });
    for (const hit of hits) {
      const data: Record<string, string> =
        hit.messageId === 'noYear'
          ? { context: before(text, hit.start, 3) + '年' + text.slice(hit.end, clauseEnd(text, hit.end, 6)) }
          : { unit: hit.unit, context: before(text, hit.start, 4) + text.slice(hit.start, hit.end) };
      report({ range: range(line.index, hit.start, line.index, hit.end), messageId: hit.messageId, data });
    }
  }
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
  checkWords: checkMissingNumberWords,
};
