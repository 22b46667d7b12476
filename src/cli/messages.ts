import { Message } from '../core/l10n/message';

export const cliMessages = {
  usage: {
    zh: `report-lint：检查中文工作报告（工作总结、工作计划/要点、讲话稿）

用法：
  report-lint lint [--format text|json] [--fail-on info|warning|error|never] [--fix] [--config 文件] [--locale zh|en] [--user-dict 文件] [--no-segmentation] 路径...
      检查文件或文件夹（文件夹中只检查被识别为报告的 .txt/.md 文件；直接指定的文件总会检查）。
      --fix 就地应用所有“确定”的修复，再报告剩余问题。
      --user-dict 文件：额外的分词词典（jieba 格式，可重复），在内置报告词典之后加载；--no-segmentation：不做分词（只做字符级检查）。
  report-lint outline [--format text|json] 路径
      输出报告结构：标题、各级标题（一、（一）1.（1））及其所属部分（总结/问题/计划）。
  report-lint new --kind annual|summary|plan|speech|review|half-year --year 年份 [--org 单位名称] [--half first|second]
      输出新报告骨架（与 VS Code 命令“新建工作报告”相同）。年份：总结类为被总结的年份（计划年份 = 年份 + 1），
      plan 为计划年份，speech 为会议年份；--half 用于 half-year（默认 first：上半年总结及下半年计划）。
  report-lint rules
      列出全部规则及其默认级别。

退出码：0 没有达到 --fail-on 级别的问题；1 有；2 用法错误或文件无法读取（其他文件仍会检查）。
--config 读取 JSON：{ "rules": { "规则id": "off|info|warning|error" }, "ignoreWords": [], "placeholderWords": [], "numberingStyle": "standard|consistent" }`,
    en: `report-lint: checks Chinese work reports (annual summaries, plans, speeches)

Usage:
  report-lint lint [--format text|json] [--fail-on info|warning|error|never] [--fix] [--config FILE] [--locale zh|en] [--user-dict FILE] [--no-segmentation] PATH...
      Checks files or folders (in folders only .txt/.md files detected as reports; files named explicitly are always checked).
      --fix applies every certain fix in place, then reports what remains.
      --user-dict FILE: an extra segmentation dictionary (jieba format, repeatable), loaded after the built-in report dictionary;
      --no-segmentation: character-level checks only.
  report-lint outline [--format text|json] PATH
      Prints the report structure: titles, headings of levels 1-4 (一、（一）1.（1）) and their parts (summary/problems/plan).
  report-lint new --kind annual|summary|plan|speech|review|half-year --year YEAR [--org NAME] [--half first|second]
      Prints a new report skeleton (the same as the VS Code command "New Work Report"). YEAR: for summaries the year
      summarized (plan year = YEAR + 1), for plan the year planned, for speech the conference year; --half for half-year.
  report-lint rules
      Lists every rule with its default severity.

Exit codes: 0 nothing reaches --fail-on; 1 something does; 2 usage error or unreadable file (other files are still checked).
--config reads JSON: { "rules": { "rule-id": "off|info|warning|error" }, "ignoreWords": [], "placeholderWords": [], "numberingStyle": "standard|consistent" }`,
  },
  usageError: { zh: '用法错误：{detail}（report-lint --help 查看用法）', en: 'usage error: {detail} (see report-lint --help)' },
  readError: { zh: '{file}：无法读取（{detail}）', en: '{file}: cannot read ({detail})' },
  binary: { zh: '{file}：二进制文件，未检查', en: '{file}: binary file, not checked' },
  garbled: {
    zh: '{file}：大部分字符是替换字符 U+FFFD（“�”），文件可能曾按错误的编码打开后又保存，原文已无法从中恢复；未检查',
    en: '{file}: mostly U+FFFD replacement characters ("�"): probably opened with the wrong encoding and saved, the original text cannot be recovered from it; not checked',
  },
  noSegmentation: {
    zh: '{file}：超过 {limit} 个字符，未做分词（只做字符级检查）',
    en: '{file}: over {limit} characters, checked without word segmentation (character-level checks only)',
  },
  gb18030: {
    zh: '{file}：文件编码为 GBK/GB18030，已按此编码读取；建议另存为 UTF-8',
    en: '{file}: encoded in GBK/GB18030, read as such; consider saving it as UTF-8',
  },
  invalidUtf8: {
    zh: '{file}：有 {count} 处无效的 UTF-8 字节（显示为“�”），其余照常检查；--fix 不会写回此文件',
    en: '{file}: {count} invalid UTF-8 byte sequence(s) (shown as "�"); the rest is checked as usual; --fix will not write this file',
  },
  fixNotWritten: {
    zh: '{file}：文件不是 UTF-8 编码，--fix 未写回；请先另存为 UTF-8',
    en: '{file}: not UTF-8, --fix did not write it back; save it as UTF-8 first',
  },
  fixed: { zh: '{file}：已修复 {count} 处', en: '{file}: {count} fixes applied' },
  summary: { zh: '{files} 个文件，{count} 个问题', en: '{files} files, {count} findings' },
  noHeadings: { zh: '（没有识别出标题）', en: '(no headings found)' },
  report: { zh: '报告 {index}：{title}（第 {line} 行）', en: 'report {index}: {title} (line {line})' },
  untitled: { zh: '报告 {index}：（无标题）', en: 'report {index}: (no title)' },
  statedCount: { zh: '第 {line} 行宣布 {stated} 项，实有 {actual} 项', en: 'line {line} announces {stated}, found {actual}' },
  part: { zh: '总结|问题|计划', en: 'summary|problems|plan' },
} satisfies Record<string, Message>;
