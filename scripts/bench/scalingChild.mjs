// Scaling from the reference text to a 1M-character text, both measured in this one fresh process and
// in the same way: steady state (warm-up runs first, no forced collection), the runs of the two texts
// interleaved in rounds (five of the reference, one of the large text) so that both see the same phases
// of a shared machine. Prints the mean, median and minimum of each and the
// two ratios; bench.mjs gates on the ratio of the means (docs/performance.md, "Methodology"). A fresh
// process keeps the benchmark's own heap (the nodejieba dictionary, the texts and caches of the other
// rows) out of both figures.
// Usage: node scalingChild.mjs <repo root> <reference file> <1M file>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median } from './measure.mjs';

const require = createRequire(import.meta.url);

const [root, referencePath, millionPath] = process.argv.slice(2);
const core = require(join(root, 'out/src/core/index.js'));
const { lintTree } = require(join(root, 'out/src/core/engine/lint.js'));
const { allRules } = require(join(root, 'out/src/core/rules/index.js'));
const config = core.resolveConfig();
const lint = (text) => lintTree(core.parseReportTree(text), { config, rules: allRules, phase: 'character' });

const ROUNDS = 12;
const REFERENCE_PER_ROUND = 5;

function timed(text) {
  const start = performance.now();
  lint(text);
  return performance.now() - start;
}

function summary(samples) {
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return { median: median(samples), mean, min: Math.min(...samples), samples };
}

const reference = readFileSync(referencePath, 'utf8');
const million = readFileSync(millionPath, 'utf8');
for (let i = 0; i < 30; i++) lint(reference);
for (let i = 0; i < 3; i++) lint(million);
const small = [];
const large = [];
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < REFERENCE_PER_ROUND; i++) small.push(timed(reference));
  large.push(timed(million));
}
const referenceRuns = summary(small);
const millionRuns = summary(large);
process.stdout.write(
  `${JSON.stringify({
    chars: { reference: reference.length, million: million.length },
    reference: referenceRuns,
    million: millionRuns,
    ratio: millionRuns.median / referenceRuns.median,
    meanRatio: millionRuns.mean / referenceRuns.mean,
  })}\n`,
);
