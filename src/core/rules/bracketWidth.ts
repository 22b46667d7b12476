import { range } from '../text/positions';
import { Rule } from './types';

/** GB/T 9704 §7.3.3: level-2 and level-4 markers use full-width brackets, `（一）` and `（1）`. */
export const bracketWidth: Rule = {
  meta: {
    id: 'bracket-width',
    defaultSeverity: 'warning',
    description: {
      zh: '标题编号中的括号应为全角：（一）、（1）',
      en: 'Brackets in heading markers must be full-width: （一）, （1）',
    },
    messages: {
      halfWidth: {
        zh: '标题编号“{marker}”使用了半角括号，应为“{expected}”',
        en: 'Heading marker "{marker}" uses half-width brackets; expected "{expected}"',
      },
    },
    fixes: {
      fullWidth: { zh: '改为全角括号“{expected}”', en: 'Use full-width brackets "{expected}"' },
    },
  },
  check({ tree, report }) {
    for (const heading of tree.reports.flatMap((r) => r.allHeadings)) {
      const { marker } = heading;
      if (marker.level !== 2 && marker.level !== 4) continue;
      if (marker.open === '（' && marker.close === '）') continue;
      const line = tree.model.lineText(heading.line);
      const closeAt = line.lastIndexOf(marker.close, marker.end - 1);
      const numeral = line.slice(marker.numeralStart, marker.numeralEnd);
      const expected = `（${numeral}）`;
      const edits = [];
      if (marker.open !== '（') edits.push({ range: range(heading.line, marker.start, heading.line, marker.start + 1), text: '（' });
      if (marker.close !== '）') edits.push({ range: range(heading.line, closeAt, heading.line, closeAt + 1), text: '）' });
      report({
        range: range(heading.line, marker.start, heading.line, closeAt + 1),
        messageId: 'halfWidth',
        data: { marker: line.slice(marker.start, closeAt + 1), expected },
        fix: { titleId: 'fullWidth', data: { expected }, edits, safe: true },
      });
    }
  },
};
