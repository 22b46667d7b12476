import { Range } from '../text/positions';
import { TextModel } from '../text/textModel';

/** Per line, the disjoint spans (sorted, merged) covered by the user's ignored words. */
export type IgnoredSpans = Map<number, Int32Array>;

/** Where the user's ignored words occur; a finding inside one of them is not reported. */
export function ignoredSpans(model: TextModel, words: readonly string[]): IgnoredSpans {
  const spans: IgnoredSpans = new Map();
  if (words.length === 0) return spans;
  for (const line of model.lines) {
    const found: [number, number][] = [];
    for (const word of words) {
      for (let at = line.text.indexOf(word); at >= 0; at = line.text.indexOf(word, at + 1)) found.push([at, at + word.length]);
    }
    if (found.length > 0) spans.set(line.index, merge(found));
  }
  return spans;
}

function merge(found: [number, number][]): Int32Array {
  found.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [start, end] of found) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]) merged[last] = Math.max(merged[last], end);
    else merged.push(start, end);
  }
  return Int32Array.from(merged);
}

export function isIgnored(spans: IgnoredSpans, range: Range): boolean {
  if (range.start.line !== range.end.line) return false;
  const list = spans.get(range.start.line);
  if (!list) return false;
  // The last span starting at or before the finding's start is the only one that can contain it.
  let low = 0;
  let high = list.length / 2 - 1;
  let candidate = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (list[mid * 2] <= range.start.character) {
      candidate = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return candidate >= 0 && range.end.character <= list[candidate * 2 + 1];
}
