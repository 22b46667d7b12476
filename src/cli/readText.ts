import { readFileSync } from 'node:fs';
import { checkDecodedText } from '../core/text/encodingCheck';

export type ReadResult =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'gb18030'; bom: boolean }
  | { kind: 'binary' }
  /** Valid UTF-8 whose text is mostly U+FFFD: saved after being read with the wrong encoding. */
  | { kind: 'garbled' }
  | { kind: 'error'; message: string };

/**
 * Reads a report file: UTF-8 (with or without BOM) as is; text that is not valid UTF-8 but decodes as
 * GB18030 (a superset of GBK, still produced by Chinese office software) is decoded as that. NULs near
 * the start, many control characters, or bytes valid in neither encoding: binary. Valid UTF-8 that is
 * mostly U+FFFD (a GBK file opened as UTF-8 in an editor and saved: the original characters are gone)
 * is `garbled`.
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
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    encoding = 'utf-8';
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      encoding = 'gb18030';
    } catch {
      return { kind: 'binary' };
    }
  }
  const verdict = checkDecodedText(text).verdict;
  if (verdict === 'binary') return { kind: 'binary' };
  if (verdict === 'misdecoded') return { kind: 'garbled' };
  return { kind: 'text', text, encoding, bom: encoding === 'utf-8' && bom };
}
