// Scaling from the reference text to the 1M-character text, both sides measured in this one fresh
// process and in the same way: steady state (warm-up runs, then the median of repeated runs, no forced
// collection). A fresh process keeps the benchmark's own heap (the nodejieba dictionary, the texts and
// caches of the other rows) out of both figures.
// Usage: node scalingChild.cjs <repo root> <reference file> <1M file>
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const [root, referencePath, millionPath] = process.argv.slice(2);
const core = require(join(root, 'out/src/core/index.js'));
const { lintTree } = require(join(root, 'out/src/core/engine/lint.js'));
const { allRules } = require(join(root, 'out/src/core/rules/index.js'));
const config = core.resolveConfig();
const lint = (text) => lintTree(core.parseReportTree(text), { config, rules: allRules, phase: 'character' });

function steadyState(text, warmup, runs) {
  for (let i = 0; i < warmup; i++) lint(text);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lint(text);
    samples.push(performance.now() - start);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1], min: sorted[0], samples };
}

const reference = readFileSync(referencePath, 'utf8');
const million = readFileSync(millionPath, 'utf8');
const small = steadyState(reference, 30, 40);
const large = steadyState(million, 3, 9);
process.stdout.write(`${JSON.stringify({ reference: small, million: large, ratio: large.median / small.median })}\n`);
