import { markerEnd, writtenMarker } from '../structure/headingRuns';
import { Heading } from '../structure/types';
import { range } from '../text/positions';
import { Rule } from './types';

/**
 * Heading levels used out of order (GB/T 9704 §7.3.3: 一、 > （一） > 1. > （1））, two patterns only:
 * - `beforeUpper`: a report that uses a level (say `一、`) has headings of a lower level (`（一）`) before
 *   its first heading of that level, with nothing above them. Reported once per report, on the first.
 * - `inverted`: a heading is directly followed by a higher-level heading numbered 1 that sits between it
 *   and its parent (`1.` then `（一）`, `（二）`…): the higher level is used as the lower one's children.
 * A report that starts at level 2 (or 3) throughout uses no higher level and is never flagged. No fix:
 * which level was meant is the author's call.
 */
export const headingHierarchy: Rule = {
  meta: {
    id: 'heading-hierarchy',
    defaultSeverity: 'info',
    description: {
      zh: '标题层级应按“一、（一）1.（1）”的顺序使用',
      en: 'Heading levels must be used in the order 一、 （一） 1. （1）',
    },
    messages: {
      beforeUpper: {
        zh: '“{marker}”出现在本文第一个“{upper}”级标题之前，缺少上级标题，层级顺序有误',
        en: '"{marker}" comes before the document\'s first "{upper}"-level heading, with no heading above it',
      },
      inverted: {
        zh: '“{marker}”紧跟在“{lower}”之后，层级颠倒：“{marker}”级标题应在“{lower}”级之上',
        en: '"{marker}" directly follows "{lower}": levels are inverted ("{marker}" ranks above "{lower}")',
      },
    },
  },
  check({ tree, model, report }) {
    const show = (heading: Heading) => writtenMarker(model.lineText(heading.line), heading.marker);
    const at = (heading: Heading) => range(heading.line, heading.marker.start, heading.line, markerEnd(heading.marker));
    for (const doc of tree.reports) {
      const headings = doc.allHeadings;
      if (headings.length === 0) continue;
      let top = headings[0].level;
      for (const heading of headings) if (heading.level < top) top = heading.level;
      const firstTop = headings.find((heading) => heading.level === top)!;
      // Only before the first top-level heading: a later parentless heading is a parser detail, not the author's order.
      const orphan = doc.headings.find((heading) => heading.level > top && heading.line < firstTop.line);
      if (orphan) report({ range: at(orphan), messageId: 'beforeUpper', data: { marker: show(orphan), upper: show(firstTop) } });
      for (let i = 1; i < headings.length; i++) {
        const previous = headings[i - 1];
        const heading = headings[i];
        if (heading === orphan || heading.ordinal !== 1 || heading.level >= previous.level) continue;
        // Between the previous heading and its parent; after a heading with no parent it is `beforeUpper`'s case.
        if (previous.parent === null || heading.level <= previous.parent.level) continue;
        report({ range: at(heading), messageId: 'inverted', data: { marker: show(heading), lower: show(previous) } });
      }
    }
  },
};
