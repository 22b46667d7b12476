import { Position } from '../text/positions';
import { Heading, ReportTree } from './types';

/** One line's share of a paragraph: `length` characters of `line` from `column` sit at `offset` in the text. */
export interface ParagraphSegment {
  line: number;
  column: number;
  offset: number;
  length: number;
}

/**
 * A paragraph as a reader sees it, with its lines joined. Hard-wrapped text runs on until a line ends a
 * sentence or clause (`。！？：；`, also before closing quotes/brackets), a blank line, a heading or a title.
 * A heading line is a paragraph of its own whose text starts after the marker (markers are the
 * numbering rules' business). A page chunk of a scraped viewer (`9、` starting mid-sentence) continues
 * the paragraph its predecessor left open, across the blank line, without its `9、`.
 */
export interface Paragraph {
  index: number;
  startLine: number;
  endLine: number;
  /** The lines' contents joined without separators, without leading and trailing whitespace of each line. */
  text: string;
  segments: ParagraphSegment[];
  heading: Heading | null;
  /** A report title line (or subtitle). */
  title: boolean;
}

export interface ParagraphModel {
  paragraphs: Paragraph[];
  /** Paragraph index of every line; -1 for blank lines. */
  lineParagraph: Int32Array;
}

/** Closing marks that may follow the mark ending a sentence: `。”`, `！）`. */
const TRAILING_CLOSERS = '”’」』）)》】〕';
const SENTENCE_ENDS = '。！？：；!?:;…';

const cache = new WeakMap<ReportTree, ParagraphModel>();

/** The paragraphs of a tree, built once per tree (trees are immutable) and shared by the rules. */
export function paragraphsOf(tree: ReportTree): ParagraphModel {
  let model = cache.get(tree);
  if (!model) {
    model = buildParagraphs(tree);
    cache.set(tree, model);
  }
  return model;
}

/** Builds the paragraphs of the whole text in one linear pass. */
export function buildParagraphs(tree: ReportTree): ParagraphModel {
  const { lines } = tree.model;
  const titleLines = new Set<number>();
  for (const report of tree.reports) {
    if (report.title) titleLines.add(report.title.line);
    for (const title of report.otherTitles) titleLines.add(title.line);
  }
  const chunks = tree.pageChunks;
  const paragraphs: Paragraph[] = [];
  const lineParagraph = new Int32Array(lines.length).fill(-1);
  let current: Paragraph | null = null;
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    const end = contentEnd(text);
    let column = contentStart(text, end);
    // A blank line ends a paragraph (only a page chunk continues one across it).
    if (column >= end) continue;
    const heading = tree.headingAt(i) ?? null;
    const title = titleLines.has(i);
    const chunk = chunks.get(i);
    if (heading) column = Math.min(Math.max(heading.marker.end, heading.titleStart), end);
    else if (chunk !== undefined) column = Math.min(chunk, end);
    const previousLine = i > 0 ? i - 1 : -1;
    const adjacent = previousLine >= 0 && lineParagraph[previousLine] >= 0;
    const continues =
      current !== null && open && !heading && !title && (adjacent || chunk !== undefined) && current.heading === null && !current.title;
    const content = text.slice(column, end);
    if (!continues || current === null) {
      // Created with its first segment: most paragraphs have one, and an array grown from empty
      // reserves room for seventeen.
      const segment = { line: i, column, offset: 0, length: content.length };
      current = { index: paragraphs.length, startLine: i, endLine: i, text: content, segments: [segment], heading, title };
      paragraphs.push(current);
    } else {
      current.segments.push({ line: i, column, offset: current.text.length, length: content.length });
      current.text += content;
      current.endLine = i;
    }
    lineParagraph[i] = current.index;
    open = !heading && !title && !endsSentence(content);
  }
  return { paragraphs, lineParagraph };
}

/**
 * Calls `visit` for every match of the global `pattern` in the whole text whose last character lies in
 * a paragraph's content (not in a heading marker, a page-chunk number or padding), in text order, with
 * the offset of that last character in the paragraph's text (for a one-character pattern, the match
 * itself). One native regular-expression pass over the text: much cheaper than walking every paragraph
 * character by character when the characters sought are rare, and `test` builds no match arrays. The
 * pattern must not match the empty string (only the end of a match is known).
 */
export function forEachParagraphMatch(
  tree: ReportTree,
  model: ParagraphModel,
  pattern: RegExp,
  visit: (paragraph: Paragraph, offset: number) => void,
): void {
  pattern.lastIndex = 0;
  if (pattern.test('')) throw new Error(`forEachParagraphMatch: ${pattern} matches the empty string`);
  const { lines, text } = tree.model;
  let line = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) {
    const at = pattern.lastIndex - 1;
    while (line + 1 < lines.length && lines[line + 1].start <= at) line++;
    const index = model.lineParagraph[line];
    if (index < 0) continue;
    const paragraph = model.paragraphs[index];
    const offset = paragraphOffset(paragraph, { line, character: at - lines[line].start });
    // The end of a segment is outside its content (the next segment, or nothing, starts there).
    if (offset < 0 || offset >= paragraph.text.length || segmentAt(paragraph, offset).line !== line) continue;
    visit(paragraph, offset);
  }
}

/** True when the text ends a sentence or clause (optionally followed by closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && TRAILING_CLOSERS.includes(text[i])) i--;
  if (i < 0) return false;
  return SENTENCE_ENDS.includes(text[i]);
}

/** Position of the character at `offset` of the paragraph's text. */
export function paragraphPosition(paragraph: Paragraph, offset: number): Position {
  const segment = segmentAt(paragraph, offset);
  return { line: segment.line, character: segment.column + Math.min(offset - segment.offset, segment.length) };
}

/** Position just after the character at `offset - 1` (for the end of a range). */
export function paragraphEndPosition(paragraph: Paragraph, offset: number): Position {
  if (offset <= 0) return paragraphPosition(paragraph, 0);
  const last = paragraphPosition(paragraph, offset - 1);
  return { line: last.line, character: last.character + 1 };
}

/** Offset inside the paragraph's text of a position, or -1 when the position is not inside its content. */
export function paragraphOffset(paragraph: Paragraph, position: Position): number {
  const { segments } = paragraph;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid].line < position.line) low = mid + 1;
    else high = mid;
  }
  const segment = segments[low];
  if (!segment || segment.line !== position.line) return -1;
  const delta = position.character - segment.column;
  return delta >= 0 && delta <= segment.length ? segment.offset + delta : -1;
}

function segmentAt(paragraph: Paragraph, offset: number): ParagraphSegment {
  const { segments } = paragraph;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid].offset <= offset) low = mid;
    else high = mid - 1;
  }
  // Skip empty segments that share an offset with the next one.
  while (low < segments.length - 1 && segments[low].length === 0 && segments[low + 1].offset === segments[low].offset) low++;
  return segments[low];
}


/** Whitespace that pads report lines (as `SPACE_CLASS` in text/characters), tested by code. */
function isPadding(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || code === 0xfeff || code === 0x200b ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isPadding(text.charCodeAt(end - 1))) end--;
  return end;
}

function contentStart(text: string, end: number): number {
  let start = 0;
  while (start < end && isPadding(text.charCodeAt(start))) start++;
  return start;
}

