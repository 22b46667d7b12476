import { readFileSync } from 'node:fs';
import { checkDecodedText } from '../core/text/encodingCheck';

export type ReadResult =
  /** `invalidBytes`: UTF-8 with a few invalid byte sequences, each read as U+FFFD (absent when none). */
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'gb18030'; bom: boolean; invalidBytes?: number }
  | { kind: 'binary' }
  /** Valid UTF-8 whose text is mostly U+FFFD: saved after being read with the wrong encoding. */
  | { kind: 'garbled' }
  | { kind: 'error'; message: string };

/**
 * Reads a report file: UTF-8 (with or without BOM) as is; UTF-8 with a few invalid bytes (a damaged
 * copy, a file cut in the middle of a character) as UTF-8 with those bytes as U+FFFD, counted; text
 * that is not UTF-8 but decodes as GB18030 (a superset of GBK, still produced by Chinese office
 * software) as that. NULs near the start, many control characters, or bytes valid in neither encoding:
 * binary. Valid UTF-8 that is mostly U+FFFD (a GBK file opened as UTF-8 in an editor and saved: the
 * original characters are gone) is `garbled`.
 */
export function readReportFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { kind: 'error', message: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: 'utf-8' | 'gb18030';
  let invalidBytes = 0;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    encoding = 'utf-8';
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    // U+FFFD written in the file itself (EF BF BD) is text, not damage.
    const replaced = countReplacements(lenient) - countBytes(bytes, REPLACEMENT_BYTES);
    if (replaced <= Math.max(MIN_TOLERATED_INVALID, lenient.length * TOLERATED_INVALID_SHARE)) {
      text = lenient;
      encoding = 'utf-8';
      invalidBytes = replaced;
    } else {
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
        encoding = 'gb18030';
      } catch {
        return { kind: 'binary' };
      }
    }
  }
  const verdict = checkDecodedText(text).verdict;
  if (verdict === 'binary') return { kind: 'binary' };
  if (verdict === 'misdecoded') return { kind: 'garbled' };
  const result: ReadResult = { kind: 'text', text, encoding, bom: encoding === 'utf-8' && bom };
  if (invalidBytes > 0) result.invalidBytes = invalidBytes;
  return result;
}

/**
 * UTF-8 with at most this many invalid sequences (or this share of its characters) is a damaged UTF-8
 * file rather than another encoding: GBK text read as UTF-8 fails on nearly every character.
 */
const MIN_TOLERATED_INVALID = 16;
const TOLERATED_INVALID_SHARE = 0.001;

const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);

function countBytes(bytes: Buffer, sequence: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(sequence); at >= 0; at = bytes.indexOf(sequence, at + sequence.length)) count++;
  return count;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) count++;
  return count;
}
