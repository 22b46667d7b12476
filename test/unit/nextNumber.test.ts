import assert from 'node:assert/strict';
import { mayCompleteNumber, NumberCompletion, nextNumberCompletions } from '../../src/core/completion/nextNumber';
import { completionWindow } from '../../src/core/completion/window';
import { generateSkeleton } from '../../src/core/skeletons/index';
import { parseReportTree } from '../../src/core/structure/parser';

/**
 * A report where `|` marks the cursor line (the marker line is left empty in the parsed text, as when
 * the user has just pressed Enter). Returns the completions for `typed` at that line.
 */
function complete(document: string, typed: string, suffix = ''): NumberCompletion[] {
  const lines = document.split('\n');
  const line = lines.findIndex((text) => text === '|');
  assert.ok(line >= 0, 'the document marks the cursor line with |');
  lines[line] = typed + suffix;
  const tree = parseReportTree(lines.join('\n'));
  return nextNumberCompletions(tree, line, typed, suffix);
}

function labels(items: readonly NumberCompletion[]): string[] {
  return items.map((item) => item.label);
}

const REPORT = [
  '2025年工作总结及2026年工作计划', //  0
  '',
  '2025年，我们围绕中心工作，扎实推进各项任务。', // 2
  '',
  '一、主要工作', // 4
  '',
  '（一）加强党的建设。', // 6
  '',
  '一是加强学习。二是整改问题。', // 8
  '',
  '（二）完善制度机制。', // 10
  '',
  '1.建立工作台账。', // 12
  '',
  '（1）细化分工。', // 14
  '',
  '（2）压实责任。', // 16
  '',
  '2.加强考核评价。', // 18
];

function at(line: number, ...after: string[]): string {
  return [...REPORT.slice(0, line), ...after, '|'].join('\n');
}

describe('next-number completion', () => {
  describe('headings', () => {
    it('continues the level of the heading above, then opens its first child, then continues outer levels', () => {
      const items = complete(at(19, ''), '');
      assert.deepEqual(labels(items), ['3.', '（1）', '（三）', '二、']);
      assert.deepEqual(
        items.map((item) => item.level),
        [3, 4, 2, 1],
      );
      assert.deepEqual(items[0].replaceRange, { start: 0, end: 0 });
      assert.equal(items[0].insertText, '3.');
      assert.deepEqual(items[0].detail, { zh: '三级标题，接2.', en: 'level-3 heading, after 2.' });
      assert.deepEqual(items[1].detail, { zh: '四级标题，2.下的第一项', en: 'level-4 heading, first under 2.' });
    });

    it('offers （三） after （二） for （, and （3） after （2）', () => {
      assert.deepEqual(labels(complete(at(19, ''), '（')), ['（1）', '（三）']);
      assert.deepEqual(labels(complete(at(17, ''), '（')), ['（3）', '（三）']);
      assert.deepEqual(labels(complete(at(11, ''), '（')), ['（三）']);
      assert.deepEqual(labels(complete(at(11, ''), '')), ['（三）', '1.', '二、']);
    });

    it('offers the next sibling wherever the cursor is, from the headings before it', () => {
      // Between （一） and （二）: the next level-2 number after （一） is （二）.
      assert.deepEqual(labels(complete([...REPORT.slice(0, 9), '|', ...REPORT.slice(10)].join('\n'), '（')), ['（二）']);
    });

    it('narrows the offer by what was typed: numeral, digit, bracket and numeral', () => {
      assert.deepEqual(labels(complete(at(19, ''), '3')), ['3.']);
      assert.deepEqual(labels(complete(at(19, ''), '３')), ['3.']);
      assert.deepEqual(labels(complete(at(19, ''), '二')), ['二、']);
      assert.deepEqual(labels(complete(at(19, ''), '（三')), ['（三）']);
      assert.deepEqual(labels(complete(at(19, ''), '（1')), ['（1）']);
      assert.deepEqual(labels(complete(at(19, ''), '五')), []);
      assert.deepEqual(labels(complete(at(19, ''), '4')), []);
    });

    it('matches a half-width ( and replaces an auto-closed ）', () => {
      const items = complete(at(19, ''), '(', ')');
      assert.deepEqual(labels(items), ['（1）', '（三）']);
      assert.equal(items[1].insertText, '（三）');
      assert.equal(items[1].filterText, '(三）');
      assert.deepEqual(items[1].replaceRange, { start: 0, end: 2 });
      assert.deepEqual(complete(at(19, ''), '（', '）')[0].replaceRange, { start: 0, end: 2 });
      assert.deepEqual(complete(at(19, ''), '（', '加强')[0].replaceRange, { start: 0, end: 1 });
    });

    it('keeps indentation and a Markdown # outside the replaced range', () => {
      assert.deepEqual(complete(at(19, ''), '\u3000\u3000（')[0].replaceRange, { start: 2, end: 3 });
      const markdown = complete(at(19, ''), '## ');
      assert.equal(markdown[0].label, '3.');
      assert.deepEqual(markdown[0].replaceRange, { start: 3, end: 3 });
    });

    it('offers the first child of a heading (（一） under 一、) and the next top-level number', () => {
      const document = [...REPORT, '', '二、存在的问题', '', '|'].join('\n');
      assert.deepEqual(labels(complete(document, '')), ['三、', '（一）']);
      assert.deepEqual(labels(complete(document, '（')), ['（一）']);
      assert.deepEqual(labels(complete(document, '三')), ['三、']);
      // A digit asks for level 3 explicitly, even without a level 2 between (common in speeches).
      assert.deepEqual(labels(complete(document, '1')), ['1.']);
    });

    it('writes numbers past ten the Chinese way', () => {
      const sections = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].map((numeral) => `${numeral}、第${numeral}部分`);
      const document = ['2025年工作要点', '', ...sections, '|'].join('\n');
      assert.deepEqual(labels(complete(document, '十')), ['十一、']);
      const subsections = sections.map((_, i) => `（${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'][i]}）小节`);
      assert.deepEqual(labels(complete(['2025年工作要点', '', '一、总体要求', ...subsections, '|'].join('\n'), '（')), ['（十一）']);
    });

    it('starts every level at one in a document without headings', () => {
      const items = complete(['2025年工作总结', '', '今年以来，我们做了很多工作。', '|'].join('\n'), '');
      assert.deepEqual(labels(items), ['一、', '（一）', '1.', '（1）']);
      assert.deepEqual(items[0].detail, { zh: '一级标题，第一项', en: 'level-1 heading, the first' });
    });

    it('restarts the numbering in each report of a file', () => {
      const document = [
        '在全县2024年工作会议上的讲话',
        '同志们：',
        '一、肯定成绩',
        '二、正视问题',
        '三、部署任务',
        '在全县2025年工作会议上的讲话',
        '同志们：',
        '|',
      ].join('\n');
      assert.deepEqual(labels(complete(document, '')), ['一、', '（一）', '1.', '（1）']);
    });
  });

  describe('series', () => {
    it('offers 三是 after 二是 in the section, below the headings when the series is inside a paragraph', () => {
      const items = complete(at(9, ''), '');
      assert.deepEqual(labels(items), ['（二）', '1.', '二、', '三是']);
      assert.deepEqual(labels(complete(at(9, ''), '三')), ['三是']);
      assert.deepEqual(complete(at(9, ''), '三')[0].detail, { zh: '接二是', en: 'series, after 二是' });
    });

    it('puts the series first when its items open the paragraphs', () => {
      const document = [...REPORT, '', '二、存在的问题', '', '一是投入不足。', '二是人才短缺。', '|'].join('\n');
      const items = complete(document, '');
      assert.equal(items[0].label, '三是');
      assert.deepEqual(labels(complete(document, '三')), ['三是', '三、']);
    });

    it('does not carry a series over into the next section', () => {
      const document = [...REPORT.slice(0, 11), '', '|'].join('\n');
      assert.deepEqual(
        labels(complete(document, '')).filter((label) => label.endsWith('是')),
        [],
      );
    });

    it('continues a series inside a paragraph after a sentence mark', () => {
      const document = [...REPORT.slice(0, 9), '|'].join('\n');
      const items = complete(document, '一是加强学习。二');
      assert.deepEqual(labels(items), ['二是']);
      assert.deepEqual(items[0].replaceRange, { start: 7, end: 8 });
      assert.deepEqual(labels(complete(document, '一是加强学习。二是整改问题；三')), ['三是']);
      // Nothing typed after the mark: no offer (it would pop up after every sentence).
      assert.deepEqual(labels(complete(document, '一是加强学习。二是整改问题；')), []);
      assert.deepEqual(labels(complete(document, '一是加强学习。二是整改问题。四')), []);
      assert.deepEqual(labels(complete(document, '一是加强学习')), []);
    });

    it('continues 一要/二要 (speeches), 第一，/第二， and 首先，/其次，', () => {
      const base = ['在全县2025年工作会议上的讲话', '', '同志们：', '', '一、部署任务', ''];
      assert.deepEqual(labels(complete([...base, '一要提高认识。二要压实责任。', '|'].join('\n'), '三')), ['三要']);
      assert.deepEqual(labels(complete([...base, '第一，提高认识。', '|'].join('\n'), '第')), ['第二，']);
      assert.deepEqual(labels(complete([...base, '首先，提高认识。', '|'].join('\n'), '')), ['其次，', '最后，', '二、', '（一）']);
      assert.deepEqual(labels(complete([...base, '首先，提高认识。', '|'].join('\n'), '其')), ['其次，']);
      assert.deepEqual(labels(complete([...base, '首先，提高认识。其次，压实责任。', '|'].join('\n'), '')).filter((label) => /次|后/.test(label)), ['再次，', '最后，']);
      assert.deepEqual(labels(complete([...base, '首先，提高认识。最后，压实责任。', '|'].join('\n'), '')).filter((label) => /次|后/.test(label)), []);
    });
  });

  it('offers nothing in the middle of ordinary text', () => {
    assert.deepEqual(complete(at(19, ''), '加强'), []);
    assert.deepEqual(complete(at(19, ''), 'abc'), []);
    assert.deepEqual(complete(at(19, ''), '（一）加强'), []);
  });

  it('continues the numbering of a generated skeleton', () => {
    const text = generateSkeleton({ kind: 'annual', year: 2025 }).text;
    const lines = text.split('\n');
    const problems = lines.indexOf('二、存在的问题');
    const tree = parseReportTree(text);
    // On the empty line before 二、存在的问题: a fourth （） under 一、 or the next top-level heading.
    assert.deepEqual(labels(nextNumberCompletions(tree, problems - 1, '（')), ['（四）']);
    assert.deepEqual(labels(nextNumberCompletions(tree, lines.length - 1, '四')), ['四、']);
  });

  describe('mayCompleteNumber (the check made before any parsing)', () => {
    const prefixes = [
      '', '（', '(', '（三', '(3', '三', '十二', '3', '１２', '第', '第三', '其', '再', '最', '首', '  ', '\u3000（', '## ',
      '加强', 'abc', '（一）加强', '一是加强学习。二', '完成任务，第', '全年达到3', '一、', '（一）', '2025年', '。',
    ];

    it('is false only where completion offers nothing, whatever the tree', () => {
      const trees = [parseReportTree(REPORT.join('\n')), parseReportTree(at(19, '')), parseReportTree('')];
      for (const prefix of prefixes) {
        if (mayCompleteNumber(prefix)) continue;
        for (const tree of trees) {
          for (const line of [0, 8, 19]) assert.deepEqual(nextNumberCompletions(tree, line, prefix), [], `"${prefix}" at ${line}`);
        }
      }
    });

    it('is true for what may start a marker or a series item', () => {
      for (const prefix of ['', '（', '(', '（三', '三', '3', '第', '其', '  （', '一是加强学习。二', '完成任务，第']) {
        assert.ok(mayCompleteNumber(prefix), prefix);
      }
      for (const prefix of ['加强', 'abc', '（一）加强', '2025年']) assert.ok(!mayCompleteNumber(prefix), prefix);
    });
  });

  describe('big documents: completion from a window around the cursor (completionWindow)', () => {
    const document = [...REPORT, '', '二、存在的问题', '', '（一）学习不够深入。', '', '三、下一步计划', '', '（一）加强学习。', '', '1.组织培训。', '', '|'];
    const window = (lines: readonly string[], line: number, maxLines?: number) => completionWindow((index) => lines[index], lines.length, line, maxLines);

    it('starts at the nearest 一、-level heading above the cursor and ends at the next heading below it', () => {
      const cursor = document.indexOf('|');
      assert.deepEqual(window(document, cursor), { first: document.indexOf('三、下一步计划'), last: cursor });
      assert.deepEqual(window(document, 19), { first: 4, last: document.indexOf('二、存在的问题') });
      assert.deepEqual(window(document, 7), { first: 4, last: 10 });
      assert.deepEqual(window(document, 3), { first: 0, last: 4 });
      assert.deepEqual(window(document, 0), { first: 0, last: 4 });
    });

    it('reads at most maxLines either way', () => {
      const cursor = document.indexOf('|');
      assert.deepEqual(window(document, cursor, 3), { first: cursor - 3, last: cursor });
      assert.deepEqual(window(document, 7, 2), { first: 5, last: 9 });
    });

    it('skips markers that are not headings by themselves (一是…, 一年来)', () => {
      const lines = ['一、总体情况', '', '一是加强学习。', '一年来成绩明显。', '|', '一年来'];
      assert.deepEqual(window(lines, 4), { first: 0, last: 5 });
    });

    /** Every line of the document as the cursor line, for each typed prefix: window and whole agree. */
    function assertSameEverywhere(lines: readonly string[], typedPrefixes: readonly string[]): number {
      let offered = 0;
      for (let cursor = 0; cursor < lines.length; cursor++) {
        for (const typed of typedPrefixes) {
          const edited = [...lines];
          edited[cursor] = typed;
          const full = labels(nextNumberCompletions(parseReportTree(edited.join('\n')), cursor, typed));
          const { first, last } = window(edited, cursor);
          const part = edited.slice(first, last + 1).join('\n');
          assert.deepEqual(labels(nextNumberCompletions(parseReportTree(part), cursor - first, typed)), full, `line ${cursor}, typed "${typed}"`);
          offered += full.length;
        }
      }
      return offered;
    }

    it('gives the same completions as the whole document on every line of a report', () => {
      assert.ok(assertSameEverywhere(document.map((line) => (line === '|' ? '' : line)), ['', '（', '(', '1', '3', '四', '（2', '二', '第', '其']) > 0);
    });

    it('gives the same completions as the whole document in a file of several reports (a title starts new numbering)', () => {
      const two = [
        ...REPORT,
        '',
        '乙县2025年工作总结',
        '',
        '',
        '一、主要成绩',
        '',
        '（一）经济平稳运行。一是投资增长。二是消费回暖。',
        '',
        '二、存在的问题',
        '',
        '在全县2026年工作会议上的讲话',
        '',
        '同志们：',
        '',
        '一、充分肯定成绩',
        '',
        '一要提高认识。二要压实责任。',
      ];
      assert.ok(assertSameEverywhere(two, ['', '（', '一', '1', '三']) > 0);
      const edited = [...two];
      const preamble = two.indexOf('乙县2025年工作总结') + 1;
      const labelsAt = (lines: string[], line: number) => {
        const { first, last } = window(lines, line);
        return labels(nextNumberCompletions(parseReportTree(lines.slice(first, last + 1).join('\n')), line - first, ''));
      };
      assert.deepEqual(labelsAt(edited, preamble), ['一、', '（一）', '1.', '（1）']);
    });

    it('gives the same completions on generated skeletons of every kind', () => {
      for (const kind of ['annual', 'summary', 'plan', 'speech', 'review', 'half-year'] as const) {
        const lines = generateSkeleton({ kind, year: 2025 }).text.split('\n');
        assertSameEverywhere(lines, ['', '（', '2']);
      }
    });
  });
});
