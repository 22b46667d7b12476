import { formatMessage, Locale } from '../core/l10n/message';
import { OutlineNode, OutlineReport } from '../core/outline/outline';
import { cliMessages } from './messages';

const PART_NAMES: Record<Locale, Record<string, string>> = {
  zh: { summary: '总结', problems: '问题', plan: '计划' },
  en: { summary: 'summary', problems: 'problems', plan: 'plan' },
};

/** A readable tree: one line per heading with its line number, marker, words, part and 字数. */
export function formatOutlineText(file: string, reports: readonly OutlineReport[], locale: Locale): string {
  const lines = [file];
  reports.forEach((report, index) => {
    lines.push(
      report.title
        ? formatMessage(cliMessages.report, locale, { index: index + 1, title: report.title.text, line: report.title.line + 1 })
        : formatMessage(cliMessages.untitled, locale, { index: index + 1 }),
    );
    if (report.headings.length === 0) lines.push('  ' + formatMessage(cliMessages.noHeadings, locale));
    const visit = (node: OutlineNode, depth: number) => {
      const part = depth === 0 && node.part ? `  [${PART_NAMES[locale][node.part]}]` : '';
      const count = node.statedCount ? `  ⚠ ${formatMessage(cliMessages.statedCount, locale, { ...node.statedCount, line: node.statedCount.line + 1 })}` : '';
      lines.push(`${String(node.line + 1).padStart(6)}  ${'  '.repeat(depth)}${node.marker}${node.text}${part}  (${node.chars})${count}`);
      node.children.forEach((child) => visit(child, depth + 1));
    };
    report.headings.forEach((node) => visit(node, 0));
  });
  return lines.join('\n');
}
