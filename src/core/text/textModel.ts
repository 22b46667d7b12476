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

const LINE_BREAK = /\r\n?|\n/g;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
    lines.push({ index: lines.length, start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ index: lines.length, start, text: text.slice(start) });
  return lines;
}
