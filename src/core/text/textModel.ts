import { Position } from './positions';

export interface Line {
  /** Zero-based line index. */
  index: number;
  /** Offset of the first character of the line in the whole text. */
  start: number;
  /** The line's text without its line break. */
  text: string;
}

/**
 * The text split into lines (LF, CRLF and lone CR all end a line), with conversions between
 * offsets and positions. Offsets and characters are UTF-16 code units, as in VS Code.
 */
export class TextModel {
  readonly lines: Line[];

  constructor(readonly text: string) {
    this.lines = splitLines(text);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineText(index: number): string {
    return this.lines[index]?.text ?? '';
  }

  lineEnd(index: number): number {
    const line = this.lines[index];
    return line ? line.start + line.text.length : this.text.length;
  }

  positionAt(offset: number): Position {
    const clamped = Number.isFinite(offset) ? Math.max(0, Math.min(Math.floor(offset), this.text.length)) : 0;
    let low = 0;
    let high = this.lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lines[mid].start <= clamped) low = mid;
      else high = mid - 1;
    }
    const line = this.lines[low];
    return { line: low, character: Math.min(clamped - line.start, line.text.length) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.text.length;
    const line = this.lines[position.line];
    return line.start + Math.max(0, Math.min(position.character, line.text.length));
  }
}

/**
 * Splits at LF, CRLF and lone CR. The next LF and the next CR are found with native searches, each
 * moving only forward (no match objects: a long report has thousands of lines).
 */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  for (;;) {
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
    const end = nextCr >= 0 && (nextLf < 0 || nextCr < nextLf) ? nextCr : nextLf;
    if (end < 0) break;
    lines.push({ index: lines.length, start, text: text.slice(start, end) });
    start = end === nextCr && nextLf === end + 1 ? end + 2 : end + 1;
  }
  lines.push({ index: lines.length, start, text: text.slice(start) });
  return lines;
}
