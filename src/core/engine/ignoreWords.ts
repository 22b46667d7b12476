import { Range } from '../text/positions';
import { TextModel } from '../text/textModel';

interface Span {
  line: number;
  start: number;
  end: number;
}

/** Where the user's ignored words occur; a finding inside one of them is not reported. */
export function ignoredSpans(model: TextModel, words: readonly string[]): Map<number, Span[]> {
  const spans = new Map<number, Span[]>();
  if (words.length === 0) return spans;
  for (const line of model.lines) {
    for (const word of words) {
      for (let at = line.text.indexOf(word); at >= 0; at = line.text.indexOf(word, at + 1)) {
        const list = spans.get(line.index) ?? [];
        list.push({ line: line.index, start: at, end: at + word.length });
        spans.set(line.index, list);
      }
    }
  }
  return spans;
}

export function isIgnored(spans: Map<number, Span[]>, range: Range): boolean {
  if (range.start.line !== range.end.line) return false;
  const list = spans.get(range.start.line);
  return !!list?.some((span) => span.start <= range.start.character && range.end.character <= span.end);
}
