/**
 * The template language of skeletons and snippets, and its two renderings.
 *
 * A template is plain report text in which:
 * - every run of `×` is a blank: kept as is in the text (the `placeholder` rule reports it until it is
 *   filled) and a numbered tab stop with that default in the snippet;
 * - `{ORG}` is the organization: literal when given, otherwise a `×××` blank whose tab stops mirror each other;
 * - `{Y}`, `{Y+1}`, `{Y-1}` are the year, the following and the preceding year;
 * - `{#text}` is a tab stop with default `text` that is not a blank (e.g. a heading numeral in a part snippet);
 * - `{TODAY}` is today's date in the snippet (`2025年3月5日`, no padding zeros) and `{Y}年×月×日` in the text.
 */

export type YearMode =
  /** Years are written as numbers (the command and the CLI know the year). */
  | { kind: 'fixed'; year: number }
  /** Years are tab stops whose defaults come from VS Code's `CURRENT_YEAR` (the static snippet file). */
  | { kind: 'current' };

export interface RenderOptions {
  years: YearMode;
  org?: string;
}

export interface Rendered {
  text: string;
  snippet: string;
}

/** Blank used for a missing organization. */
export const ORG_BLANK = '×××';

const TOKEN = /\{ORG\}|\{Y(?:[+-]1)?\}|\{#[^{}]+\}|\{TODAY\}|×+/g;

/** Escapes literal text for a snippet body: `$`, `}` and `\` get a backslash. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/**
 * Renders template lines as plain text (years as numbers; with `current` years, `textYear` stands in for
 * CURRENT_YEAR so that tests can compare the expanded snippet with the text) and as a snippet body.
 */
export function renderTemplate(lines: readonly string[], options: RenderOptions, textYear?: number): Rendered {
  const fixedYear = options.years.kind === 'fixed' ? options.years.year : textYear;
  const org = options.org?.trim() ?? '';
  let next = 1;
  const mirrors = new Map<string, number>();
  const text: string[] = [];
  const snippet: string[] = [];

  const tabStop = (defaultBody: string): string => `\${${next++}:${defaultBody}}`;
  const mirrored = (key: string, defaultBody: string): string => {
    const index = mirrors.get(key);
    if (index !== undefined) return `\${${index}}`;
    mirrors.set(key, next);
    return tabStop(defaultBody);
  };

  for (const line of lines) {
    let textLine = '';
    let snippetLine = '';
    let last = 0;
    for (const match of line.matchAll(TOKEN)) {
      const literal = line.slice(last, match.index);
      textLine += literal;
      snippetLine += escapeSnippetText(literal);
      last = match.index + match[0].length;
      const token = match[0];
      if (token.startsWith('×')) {
        textLine += token;
        snippetLine += tabStop(token);
      } else if (token === '{ORG}') {
        if (org) {
          textLine += org;
          snippetLine += escapeSnippetText(org);
        } else {
          textLine += ORG_BLANK;
          snippetLine += mirrored('org', ORG_BLANK);
        }
      } else if (token === '{TODAY}') {
        textLine += `${fixedYear ?? '{Y}'}年×月×日`;
        snippetLine += options.years.kind === 'fixed' ? `${options.years.year}年${tabStop('×')}月${tabStop('×')}日` : tabStop(TODAY_SNIPPET);
      } else if (token.startsWith('{#')) {
        const value = token.slice(2, -1);
        textLine += value;
        snippetLine += tabStop(escapeSnippetText(value));
      } else {
        const offset = token === '{Y+1}' ? 1 : token === '{Y-1}' ? -1 : 0;
        textLine += fixedYear === undefined ? token : String(fixedYear + offset);
        snippetLine +=
          options.years.kind === 'fixed' ? String(options.years.year + offset) : mirrored(token, currentYearSnippet(offset));
      }
    }
    const rest = line.slice(last);
    text.push(textLine + rest);
    snippet.push(snippetLine + escapeSnippetText(rest));
  }
  return { text: text.join('\n'), snippet: snippet.join('\n') };
}

/** Today in the form GB/T 9704 asks for: CURRENT_MONTH and CURRENT_DATE lose their padding zero. */
const TODAY_SNIPPET = '${CURRENT_YEAR}年${CURRENT_MONTH/^0//}月${CURRENT_DATE/^0//}日';

/**
 * `${CURRENT_YEAR}`, or CURRENT_YEAR ± 1 computed by a snippet transform (snippets have no arithmetic):
 * the regular expression picks the digits that change and the format's `${n:+text}` conditional
 * insertions write the new ones. Covers every four-digit year (carries and borrows included).
 */
export function currentYearSnippet(offset: -1 | 0 | 1): string {
  if (offset === 0) return '${CURRENT_YEAR}';
  const { regex, format } = offset === 1 ? yearIncrement() : yearDecrement();
  return `\${CURRENT_YEAR/${regex}/${format}/}`;
}

const D = '[0-9]';

function digitGroups(digits: readonly number[]): string {
  return `(?:${digits.map((digit) => `(${digit})`).join('|')})`;
}

/**
 * Y + 1 for a four-digit year. Branches, with their capture groups:
 * `ddd(0…8)` → prefix $1, last digit + 1 (groups 2–10);
 * `dd(0…8)9` → prefix $11, tens + 1 and 0 (groups 12–20);
 * `d(0…8)99` → prefix $21, hundreds + 1 and 00 (groups 22–30);
 * `(1…8)999` → thousands + 1 and 000 (groups 31–38).
 */
function yearIncrement(): { regex: string; format: string } {
  const low = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const regex = [
    `^(${D}${D}${D})${digitGroups(low)}$`,
    `^(${D}${D})${digitGroups(low)}9$`,
    `^(${D})${digitGroups(low)}99$`,
    `^${digitGroups([1, 2, 3, 4, 5, 6, 7, 8])}999$`,
  ].join('|');
  const format = [
    '$1' + low.map((digit, i) => `\${${2 + i}:+${digit + 1}}`).join(''),
    '$11' + low.map((digit, i) => `\${${12 + i}:+${digit + 1}0}`).join(''),
    '$21' + low.map((digit, i) => `\${${22 + i}:+${digit + 1}00}`).join(''),
    [1, 2, 3, 4, 5, 6, 7, 8].map((digit, i) => `\${${31 + i}:+${digit + 1}000}`).join(''),
  ].join('');
  return { regex, format };
}

/** Y − 1 for a four-digit year, the mirror image of `yearIncrement` (borrows instead of carries). */
function yearDecrement(): { regex: string; format: string } {
  const high = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const regex = [
    `^(${D}${D}${D})${digitGroups(high)}$`,
    `^(${D}${D})${digitGroups(high)}0$`,
    `^(${D})${digitGroups(high)}00$`,
    `^${digitGroups(high)}000$`,
  ].join('|');
  const format = [
    '$1' + high.map((digit, i) => `\${${2 + i}:+${digit - 1}}`).join(''),
    '$11' + high.map((digit, i) => `\${${12 + i}:+${digit - 1}9}`).join(''),
    '$21' + high.map((digit, i) => `\${${22 + i}:+${digit - 1}99}`).join(''),
    high.map((digit, i) => `\${${31 + i}:+${digit - 1}999}`).join(''),
  ].join('');
  return { regex, format };
}
