import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The dictionaries given to nodejieba: the report vocabulary shipped in `dict/report.dict.utf8` and the
 * user's own (`workReport.segmentation.userDictionary`, `report-lint --user-dict`).
 *
 * cppjieba is unforgiving, so every dictionary is checked here before it reaches it:
 * - a user dictionary path it cannot open is a fatal error that calls abort(): the whole process dies
 *   (in VS Code, the extension host with the worker thread). Missing or unreadable files are skipped
 *   with a warning instead;
 * - it takes several user dictionaries as one string separated by `|` or `;`, so a path that contains
 *   either character is passed as a copy;
 * - it reads `word freq tag`, `word tag` or `word` per line, split on single spaces, and keeps `\r`:
 *   a `word freq` line (the Python jieba format) would make the frequency the tag, a CRLF file would
 *   append `\r` to every word or tag, a BOM would stick to the first word, and a line of four fields
 *   inserts an empty word. Such files are rewritten to a normalized copy in the temp directory.
 */

export const REPORT_DICTIONARY_FILE = 'report.dict.utf8';
/** Frequency given to a user word written without one (enough to be cut as one word). */
export const DEFAULT_USER_FREQUENCY = 1000;
/** Tag given to a user word written without one: other proper noun. */
export const DEFAULT_USER_TAG = 'nz';

/**
 * `dict/report.dict.utf8` beside the code that runs: the bundles are `dist/cli.js` and
 * `dist/segmentationWorker.js` (→ `dist/../dict`), the compiled tests `out/src/segmentation/` (→ three
 * levels up), the sources `src/segmentation/` (→ two). Looks in `dict/` of `from` and of up to four parents.
 */
export function findReportDictionary(from: string = __dirname, exists: (path: string) => boolean = existsSync): string | null {
  let dir = resolve(from);
  for (let level = 0; level <= 4; level++) {
    const candidate = join(dir, 'dict', REPORT_DICTIONARY_FILE);
    if (exists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

export interface PreparedDictionary {
  /** The path to give cppjieba: the file itself, or a normalized copy. */
  path: string;
  /** Words it holds. */
  words: number;
  /** Whether `path` is a normalized copy. */
  copied: boolean;
}

export interface DictionaryIo {
  read(path: string): string;
  isFile(path: string): boolean;
  write(path: string, text: string): void;
  tempDir(): string;
}

export const nodeIo: DictionaryIo = {
  read: (path) => readFileSync(path, 'utf8'),
  isFile: (path) => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  },
  write: (path, text) => {
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, text, 'utf8');
    renameSync(partial, path);
  },
  tempDir: () => tmpdir(),
};

/** Characters cppjieba splits its list of user dictionaries on. */
const PATH_SEPARATORS = /[|;]/;

/**
 * Normalizes the text of a dictionary to `word freq tag` lines (LF, no BOM, no comments or blank lines).
 * Returns the lines and the problems found (line numbers are 1-based).
 */
export function normalizeDictionary(text: string): { lines: string[]; skipped: string[] } {
  const lines: string[] = [];
  const skipped: string[] = [];
  const source = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  source.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('//')) return;
    const fields = line.split(/[ \t\u3000]+/);
    const [word] = fields;
    let freq: string | undefined;
    let tag: string | undefined;
    if (fields.length === 2) {
      if (/^\d+$/.test(fields[1])) freq = fields[1];
      else tag = fields[1];
    } else if (fields.length === 3) {
      [, freq, tag] = fields;
    } else if (fields.length > 3) {
      skipped.push(`line ${index + 1}: more than three fields`);
      return;
    }
    if (freq !== undefined && !(/^\d+$/.test(freq) && Number(freq) > 0)) {
      skipped.push(`line ${index + 1}: frequency '${freq}' is not a positive integer`);
      return;
    }
    if (tag !== undefined && !/^[A-Za-z]{1,8}$/.test(tag)) {
      skipped.push(`line ${index + 1}: tag '${tag}' is not a part-of-speech tag`);
      return;
    }
    if (!validWord(word)) {
      skipped.push(`line ${index + 1}: '${word}' is not a word`);
      return;
    }
    lines.push(`${word} ${freq ?? DEFAULT_USER_FREQUENCY} ${tag ?? DEFAULT_USER_TAG}`);
  });
  return { lines, skipped };
}

function validWord(word: string): boolean {
  if (word.length === 0 || word.length > 64) return false;
  // No control characters or lone surrogates (cppjieba would fail to decode them).
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = word.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/**
 * Checks one dictionary and returns what to give cppjieba, or throws an Error whose message says why
 * the dictionary cannot be used (the caller warns and goes on without it).
 */
export function prepareDictionary(path: string, io: DictionaryIo = nodeIo): PreparedDictionary & { skipped: string[] } {
  const absolute = resolve(path);
  if (!io.isFile(absolute)) throw new Error(`${path}: not found or not a file`);
  let text: string;
  try {
    text = io.read(absolute);
  } catch (error) {
    throw new Error(`${path}: cannot read (${(error as Error).message})`);
  }
  if (text.includes('\ufffd')) throw new Error(`${path}: not UTF-8`);
  const { lines, skipped } = normalizeDictionary(text);
  if (lines.length === 0) throw new Error(`${path}: no words`);
  const normalized = lines.join('\n') + '\n';
  if (normalized === text && !PATH_SEPARATORS.test(absolute)) return { path: absolute, words: lines.length, copied: false, skipped };
  const hash = createHash('sha1').update(normalized).digest('hex').slice(0, 16);
  const copy = join(io.tempDir(), `work-report-dict-${hash}.utf8`);
  if (PATH_SEPARATORS.test(copy)) throw new Error(`${path}: the temporary directory ${io.tempDir()} contains '|' or ';'`);
  try {
    if (!(io.isFile(copy) && io.read(copy) === normalized)) io.write(copy, normalized);
  } catch (error) {
    throw new Error(`${path}: cannot write a normalized copy (${(error as Error).message})`);
  }
  return { path: copy, words: lines.length, copied: true, skipped };
}

/**
 * The user dictionaries of nodejieba's `load({ userDict })`: ours first, then the user's, each checked,
 * joined with `|` (cppjieba splits the string on `|` and `;`). Problems become warnings.
 */
export function userDictionaryOption(
  paths: { report: string | null; user: readonly string[] },
  warn: (message: string) => void,
  io: DictionaryIo = nodeIo,
): { option: string | undefined; loaded: string[] } {
  const loaded: string[] = [];
  const prepared: string[] = [];
  const add = (path: string, label: string) => {
    try {
      const result = prepareDictionary(path, io);
      prepared.push(result.path);
      loaded.push(path);
      if (result.skipped.length > 0) {
        warn(`${label} ${path}: ${result.skipped.length} line(s) skipped (${result.skipped.slice(0, 3).join('; ')}${result.skipped.length > 3 ? '; …' : ''})`);
      }
    } catch (error) {
      warn(`${label} not loaded: ${(error as Error).message}`);
    }
  };
  if (paths.report) add(paths.report, 'report dictionary');
  for (const path of paths.user) if (path.trim() !== '') add(path.trim(), 'user dictionary');
  return { option: prepared.length > 0 ? prepared.join('|') : undefined, loaded };
}
