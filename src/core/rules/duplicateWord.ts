import { range } from '../text/positions';
import { TextModel } from '../text/textModel';
import { Token } from '../text/segmenter';
import { lineMemo } from '../text/lineMemo';
import { isHanWord, lineTokens, TagOf, tagsOf } from '../text/wordTags';
import { ReportDescriptor, Rule, RuleContext, WordRuleContext } from './types';

/**
 * Accidentally doubled words (`的的`, `进一步进一步`, `工作工作`).
 *
 * Two parts, as for every rule that has a word level:
 * - `check` (here): characters only, no dictionary. It knows a short list of words whose doubling is
 *   never legitimate and needs no word boundaries to be sure, and a few function characters whose
 *   doubling it judges from the characters on either side (`目的的` is 目的 + 的, `为了了解` is
 *   为了 + 了解, `实实在在` is reduplication).
 * - `checkWords` (below): doubled words at word boundaries from segmentation. It skips the spans
 *   `findCharacterDuplicates` already reports and never reports the words of `LEGITIMATE_REDUPLICATION`;
 *   `reportDuplicate` gives it the same message and fix (never safe at the word level).
 */

/** Multi-character words that are never reduplicated: adverbs, conjunctions, prepositions, pronouns. */
export const NEVER_DOUBLED_WORDS: readonly string[] = [
  '进一步', '不断', '切实', '全面', '认真', '积极', '持续', '深入', '扎实',
  '以及', '并且', '而且', '但是', '同时', '因此', '所以', '通过', '按照', '根据', '关于', '对于', '围绕',
  '主要', '我们', '各项', '已经', '正在', '目前', '进行',
];

/** Doubled, these are most often an editing slip, but a compound can end in them (`宣传工作工作要点`): unsafe fix. */
export const USUALLY_NOT_DOUBLED_WORDS: readonly string[] = ['工作'];

/**
 * Function characters whose doubling is a slip unless a word ends or starts at the seam:
 * `before` lists characters that form a word ending in the character (目的, 为了, 现在),
 * `after` those that form a word starting with it (的确, 了解, 在于). `safe` when the lists are
 * complete enough to delete without looking.
 */
interface DoubledCharacter {
  before: string;
  after: string;
  /** Only when followed by something that is not a Chinese character (`完成了了。`). */
  onlyBeforeNonHan?: boolean;
  safe: boolean;
}

export const DOUBLED_CHARACTERS: Readonly<Record<string, DoubledCharacter>> = {
  的: { before: '目标有别似真是好端打之鹄靶', after: '确士哥姐卢话喀', safe: true },
  了: { before: '不', after: '', onlyBeforeNonHan: true, safe: true },
  和: { before: '平温缓附总共调随柔暖谦祥饱中讲人亲应唱协融不失议求违宽慈', after: '谐平睦美气善解合顺蔼衷声弦局约煦畅风田面', safe: false },
  与: { before: '参给赋授相', after: '会其否日时众人世生此', safe: false },
  及: { before: '以涉普危顾提波论企惠触遍不所殃来', after: '时早格其第至', safe: false },
  在: {
    before: '现存实正所自内外潜好旨意重贵难妙健何志不常',
    after: '座职线建岗校册于乎押编场世家野逃望即外内先后此意理案研读用营管库任位途握',
    safe: false,
  },
};

/** Reduplication that is legitimate (the word-level part must not report these). */
export const LEGITIMATE_REDUPLICATION: ReadonlySet<string> = new Set([
  '常常', '谢谢', '人人', '一一', '纷纷', '年年', '层层', '处处', '天天', '个个', '家家', '户户', '明明', '渐渐',
  '看看', '想想', '试试', '等等', '刚刚', '紧紧', '牢牢', '默默', '远远', '大大', '事事', '时时', '久久', '多多',
  '研究研究', '讨论讨论', '学习学习', '了解了解', '商量商量', '考虑考虑', '检查检查', '总结总结', '交流交流',
]);

export interface DuplicateSpan {
  line: number;
  /** The second copy, which the fix deletes. */
  start: number;
  end: number;
  word: string;
  safe: boolean;
}

interface ListedWord {
  word: string;
  safe: boolean;
}

/** Listed words by the code of their first character, longest first. */
const WORDS_BY_FIRST = new Map<number, ListedWord[]>();
for (const word of NEVER_DOUBLED_WORDS) addWord(word, true);
for (const word of USUALLY_NOT_DOUBLED_WORDS) addWord(word, false);
function addWord(word: string, safe: boolean): void {
  const code = word.charCodeAt(0);
  const list = WORDS_BY_FIRST.get(code) ?? [];
  list.push({ word, safe });
  list.sort((a, b) => b.word.length - a.word.length);
  WORDS_BY_FIRST.set(code, list);
}
const DOUBLED_BY_CODE = new Map<number, DoubledCharacter>(Object.entries(DOUBLED_CHARACTERS).map(([char, rule]) => [char.charCodeAt(0), rule]));

/**
 * Per first character of a listed word or doubled character, bit `d` set when a duplicate starting
 * with it would repeat that character `d` places further (the word's length; 1 for a doubled
 * character). Function characters like 的 and 在 are among the commonest: a duplicate needs the
 * repetition, so most positions are settled by this table and one comparison.
 */
const REPEAT_DISTANCES = new Int32Array(0x10000);
for (const [code, words] of WORDS_BY_FIRST) {
  for (const { word } of words) {
    if (word.length > 30) throw new Error(`duplicate-word: listed word too long for REPEAT_DISTANCES: ${word}`);
    REPEAT_DISTANCES[code] |= 1 << word.length;
  }
}
for (const code of DOUBLED_BY_CODE.keys()) REPEAT_DISTANCES[code] |= 1 << 1;

function repeatsAt(text: string, i: number, code: number, distances: number): boolean {
  for (let d = 1; distances >>> d !== 0; d++) {
    if ((distances >>> d) & 1 && text.charCodeAt(i + d) === code) return true;
  }
  return false;
}

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd800 && code <= 0xdbff);
}

/** Character-level duplicates of one line, in order, never overlapping. Linear in the line's length. */
export function findLineDuplicates(text: string, line: number): DuplicateSpan[] {
  const spans: DuplicateSpan[] = [];
  scanDuplicates(text, 0, text, line, spans);
  return spans;
}

/**
 * Appends the duplicates of `lineText` to `spans`. The characters are read from `source` at
 * `lineStart` onwards: the whole text, of which the line is a slice, reads faster than the slice.
 */
function scanDuplicates(source: string, lineStart: number, lineText: string, line: number, spans: DuplicateSpan[]): void {
  const n = lineText.length - 1;
  let i = 0;
  while (i < n) {
    const code = source.charCodeAt(lineStart + i);
    const distances = REPEAT_DISTANCES[code];
    const span = distances !== 0 && repeatsAt(lineText, i, code, distances) ? duplicateAt(lineText, i, code, line) : null;
    if (span) {
      spans.push(span);
      i = span.end;
    } else {
      i++;
    }
  }
}

function duplicateAt(text: string, i: number, code: number, line: number): DuplicateSpan | null {
  const words = WORDS_BY_FIRST.get(code);
  if (words) {
    for (const { word, safe } of words) {
      const length = word.length;
      if (text.charCodeAt(i + length) === code && text.startsWith(word, i) && text.startsWith(word, i + length)) {
        return { line, start: i + length, end: i + 2 * length, word, safe };
      }
    }
  }
  if (text.charCodeAt(i + 1) !== code) return null;
  const rule = DOUBLED_BY_CODE.get(code);
  if (!rule) return null;
  const before = i > 0 ? text[i - 1] : '';
  const after = i + 2 < text.length ? text[i + 2] : '';
  // AABB reduplication on either side: 的的确确, 实实在在, 和和美美.
  if (after !== '' && after !== text[i] && text[i + 3] === after) return null;
  if (before !== '' && before !== text[i] && i >= 2 && text[i - 2] === before) return null;
  if (before !== '' && rule.before.includes(before)) return null;
  if (after !== '' && rule.after.includes(after)) return null;
  if (rule.onlyBeforeNonHan && after !== '' && isHanCode(after.charCodeAt(0))) return null;
  return { line, start: i + 1, end: i + 2, word: text[i], safe: rule.safe };
}

export function findCharacterDuplicates(model: TextModel): DuplicateSpan[] {
  const spans: DuplicateSpan[] = [];
  for (let index = 0; index < model.lines.length; index++) {
    const line = model.lines[index];
    if (line.text.length >= 2) scanDuplicates(model.text, line.start, line.text, line.index, spans);
  }
  return spans;
}

/** `line:start`, to let the word-level part skip what the character part reports. */
export function characterDuplicateKeys(spans: readonly DuplicateSpan[]): Set<string> {
  return new Set(spans.map((span) => `${span.line}:${span.start}`));
}

export function reportDuplicate(context: Pick<RuleContext, 'report'>, span: DuplicateSpan): void {
  const descriptor: ReportDescriptor = {
    range: range(span.line, span.start, span.line, span.end),
    messageId: 'doubled',
    data: { word: span.word },
    fix: {
      titleId: 'deleteRepeat',
      data: { word: span.word },
      edits: [{ range: range(span.line, span.start, span.line, span.end), text: '' }],
      safe: span.safe,
    },
  };
  context.report(descriptor);
}

// ---------------------------------------------------------------------------------------------
// Word-level part (checkWords): a word repeated at word boundaries (`加强加强`, `我们我们`, `医共体医共体`).
//
// A line is segmented only when it holds a repeated run of 2–6 characters (a cheap scan), and the
// repeat must then be two equal tokens side by side. Single-character tokens are left to the
// character part (`的的`; `年年`, `件件`, `医医` are reduplication or a quotation). Which doubled words
// are slips is decided by the word and its jieba tag:
// - ABAB of a two-character verb is the verb's "do it a little" form, legitimate in speech
//   (`研究研究`, `商量商量`, `梳理梳理`): verbs (v, vn) and adjectives (a) are reported only when they are
//   work verbs of report prose that have no such form (`加强`, `推进`, `落实`, `完善`: `NEVER_REDUPLICATED`);
// - nouns, pronouns, adverbs, conjunctions, prepositions, time and place words, set phrases and words
//   of three or more characters are reported, except the verbs of `REDUPLICABLE_VERBS` (jieba tags
//   many of them as nouns: 商量/n, 指导/n, 汇报/nz), emphatic adverbs (`非常非常`, `一定一定`) and the
//   pronouns of `这样这样`, `如何如何`;
// - numerals and classifiers (`一项一项`, `一步一步`), onomatopoeia, particles and non-Chinese tokens
//   (`××`, `xx`) never are; nor `学习学习再学习`, a slogan.
// The fix deletes the second copy and is never applied by fix-all: segmentation is a reading.

/** Two-character verbs whose ABAB form is legitimate ("study it a little"), whatever jieba's tag. */
export const REDUPLICABLE_VERBS: ReadonlySet<string> = new Set([
  '研究', '讨论', '学习', '了解', '商量', '考虑', '检查', '总结', '交流', '汇报', '沟通', '协调', '分析', '调研', '梳理',
  '准备', '活动', '介绍', '指导', '宣传', '帮助', '关心', '调整', '改进', '锻炼', '休息', '比较', '思考', '反思', '琢磨',
  '收拾', '整理', '熟悉', '体会', '感受', '打听', '表扬', '批评', '提醒', '认识', '练习', '演练', '研讨', '切磋', '看望',
  '问候', '打扫', '清理', '修改', '检验', '试验', '尝试', '体验', '请示', '解释', '说明', '讲解', '辅导', '鼓励', '放松',
  '轻松', '高兴', '热闹', '暖和', '凉快', '消化', '回顾', '反省', '盘点', '计划', '安排', '布置', '张罗', '合计', '盘算',
  '掂量', '算计', '核对', '核算', '推敲', '斟酌', '酝酿', '议论', '评议', '考察', '观察', '调查', '联系', '走动',
  '串门', '说道', '教育', '督促', '提高', '改善', '充实', '丰富', '活跃', '清醒', '冷静', '明白', '弄清',
  '查查', '核实', '过问', '关照', '照顾', '打理', '操练', '温习', '复习', '预习', '思量', '权衡', '对照', '比对', '梳洗',
]);

/** Work verbs of report prose with no ABAB form: doubled, they are a slip (`加强加强`, `推进推进`). */
export const NEVER_REDUPLICATED: ReadonlySet<string> = new Set([
  '加强', '推进', '推动', '落实', '实现', '完成', '建立', '坚持', '深化', '强化', '加快', '促进', '确保', '开展', '实施',
  '提升', '健全', '完善', '巩固', '发挥', '形成', '保障', '贯彻', '加大', '做好', '抓好', '建设', '发展', '改革', '创新',
  '增强', '优化', '规范', '统筹', '聚焦', '着力', '推行', '执行', '出台', '制定', '印发', '召开', '举办', '防控', '监管',
  '治理', '要求', '落地', '夯实', '筑牢', '压实', '织密', '守牢', '打造', '构建', '实行', '服务', '保持', '提供', '持续', '重要', '关键', '突出', '显著', '明显', '良好', '有效', '严格', '主要', '全力', '大力', '稳步', '有序',
]);

/** Emphatic repetition of speech (`非常非常重要`, `一定一定要`) and pronouns whose doubling is idiomatic. */
const IDIOMATIC_REPEATS: ReadonlySet<string> = new Set([
  '非常', '特别', '一定', '千万', '十分', '真的', '真是', '实在', '确实', '好好', '慢慢', '多多',
  '这样', '那样', '如何', '怎么', '怎样', '什么', '这么', '那么', '谢谢', '好的', '是的', '对的',
]);

const VERB_OR_ADJECTIVE = /^(v|a|z|b)/;
const NEVER_REPORTED_TAG = /^(m|q|o|y|e|u|k|h|eng|zg|w)/;

/** Whether `text` holds a run of 2–6 characters repeated right away (`加强加强`): the prefilter of the word level. */
export function hasRepeatedRun(text: string): boolean {
  const n = text.length;
  for (let i = 0; i + 4 <= n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    for (let k = 2; k <= 6 && i + 2 * k <= n; k++) {
      if (text.charCodeAt(i + k) !== code) continue;
      let equal = true;
      for (let j = 1; j < k; j++) {
        if (text.charCodeAt(i + j) !== text.charCodeAt(i + k + j)) {
          equal = false;
          break;
        }
      }
      if (equal) return true;
    }
  }
  return false;
}

/** Whether the doubled `word` (tagged `tag`) is a slip rather than reduplication or emphasis. */
export function isDoubledWordSlip(word: string, tag: string | undefined): boolean {
  if (word.length < 2 || !isHanWord(word)) return false;
  if (LEGITIMATE_REDUPLICATION.has(word) || REDUPLICABLE_VERBS.has(word) || IDIOMATIC_REPEATS.has(word)) return false;
  if (NEVER_REDUPLICATED.has(word) || NEVER_DOUBLED_WORDS.includes(word)) return true;
  if (tag === undefined) return word.length >= 3;
  if (NEVER_REPORTED_TAG.test(tag)) return false;
  if (tag === 'x') return word.length >= 3;
  if (word.length >= 3) return true;
  return !VERB_OR_ADJECTIVE.test(tag);
}

/** Word-level duplicates of one line, given its tokens; not the spans the character part reports. */
export function wordDuplicatesInLine(line: number, tokens: readonly Token[], tagOf: TagOf, reported: readonly DuplicateSpan[] = []): DuplicateSpan[] {
  const spans: DuplicateSpan[] = [];
  let r = 0;
  for (let k = 1; k < tokens.length; k++) {
    const first = tokens[k - 1];
    const second = tokens[k];
    if (first.word !== second.word || first.end !== second.start || second.word.length < 2) continue;
    if (!isHanWord(second.word)) continue;
    // A slogan: 学习学习再学习, 落实落实再落实.
    const after = tokens[k + 1];
    if (after && after.word === '再' && tokens[k + 2]?.word === second.word) continue;
    // The character part's spans, in text order like the tokens: skip those before, test the next.
    while (r < reported.length && reported[r].end <= second.start) r++;
    if (r < reported.length && reported[r].start < second.end) continue;
    if (!isDoubledWordSlip(second.word, tagOf(second.word))) continue;
    spans.push({ line, start: second.start, end: second.end, word: second.word, safe: false });
  }
  return spans;
}

/** Word-level duplicates of a line (line 0), without the character part's (memoized per segmenter). */
const wordDuplicatesOfLine = lineMemo<DuplicateSpan[]>();

function checkDuplicateWords(context: WordRuleContext): void {
  const { model, segmenter } = context;
  for (const line of model.lines) {
    const { text } = line;
    if (text.length < 4) continue;
    const spans = wordDuplicatesOfLine(segmenter, text, () => {
      if (!hasRepeatedRun(text)) return [];
      const tokens = lineTokens(segmenter, text);
      return wordDuplicatesInLine(0, tokens, tagsOf(tokens), findLineDuplicates(text, 0));
    });
    for (const span of spans) reportDuplicate(context, { ...span, line: line.index });
  }
}

export const duplicateWord: Rule = {
  meta: {
    id: 'duplicate-word',
    defaultSeverity: 'info',
    description: {
      zh: '词语误重复（的的、进一步进一步）',
      en: 'Accidentally doubled words (的的, 进一步进一步)',
    },
    messages: {
      doubled: {
        zh: '“{word}”疑似误重复',
        en: '"{word}" appears to be doubled by mistake',
      },
    },
    fixes: {
      deleteRepeat: { zh: '删除重复的“{word}”', en: 'Delete the repeated "{word}"' },
    },
  },
  check(context) {
    for (const span of findCharacterDuplicates(context.model)) reportDuplicate(context, span);
  },
  checkWords: checkDuplicateWords,
};
