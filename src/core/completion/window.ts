import { scanHeadingMarker } from '../structure/markers';

/** How far above (and below) the cursor a big document's completion reads at most. */
export const COMPLETION_WINDOW_LINES = 2000;

export interface CompletionWindow {
  /** First and last line (inclusive) of the text to parse. */
  first: number;
  last: number;
}

/**
 * The lines that next-number completion needs in a document too big to parse on a keystroke: from the
 * nearest line above the cursor with a level-1 marker (`一、`) — the numbering context of a line (its
 * siblings, its parent, the series of its section) lies within its level-1 section — down to the next
 * line below it with a heading marker, which the parser looks ahead to (a title followed by `一、`
 * starts a new report). At most `maxLines` either way when there is no such line that close.
 */
export function completionWindow(lineText: (line: number) => string, lineCount: number, line: number, maxLines = COMPLETION_WINDOW_LINES): CompletionWindow {
  let first = Math.max(0, line - maxLines);
  for (let candidate = line - 1; candidate >= first; candidate--) {
    const marker = scanHeadingMarker(lineText(candidate));
    if (marker && marker.level === 1 && marker.strength === 'strong') {
      first = candidate;
      break;
    }
  }
  let last = Math.min(lineCount - 1, line + maxLines);
  for (let candidate = line + 1; candidate <= last; candidate++) {
    if (scanHeadingMarker(lineText(candidate))?.strength === 'strong') {
      last = candidate;
      break;
    }
  }
  return { first, last: Math.max(last, line) };
}
