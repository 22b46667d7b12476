import assert from 'node:assert/strict';
import { checkDecodedText, decodeGb18030Start, decodesAsGb18030, isValidUtf8, SAMPLE_CHARS } from '../../src/core/text/encodingCheck';
import { encodeGbk } from '../e2e/gbk';

/** Bytes as VS Code shows them with `files.encoding: utf8`: invalid sequences become U+FFFD. */
const asUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** A small report of our own writing (not from the corpus), as GBK and as UTF-8. */
const REPORT = [
  '青山县水利局2025年工作总结',
  '',
  '一、主要工作',
  '（一）防汛抗旱有序推进。全年检修泵站12座，清理河道36公里，完成投资1.2亿元。',
  '（二）农村供水保障有力。新建集中供水工程5处，受益群众3.4万人。',
  '二、存在的问题',
  '一是部分工程老化；二是专业人员不足。',
  '三、2026年工作计划',
  '继续实施小型水库除险加固，确保安全度汛。',
].join('\r\n');

/** A deterministic byte stream (linear congruential), NULs replaced: binary data that has no NUL. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = (state >>> 16) & 0xff || 1;
  }
  return bytes;
}

describe('encodingCheck', () => {
  describe('checkDecodedText', () => {
    it('a GBK report decoded as UTF-8 is mis-decoded', () => {
      const check = checkDecodedText(asUtf8(encodeGbk(REPORT)));
      assert.equal(check.verdict, 'misdecoded');
      assert.equal(check.control, 0);
      assert.ok(check.replacement / check.visible > 0.5, JSON.stringify(check));
    });

    it('the same report read correctly (UTF-8 as UTF-8, GBK as GB18030) is text', () => {
      assert.equal(checkDecodedText(REPORT).verdict, 'text');
      assert.equal(checkDecodedText(asUtf8(new TextEncoder().encode(REPORT))).verdict, 'text');
      assert.equal(checkDecodedText(new TextDecoder('gb18030').decode(encodeGbk(REPORT))).verdict, 'text');
    });

    it('every line of the report alone, mis-decoded, is mis-decoded too (down to a heading of six characters)', () => {
      for (const line of REPORT.split('\r\n').filter(Boolean)) {
        assert.equal(checkDecodedText(asUtf8(encodeGbk(line))).verdict, 'misdecoded', line);
      }
    });

    it('NUL or many control characters: binary, whatever else the text holds', () => {
      assert.equal(checkDecodedText('PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR').verdict, 'binary');
      assert.equal(checkDecodedText(asUtf8(encodeGbk(REPORT)) + '\u0000').verdict, 'binary');
      assert.equal(checkDecodedText('\u0001\u0002' + '甲'.repeat(17)).verdict, 'binary');
      assert.equal(checkDecodedText('\u0001\u0002' + '甲'.repeat(18)).verdict, 'text');
    });

    it('random bytes without NULs decoded as UTF-8 are binary, never mis-decoded text', () => {
      for (let seed = 1; seed <= 200; seed++) {
        const bytes = pseudoRandomBytes(64 + ((seed * 997) % 20_000), seed);
        const check = checkDecodedText(asUtf8(bytes));
        assert.equal(check.verdict, 'binary', `seed ${seed}: ${JSON.stringify(check)}`);
      }
    });

    it('a few U+FFFD in real text do not matter', () => {
      assert.equal(checkDecodedText('\ufffd\ufffd\ufffd').verdict, 'text', 'below four');
      assert.equal(checkDecodedText(REPORT.replace('泵站', '\ufffd\ufffd\ufffd\ufffd')).verdict, 'text');
      // Windows-1252 French read as UTF-8: the accented letters become U+FFFD, the rest is ASCII.
      const french = new Uint8Array([...'Le caf'].map((c) => c.charCodeAt(0)).concat(0xe9, 0x20, 0x65, 0x73, 0x74, 0x20, 0x70, 0x72, 0xea, 0x74, 0x2e));
      assert.equal(checkDecodedText(asUtf8(french)).verdict, 'text');
    });

    it('whitespace does not dilute the share; the empty text is text', () => {
      const spaced = asUtf8(encodeGbk('工作总结')) + ' '.repeat(1000) + '\n'.repeat(1000) + '\u3000'.repeat(100);
      assert.equal(checkDecodedText(spaced).verdict, 'misdecoded');
      assert.deepEqual(checkDecodedText(''), { verdict: 'text', sampled: 0, replacement: 0, control: 0, visible: 0 });
    });

    it('looks only at the start (SAMPLE_CHARS characters)', () => {
      const late = 'a'.repeat(SAMPLE_CHARS) + '\ufffd'.repeat(10_000);
      assert.equal(checkDecodedText(late).verdict, 'text');
      assert.equal(checkDecodedText(late, SAMPLE_CHARS + 10_000).verdict, 'misdecoded');
      assert.equal(checkDecodedText(late).sampled, SAMPLE_CHARS);
    });

    it('lone surrogates and CJK Extension B are ordinary characters', () => {
      assert.equal(checkDecodedText('\ud800正文\udc00𠀀𠀁').verdict, 'text');
    });

    it('a text of millions of characters: only its start is read', () => {
      const huge = asUtf8(encodeGbk(REPORT)).repeat(50_000);
      assert.ok(huge.length > 5_000_000);
      const check = checkDecodedText(huge);
      assert.equal(check.verdict, 'misdecoded');
      assert.equal(check.sampled, SAMPLE_CHARS);
    });
  });

  describe('decodesAsGb18030', () => {
    it('GBK bytes: yes; UTF-8 and ASCII: no multi-byte GB18030 to speak of', () => {
      assert.equal(decodesAsGb18030(encodeGbk(REPORT)), true);
      assert.equal(decodesAsGb18030(new TextEncoder().encode('plain ASCII 2025')), false);
    });

    it('binary bytes: no', () => {
      assert.equal(decodesAsGb18030(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), false);
      assert.equal(decodesAsGb18030(pseudoRandomBytes(4096, 7)), false);
      assert.equal(decodesAsGb18030(new Uint8Array([0xb9, 0xa4, 0xff, 0xff])), false, '0xFF is never a GB18030 byte');
    });

    it('a character cut by the end of the sample is fine; one cut by the end of the file is not', () => {
      const bytes = encodeGbk('工作总结'.repeat(100));
      assert.equal(decodesAsGb18030(bytes, 7), true, 'sample ends inside the fourth character');
      assert.equal(decodesAsGb18030(bytes.subarray(0, 7)), false, 'the file itself ends inside a character');
    });
  });

  describe('isValidUtf8', () => {
    it('UTF-8 (with a BOM, or holding U+FFFD itself) yes; GBK and binary bytes no', () => {
      assert.equal(isValidUtf8(new TextEncoder().encode(REPORT)), true);
      assert.equal(isValidUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(REPORT)])), true);
      assert.equal(isValidUtf8(new TextEncoder().encode(asUtf8(encodeGbk(REPORT)))), true, 'garbled for good: the U+FFFD are stored');
      assert.equal(isValidUtf8(encodeGbk(REPORT)), false);
      assert.equal(isValidUtf8(pseudoRandomBytes(4096, 3)), false);
    });
  });

  describe('decodeGb18030Start', () => {
    it('reads the start of GBK bytes as text (for report detection)', () => {
      assert.equal(decodeGb18030Start(encodeGbk(REPORT)), REPORT);
      assert.equal(decodeGb18030Start(encodeGbk(REPORT), 9), '青山县水');
    });
  });
});
