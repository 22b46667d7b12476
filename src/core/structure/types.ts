import { TextModel } from '../text/textModel';
import { HeadingLevel, HeadingMarker } from './markers';
import { Part } from './parts';
import { SeriesItem } from './series';
import { Signature } from './signature';
import { ReportKind, TitleLine } from './titles';

export interface Heading {
  line: number;
  level: HeadingLevel;
  ordinal: number;
  marker: HeadingMarker;
  /** The heading's own words: after the marker, up to the first sentence end (shortened when long). */
  title: string;
  /** Offsets of the heading's words inside the line (the full phrase, before shortening). */
  titleStart: number;
  titleEnd: number;
  /** Last line of the section (inclusive): before the next heading of the same or a higher level. */
  endLine: number;
  parent: Heading | null;
  children: Heading[];
  /** Part of the top-level section this heading belongs to. */
  part: Part | null;
  report: Report;
}

export interface Report {
  index: number;
  /** The document title; a wrapper (cover notice, collection page title) gives way to the document's own. */
  title: TitleLine | null;
  /** Further title lines before the first heading (subtitle, repeated title, cover notice). */
  otherTitles: TitleLine[];
  kind: ReportKind | null;
  startLine: number;
  endLine: number;
  /** Top-level headings (level 1, or the highest level present), each with its children. */
  headings: Heading[];
  /** All headings in document order. */
  allHeadings: Heading[];
  series: SeriesItem[];
  signature: Signature | null;
}

export interface ReportTree {
  model: TextModel;
  reports: Report[];
  /** Heading on each line, when the line is one. */
  headingAt: (line: number) => Heading | undefined;
  /** Lines that start with a scraped page-chunk number (`3第二部分…`), with the offset after the number. */
  pageChunks: ReadonlyMap<number, number>;
}
