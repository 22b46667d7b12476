import { HeadingMarker } from './markers';

/**
 * Text scraped from document-sharing sites comes as numbered page chunks (`1、…`, `2、…`), fixed-size
 * slices of the real text that start mid-sentence. They look like level-3 headings but are not.
 * A run of three or more consecutive level-3 candidates (no level-1 or level-2 heading between) is a
 * run of page chunks when at least 30% of its items start mid-sentence, or when all its lines are long
 * and of nearly the same length.
 */
export function findPageChunkLines(lines: readonly string[], markers: readonly (HeadingMarker | null)[]): Set<number> {
  const chunks = new Set<number>();
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 3 && isPageChunkRun(lines, markers, run)) run.forEach((line) => chunks.add(line));
    run = [];
  };
  for (let i = 0; i < markers.length; i++) {
    const marker = markers[i];
    if (!marker) continue;
    if (marker.level === 3) run.push(i);
    else if (marker.level <= 2) flush();
  }
  flush();
  return chunks;
}

function isPageChunkRun(lines: readonly string[], markers: readonly (HeadingMarker | null)[], run: number[]): boolean {
  let midSentence = 0;
  for (const line of run) {
    const after = lines[line].slice(markers[line]!.end);
    if (/^[，,。；;、：:）)」”]/.test(after) || /^.{1,2}[。；;]/.test(after)) midSentence++;
  }
  if (midSentence / run.length >= 0.3) return true;
  let shortest = Infinity;
  let longest = 0;
  for (const line of run) {
    shortest = Math.min(shortest, lines[line].length);
    longest = Math.max(longest, lines[line].length);
  }
  return shortest >= 150 && longest - shortest <= longest * 0.03;
}
