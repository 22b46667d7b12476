import { readFileSync, writeFileSync } from 'node:fs';
import { createReportService, textDocument, ReportService } from '../core/index';
import { ReportConfig, resolveConfig, ResolvedConfig, Severity } from '../core/config';
import { formatMessage, Locale, localeFrom } from '../core/l10n/message';
import { findingToJson, JsonFinding, outlineToJson } from '../core/output/contract';
import { isReportText, nameSaysReport } from '../core/structure/detect';
import { Finding } from '../core/rules/types';
import { parseArgs, ParsedArgs, single, UsageError } from './args';
import { cliMessages } from './messages';
import { readReportFile } from './readText';
import { expandPaths } from './walk';
import { formatOutlineText } from './outlineText';
import { createCliSegmenter, SEGMENTATION_CHAR_LIMIT } from './segmenter';
import { runNew } from './newCommand';

const VALUED = ['format', 'fail-on', 'config', 'locale', 'kind', 'year', 'org', 'half', 'user-dict'];
const FLAGS = ['fix', 'help', 'h', 'no-segmentation'];
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

/** Runs the CLI and returns its exit code; never throws. */
export function runCli(argv: readonly string[], io: Io = processIo): number {
  let locale: Locale = localeFrom(process.env.LC_ALL || process.env.LANG);
  const say = (key: keyof typeof cliMessages, data?: Record<string, string | number>) =>
    formatMessage(cliMessages[key], locale, data);
  try {
    const args = parseArgs(argv, VALUED, FLAGS);
    const localeOption = single(args, 'locale', ['zh', 'en']);
    if (localeOption) locale = localeOption as Locale;
    if (args.flags.has('help') || args.flags.has('h') || args.command === null || args.command === 'help') {
      io.out(say('usage'));
      return args.command === null && !args.flags.has('help') && !args.flags.has('h') ? 2 : 0;
    }
    switch (args.command) {
      case 'lint':
        return runLint(args, io, locale, say);
      case 'outline':
        return runOutline(args, io, locale, say);
      case 'new':
        return runNew(args, io);
      case 'rules':
        return runRules(io, locale);
      default:
        throw new UsageError(`unknown command '${args.command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(say('usageError', { detail: error.message }));
      return 2;
    }
    io.err(error instanceof Error ? error.stack ?? error.message : String(error));
    return 2;
  }
}

type Say = (key: keyof typeof cliMessages, data?: Record<string, string | number>) => string;

function loadConfig(args: ParsedArgs, locale: Locale): ResolvedConfig {
  const path = single(args, 'config');
  let config: ReportConfig = {};
  if (path) {
    try {
      config = JSON.parse(readFileSync(path, 'utf8')) as ReportConfig;
    } catch (error) {
      throw new UsageError(`--config ${path}: ${(error as Error).message}`);
    }
  }
  return resolveConfig({ ...config, locale });
}

function runLint(args: ParsedArgs, io: Io, locale: Locale, say: Say): number {
  const format = single(args, 'format', ['text', 'json']) ?? 'text';
  const failOn = single(args, 'fail-on', ['info', 'warning', 'error', 'never']) ?? 'warning';
  if (args.paths.length === 0) throw new UsageError('lint needs at least one path');
  const config = loadConfig(args, locale);
  const service = createReportService({ logger: { error: (message) => io.err(message) } });
  const segmenter = args.flags.has('no-segmentation')
    ? null
    : createCliSegmenter((message) => io.err(message), { userDict: args.options.get('user-dict') });
  let readFailed = false;
  const onError = (file: string, detail: string) => {
    readFailed = true;
    io.err(say('readError', { file, detail }));
  };
  const results: FileResult[] = [];
  for (const input of expandPaths(args.paths, onError)) {
    const read = readReportFile(input.path);
    if (read.kind === 'error') {
      onError(input.path, read.message);
      results.push({ file: input.path, findings: [], skipped: 'unreadable' });
      continue;
    }
    if (read.kind === 'binary') {
      if (input.explicit) {
        io.err(say('binary', { file: input.path }));
        results.push({ file: input.path, findings: [], skipped: 'binary' });
      }
      continue;
    }
    if (read.kind === 'garbled') {
      if (input.explicit || nameSaysReport(input.path)) {
        io.err(say('garbled', { file: input.path }));
        results.push({ file: input.path, findings: [], skipped: 'garbled' });
      }
      continue;
    }
    if (!input.explicit && !isReportText(read.text, input.path)) continue;
    if (read.encoding !== 'utf-8') io.err(say('gb18030', { file: input.path }));
    if (read.invalidBytes) io.err(say('invalidUtf8', { file: input.path, count: read.invalidBytes }));
    if (segmenter && read.text.length > SEGMENTATION_CHAR_LIMIT) {
      io.err(say('noSegmentation', { file: input.path, limit: SEGMENTATION_CHAR_LIMIT.toLocaleString('en-US') }));
    }
    results.push({
      file: input.path,
      findings: lintFile(service, input.path, read, config, args, io, say, segmenter),
      encoding: read.encoding,
      invalidBytes: read.invalidBytes,
    });
  }
  const threshold = failOn === 'never' ? Infinity : SEVERITY_RANK[failOn as Severity];
  const failing = results.some((result) => result.findings.some((finding) => SEVERITY_RANK[finding.severity] >= threshold));
  if (format === 'json') {
    io.out(JSON.stringify({ files: results.map(jsonFile) }, null, 2));
  } else {
    for (const result of results) {
      for (const finding of result.findings) io.out(textFinding(result.file, finding));
    }
    const count = results.reduce((sum, result) => sum + result.findings.length, 0);
    io.err(say('summary', { files: results.length, count }));
  }
  if (readFailed) return 2;
  return failing ? 1 : 0;
}

function lintFile(
  service: ReportService,
  path: string,
  read: { text: string; encoding: string; bom: boolean; invalidBytes?: number },
  config: ResolvedConfig,
  args: ParsedArgs,
  io: Io,
  say: Say,
  segmenter: ReturnType<typeof createCliSegmenter>,
): Finding[] {
  const text = read.bom ? read.text.slice(1) : read.text;
  const request = { config, segmenter: segmenter?.(text) ?? null };
  // With invalid bytes, writing back would turn them into U+FFFD for good (the notice says --fix will not).
  if (!args.flags.has('fix') || read.invalidBytes) return service.lint(textDocument(text, path), request);
  const fixed = service.fixAll(text, request);
  if (fixed.applied > 0) {
    if (read.encoding !== 'utf-8') {
      io.err(say('fixNotWritten', { file: path }));
      return service.lint(textDocument(text, path), request);
    }
    writeFileSync(path, (read.bom ? '\ufeff' : '') + fixed.text, 'utf8');
    io.err(say('fixed', { file: path, count: fixed.applied }));
  }
  return fixed.remaining;
}

interface FileResult {
  file: string;
  findings: Finding[];
  skipped?: string;
  encoding?: string;
  invalidBytes?: number;
}

function jsonFile(result: FileResult) {
  const entry: { file: string; diagnostics: JsonFinding[]; skipped?: string; encoding?: string; invalidBytes?: number } = {
    file: result.file,
    diagnostics: result.findings.map(findingToJson),
  };
  if (result.skipped) entry.skipped = result.skipped;
  if (result.encoding && result.encoding !== 'utf-8') entry.encoding = result.encoding;
  if (result.invalidBytes) entry.invalidBytes = result.invalidBytes;
  return entry;
}

function textFinding(file: string, finding: Finding): string {
  const { line, character } = finding.range.start;
  return `${file}:${line + 1}:${character + 1} ${finding.severity} ${finding.message} [${finding.rule}]`;
}

function runOutline(args: ParsedArgs, io: Io, locale: Locale, say: Say): number {
  const format = single(args, 'format', ['text', 'json']) ?? 'text';
  if (args.paths.length !== 1) throw new UsageError('outline takes exactly one file');
  const path = args.paths[0];
  const read = readReportFile(path);
  if (read.kind === 'error') {
    io.err(say('readError', { file: path, detail: read.message }));
    return 2;
  }
  if (read.kind === 'binary' || read.kind === 'garbled') {
    io.err(say(read.kind, { file: path }));
    return 2;
  }
  if (read.encoding !== 'utf-8') io.err(say('gb18030', { file: path }));
  if (read.invalidBytes) io.err(say('invalidUtf8', { file: path, count: read.invalidBytes }));
  const text = read.bom ? read.text.slice(1) : read.text;
  const outline = createReportService().outline(textDocument(text, path));
  if (format === 'json') io.out(JSON.stringify({ file: path, reports: outlineToJson(outline) }, null, 2));
  else io.out(formatOutlineText(path, outline, locale));
  return 0;
}

function runRules(io: Io, locale: Locale): number {
  for (const rule of createReportService().rules) {
    io.out(`${rule.meta.id.padEnd(22)} ${rule.meta.defaultSeverity.padEnd(8)} ${formatMessage(rule.meta.description, locale)}`);
  }
  return 0;
}
