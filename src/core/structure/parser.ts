import { TextModel } from '../text/textModel';
import { candidateCursor } from '../text/candidates';
import { isBlank, trimmedLength, trimReportSpace } from '../text/characters';
import { HeadingMarker, scanHeadingMarker } from './markers';
import { findPageChunkLines } from './pageChunks';
import { headingTitle } from './headingTitle';
import { classifyHeading, fillPartsByPosition, Part } from './parts';
import { scanSeries, SERIES_ANCHORS, SeriesItem } from './series';
import { scanDateLine, Signature, signatureAt } from './signature';
import { isSpeechTitle, scanTitle, TitleLine } from './titles';
import { Heading, Report, ReportTree } from './types';

/** Body text (in characters) after a title beyond which a further title line starts a new report. */
const SUBTITLE_BODY_LIMIT = 80;
/** How far from a report's end (or its title) a date line is taken as the 成文日期. */
const SIGNATURE_WINDOW = 6;
const WEAK_HEADING_MAX = 40;

/** Text → report tree: titles, headings of levels 1–4, series, parts, signature. Never throws on any input. */
export function parseReportTree(text: string): ReportTree {
  const model = new TextModel(text);
  const texts = model.lines.map((line) => line.text);
  const markers = texts.map((line) => (line.length > 0 ? scanHeadingMarker(line) : null));
  const pageChunks = new Map<number, number>();
  for (const line of findPageChunkLines(texts, markers)) {
    pageChunks.set(line, markers[line]!.end);
    markers[line] = null;
  }
  const titles = texts.map((line, index) => (markers[index] ? null : scanTitle(line, index)));
  const nextStrongMarker = nextStrongMarkerLines(markers);

  const builder = new TreeBuilder(model, texts);
  for (let i = 0; i < texts.length; i++) {
    const title = titles[i];
    if (title && builder.takeTitle(title, (continues) => restartsNumbering(markers, nextStrongMarker[i], continues))) continue;
    const marker = markers[i];
    if (marker && builder.takeHeading(marker, i)) continue;
    builder.takeBody(i);
  }
  const reports = builder.finish();
  const headingByLine = new Map<number, Heading>();
  for (const report of reports) for (const heading of report.allHeadings) headingByLine.set(heading.line, heading);
  return { model, reports, headingAt: (line) => headingByLine.get(line), pageChunks };
}

/**
 * The next strong marker is numbered one where the current report could not continue with it: at its
 * top level, or at a level whose open parent already has children of that level (a first child of an
 * open section, 三、下一步打算 → （一）, is not a restart).
 */
function restartsNumbering(markers: readonly (HeadingMarker | null)[], line: number, continues: (marker: HeadingMarker) => boolean): boolean {
  return line >= 0 && markers[line]!.ordinal === 1 && !continues(markers[line]!);
}

function nextStrongMarkerLines(markers: readonly (HeadingMarker | null)[]): Int32Array {
  const next = new Int32Array(markers.length).fill(-1);
  let found = -1;
  for (let i = markers.length - 1; i >= 0; i--) {
    next[i] = found;
    if (markers[i]?.strength === 'strong') found = i;
  }
  return next;
}

class TreeBuilder {
  private readonly reports: Report[] = [];
  private current: Report;
  private bodyChars = 0;
  private stack: Heading[] = [];

  constructor(
    private readonly model: TextModel,
    private readonly texts: readonly string[],
  ) {
    this.current = this.open(0, null);
  }

  /** Returns true when the line was taken as a title (of the current report or of a new one). */
  takeTitle(title: TitleLine, restarts: (continues: (marker: HeadingMarker) => boolean) => boolean): boolean {
    const report = this.current;
    const current = report.title;
    if (report.allHeadings.length === 0 && current === null) {
      // Whatever came before the first title (site header, file name) is this report's preamble.
      report.title = title;
      report.kind = title.kind;
      this.bodyChars = 0;
      return true;
    }
    const wrapperOnly = current !== null && current.wrapper && report.allHeadings.length === 0;
    if (wrapperOnly || (report.allHeadings.length === 0 && current !== null && this.bodyChars < SUBTITLE_BODY_LIMIT)) {
      if (current.wrapper) {
        report.otherTitles.push(current);
        report.title = title;
      } else {
        report.otherTitles.push(title);
      }
      this.bodyChars = 0;
      return true;
    }
    if (isSpeechTitle(title.text) || restarts((marker) => this.wouldBeFirstChild(marker))) {
      this.close(title.line - 1);
      this.current = this.open(title.line, title);
      return true;
    }
    return false;
  }

  takeHeading(marker: HeadingMarker, line: number): boolean {
    let depth = this.stack.length;
    while (depth > 0 && this.stack[depth - 1].level >= marker.level) depth--;
    const parent = depth > 0 ? this.stack[depth - 1] : null;
    if (marker.strength === 'weak' && !this.continuesSequence(marker, parent, line)) return false;
    this.stack.length = depth;
    const text = this.texts[line];
    const title = headingTitle(text, marker.end);
    const heading: Heading = {
      line,
      level: marker.level,
      ordinal: marker.ordinal,
      marker,
      title: title.title,
      titleStart: title.start,
      titleEnd: title.end,
      endLine: line,
      parent,
      children: [],
      part: null,
      report: this.current,
    };
    if (parent) parent.children.push(heading);
    else this.current.headings.push(heading);
    this.current.allHeadings.push(heading);
    this.stack.push(heading);
    return true;
  }

  takeBody(line: number): void {
    this.bodyChars += trimmedLength(this.texts[line]);
  }

  finish(): Report[] {
    this.close(this.texts.length - 1);
    return this.reports;
  }

  /** Whether a marker numbered one would open the children of a section that has none at its level yet. */
  private wouldBeFirstChild(marker: HeadingMarker): boolean {
    const topLevel = this.current.headings.reduce((level, heading) => Math.min(level, heading.level), 5);
    if (marker.level <= topLevel) return false;
    let depth = this.stack.length;
    while (depth > 0 && this.stack[depth - 1].level >= marker.level) depth--;
    const parent = depth > 0 ? this.stack[depth - 1] : null;
    const siblings = parent ? parent.children : this.current.headings;
    return !siblings.some((sibling) => sibling.level === marker.level);
  }

  private continuesSequence(marker: HeadingMarker, parent: Heading | null, line: number): boolean {
    const siblings = parent ? parent.children : this.current.headings;
    let previous: Heading | undefined;
    for (let i = siblings.length - 1; i >= 0; i--) {
      if (siblings[i].level === marker.level) {
        previous = siblings[i];
        break;
      }
    }
    const expected = previous ? previous.ordinal + 1 : 1;
    const rest = trimReportSpace(this.texts[line].slice(marker.end));
    return marker.ordinal === expected && rest.length <= WEAK_HEADING_MAX && !/[。；;！？!?]/.test(rest);
  }

  private open(startLine: number, title: TitleLine | null): Report {
    this.bodyChars = 0;
    this.stack = [];
    return {
      index: this.reports.length,
      title,
      otherTitles: [],
      kind: title?.kind ?? null,
      startLine,
      endLine: startLine,
      headings: [],
      allHeadings: [],
      series: [],
      signature: null,
    };
  }

  private close(lastLine: number): void {
    const report = this.current;
    let end = Math.max(report.startLine, lastLine);
    while (end > report.startLine && isBlank(this.texts[end])) end--;
    report.endLine = end;
    report.kind = report.title?.kind ?? null;
    this.closeSections(report);
    this.assignParts(report);
    report.series = this.findSeries(report);
    report.signature = this.findSignature(report);
    this.reports.push(report);
  }

  private closeSections(report: Report): void {
    const open: Heading[] = [];
    for (const heading of report.allHeadings) {
      while (open.length > 0 && open[open.length - 1].level >= heading.level) {
        const closed = open.pop()!;
        closed.endLine = this.lastContentLine(heading.line - 1, closed.line);
      }
      open.push(heading);
    }
    for (const heading of open) heading.endLine = this.lastContentLine(report.endLine, heading.line);
  }

  private lastContentLine(from: number, floor: number): number {
    let line = from;
    while (line > floor && isBlank(this.texts[line])) line--;
    return Math.max(line, floor);
  }

  private assignParts(report: Report): void {
    // A speech's title year is the conference's, often the year being planned: no year logic there.
    const summaryYear = report.title && report.kind !== 'plan' && report.kind !== 'speech' ? report.title.years[0] ?? null : null;
    const byWords = report.headings.map((heading) => classifyHeading(heading.title, summaryYear, report.kind));
    const parts = fillPartsByPosition(byWords, report.kind);
    report.headings.forEach((heading, index) => setPart(heading, parts[index]));
  }

  private findSeries(report: Report): SeriesItem[] {
    const items: SeriesItem[] = [];
    const firstLine = report.title ? report.title.line + 1 : report.startLine;
    const headingLines = new Map(report.allHeadings.map((heading) => [heading.line, heading]));
    const anchors = candidateCursor(this.model, SERIES_ANCHORS);
    for (let line = firstLine; line <= report.endLine; line++) {
      if (!anchors.moveTo(line)) continue;
      const heading = headingLines.get(line);
      for (const item of scanSeries(this.texts[line], line, heading ? heading.titleStart : 0, anchors)) items.push(item);
    }
    return items;
  }

  private findSignature(report: Report): Signature | null {
    const nonEmpty: number[] = [];
    for (let line = report.startLine; line <= report.endLine; line++) {
      if (!isBlank(this.texts[line])) nonEmpty.push(line);
    }
    const candidates = [...nonEmpty.slice(-SIGNATURE_WINDOW).reverse(), ...nonEmpty.slice(0, SIGNATURE_WINDOW + 2)];
    const headings = report.allHeadings;
    const firstHeading = headings.length > 0 ? headings[0].line : Infinity;
    const lastHeading = headings.length > 0 ? headings[headings.length - 1].line : -Infinity;
    for (const line of candidates) {
      if (line > firstHeading && line < lastHeading) continue;
      const date = scanDateLine(this.texts[line], line);
      if (date) return signatureAt(this.texts, line, date, report.startLine);
    }
    return null;
  }
}

function setPart(heading: Heading, part: Part | null): void {
  heading.part = part;
  for (const child of heading.children) setPart(child, part);
}

