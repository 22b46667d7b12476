import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../src/core/fix/applyEdits';
import { LineRange, renumberEdits } from '../../src/core/fix/renumber';
import { TextEdit } from '../../src/core/rules/types';
import { parseReportTree } from '../../src/core/structure/parser';
import { formatChineseNumeral } from '../../src/core/text/numerals';
import { corpusAvailable, corpusFiles, readCorpus } from '../helpers/corpus';

const doc = (...lines: string[]) => lines.join('\n');

function renumber(text: string, lines?: LineRange): string {
  return applyEdits(text, renumberEdits(parseReportTree(text), lines)).text;
}

/** Offsets of every numeral the renumbering may touch: heading markers' and series items' numerals. */
function numeralSpans(text: string): Set<string> {
  const tree = parseReportTree(text);
  const spans = new Set<string>();
  for (const report of tree.reports) {
    for (const heading of report.allHeadings) spans.add(`${heading.line}:${heading.marker.numeralStart}:${heading.marker.numeralEnd}`);
    for (const item of report.series) spans.add(`${item.line}:${item.numeralStart}:${item.numeralEnd}`);
  }
  return spans;
}

/**
 * Renumbering changes numerals of markers only (each edit replaces a numeral that is a marker's numeral
 * in the text before or after renumbering), and applying it twice is the same as once.
 */
function assertRenumberingLaws(text: string): void {
  const edits = renumberEdits(parseReportTree(text));
  const applied = applyEdits(text, edits);
  assert.equal(applied.skipped, 0, 'edits never overlap');
  const once = applied.text;
  const before = numeralSpans(text);
  const after = numeralSpans(once);
  const lines = text.split(/\r\n|\r|\n/);
  const numeral = /^(?:[一二三四五六七八九十百零〇两]+|[0-9]+|[０-９]+)$/;
  let line = -1;
  let shift = 0;
  for (const edit of edits) {
    const { start, end } = edit.range;
    assert.equal(start.line, end.line, 'an edit stays on one line');
    if (start.line !== line) [line, shift] = [start.line, 0];
    const written = lines[line].slice(start.character, end.character);
    assert.match(written, numeral, `only a numeral is replaced: ${JSON.stringify(edit)}`);
    assert.match(edit.text, numeral, 'by a numeral');
    const newStart = start.character + shift;
    assert.ok(
      before.has(`${line}:${start.character}:${end.character}`) || after.has(`${line}:${newStart}:${newStart + edit.text.length}`),
      `not a marker's numeral: ${JSON.stringify(edit)}`,
    );
    shift += edit.text.length - written.length;
  }
  assert.equal(once.split(/\r\n|\r|\n/).length, lines.length, 'same number of lines');
  assert.deepEqual(renumberEdits(parseReportTree(once)), [], 'renumbering twice is renumbering once');
}

describe('renumberEdits (重新编号)', () => {
  it('renumbers heading runs per parent and per report, and series runs', () => {
    const text = doc(
      '2023年工作总结',
      '一、主要工作',
      '（一）抓党建。一是完善制度；二是规范流程；四是强化督导。',
      '（三）抓业务',
      '1.完善制度',
      '3.规范流程',
      '三、存在问题',
      '（一）基层短板',
      '（一）人才不足',
      '（三）投入不够',
      '',
      '2024年工作计划',
      '一、总体思路',
      '二、重点任务',
      '二、保障措施',
      '第一，提高站位。第三，狠抓落实。',
    );
    assert.equal(
      renumber(text),
      doc(
        '2023年工作总结',
        '一、主要工作',
        '（一）抓党建。一是完善制度；二是规范流程；三是强化督导。',
        '（二）抓业务',
        '1.完善制度',
        '2.规范流程',
        '二、存在问题',
        '（一）基层短板',
        '（一）人才不足',
        '（二）投入不够',
        '',
        '2024年工作计划',
        '一、总体思路',
        '二、重点任务',
        '三、保障措施',
        '第一，提高站位。第二，狠抓落实。',
      ),
    );
  });

  it('keeps brackets, delimiters and digit widths as written', () => {
    const text = doc('(一)强化基础', '(三)、提升能力', '１．完善制度', '３．规范流程', '（1）建立台账', '（3）定期通报', '十三2020年工作计划');
    assert.equal(renumber(text), doc('(一)强化基础', '(二)、提升能力', '１．完善制度', '２．规范流程', '（1）建立台账', '（2）定期通报', '十三2020年工作计划'));
  });

  it('renumbers a gap before a heading with no delimiter (十、 → 十二、 → 十三2020…)', () => {
    const lines = [];
    for (let n = 1; n <= 10; n++) lines.push(`${formatChineseNumeral(n)}、推进工作${n}`, '扎实推进，取得成效。');
    const text = doc(...lines, '十二、存在的问题', '十三2020年工作计划', '（一）做好服务');
    assert.equal(renumber(text), doc(...lines, '十一、存在的问题', '十二2020年工作计划', '（一）做好服务'));
  });

  it('counts a run from one even when it starts above one', () => {
    assert.equal(renumber(doc('一、主要工作', '（二）抓业务', '（三）抓队伍')), doc('一、主要工作', '（一）抓业务', '（二）抓队伍'));
  });

  it('leaves restarts at one, new parents and several documents alone', () => {
    const text = doc(
      '在全县卫生工作会议上的讲话',
      '一、认清形势',
      '（一）成绩',
      '（二）问题',
      '二、突出重点',
      '（一）强基层',
      '1.完善制度',
      '1.建立台账',
      '在全市疾控工作会议上的讲话',
      '一、统一思想',
      '一是提高站位；二是压实责任。',
      '',
      '一是加强培训；二是严格考核。',
    );
    assert.deepEqual(renumberEdits(parseReportTree(text)), []);
  });

  it('does not renumber a series that starts above one, only its inner gaps', () => {
    assert.equal(renumber('二是规范流程；三是强化督导；五是严格考核。'), '二是规范流程；三是强化督导；四是严格考核。');
  });

  it('edits only inside markers: CRLF, indentation and surrogate pairs survive', () => {
    const text = '一、𠮷祥社区\r\n\u3000\u3000（二）𡈼城改造。一是𪚥街道；三是𠀋片区。\r\n三、下步打算\r\n';
    assert.equal(renumber(text), '一、𠮷祥社区\r\n\u3000\u3000（一）𡈼城改造。一是𪚥街道；二是𠀋片区。\r\n二、下步打算\r\n');
  });

  it('with a selection, numbers whole runs but edits only the selected lines', () => {
    const text = doc('一、主要工作', '三、存在问题', '四、原因分析', '五、下步打算', '（二）强基层');
    const edits = renumberEdits(parseReportTree(text), { start: 2, end: 3 });
    assert.deepEqual(
      edits.map((edit: TextEdit) => [edit.range.start.line, edit.text]),
      [
        [2, '三'],
        [3, '四'],
      ],
    );
    assert.equal(renumber(text, { start: 2, end: 3 }), doc('一、主要工作', '三、存在问题', '三、原因分析', '四、下步打算', '（二）强基层'));
    assert.equal(renumber(text, { start: 0, end: 4 }), renumber(text));
    assert.deepEqual(renumberEdits(parseReportTree(text), { start: 5, end: 9 }), []);
  });

  it('reaches the fixed point when new numbers change the structure', () => {
    // 2. under 一、 becomes 1.; a first child of an open section does not make the title-like line a new report.
    const text = doc('一、加强领导', '2024年工作计划', '2.规范流程', '二、完善制度');
    const once = renumber(text);
    assert.equal(once, doc('一、加强领导', '2024年工作计划', '1.规范流程', '二、完善制度'));
    assert.equal(renumber(once), once);
  });

  it('composes edits that change the length of numerals on one line', () => {
    assert.equal(renumber('九是甲；九是乙；九是丙；十三是丁。'), '九是甲；十是乙；十一是丙；十二是丁。');
  });

  it('counts siblings of one level together even with a heading of another level between them', () => {
    // A rejected weak marker (一，… here) can leave （1） without its parent, between 二、 and 三、.
    const text = doc('二、加强领导', '一，加强领导', '（1）建立台账', '三、完善制度');
    assert.equal(renumber(text), doc('一、加强领导', '一，加强领导', '（1）建立台账', '二、完善制度'));
    assertRenumberingLaws(doc('二、加强领导', '一，加强领导', '（1）建立台账', '二加强领导'));
  });

  it('returns no edits for well-numbered or empty text', () => {
    assert.deepEqual(renumberEdits(parseReportTree('')), []);
    assert.deepEqual(renumberEdits(parseReportTree(doc('一、主要工作', '（一）抓党建', '二、存在问题'))), []);
  });

  it('changes only marker numerals and is idempotent (generated documents)', () => {
    const chinese = (n: number) => formatChineseNumeral(n);
    const headingLine = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 14 }), fc.constantFrom('、', '.', '', '，')).map(([n, d]) => `${chinese(n)}${d}加强领导`),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('（', '('), fc.constantFrom('）', ')'), fc.constantFrom('', '、')).map(([n, o, c, d]) => `${o}${chinese(n)}${c}${d}完善制度`),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('.', '、', '．')).map(([n, d]) => `${n}${d}规范流程`),
      fc.integer({ min: 1, max: 9 }).map((n) => `（${n}）建立台账`),
      fc.integer({ min: 1, max: 9 }).map((n) => `${String.fromCharCode(0xff10 + n)}．强化督导`),
    );
    const seriesLine = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 11 }), fc.constantFrom('是', '要', '第')), { minLength: 1, maxLength: 5 })
      .map((items) => items.map(([n, kind]) => (kind === '第' ? `第${chinese(n)}，抓落实。` : `${chinese(n)}${kind}抓落实；`)).join(''));
    const otherLine = fc.constantFrom('', '', '全年工作取得明显成效。', '2024年工作计划', '在全县工作会议上的讲话', '𠮷祥社区改造。', '1.5倍于上年。', '三级医院和二级医院协作，');
    const documentText = fc
      .tuple(fc.array(fc.oneof(headingLine, headingLine, seriesLine, otherLine), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
      .map(([lines, eol]) => lines.join(eol));
    fc.assert(fc.property(documentText, (text) => assertRenumberingLaws(text)), { numRuns: 400 });
  });

  it('changes only marker numerals and is idempotent on the corpus', function () {
    if (!corpusAvailable()) this.skip();
    for (const file of corpusFiles()) assertRenumberingLaws(readCorpus(file));
  });
});
