import { TextModel } from '../text/textModel';
import { Fix, TextEdit } from '../rules/types';

export interface AppliedFixes {
  text: string;
  applied: number;
  /** Fixes left out because one of their edits overlapped an edit already taken. */
  skipped: number;
}

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies fixes given in positions of `text`, each fix whole or not at all. Fixes are taken in order;
 * one that touches an edit already taken is skipped (the next lint finds it again if still needed).
 */
export function applyFixes(text: string, fixes: readonly Pick<Fix, 'edits'>[]): AppliedFixes {
  const model = new TextModel(text);
  const taken: OffsetEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    const edits = fix.edits.map((edit) => toOffsets(model, edit));
    const conflict =
      edits.some((edit) => edit.start > edit.end) ||
      edits.some((edit, i) => edits.some((other, j) => i !== j && overlaps(edit, other))) ||
      edits.some((edit) => touchesTaken(taken, edit));
    if (conflict) {
      skipped++;
      continue;
    }
    for (const edit of edits) taken.splice(insertionIndex(taken, edit.start), 0, edit);
    applied++;
  }
  let result = '';
  let cursor = 0;
  for (const edit of taken) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return { text: result + text.slice(cursor), applied, skipped };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): AppliedFixes {
  return applyFixes(text, edits.map((edit) => ({ edits: [edit] })));
}

function toOffsets(model: TextModel, edit: TextEdit): OffsetEdit {
  return { start: model.offsetAt(edit.range.start), end: model.offsetAt(edit.range.end), text: edit.text };
}

/** First index in `taken` (sorted by start) whose start is ≥ `start`. */
function insertionIndex(taken: readonly OffsetEdit[], start: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

function touchesTaken(taken: readonly OffsetEdit[], edit: OffsetEdit): boolean {
  const index = insertionIndex(taken, edit.start);
  return (index < taken.length && overlaps(edit, taken[index])) || (index > 0 && overlaps(edit, taken[index - 1]));
}

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}
