import { scanHeadingMarker } from '../structure/markers';

/** How far above the cursor a big document's completion reads at most. */
export const COMPLETION_WINDOW_LINES = 2000;

/**
 * The first line of the text that next-number completion needs in a document too big to parse on a
 * keystroke: the nearest line above `line` with a level-1 marker (`一、`), since the numbering context
 * of a line (its siblings, its parent, the series of its section) lies within its level-1 section; at
 * most `maxLines` above when there is none that close.
 */
export function completionWindowStart(lineText: (line: number) => string, line: number, maxLines = COMPLETION_WINDOW_LINES): number {
  const floor = Math.max(0, line - maxLines);
  for (let candidate = line - 1; candidate >= floor; candidate--) {
    const marker = scanHeadingMarker(lineText(candidate));
    if (marker && marker.level === 1 && marker.strength === 'strong') return candidate;
  }
  return floor;
}
