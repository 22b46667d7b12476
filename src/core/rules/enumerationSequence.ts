import { renumberSeriesRun } from '../fix/renumber';
import { renumberingIsCertain } from '../structure/headingRuns';
import { firstMisnumberedItem, SeriesRun, seriesRuns } from '../structure/seriesRuns';
import { formatChineseNumeral } from '../text/numerals';
import { range } from '../text/positions';
import { Rule } from './types';

/**
 * In-text series (一是…二是…, 一要…二要…, 第一，…第二，) must count on without gaps or repeats within
 * one paragraph or a run of consecutive paragraphs (see `seriesRuns`). A series that restarts at 一 is
 * a new series; a lone item or a series not starting at 一 is not judged on its start.
 *
 * The fix renumbers the series; safe under the same condition as heading runs (starts at 一, never goes
 * back, no number above the count: a repeated 二是). A gap (四是 → 六是) may be a lost item: offered only.
 */
export const enumerationSequence: Rule = {
  meta: {
    id: 'enumeration-sequence',
    defaultSeverity: 'warning',
    description: {
      zh: '段落中的“一是、二是”“一要、二要”“第一、第二”等序列应连续',
      en: 'In-text series (一是/二是, 一要/二要, 第一/第二) must count on without gaps or repeats',
    },
    messages: {
      skipped: {
        zh: '序列不连续：“{previous}”之后是“{item}”，应为“{expected}”',
        en: 'Series skips: "{item}" follows "{previous}"; expected "{expected}"',
      },
      repeated: {
        zh: '序列重复：“{item}”与上一项相同，应为“{expected}”',
        en: 'Series repeats "{item}"; expected "{expected}"',
      },
      backwards: {
        zh: '序列倒退：“{previous}”之后是“{item}”，应为“{expected}”',
        en: 'Series goes back: "{item}" follows "{previous}"; expected "{expected}"',
      },
    },
    fixes: {
      renumber: { zh: '将此序列的{count}项重新编号', en: 'Renumber the {count} items of this series' },
    },
  },
  check({ tree, model, report }) {
    for (const run of seriesRuns(tree)) {
      const index = firstMisnumberedItem(run);
      if (index <= 0) continue;
      const item = run.items[index];
      const previous = run.items[index - 1];
      const ordinal = item.ordinal!;
      const previousOrdinal = previous.ordinal!;
      const messageId = ordinal === previousOrdinal ? 'repeated' : ordinal < previousOrdinal ? 'backwards' : 'skipped';
      report({
        range: range(item.line, item.start, item.line, item.end),
        messageId,
        data: { item: item.text, previous: previous.text, expected: withNumber(run, index, model.lineText(item.line)) },
        fix: {
          titleId: 'renumber',
          data: { count: run.items.length },
          edits: renumberSeriesRun(run, model),
          safe: renumberingIsCertain(run.items.map((i) => i.ordinal!)),
        },
      });
    }
  },
};

function withNumber(run: SeriesRun, index: number, lineText: string): string {
  const item = run.items[index];
  return (
    lineText.slice(item.start, item.numeralStart) + formatChineseNumeral(run.targets[index]) + lineText.slice(item.numeralEnd, item.end)
  );
}
