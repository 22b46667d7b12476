import { TextModel } from './textModel';

/**
 * Several character-level rules look at only a few characters of a line (`x`, `_`, `某` for
 * placeholders; `%`, `亿`, `个` for missing numbers; digits, `年`, `月` for dates) and read everything
 * else just to skip it. Reading a 100K-character report once per rule costs more than all their real
 * work, so the characters of every rule's class are found in one shared pass per text: each rule
 * declares its class once (at module load) and then jumps from one of its characters to the next.
 */
export interface CandidateClass {
  /** 1 for the class's characters, by UTF-16 code unit. */
  readonly table: Uint8Array;
  readonly bit: number;
  /**
   * The character at `index` as a string; for a character of the class, one shared string (reading
   * `text[index]` builds a new string for every CJK character).
   */
  charAt(text: string, index: number): string;
}

/** A line's characters of one class, visited left to right. */
export interface CandidateCursor {
  /** Index of the first character of the class at or after `index`, or the line's length. */
  from(index: number): number;
}

/** A cursor that can be pointed at any line of a text: one object serves a whole rule's pass. */
export interface LineCandidateCursor extends CandidateCursor {
  /** Points the cursor at the start of `line`; true when the line holds a character of the class. */
  moveTo(line: number): boolean;
}

const MAX_CLASSES = 30;
/** Bit of every class a code unit belongs to. */
const unionMask = new Int32Array(0x10000);
let classCount = 0;

export function candidateClass(chars: string): CandidateClass {
  if (classCount >= MAX_CLASSES) throw new Error('too many candidate classes');
  const bit = 1 << classCount++;
  const table = new Uint8Array(0x10000);
  const strings = new Map<number, string>();
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    table[code] = 1;
    unionMask[code] |= bit;
    strings.set(code, chars[i]);
  }
  return { table, bit, charAt: (text, index) => strings.get(text.charCodeAt(index)) ?? text[index] };
}

/** Every character of any class in the text: its offset in its line, its class bits, by line. */
interface CandidateIndex {
  /** Classes declared when the index was built (a class declared later makes it be rebuilt). */
  covered: number;
  positions: Int32Array;
  masks: Int32Array;
  /** Entries of line `i` are [lineStart[i], lineStart[i + 1]). */
  lineStart: Int32Array;
}

const indexes = new WeakMap<TextModel, CandidateIndex>();

/** A cursor over the characters of `candidates` in the lines of `model`, from the text's shared index. */
export function candidateCursor(model: TextModel, candidates: CandidateClass): LineCandidateCursor {
  let index = indexes.get(model);
  if (!index || (index.covered & candidates.bit) === 0) {
    index = buildIndex(model);
    indexes.set(model, index);
  }
  return new IndexCursor(index, model, candidates.bit);
}

/** The characters of `candidates` in `text`, looked up one by one (for a line outside any model). */
export function textCandidates(text: string, candidates: CandidateClass): CandidateCursor {
  const { table } = candidates;
  return {
    from(index: number): number {
      let i = Math.max(0, index);
      while (i < text.length && table[text.charCodeAt(i)] === 0) i++;
      return Math.min(i, text.length);
    },
  };
}

function buildIndex(model: TextModel): CandidateIndex {
  // Typed buffers grown by doubling: an entry is written with no boxing or array bookkeeping.
  let positions: Int32Array = new Int32Array(Math.max(64, model.text.length >> 5));
  let masks: Int32Array = new Int32Array(positions.length);
  let count = 0;
  const lineStart = new Int32Array(model.lineCount + 1);
  // The whole text is read rather than each line: lines are slices of it, and reading through a slice
  // costs more per character.
  const whole = model.text;
  for (let line = 0; line < model.lineCount; line++) {
    lineStart[line] = count;
    const { start, text } = model.lines[line];
    const end = start + text.length;
    for (let offset = start; offset < end; offset++) {
      const mask = unionMask[whole.charCodeAt(offset)];
      if (mask === 0) continue;
      if (count === positions.length) {
        positions = grown(positions);
        masks = grown(masks);
      }
      positions[count] = offset - start;
      masks[count++] = mask;
    }
  }
  lineStart[model.lineCount] = count;
  return { covered: (1 << classCount) - 1, positions, masks, lineStart };
}

function grown(buffer: Int32Array): Int32Array {
  const larger = new Int32Array(buffer.length * 2);
  larger.set(buffer);
  return larger;
}

/**
 * Walks a line's entries forward. A look-up before the previous one starts again at the line's start:
 * meant for scans that move forward (a caller going back and forth would read the line many times).
 */
class IndexCursor implements LineCandidateCursor {
  private first = 0;
  private end = 0;
  private entry = 0;
  private length = 0;
  private last = -1;

  constructor(
    private readonly index: CandidateIndex,
    private readonly model: TextModel,
    private readonly bit: number,
  ) {}

  moveTo(line: number): boolean {
    const { lineStart, masks } = this.index;
    const valid = line >= 0 && line < this.model.lineCount;
    this.first = valid ? lineStart[line] : 0;
    this.end = valid ? lineStart[line + 1] : 0;
    this.length = valid ? this.model.lines[line].text.length : 0;
    this.last = -1;
    let entry = this.first;
    while (entry < this.end && (masks[entry] & this.bit) === 0) entry++;
    this.entry = entry;
    return entry < this.end;
  }

  from(offset: number): number {
    const { positions, masks } = this.index;
    if (offset < this.last) this.entry = this.first;
    this.last = offset;
    let entry = this.entry;
    while (entry < this.end && (positions[entry] < offset || (masks[entry] & this.bit) === 0)) entry++;
    this.entry = entry;
    return entry < this.end ? positions[entry] : this.length;
  }
}
