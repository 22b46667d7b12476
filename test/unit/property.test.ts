/**
 * Property and fuzz tests (budgets.md, "Robustness"): on any input the tree, lint, outline and folding
 * never throw and finish, and every range lies inside the document; fix-all is idempotent and a fix
 * changes text only inside its edits; the outline does not move when body text changes.
 *
 * Fixed seed, modest run counts. Longer: `FC_RUNS=5000 npx mocha out/test/unit/property.test.js`,
 * another seed: `FC_SEED=123 …` (see docs/performance.md).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createReportService, Finding, ReportService, resolveConfig, textDocument } from '../../src/core/index';
import { applyFixes } from '../../src/core/fix/applyEdits';
import { renumberEdits } from '../../src/core/fix/renumber';
import { OutlineNode, OutlineReport } from '../../src/core/outline/outline';
import { scanHeadingMarker } from '../../src/core/structure/markers';
import { ReportTree } from '../../src/core/structure/types';
import { Position, Range } from '../../src/core/text/positions';
import { Segmenter, Token } from '../../src/core/text/segmenter';
import {
  anyDocument,
  bodyLine,
  cjkExtensionB,
  FC_SEED,
  fcParams,
  neutralSentence,
  reportDocument,
  unicodeChunk,
  unicodeText,
} from '../helpers/arbitraries';

/** Lines as VS Code splits them (LF, CRLF, lone CR), computed independently of TextModel. */
function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Offsets of line starts, independently of TextModel. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}

/** A segmenter that cuts every code point, so word-level parts (when there are any) run on any input. */
const codePointSegmenter: Segmenter = {
  cut(text: string): Token[] {
    const tokens: Token[] = [];
    for (let i = 0; i < text.length; ) {
      const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      tokens.push({ word: text.slice(i, i + width), start: i, end: i + width });
      i += width;
    }
    return tokens;
  },
  tag(text: string): Token[] {
    return this.cut(text).map((token) => ({ ...token, tag: 'n' }));
  },
};

const OTHER_CONFIG = resolveConfig({
  shortReportChars: 0,
  numberingStyle: 'consistent',
  placeholderWords: ['工作', 'x', '\ud842'],
  ignoreWords: ['加强', '。'],
  locale: 'en',
  rules: { 'duplicate-word': 'error', placeholder: 'off' },
});

interface Analysis {
  service: ReportService;
  ruleErrors: string[];
  tree: ReportTree;
  findings: Finding[];
  outline: OutlineReport[];
  folding: { startLine: number; endLine: number }[];
}

/** `otherConfig: false` for the 1M-character line: see the ignore-words note in docs/performance.md. */
function analyze(text: string, { otherConfig = true } = {}): Analysis {
  const ruleErrors: string[] = [];
  const service = createReportService({ logger: { error: (message) => ruleErrors.push(message.split('\n').slice(0, 3).join(' ')) } });
  const document = textDocument(text, 'untitled:property', 1);
  const tree = service.tree(document);
  const findings = [
    ...service.lint(document, { phase: 'all', segmenter: codePointSegmenter }),
    // Other settings reach other code: every report asked for a problems part, consistent level-3 style,
    // user placeholder and ignore words.
    ...(otherConfig ? service.lint(document, { phase: 'character', config: OTHER_CONFIG }) : []),
    ...(otherConfig ? service.lint(document, { phase: 'word', segmenter: codePointSegmenter, config: OTHER_CONFIG }) : []),
  ];
  const outline = service.outline(document);
  const folding = service.folding(document);
  return { service, ruleErrors, tree, findings, outline, folding };
}

function positionProblem(lines: readonly string[], position: Position): string | null {
  const { line, character } = position;
  if (!Number.isInteger(line) || !Number.isInteger(character)) return 'not an integer';
  if (line < 0 || line >= lines.length) return `line ${line} outside 0..${lines.length - 1}`;
  if (character < 0 || character > lines[line].length) return `character ${character} outside 0..${lines[line].length} of line ${line}`;
  return null;
}

function rangeProblems(lines: readonly string[], range: Range, what: string): string[] {
  const problems: string[] = [];
  for (const [name, position] of [['start', range.start], ['end', range.end]] as const) {
    const problem = positionProblem(lines, position);
    if (problem) problems.push(`${what} ${name}: ${problem}`);
  }
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) problems.push(`${what}: start after end`);
  return problems;
}

function lineProblems(lines: readonly string[], start: number, end: number, what: string): string[] {
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end < lines.length;
  return ok ? [] : [`${what}: lines ${start}..${end} outside 0..${lines.length - 1} or reversed`];
}

/** Every finding range, fix edit range, outline node and folding region, checked against the text. */
function allRangeProblems(text: string, analysis: Analysis): string[] {
  const lines = splitLines(text);
  const problems: string[] = [];
  if (analysis.tree.model.lineCount !== lines.length) problems.push(`TextModel has ${analysis.tree.model.lineCount} lines, the text ${lines.length}`);
  for (const finding of analysis.findings) {
    problems.push(...rangeProblems(lines, finding.range, `${finding.rule}/${finding.messageId} range`));
    for (const edit of finding.fix?.edits ?? []) problems.push(...rangeProblems(lines, edit.range, `${finding.rule}/${finding.messageId} fix edit`));
  }
  const visit = (node: OutlineNode) => {
    problems.push(...lineProblems(lines, node.line, node.endLine, `outline node ${node.marker}`));
    node.children.forEach(visit);
  };
  for (const report of analysis.outline) {
    problems.push(...lineProblems(lines, report.startLine, report.endLine, 'outline report'));
    if (report.title) problems.push(...lineProblems(lines, report.title.line, report.title.line, 'outline title'));
    report.headings.forEach(visit);
  }
  for (const region of analysis.folding) problems.push(...lineProblems(lines, region.startLine, region.endLine, 'folding region'));
  return problems;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether a position falls between the two halves of a surrogate pair. */
function splitsPair(lines: readonly string[], position: Position): boolean {
  const text = lines[position.line];
  if (text === undefined) return false;
  const at = position.character;
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/** The fix applied independently: edits in offsets, checked for overlap, applied back to front. */
function applyIndependently(text: string, finding: Finding): { text: string } | { problem: string } {
  const starts = lineStarts(text);
  const offset = (position: Position) => starts[position.line] + position.character;
  const edits = finding.fix!.edits.map((edit) => ({ start: offset(edit.range.start), end: offset(edit.range.end), text: edit.text }));
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) {
    if (edits[i].start < edits[i - 1].end || (edits[i].start === edits[i - 1].start)) return { problem: 'edits of one fix overlap or share a start' };
  }
  let result = text;
  for (let i = edits.length - 1; i >= 0; i--) result = result.slice(0, edits[i].start) + edits[i].text + result.slice(edits[i].end);
  return { text: result };
}

const describeFinding = (finding: Finding) =>
  `${finding.rule}/${finding.messageId} at ${finding.range.start.line}:${finding.range.start.character} (fix: ${JSON.stringify(finding.fix?.edits)})`;

describe('property: robustness on any input', function () {
  this.timeout(60_000);

  it('tree, lint (every phase), outline and folding never throw on random Unicode, and no rule fails', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        const analysis = analyze(text);
        assert.deepEqual(analysis.ruleErrors, []);
      }),
      fcParams(300),
    );
  });

  it('never throw on report-shaped documents with malformed markers, and no rule fails', () => {
    fc.assert(
      fc.property(reportDocument, (text) => {
        const analysis = analyze(text);
        assert.deepEqual(analysis.ruleErrors, []);
      }),
      fcParams(300),
    );
  });

  it('every finding range, fix edit, outline node and folding region lies inside the document', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        assert.deepEqual(allRangeProblems(text, analyze(text)), []);
      }),
      fcParams(400),
    );
  });

  it('no finding range or fix edit splits a surrogate pair (CJK Extension B and other astral characters)', () => {
    const astralDocument = fc
      .array(fc.oneof(reportDocument, fc.string({ unit: cjkExtensionB, minLength: 1, maxLength: 6 }), unicodeChunk), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(astralDocument, (text) => {
        const lines = splitLines(text);
        const split: string[] = [];
        for (const finding of analyze(text).findings) {
          for (const [what, range] of [['range', finding.range], ...(finding.fix?.edits ?? []).map((edit) => ['fix edit', edit.range] as const)] as const) {
            if (splitsPair(lines, range.start) || splitsPair(lines, range.end)) split.push(`${finding.rule}/${finding.messageId} ${what} ${JSON.stringify(range)}`);
          }
        }
        assert.deepEqual(split, []);
      }),
      fcParams(300),
    );
  });

  it('finishes on a single line of 1,000,000 characters, with every range inside it', () => {
    const pieces = fc.sample(fc.oneof(bodyLine, unicodeChunk).map((piece) => piece.replace(/[\r\n]/g, '')), { seed: FC_SEED, numRuns: 2000 });
    let line = '';
    for (let i = 0; line.length < 1_000_000; i++) line += pieces[i % pieces.length];
    line = line.slice(0, 1_000_000);
    if (isHigh(line.charCodeAt(line.length - 1))) line = line.slice(0, -1) + '。';
    for (const text of [line, '2023年工作总结\r\n一、' + line + '\r\n（一）结尾']) {
      const analysis = analyze(text, { otherConfig: false });
      assert.deepEqual(analysis.ruleErrors, []);
      assert.deepEqual(allRangeProblems(text, analysis).slice(0, 5), []);
    }
  });
});

describe('property: fixes', function () {
  this.timeout(60_000);

  it('fix-all applied twice gives the same text as once', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const service = createReportService();
        const once = service.fixAll(text).text;
        const twice = service.fixAll(once).text;
        assert.equal(twice, once, `fix-all is not idempotent; second pass left ${JSON.stringify(service.fixAll(once).remaining.filter((f) => f.fix?.safe).map(describeFinding))}`);
      }),
      fcParams(300),
    );
  });

  it('fix-all leaves no safe fix behind', () => {
    fc.assert(
      fc.property(reportDocument, (text) => {
        const remaining = createReportService().fixAll(text).remaining.filter((finding) => finding.fix?.safe);
        assert.deepEqual(remaining.map(describeFinding), []);
      }),
      fcParams(300),
    );
  });

  it('each fix applies whole and changes the text only inside its edits', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        for (const finding of analyze(text).findings) {
          if (!finding.fix) continue;
          const independent = applyIndependently(text, finding);
          assert.ok('text' in independent, `${describeFinding(finding)}: ${'problem' in independent ? independent.problem : ''}`);
          const applied = applyFixes(text, [finding.fix]);
          assert.equal(applied.applied, 1, `${describeFinding(finding)} was not applicable`);
          assert.equal(applied.text, independent.text, `${describeFinding(finding)} changed text outside its edits`);
        }
      }),
      fcParams(300),
    );
  });

  it('renumbering changes numerals only, stays inside the document and is idempotent', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const service = createReportService();
        const edits = renumberEdits(service.tree(textDocument(text, 'a', 1)));
        const lines = splitLines(text);
        for (const edit of edits) {
          assert.deepEqual(rangeProblems(lines, edit.range, 'renumber edit'), []);
          const written = lines[edit.range.start.line].slice(edit.range.start.character, edit.range.end.character);
          assert.match(written, /^(?:[一二三四五六七八九十百零〇两]+|[0-9]+|[０-９]+)$/, `renumbering replaced ${JSON.stringify(written)}`);
          assert.match(edit.text, /^(?:[一二三四五六七八九十百零〇两]+|[0-9]+|[０-９]+)$/);
        }
        const once = applyFixes(text, edits.map((edit) => ({ edits: [edit] }))).text;
        assert.deepEqual(renumberEdits(service.tree(textDocument(once, 'b', 1))), []);
      }),
      fcParams(200),
    );
  });
});

describe('property: outline stability', function () {
  this.timeout(60_000);

  const headingKeys = (tree: ReportTree) => tree.reports.flatMap((report) => report.allHeadings.map((heading) => `${heading.line}:${heading.level}:${heading.ordinal}`));

  it('appending a sentence to a body line keeps every heading line and level', () => {
    fc.assert(
      fc.property(reportDocument, fc.nat(), neutralSentence, (text, pick, sentence) => {
        const service = createReportService();
        const tree = service.tree(textDocument(text, 'before', 1));
        const titleLines = new Set(tree.reports.flatMap((report) => [report.title?.line, ...report.otherTitles.map((title) => title.line)]));
        const lines = tree.model.lines;
        const bodyLines = lines.filter(
          (line) => line.text.trim().length > 0 && !tree.headingAt(line.index) && !titleLines.has(line.index) && scanHeadingMarker(line.text) === null,
        );
        fc.pre(bodyLines.length > 0);
        const target = bodyLines[pick % bodyLines.length];
        const end = target.start + target.text.length;
        const edited = text.slice(0, end) + sentence + text.slice(end);
        const after = service.tree(textDocument(edited, 'after', 1));
        assert.deepEqual(headingKeys(after), headingKeys(tree), `appending to line ${target.index} ${JSON.stringify(target.text)}`);
      }),
      fcParams(300),
    );
  });
});
