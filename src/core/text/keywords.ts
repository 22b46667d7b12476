import { ReportTree } from '../structure/types';
import { Segmenter } from './segmenter';
import { isHanWord, lineTokens } from './wordTags';

/**
 * Keywords of each top-level section (the `一、` sections, or the highest level a report has), for the
 * outline: the nouns (and verbal nouns: 防控, 签约) that section uses more than the others, e.g. 医共体、家庭医生、疫情防控.
 *
 * Pure: a tree and a Segmenter in, words out. Lines are tagged one by one (a caching segmenter makes a
 * second call after an edit cheap); without tagging, every word of two characters or more may count. Score of a word
 * in a section: its count there × log(1 + sections / sections using it), so that words every section
 * uses (卫生、健康 in a health bureau's report) sink; stop words (generic verbs and nouns of report
 * prose) never count. Ties keep the first occurrence first.
 */
export interface SectionKeywords {
  /** Index of the report in `tree.reports`. */
  report: number;
  /** Zero-based line of the section's heading. */
  line: number;
  keywords: string[];
}

export interface KeywordOptions {
  /** Keywords per section (default 3). */
  perSection?: number;
  /** Words never used as keywords, in addition to the built-in list. */
  stopWords?: Iterable<string>;
}

/** Tags of the words that may be keywords: nouns of all kinds, verbal nouns, set phrases, abbreviations (verbs say too little). */
const KEYWORD_TAG = /^(n|vn$|l$|j$)/;

/** Generic words of report prose: present everywhere, they say nothing about a section. */
export const KEYWORD_STOP_WORDS: ReadonlySet<string> = new Set([
  '工作', '加强', '推进', '落实', '开展', '进一步', '全面', '深入', '持续', '不断', '坚持', '推动', '提升', '提高', '完善',
  '健全', '建立', '实施', '强化', '做好', '抓好', '确保', '实现', '取得', '发展', '建设', '服务', '管理', '体系', '机制',
  '能力', '水平', '重点', '主要', '全县', '全市', '全区', '全省', '全镇', '我们', '各级', '部门', '单位', '问题', '情况',
  '方面', '要求', '任务', '目标', '措施', '成效', '成绩', '同志', '今年', '去年', '明年', '全年', '以来', '进行', '组织',
  '积极', '有效', '认真', '切实', '扎实', '大力', '着力', '重要', '相关', '有关', '继续', '同时', '通过', '按照', '根据',
  '围绕', '作为', '已经', '目前', '当前', '下一步', '各类', '各项', '群众', '工作会议', '会议', '讲话', '意见', '报告',
  '领导', '政府', '县委', '市委', '区委', '召开', '形成', '促进', '增强', '优化', '规范', '创新', '保障', '发挥', '作用',
  '一是', '二是', '三是', '四是', '五是', '六是', '第一', '第二', '第三', '首先', '其次', '最后', '同比', '增长', '达到',
  '完成', '共有', '累计', '合计', '以上', '以下', '其中', '全体', '大家', '一批', '一步', '一定', '必须', '需要', '坚决',
  '努力', '扎实推进', '总结', '计划', '安排', '部署', '明确', '研究', '提出', '认识', '思想', '意识', '责任', '发生',
]);

export function sectionKeywords(tree: ReportTree, segmenter: Segmenter, options: KeywordOptions = {}): SectionKeywords[] {
  const perSection = Math.max(0, Math.floor(options.perSection ?? 3));
  const stop = new Set([...KEYWORD_STOP_WORDS, ...(options.stopWords ?? [])]);
  const keep = new Map<string, boolean>();
  const isKeyword = (word: string, tag: string | undefined): boolean => {
    let result = keep.get(word);
    if (result === undefined) {
      // Words jieba does not know (x) only from three characters: two are too often a wrong cut (到县).
      result = word.length >= 2 && isHanWord(word) && !stop.has(word) && (tag === undefined || KEYWORD_TAG.test(tag) || (tag === 'x' && word.length >= 3));
      keep.set(word, result);
    }
    return result;
  };

  const sections: { report: number; line: number; counts: Map<string, { count: number; first: number }> }[] = [];
  for (const report of tree.reports) {
    for (const heading of report.headings) {
      const counts = new Map<string, { count: number; first: number }>();
      let order = 0;
      const last = Math.min(heading.endLine, tree.model.lineCount - 1);
      for (let line = heading.line; line <= last; line++) {
        const text = tree.model.lineText(line);
        if (text.trim() === '') continue;
        for (const token of lineTokens(segmenter, text)) {
          if (!isKeyword(token.word, token.tag)) continue;
          const entry = counts.get(token.word);
          if (entry) entry.count++;
          else counts.set(token.word, { count: 1, first: order });
          order++;
        }
      }
      sections.push({ report: report.index, line: heading.line, counts });
    }
  }

  const documentFrequency = new Map<string, number>();
  for (const section of sections) for (const word of section.counts.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const total = sections.length;
  return sections.map((section) => {
    const scored = [...section.counts].map(([word, { count, first }]) => ({
      word,
      first,
      score: count * Math.log(1 + total / (documentFrequency.get(word) ?? 1)),
      count,
    }));
    scored.sort((a, b) => b.score - a.score || a.first - b.first);
    const keywords: string[] = [];
    // Words used at least twice first; a word met once only fills what is left.
    const pick = (repeated: boolean) => {
      for (const entry of scored) {
        if (keywords.length >= perSection) return;
        if (entry.count >= 2 !== repeated) continue;
        // Not a word inside a keyword already chosen (医共体 after 紧密型医共体), nor the reverse.
        if (keywords.some((chosen) => chosen.includes(entry.word) || entry.word.includes(chosen))) continue;
        keywords.push(entry.word);
      }
    };
    pick(true);
    pick(false);
    return { report: section.report, line: section.line, keywords };
  });
}
