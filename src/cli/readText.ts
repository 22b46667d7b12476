import { readFileSync } from 'node:fs';
import { looksBinary } from '../core/structure/detect';

export type ReadResult =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'gb18030'; bom: boolean }
  | { kind: 'binary' }
  | { kind: 'error'; message: string };

/**
 * Reads a report file: UTF-8 (with or without BOM) as is; text that is not valid UTF-8 but decodes as
 * GB18030 (a superset of GBK, still produced by Chinese office software) is decoded as that.
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
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (looksBinary(text)) return { kind: 'binary' };
    return { kind: 'text', text, encoding: 'utf-8', bom };
  } catch {
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      if (looksBinary(text)) return { kind: 'binary' };
      return { kind: 'text', text, encoding: 'gb18030', bom: false };
    } catch {
      return { kind: 'binary' };
    }
  }
}
