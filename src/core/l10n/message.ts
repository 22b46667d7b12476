export type Locale = 'zh' | 'en';

/** A user-facing text in both languages; `{name}` placeholders are filled from data. */
export interface Message {
  zh: string;
  en: string;
}

export function formatMessage(message: Message, locale: Locale, data: Record<string, string | number> = {}): string {
  const template = message[locale] ?? message.zh;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Maps VS Code's display language (zh-cn, zh-tw, en, …) or a LANG value to a supported locale. */
export function localeFrom(language: string | undefined): Locale {
  return language && /^en/i.test(language) ? 'en' : 'zh';
}
