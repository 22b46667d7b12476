/**
 * Whether decoded text is text we can check, binary content, or a legacy Chinese encoding
 * (GBK/GB18030) that was decoded as UTF-8.
 *
 * A GBK file decoded as UTF-8 (what VS Code does with the default `files.encoding: utf8` and
 * `files.autoGuessEncoding: false`) turns almost every Chinese character into U+FFFD: GBK's lead
 * bytes 0x81–0xFE are mostly invalid UTF-8 starts and its trail bytes 0x80–0xBF stray continuation
 * bytes; an occasional pair decodes as a Latin, Greek, Cyrillic or Hebrew letter. ASCII (digits,
 * line breaks) comes through. There are no NULs and no control characters. Binary content, decoded
 * the same way, has NULs (VS Code keeps them as U+0000) or, for compressed data without NULs, about
 * one C0 control character in ten bytes besides its replacement characters.
 *
 * Pure: no `vscode`, no Node API (TextDecoder is in every JavaScript runtime we run on).
 */

export type TextVerdict = 'text' | 'binary' | 'misdecoded';

export interface TextCheck {
  verdict: TextVerdict;
  /** Characters looked at (the start of the text). */
  sampled: number;
  /** U+FFFD replacement characters among them. */
  replacement: number;
  /** C0 control characters other than tab, line feed, form feed and carriage return, and NUL. */
  control: number;
  /** Characters other than whitespace (the base of the replacement share). */
  visible: number;
}

/** How much of the start of a text is looked at. */
export const SAMPLE_CHARS = 16 * 1024;
/** More control characters than this share of the sample: binary (as before this module existed). */
const BINARY_CONTROL_SHARE = 0.1;
/** At least this share of the visible characters are U+FFFD… */
const MISDECODED_REPLACEMENT_SHARE = 0.3;
/** …and at least this many (two Chinese characters in GBK give about four). */
const MISDECODED_MIN_REPLACEMENTS = 4;
/** A mis-decoded text has (almost) no control characters; random bytes have ≈ 10%. */
const MISDECODED_MAX_CONTROL_SHARE = 0.01;

/**
 * Classifies the start of a decoded text (`SAMPLE_CHARS` characters):
 * - `binary`: a NUL, or more than 10% control characters, or mostly U+FFFD together with more
 *   than 1% control characters (compressed data without NULs);
 * - `misdecoded`: at least 30% of the non-whitespace characters (and at least four) are U+FFFD,
 *   with (almost) no control characters: a legacy encoding read as UTF-8;
 * - `text` otherwise (a stray U+FFFD in a real text does not change that).
 */
export function checkDecodedText(text: string, sampleChars = SAMPLE_CHARS): TextCheck {
  const end = Math.min(text.length, sampleChars);
  let replacement = 0;
  let control = 0;
  let visible = 0;
  let nul = false;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) {
      replacement++;
      visible++;
    } else if (code < 32) {
      if (code === 9 || code === 10 || code === 12 || code === 13) continue;
      if (code === 0) nul = true;
      control++;
      visible++;
    } else if (code !== 32 && code !== 0x3000 && code !== 0xa0) {
      visible++;
    }
  }
  const check = (verdict: TextVerdict): TextCheck => ({ verdict, sampled: end, replacement, control, visible });
  if (end === 0) return check('text');
  if (nul || control / end > BINARY_CONTROL_SHARE) return check('binary');
  if (replacement >= MISDECODED_MIN_REPLACEMENTS && replacement / visible >= MISDECODED_REPLACEMENT_SHARE) {
    return check(control / end > MISDECODED_MAX_CONTROL_SHARE ? 'binary' : 'misdecoded');
  }
  return check('text');
}

/**
 * Whether the start of `bytes` (up to `sampleBytes`) is valid GB18030 (a superset of GBK and GB2312)
 * with at least one multi-byte character, i.e. reading the file as GB18030 would show its text. A
 * character cut by the end of the sample is fine. Big5 text also passes (its byte pairs are valid GBK
 * pairs), which is why callers say "seems to be".
 */
export function decodesAsGb18030(bytes: Uint8Array, sampleBytes = 64 * 1024): boolean {
  const sample = bytes.subarray(0, sampleBytes);
  if (!sample.some((byte) => byte >= 0x80)) return false;
  if (sample.includes(0)) return false;
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(sample, { stream: sample.length < bytes.length });
    return checkDecodedText(text, sampleBytes).verdict === 'text';
  } catch {
    return false;
  }
}

/**
 * Whether `bytes` are valid UTF-8 (a BOM allowed). A document that shows as mostly U+FFFD although its
 * bytes are valid UTF-8 holds U+FFFD itself: it was saved garbled and its original text is lost.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The start of `bytes` read as GB18030 (without error checks), for report detection; '' without bytes. */
export function decodeGb18030Start(bytes: Uint8Array, sampleBytes = 64 * 1024): string {
  const sample = bytes.subarray(0, sampleBytes);
  return new TextDecoder('gb18030').decode(sample, { stream: sample.length < bytes.length });
}
