import { markerEnd, writtenMarker } from '../structure/headingRuns';
import { Heading, Report } from '../structure/types';
import { range } from '../text/positions';
import { TextModel } from '../text/textModel';
import { ReportDescriptor, Rule } from './types';

/**
 * GB/T 9704 §7.3.3 delimiters: `一、`, `（一）` (nothing after the bracket), `1.` (or `1．`), `（1）`.
 * Flags a missing delimiter (`十三2020年…`, `1 加强…`), a wrong one (`一.`, `一，`, `1，`), one after a
 * closing bracket (`（一）、`) and `1、` (or, with `numberingStyle: "consistent"`, only a level-3 style
 * that differs from the rest of its document). Only lines the parser took as headings are judged, so
 * `1.5倍`, `1.2万人次` and `2019年…` at a line start are never markers here.
 *
 * Fixes replace or insert the delimiter. They are safe when the marker is a strong one (the marker alone
 * made the line a heading: `一.`, `（一）、`, `1、`) or a Chinese numeral glued to Arabic digits
 * (`十三2020年…`, never a word); any other marker with no delimiter, a space or a comma was taken as a
 * heading only because its number continues the sequence, so its fix is offered, not applied.
 */
export const numberingDelimiter: Rule = {
  meta: {
    id: 'numbering-delimiter',
    defaultSeverity: 'warning',
    description: {
      zh: '标题编号的分隔符应符合 GB/T 9704：一、（一）1.（1）',
      en: 'Heading markers use the GB/T 9704 delimiters: 一、 （一） 1. （1）',
    },
    messages: {
      missing: {
        zh: '标题编号“{marker}”后缺少分隔符，应为“{expected}”',
        en: 'Heading marker "{marker}" has no delimiter; expected "{expected}"',
      },
      wrong: {
        zh: '标题编号“{marker}”的分隔符有误，应为“{expected}”',
        en: 'Heading marker "{marker}" has a wrong delimiter; expected "{expected}"',
      },
      afterBracket: {
        zh: '括号编号“{marker}”后不应再加“{delimiter}”，应为“{expected}”',
        en: 'No "{delimiter}" after a bracketed marker: "{marker}" should be "{expected}"',
      },
      dunhaoLevel3: {
        zh: '三级标题编号“{marker}”按 GB/T 9704 应为“{expected}”',
        en: 'GB/T 9704 writes level-3 markers as "{expected}", not "{marker}"',
      },
      mixedLevel3: {
        zh: '本文档三级标题编号多用“{majority}”，此处“{marker}”不一致，应为“{expected}”',
        en: 'Level-3 markers in this document mostly use "{majority}"; "{marker}" should be "{expected}"',
      },
    },
    fixes: {
      insert: { zh: '补上分隔符“{delimiter}”', en: 'Insert the delimiter "{delimiter}"' },
      replace: { zh: '改为“{expected}”', en: 'Change to "{expected}"' },
      remove: { zh: '删除括号后的“{delimiter}”', en: 'Remove "{delimiter}" after the bracket' },
    },
  },
  check({ tree, model, config, report }) {
    for (const doc of tree.reports) {
      const level3 = level3Styles(doc);
      for (const heading of doc.allHeadings) {
        const finding = judge(heading, model, level3, config.numberingStyle === 'consistent');
        if (finding) report(finding);
      }
    }
  },
};

interface Level3Styles {
  /** The period a fix writes: `．` when the document uses only that one, else `.`. */
  period: string;
  /** In consistent mode: the delimiter most level-3 markers of the document use (`.`-style or `、`). */
  majority: 'period' | 'dunhao' | null;
}

function level3Styles(doc: Report): Level3Styles {
  let ascii = 0;
  let fullWidth = 0;
  let dunhao = 0;
  let first: 'period' | 'dunhao' | null = null;
  for (const heading of doc.allHeadings) {
    if (heading.level !== 3) continue;
    const delimiter = heading.marker.delimiter;
    if (delimiter === '.') ascii++;
    else if (delimiter === '．') fullWidth++;
    else if (delimiter === '、') dunhao++;
    else continue;
    first ??= delimiter === '、' ? 'dunhao' : 'period';
  }
  const periods = ascii + fullWidth;
  const majority = periods > dunhao ? 'period' : dunhao > periods ? 'dunhao' : first;
  return { period: fullWidth > 0 && ascii === 0 ? '．' : '.', majority };
}

function judge(heading: Heading, model: TextModel, level3: Level3Styles, consistent: boolean): ReportDescriptor | null {
  const { marker, line } = heading;
  const text = model.lineText(line);
  const end = markerEnd(marker);
  const safe = marker.strength === 'strong';
  // Most headings are right: what a finding needs is built only when there is one.
  const written = () => writtenMarker(text, marker);
  const findingRange = () => range(line, marker.start, line, end);

  if (marker.level === 2 || marker.level === 4) {
    if (marker.delimiter === '') return null;
    const closeAt = text.indexOf(marker.close, marker.numeralEnd);
    const expected = text.slice(marker.start, closeAt + 1);
    return {
      range: findingRange(),
      messageId: 'afterBracket',
      data: { marker: written(), delimiter: marker.delimiter, expected },
      fix: { titleId: 'remove', data: { delimiter: marker.delimiter }, edits: [{ range: range(line, closeAt + 1, line, end), text: '' }], safe },
    };
  }

  const standard = marker.level === 1 ? '、' : level3.period;
  const replaceWith = (messageId: string, delimiter: string, extra: Record<string, string> = {}, isSafe = safe): ReportDescriptor => {
    const expected = text.slice(marker.numeralStart, marker.numeralEnd) + delimiter;
    const missing = marker.delimiter === '';
    // The delimiter as written, with any spaces before it (or the spaces standing in for it).
    const delimiterRange = range(line, marker.numeralEnd, line, missing ? marker.end : end);
    return {
      range: findingRange(),
      messageId,
      data: { marker: written(), expected, ...extra },
      fix: missing
        ? { titleId: 'insert', data: { delimiter }, edits: [{ range: delimiterRange, text: delimiter }], safe: isSafe }
        : { titleId: 'replace', data: { expected }, edits: [{ range: delimiterRange, text: delimiter }], safe: isSafe },
    };
  };

  if (marker.delimiter === '') {
    // A Chinese numeral glued to Arabic digits (`十三2020年…`) is never a word: the heading is certain.
    const gluedToDigits = marker.level === 1 && marker.end === marker.numeralEnd && /[0-9０-９]/.test(text.charAt(marker.end));
    return replaceWith('missing', standard, {}, safe || gluedToDigits);
  }
  if (marker.level === 1) return marker.delimiter === '、' ? null : replaceWith('wrong', '、');
  if (marker.delimiter === '，' || marker.delimiter === ',') return replaceWith('wrong', standard);
  const style = marker.delimiter === '、' ? 'dunhao' : 'period';
  if (!consistent) return style === 'dunhao' ? replaceWith('dunhaoLevel3', standard) : null;
  if (level3.majority === null || style === level3.majority) return null;
  const majorityDelimiter = level3.majority === 'dunhao' ? '、' : level3.period;
  return replaceWith('mixedLevel3', majorityDelimiter, { majority: '1' + majorityDelimiter });
}
