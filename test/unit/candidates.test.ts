import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CandidateClass, CandidateCursor, candidateClass, candidateCursor, textCandidates } from '../../src/core/text/candidates';
import { TextModel } from '../../src/core/text/textModel';

/** A cursor pointed at one line. */
function lineCandidates(model: TextModel, line: number, candidates: CandidateClass): CandidateCursor {
  const cursor = candidateCursor(model, candidates);
  cursor.moveTo(line);
  return cursor;
}

const DIGITS = candidateClass('0123456789年');
const MARKS = candidateClass('xX某');

/** Every position the cursor visits from the start of a line of `length` characters. */
function visit(cursor: CandidateCursor, length: number): number[] {
  const found: number[] = [];
  for (let i = cursor.from(0); i < length; i = cursor.from(i + 1)) found.push(i);
  return found;
}

describe('candidate index (shared scan for character rules)', () => {
  const model = new TextModel('2019年xx县\r\n某某局完成12项\n\n𠀀x𠀀5\rX');

  it('visits the characters of one class, line by line, in line coordinates', () => {
    assert.deepEqual(visit(lineCandidates(model, 0, DIGITS), 8), [0, 1, 2, 3, 4]);
    assert.deepEqual(visit(lineCandidates(model, 0, MARKS), 8), [5, 6]);
    assert.deepEqual(visit(lineCandidates(model, 1, MARKS), 8), [0, 1]);
    assert.deepEqual(visit(lineCandidates(model, 1, DIGITS), 8), [5, 6]);
    assert.deepEqual(visit(lineCandidates(model, 2, DIGITS), 0), []);
    // Extension B characters are two code units; positions stay UTF-16 offsets.
    assert.deepEqual(visit(lineCandidates(model, 3, MARKS), 6), [2]);
    assert.deepEqual(visit(lineCandidates(model, 3, DIGITS), 6), [5]);
    assert.deepEqual(visit(lineCandidates(model, 4, MARKS), 1), [0]);
  });

  it('returns the line length when nothing is left, and starts again for an earlier offset', () => {
    const cursor = lineCandidates(model, 0, DIGITS);
    assert.equal(cursor.from(5), 8);
    assert.equal(cursor.from(2), 2);
    assert.equal(cursor.from(3), 3);
  });

  it('one cursor serves every line: moveTo says whether the line has a character of the class', () => {
    const cursor = candidateCursor(model, MARKS);
    assert.deepEqual(model.lines.map((line) => cursor.moveTo(line.index)), [true, true, false, true, true]);
    assert.equal(cursor.moveTo(1), true);
    assert.deepEqual(visit(cursor, model.lines[1].text.length), [0, 1]);
    assert.equal(cursor.moveTo(2), false);
    assert.equal(cursor.from(0), 0);
    assert.equal(cursor.moveTo(99), false);
    assert.equal(cursor.from(0), 0);
  });

  it('covers a class declared after the text was first indexed', () => {
    const fresh = new TextModel('甲乙丙');
    assert.deepEqual(visit(lineCandidates(fresh, 0, DIGITS), 3), []);
    const late = candidateClass('乙');
    assert.deepEqual(visit(lineCandidates(fresh, 0, late), 3), [1]);
  });

  it('agrees with a direct scan of the text on any input (property)', () => {
    const char = fc.constantFrom('0', '9', '年', 'x', 'X', '某', '甲', ' ', '\n', '\r', '\ud840\udc00', '\ud800');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const lines = new TextModel(text);
        for (const line of lines.lines) {
          for (const candidates of [DIGITS, MARKS]) {
            assert.deepEqual(visit(lineCandidates(lines, line.index, candidates), line.text.length), visit(textCandidates(line.text, candidates), line.text.length));
          }
        }
      }),
      { seed: Number(process.env.FC_SEED ?? 20250707), numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
