// Additional heap for linting a large file without segmentation. Run with --expose-gc.
// Usage: node --expose-gc heapChild.cjs <repo root> <text file>
// The input string is read (and kept) before the baseline, so only what linting adds is counted:
// the service's cached tree and the findings (retained, after a full GC), and the heap just before
// that GC (retained + garbage not yet collected: an upper bound of what the lint left behind).
// Heap = V8 heapUsed + ArrayBuffer backing stores (typed arrays live outside the JS heap).
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const [root, textPath] = process.argv.slice(2);
const core = require(join(root, 'out/src/core/index.js'));
const text = readFileSync(textPath, 'utf8');

const heap = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
const fullGc = () => {
  global.gc();
  global.gc();
};

// Warm up the code on a small text so that compiled code is not counted as the lint's memory.
core.createReportService().lint(core.textDocument(text.slice(0, 20_000), 'warmup', 1), { phase: 'character' });
fullGc();
const before = heap();
const service = core.createReportService();
const findings = service.lint(core.textDocument(text, 'file:///bench/1m.txt', 1), { config: core.resolveConfig(), phase: 'character' });
const beforeGc = heap();
fullGc();
const retained = heap();
process.stdout.write(
  JSON.stringify({
    retainedMb: (retained - before) / 2 ** 20,
    beforeGcMb: (beforeGc - before) / 2 ** 20,
    findings: findings.length,
    chars: text.length,
    // keep the service alive until here
    cachedLines: service.tree(core.textDocument(text, 'file:///bench/1m.txt', 1)).model.lineCount,
  }) + '\n',
);
