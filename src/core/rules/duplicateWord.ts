import { range } from '../text/positions';
import { TextModel } from '../text/textModel';
import { ReportDescriptor, Rule, RuleContext } from './types';

/**
 * Accidentally doubled words (`的的`, `进一步进一步`, `工作工作`).
 *
 * Two parts, as for every rule that has a word level:
 * - `check` (here): characters only, no dictionary. It knows a short list of words whose doubling is
 *   never legitimate and needs no word boundaries to be sure, and a few function characters whose
 *   doubling it judges from the characters on either side (`目的的` is 目的 + 的, `为了了解` is
 *   为了 + 了解, `实实在在` is reduplication).
 * - `checkWords` (to come): doubled words at word boundaries from segmentation. It should skip the
 *   spans `findCharacterDuplicates` already reports (see `characterDuplicateKeys`) and never report the
 *   words of `LEGITIMATE_REDUPLICATION`; `reportDuplicate` gives it the same message and fix.
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

/** 1 for the first characters of listed words and for doubled characters: the rest cost one lookup. */
const CANDIDATE_FIRST = new Uint8Array(0x10000);
for (const code of WORDS_BY_FIRST.keys()) CANDIDATE_FIRST[code] = 1;
for (const code of DOUBLED_BY_CODE.keys()) CANDIDATE_FIRST[code] = 1;

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xd800 && code <= 0xdbff);
}

/** Character-level duplicates of one line, in order, never overlapping. Linear in the line's length. */
export function findLineDuplicates(text: string, line: number): DuplicateSpan[] {
  const spans: DuplicateSpan[] = [];
  const n = text.length - 1;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const span = CANDIDATE_FIRST[code] === 1 ? duplicateAt(text, i, code, line) : null;
    if (span) {
      spans.push(span);
      i = span.end;
    } else {
      i++;
    }
  }
  return spans;
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
  for (const line of model.lines) {
    if (line.text.length < 2) continue;
    for (const span of findLineDuplicates(line.text, line.index)) spans.push(span);
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
};
