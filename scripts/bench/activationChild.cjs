// Cold "activation to first diagnostics" in a fresh process: what the extension's activate() does on
// the main thread before the first diagnostics of an open report, without vscode and without waiting
// for the dictionary: load the core bundle, createReportService, then the first character-phase lint.
// Usage: node activationChild.cjs <core bundle or out/src/core/index.js> <report file>
// Prints one JSON line: { ms, requireMs, lintMs, findings, chars }.
'use strict';
const { readFileSync } = require('node:fs');

const [modulePath, reportPath] = process.argv.slice(2);
// The document is already in the editor's memory when the extension activates: read it first.
const text = readFileSync(reportPath, 'utf8');

const start = performance.now();
const core = require(modulePath);
const loaded = performance.now();
const errors = [];
const service = core.createReportService({ logger: { error: (message) => errors.push(message) } });
const findings = service.lint(core.textDocument(text, 'file:///bench/report.txt', 1), { config: core.resolveConfig(), phase: 'character' });
const end = performance.now();

process.stdout.write(
  JSON.stringify({ ms: end - start, requireMs: loaded - start, lintMs: end - loaded, findings: findings.length, chars: text.length, ruleErrors: errors.length }) + '\n',
);
