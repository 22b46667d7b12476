import { applyEdits } from './applyEdits';
import { formatLike, HeadingRun, headingRuns } from '../structure/headingRuns';
import { parseReportTree } from '../structure/parser';
import { SeriesRun, seriesRuns } from '../structure/seriesRuns';
import { ReportTree } from '../structure/types';
import { range } from '../text/positions';
import { TextModel } from '../text/textModel';
import { TextEdit } from '../rules/types';

/** Zero-based, inclusive line range (the editor's selection, widened to whole lines). */
export interface LineRange {
  start: number;
  end: number;
}

/** Renumbering can change the structure it was computed on; a few passes reach the fixed point. */
const MAX_PASSES = 4;

/**
 * The edits of the 重新编号 command: every heading run (one level under one parent, per report) is
 * numbered 1..n and every in-text series run (一是…, 一要…, 第一，…) counts on from its first item.
 * Only numerals change; brackets, delimiters and every other character stay as written. Runs are the
 * same as the ones `numbering-sequence` and `enumeration-sequence` check.
 *
 * The parser's structure depends on a few numbers (a title-like line starts a new report when the next
 * marker is numbered 1; a marker without a delimiter is a heading only when it continues its sequence),
 * so new numbers can reveal new runs. The edits are therefore computed again on the renumbered text until
 * nothing changes (at most `MAX_PASSES` times) and returned composed, in positions of the original text:
 * applying them twice is the same as once.
 *
 * With `lines`, the numbers are still computed over whole runs (a run that begins above the selection
 * keeps counting from its real start), but only markers on the selected lines are edited.
 */
export function renumberEdits(tree: ReportTree, lines?: LineRange): TextEdit[] {
  let edits = passEdits(tree, lines);
  if (edits.length === 0) return [];
  const composed = new ComposedEdits(tree.model);
  let model = tree.model;
  for (let pass = 1; edits.length > 0; pass++) {
    composed.add(edits, model);
    if (pass === MAX_PASSES) break;
    model = new TextModel(applyEdits(model.text, edits).text);
    edits = passEdits(parseReportTree(model.text), lines);
  }
  return composed.edits();
}

function passEdits(tree: ReportTree, lines?: LineRange): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const run of headingRuns(tree)) for (const edit of renumberHeadingRun(run, tree.model, lines)) edits.push(edit);
  for (const run of seriesRuns(tree)) for (const edit of renumberSeriesRun(run, tree.model, lines)) edits.push(edit);
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

interface Replacement {
  /** Range in the original line. */
  start: number;
  end: number;
  /** Its text now. */
  text: string;
}

/**
 * Single-line edits made in successive versions of a text, kept as replacements of ranges of the
 * original text (line numbers never change: numerals hold no line breaks).
 */
class ComposedEdits {
  private readonly byLine = new Map<number, Replacement[]>();

  constructor(private readonly original: TextModel) {}

  /** Adds one pass of non-overlapping edits given in positions of `current` (the text after the passes so far). */
  add(edits: readonly TextEdit[], current: TextModel): void {
    const byLine = new Map<number, TextEdit[]>();
    for (const edit of edits) {
      const line = edit.range.start.line;
      const list = byLine.get(line);
      if (list) list.push(edit);
      else byLine.set(line, [edit]);
    }
    for (const [line, list] of byLine) {
      list.sort((a, b) => a.range.start.character - b.range.start.character);
      this.byLine.set(line, compose(this.byLine.get(line) ?? [], list, current.lineText(line)));
    }
  }

  edits(): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const line of [...this.byLine.keys()].sort((a, b) => a - b)) {
      const text = this.original.lineText(line);
      for (const r of this.byLine.get(line)!) {
        if (text.slice(r.start, r.end) !== r.text) edits.push({ range: range(line, r.start, line, r.end), text: r.text });
      }
    }
    return edits;
  }
}

/**
 * One sweep over a line: the earlier replacements (sorted, in original positions) and the new edits
 * (sorted, in positions of `currentLine`, the line with the earlier replacements applied). A new edit
 * touching an earlier replacement's text absorbs it. Linear in the number of both.
 */
function compose(earlier: readonly Replacement[], edits: readonly TextEdit[], currentLine: string): Replacement[] {
  const result: Replacement[] = [];
  let i = 0;
  // Length change of the earlier replacements before index i: current position = original + shift.
  let shift = 0;
  const lengthChange = (r: Replacement) => r.text.length - (r.end - r.start);
  for (const edit of edits) {
    const start = edit.range.start.character;
    const end = edit.range.end.character;
    while (i < earlier.length && earlier[i].start + shift + earlier[i].text.length <= start) {
      shift += lengthChange(earlier[i]);
      result.push(earlier[i++]);
    }
    let mergedStart = start;
    let mergedEnd = end;
    let originalStart = start - shift;
    while (i < earlier.length && earlier[i].start + shift < end) {
      const r = earlier[i++];
      const imageStart = r.start + shift;
      if (imageStart < mergedStart) {
        mergedStart = imageStart;
        originalStart = r.start;
      }
      mergedEnd = Math.max(mergedEnd, imageStart + r.text.length);
      shift += lengthChange(r);
    }
    result.push({
      start: originalStart,
      end: mergedEnd - shift,
      text: currentLine.slice(mergedStart, start) + edit.text + currentLine.slice(end, mergedEnd),
    });
  }
  while (i < earlier.length) result.push(earlier[i++]);
  return result;
}

/** Edits giving every heading of the run its number 1..n. */
export function renumberHeadingRun(run: HeadingRun, model: TextModel, lines?: LineRange): TextEdit[] {
  const edits: TextEdit[] = [];
  run.headings.forEach((heading, index) => {
    const { numeralStart, numeralEnd } = heading.marker;
    const edit = numeralEdit(model, heading.line, numeralStart, numeralEnd, heading.ordinal, run.targets[index], lines);
    if (edit) edits.push(edit);
  });
  return edits;
}

/** Edits giving every item of the series its number, counting on from the first item. */
export function renumberSeriesRun(run: SeriesRun, model: TextModel, lines?: LineRange): TextEdit[] {
  const edits: TextEdit[] = [];
  run.items.forEach((item, index) => {
    const edit = numeralEdit(model, item.line, item.numeralStart, item.numeralEnd, item.ordinal, run.targets[index], lines);
    if (edit) edits.push(edit);
  });
  return edits;
}

function numeralEdit(
  model: TextModel,
  line: number,
  start: number,
  end: number,
  ordinal: number | null,
  target: number,
  lines: LineRange | undefined,
): TextEdit | null {
  if (ordinal === target) return null;
  if (lines && (line < lines.start || line > lines.end)) return null;
  const numeral = model.lineText(line).slice(start, end);
  const text = formatLike(numeral, target);
  // Chinese numerals are written up to 九百九十九; a longer run is left as it is rather than mixed with digits.
  if (!/^[0-9０-９]+$/.test(numeral) && /[0-9]/.test(text)) return null;
  return { range: range(line, start, line, end), text };
}
