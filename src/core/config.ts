import { Locale } from './l10n/message';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';
export type NumberingStyle = 'standard' | 'consistent';

/** What users can set (VS Code settings `workReport.*`, CLI config). Everything is optional. */
export interface ReportConfig {
  rules?: Record<string, RuleSetting>;
  ignoreWords?: string[];
  placeholderWords?: string[];
  numberingStyle?: NumberingStyle;
  /** Reports shorter than this many characters are not asked for a problems part. */
  shortReportChars?: number;
  locale?: Locale;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  ignoreWords: string[];
  placeholderWords: string[];
  numberingStyle: NumberingStyle;
  shortReportChars: number;
  locale: Locale;
}

export function resolveConfig(config: ReportConfig = {}): ResolvedConfig {
  return {
    rules: { ...(config.rules ?? {}) },
    ignoreWords: cleanWords(config.ignoreWords),
    placeholderWords: cleanWords(config.placeholderWords),
    numberingStyle: config.numberingStyle === 'consistent' ? 'consistent' : 'standard',
    shortReportChars: typeof config.shortReportChars === 'number' ? config.shortReportChars : 1500,
    locale: config.locale === 'en' ? 'en' : 'zh',
  };
}

function cleanWords(words: unknown): string[] {
  if (!Array.isArray(words)) return [];
  return [...new Set(words.filter((word): word is string => typeof word === 'string' && word.trim().length > 0))];
}
