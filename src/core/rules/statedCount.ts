import { findStatedCounts } from '../structure/statedCounts';
import { Rule } from './types';

/**
 * An announced number of parts (我讲四个方面的内容, 下面我提三点要求) that differs from the parts that follow:
 * the headings one level below the announcement, or the series items (一是/第一/一要/首先) that follow.
 * Vague counts, counts of other things and parts that cannot be located stay silent (see structure/statedCounts).
 */
export const statedCount: Rule = {
  meta: {
    id: 'stated-count',
    defaultSeverity: 'warning',
    description: {
      zh: '宣布的部分数（如“我讲四个方面”）应与后文实际的部分数一致',
      en: 'An announced number of parts (e.g. "I will speak on four aspects") must match the parts that follow',
    },
    messages: {
      headings: {
        zh: '“{phrase}”宣布了{stated}个部分，但后面的标题实有{actual}个（第{partsLine}行起）',
        en: '"{phrase}" announces {stated} parts, but {actual} headings follow (from line {partsLine})',
      },
      series: {
        zh: '“{phrase}”宣布了{stated}个部分，但后面的“{first}”系列实有{actual}项（第{partsLine}行起）',
        en: '"{phrase}" announces {stated} parts, but the series that follows ("{first}"…) has {actual} items (from line {partsLine})',
      },
    },
  },
  check({ tree, report }) {
    for (const count of findStatedCounts(tree)) {
      if (!count.differs) continue;
      const data = {
        phrase: count.phrase,
        stated: count.stated,
        actual: count.actual,
        partsLine: count.firstPartLine + 1,
      };
      if (count.partsKind === 'headings') {
        report({ range: count.range, messageId: 'headings', data });
      } else {
        report({ range: count.range, messageId: 'series', data: { ...data, first: count.firstSeriesItem?.text ?? '' } });
      }
    }
  },
};
