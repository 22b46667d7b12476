export type Locale = 'zh' | 'en';

/** A user-facing text in both languages; `{name}` placeholders are filled from data. */
export interface Message {
  zh: string;
  en: string;
}

/** Templates split once at their `{name}` placeholders: [text, name, text, name, …, text]. */
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

export function formatMessage(message: Message, locale: Locale, data?: Record<string, string | number>): string {
  const template = message[locale] ?? message.zh;
  if (data === undefined && !template.includes('{')) return template;
  const parts = compile(template);
  if (parts.length === 1) return template;
  let result = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    result += (data && key in data ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return result;
}

/** Maps VS Code's display language (zh-cn, zh-tw, en, …) or a LANG value to a supported locale. */
export function localeFrom(language: string | undefined): Locale {
  return language && /^en/i.test(language) ? 'en' : 'zh';
}
