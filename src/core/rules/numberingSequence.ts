import { range } from '../text/positions';
import { renumberHeadingRun } from '../fix/renumber';
import { firstMisnumbered, headingRuns, markerEnd, markerWithNumber, renumberingIsCertain, writtenMarker } from '../structure/headingRuns';
import { Rule } from './types';

/**
 * Headings of one level under one parent (per report) must count 1, 2, 3…: flags the first heading of a
 * run that skips, repeats or goes back, or a run that does not start at one. A heading numbered 1
 * always starts a new run (a new parent, possibly lost in editing), so restarts are never flagged.
 *
 * The fix renumbers the whole run (numerals only). It is safe when nothing can be missing: the run
 * starts at one, never goes back and its largest number is not above the count (`（三）` twice). A gap
 * (`十、` → `十二、`) or a run starting above one may be a lost section: the fix is offered, not applied.
 */
export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    defaultSeverity: 'warning',
    description: {
      zh: '同一上级下的同级标题应从一开始连续编号',
      en: 'Headings of one level under one parent must be numbered 1, 2, 3… without gaps or repeats',
    },
    messages: {
      notFromOne: {
        zh: '标题编号“{marker}”是本级的第一项，应从“{expected}”开始',
        en: 'Heading "{marker}" is the first of its level here and should start at "{expected}"',
      },
      skipped: {
        zh: '标题编号不连续：“{previous}”之后是“{marker}”，应为“{expected}”',
        en: 'Heading numbers skip: "{marker}" follows "{previous}"; expected "{expected}"',
      },
      repeated: {
        zh: '标题编号“{marker}”与上一项重复，应为“{expected}”',
        en: 'Heading number "{marker}" repeats the previous one; expected "{expected}"',
      },
      backwards: {
        zh: '标题编号倒退：“{previous}”之后是“{marker}”，应为“{expected}”',
        en: 'Heading numbers go back: "{marker}" follows "{previous}"; expected "{expected}"',
      },
    },
    fixes: {
      renumber: { zh: '将本级{count}个标题重新编号', en: 'Renumber the {count} headings of this level' },
    },
  },
  check({ tree, model, report }) {
    for (const run of headingRuns(tree)) {
      const index = firstMisnumbered(run);
      if (index < 0) continue;
      const heading = run.headings[index];
      const line = model.lineText(heading.line);
      const marker = writtenMarker(line, heading.marker);
      const expected = markerWithNumber(line, heading.marker, run.targets[index]);
      const previousHeading = index > 0 ? run.headings[index - 1] : null;
      const previous = previousHeading ? writtenMarker(model.lineText(previousHeading.line), previousHeading.marker) : '';
      const messageId =
        previousHeading === null
          ? 'notFromOne'
          : heading.ordinal === previousHeading.ordinal
            ? 'repeated'
            : heading.ordinal < previousHeading.ordinal
              ? 'backwards'
              : 'skipped';
      report({
        range: range(heading.line, heading.marker.start, heading.line, markerEnd(heading.marker)),
        messageId,
        data: { marker, expected, previous },
        fix: {
          titleId: 'renumber',
          data: { count: run.headings.length },
          edits: renumberHeadingRun(run, model),
          safe: renumberingIsCertain(run.headings.map((h) => h.ordinal)),
        },
      });
    }
  },
};
