import * as assert from 'node:assert/strict';
import { TextModel } from '../../src/core/text/textModel';

describe('TextModel', () => {
  describe('lines', () => {
    it('an empty text has one empty line', () => {
      const model = new TextModel('');
      assert.equal(model.lineCount, 1);
      assert.deepEqual(model.lines[0], { index: 0, start: 0, text: '' });
    });

    it('splits on LF, CRLF and lone CR alike, without the breaks', () => {
      const model = new TextModel('一、主要工作\r\n全年完成任务。\r（一）抓学习\n正文');
      assert.deepEqual(
        model.lines.map((line) => line.text),
        ['一、主要工作', '全年完成任务。', '（一）抓学习', '正文'],
      );
      assert.deepEqual(
        model.lines.map((line) => line.start),
        [0, 8, 16, 23],
      );
      assert.deepEqual(
        model.lines.map((line) => line.index),
        [0, 1, 2, 3],
      );
    });

    it('a trailing line break leaves a last empty line', () => {
      const model = new TextModel('工作总结\n');
      assert.equal(model.lineCount, 2);
      assert.equal(model.lineText(1), '');
      assert.equal(model.lines[1].start, 5);
    });

    it('CR CR is two breaks but CR LF is one', () => {
      assert.equal(new TextModel('a\r\rb').lineCount, 3);
      assert.equal(new TextModel('a\r\nb').lineCount, 2);
      assert.equal(new TextModel('a\n\rb').lineCount, 3);
      assert.equal(new TextModel('\r\n\r\n').lineCount, 3);
    });

    it('a file of blank lines keeps every line', () => {
      const model = new TextModel('\n\n\n');
      assert.equal(model.lineCount, 4);
      assert.ok(model.lines.every((line) => line.text === ''));
    });

    it('keeps a BOM, NUL bytes and lone surrogates as ordinary characters', () => {
      const model = new TextModel('\ufeff标题\n\u0000\ud800\n');
      assert.equal(model.lineText(0), '\ufeff标题');
      assert.equal(model.lineText(1), '\u0000\ud800');
      assert.equal(model.lines[1].start, 4);
    });

    it('lineText and lineEnd out of range', () => {
      const model = new TextModel('甲乙\n丙');
      assert.equal(model.lineText(-1), '');
      assert.equal(model.lineText(5), '');
      assert.equal(model.lineEnd(0), 2);
      assert.equal(model.lineEnd(1), 4);
      assert.equal(model.lineEnd(9), 4);
    });
  });

  describe('positionAt', () => {
    const text = '2023年工作总结\r\n一、主要工作\r\n\r\n（一）抓党建';
    const model = new TextModel(text);

    it('finds line and UTF-16 character', () => {
      assert.deepEqual(model.positionAt(0), { line: 0, character: 0 });
      assert.deepEqual(model.positionAt(4), { line: 0, character: 4 });
      assert.deepEqual(model.positionAt(11), { line: 1, character: 0 });
      assert.deepEqual(model.positionAt(13), { line: 1, character: 2 });
      assert.deepEqual(model.positionAt(19), { line: 2, character: 0 });
      assert.deepEqual(model.positionAt(21), { line: 3, character: 0 });
    });

    it('an offset inside a CRLF stays at the end of its line', () => {
      assert.deepEqual(model.positionAt(9), { line: 0, character: 9 });
      assert.deepEqual(model.positionAt(10), { line: 0, character: 9 });
    });

    it('clamps negative offsets and offsets past the end', () => {
      assert.deepEqual(model.positionAt(-5), { line: 0, character: 0 });
      assert.deepEqual(model.positionAt(text.length + 100), { line: 3, character: 6 });
      assert.deepEqual(model.positionAt(text.length), { line: 3, character: 6 });
    });

    it('counts a CJK Extension B character as two code units', () => {
      const astral = new TextModel('𠀀一、加强\n𠀀');
      assert.deepEqual(astral.positionAt(2), { line: 0, character: 2 });
      assert.deepEqual(astral.positionAt(4), { line: 0, character: 4 });
      assert.deepEqual(astral.positionAt(7), { line: 1, character: 0 });
      assert.deepEqual(astral.positionAt(9), { line: 1, character: 2 });
    });

    it('works on the empty text', () => {
      const empty = new TextModel('');
      assert.deepEqual(empty.positionAt(0), { line: 0, character: 0 });
      assert.deepEqual(empty.positionAt(3), { line: 0, character: 0 });
    });

    it('works on a lone CR text', () => {
      const cr = new TextModel('\r');
      assert.deepEqual(cr.positionAt(1), { line: 1, character: 0 });
    });
  });

  describe('offsetAt', () => {
    const model = new TextModel('一、主要工作\n正文内容。\r\n末行');

    it('is the inverse of positionAt for every offset outside a line break', () => {
      const text = '一、主要工作\n正文𠀀内容。\r\n\r末行\n';
      const m = new TextModel(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const ch = text[offset];
        if (ch === '\n' && text[offset - 1] === '\r') continue;
        assert.equal(m.offsetAt(m.positionAt(offset)), offset, `offset ${offset}`);
      }
    });

    it('positionAt(offsetAt(p)) gives p back for positions inside lines', () => {
      for (const line of model.lines) {
        for (let character = 0; character <= line.text.length; character++) {
          const position = { line: line.index, character };
          assert.deepEqual(model.positionAt(model.offsetAt(position)), position);
        }
      }
    });

    it('clamps the character to the line', () => {
      assert.equal(model.offsetAt({ line: 0, character: 99 }), 6);
      assert.equal(model.offsetAt({ line: 1, character: -3 }), 7);
    });

    it('clamps lines before the start and after the end', () => {
      assert.equal(model.offsetAt({ line: -1, character: 4 }), 0);
      assert.equal(model.offsetAt({ line: 3, character: 0 }), model.text.length);
      assert.equal(model.offsetAt({ line: 100, character: 100 }), model.text.length);
    });
  });

  it('splits a 200,000-character line and a 100,000-line text', () => {
    const long = new TextModel('甲'.repeat(200_000));
    assert.equal(long.lineCount, 1);
    assert.deepEqual(long.positionAt(150_000), { line: 0, character: 150_000 });
    const many = new TextModel('一\n'.repeat(100_000));
    assert.equal(many.lineCount, 100_001);
    assert.deepEqual(many.positionAt(2 * 77_777 + 1), { line: 77_777, character: 1 });
  });
});
