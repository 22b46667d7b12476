#!/usr/bin/env node
// `npm run bench` (= npm run build && node scripts/bench.mjs): every speed and memory figure of
// ../shared/spec/budgets.md, as one table: figure, median of repeated runs, budget, within/over.
// Results also go to bench-results/latest.json (git-ignored). See docs/performance.md.
//
// Options:
//   --no-compile   do not run `tsc -p .` first (out/ must be current)
//   --generated    use the generated stand-in text even when ../shared/corpus is present
//   --no-fail      exit 0 even when a figure is over budget (also BENCH_NO_FAIL=1)
// Exit code: 0 when every budgeted figure is within budget, 1 when one is over (CI can gate on it),
// 2 when the benchmark itself could not run. Informational figures never fail the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runChild, timeRuns } from './bench/measure.mjs';
import { speechCollection, summaryAndPlan, variedPieces } from './bench/reportText.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'scripts', 'bench');
const argv = new Set(process.argv.slice(2));
const noFail = argv.has('--no-fail') || process.env.BENCH_NO_FAIL === '1';
const started = performance.now();
const loadAtStart = loadavg()[0];
const log = (message) => process.stderr.write(`[bench] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Build: tsc output in out/ (CommonJS) for in-process measurements, the esbuild bundles in dist/.

if (!argv.has('--no-compile')) {
  log('tsc -p . …');
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', ROOT], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) {
    const errors = `${tsc.stdout}${tsc.stderr}`.split('\n').filter((line) => /error TS/.test(line));
    log(`tsc reported ${errors.length} error(s); measuring the emitted output anyway:\n  ${errors.slice(0, 5).join('\n  ')}`);
  }
}
if (!existsSync(join(ROOT, 'dist/extension.js'))) {
  log('dist/extension.js missing: node scripts/build.mjs …');
  spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
const require = createRequire(import.meta.url);
let core;
try {
  core = {
    ...require(join(ROOT, 'out/src/core/index.js')),
    lintTree: require(join(ROOT, 'out/src/core/engine/lint.js')).lintTree,
    buildOutline: require(join(ROOT, 'out/src/core/outline/outline.js')).buildOutline,
    cachingSegmenter: require(join(ROOT, 'out/src/core/text/cachingSegmenter.js')).cachingSegmenter,
  };
} catch (error) {
  log(`cannot load out/src/core (run npx tsc -p .): ${error.message}`);
  process.exit(2);
}
const { allRules } = require(join(ROOT, 'out/src/core/rules/index.js'));
const config = core.resolveConfig();
const wordRules = allRules.filter((rule) => typeof rule.checkWords === 'function').map((rule) => rule.meta.id);

// ---------------------------------------------------------------------------------------------
// Texts.

const corpusDir = process.env.BENCH_CORPUS_DIR ?? resolve(ROOT, '../shared/corpus');
const referencePath = join(corpusDir, 'speeches-19-collection.txt');
const useCorpus = !argv.has('--generated') && existsSync(referencePath);
const REFERENCE_CHARS = 96_600;
const reference = useCorpus ? readFileSync(referencePath, 'utf8') : speechCollection(REFERENCE_CHARS, 19);
const referenceSource = useCorpus ? `corpus ${referencePath}` : 'generated stand-in (scripts/bench/reportText.mjs, seed 19)';
const otherCorpus = useCorpus
  ? ['summary-plan-hengshan-2019.txt', 'summary-luohu-scraped.txt', 'plan-rencheng-2021.txt', 'summary-plan-jinzhong-2022.txt']
      .map((name) => join(corpusDir, name))
      .filter(existsSync)
      .map((path) => readFileSync(path, 'utf8'))
  : [];
const report20k = summaryAndPlan(20_000, 20);
const report10k = summaryAndPlan(10_000, 10);
const millionPieces = variedPieces(1_000_000, [reference, ...otherCorpus]);
const million = millionPieces.join('\n');
log(`reference text: ${referenceSource}, ${reference.length} chars; 1M text: ${million.length} chars`);

const tmp = mkdtempSync(join(tmpdir(), 'wra-bench-'));
const rows = [];
const row = (entry) => {
  rows.push(entry);
  log(`${entry.figure}: ${entry.display ?? format(entry.value, entry.unit)} (${entry.status})`);
};
const format = (value, unit) => {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'ms') return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
  if (unit === 'x') return `${value.toFixed(2)}×`;
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  return String(value);
};
const judge = (value, max) => (value === null || Number.isNaN(value) ? 'n/a' : value <= max ? 'within' : 'over');

const lintCharacters = (text) => core.lintTree(core.parseReportTree(text), { config, rules: allRules, phase: 'character' });
const nonEmptyLines = (text) => text.split(/\r\n|\r|\n/).filter((line) => line.trim().length > 0);

try {
  // 1. Parse + all character-level rules on the reference text. The editor lints the same document
  // again after every pause in typing, so the figure is the steady state: 30 unmeasured runs let the
  // JIT optimize the hot paths first (fewer leave it mid-way, and the median then mixes in compilation).
  // The very first, cold run (module code not yet optimized) is given in the note.
  const coldStart = performance.now();
  lintCharacters(reference);
  const coldRun = performance.now() - coldStart;
  const characterRun = timeRuns(() => lintCharacters(reference), { warmup: 30, runs: 40 });
  const parseOnly = timeRuns(() => core.parseReportTree(reference), { warmup: 3, runs: 25 });
  row({
    id: 'character-lint',
    figure: `parse + character rules, ${(reference.length / 1000).toFixed(1)}K chars`,
    value: characterRun.median,
    unit: 'ms',
    runs: 40,
    samples: characterRun.samples,
    budget: '≤ 10 ms',
    status: judge(characterRun.median, 10),
    note: `${useCorpus ? 'speeches-19-collection.txt' : 'generated stand-in'}; steady state after 30 warm-up runs (the first, cold run: ${coldRun.toFixed(0)} ms); parse alone ${parseOnly.median.toFixed(2)} ms; ${lintCharacters(reference).length} findings`,
  });

  // Per-rule times (JSON only; the notes name the slowest rule).
  const referenceTree = core.parseReportTree(reference);
  const perRule = {};
  for (const rule of allRules) {
    perRule[rule.meta.id] = timeRuns(() => core.lintTree(referenceTree, { config, rules: [rule], phase: 'character' }), { warmup: 2, runs: 7 }).median;
  }
  const slowest = Object.entries(perRule).sort((a, b) => b[1] - a[1]).slice(0, 3);
  rows[rows.length - 1].note += `; slowest rules: ${slowest.map(([id, ms]) => `${id} ${ms.toFixed(1)} ms`).join(', ')}`;
  rows[rows.length - 1].perRuleMs = perRule;

  // 2. Outline (document symbols) from the tree cached for the document's version.
  const service = core.createReportService();
  const referenceDoc = core.textDocument(reference, 'file:///bench/reference.txt', 1);
  service.lint(referenceDoc, { config, phase: 'character' });
  const outlineRun = timeRuns(() => service.outline(referenceDoc), { warmup: 10, runs: 50 });
  let outlineVersion = 1;
  const outlineParsed = timeRuns(() => core.createReportService().outline(core.textDocument(reference, 'x', ++outlineVersion)), { warmup: 3, runs: 15 });
  const foldingRun = timeRuns(() => service.folding(referenceDoc), { warmup: 10, runs: 50 });
  row({
    id: 'outline',
    figure: 'outline (document symbols), same text',
    value: outlineRun.median,
    unit: 'ms',
    runs: 50,
    samples: outlineRun.samples,
    budget: '≤ 5 ms',
    status: judge(outlineRun.median, 5),
    note: `tree cached for the version (as after diagnostics); with a fresh parse ${outlineParsed.median.toFixed(2)} ms; folding ${foldingRun.median.toFixed(3)} ms`,
  });

  // 3. Re-lint after a one-character edit in a 20K-character report: a new character in the middle,
  // a new document version, re-parse and the character phase (what the extension does on typing).
  const middle = report20k.indexOf('\n', report20k.length >> 1);
  const edited = (i) => report20k.slice(0, middle) + String.fromCharCode(0x4e00 + 2000 + (i & 1023)) + report20k.slice(middle);
  const editService = core.createReportService();
  let version = 1;
  editService.lint(core.textDocument(report20k, 'file:///bench/20k.txt', version), { config, phase: 'character' });
  const editTexts = Array.from({ length: 80 }, (_, i) => edited(i));
  const relint = timeRuns(
    (i) => editService.lint(core.textDocument(editTexts[(i + 80) % 80], 'file:///bench/20k.txt', ++version), { config, phase: 'character' }),
    { warmup: 10, runs: 60 },
  );
  row({
    id: 'relint-edit',
    figure: 're-lint after 1-char edit, 20K report',
    value: relint.median,
    unit: 'ms',
    runs: 60,
    samples: relint.samples,
    budget: '≤ 3 ms',
    status: judge(relint.median, 3),
    note: `generated ${report20k.length}-char summary and plan; one new character inserted mid-text, new version, full re-parse + character phase`,
  });

  // 4–6. Segmentation: dictionary load (fresh processes), word phase with the dictionary loaded,
  // re-lint after an edit with cached line segmentation.
  const dictionaryRuns = [1, 2, 3].map(() => runChild(join(BENCH, 'dictionaryChild.cjs'), [ROOT]));
  const dictionaryOk = dictionaryRuns.filter((run) => !run.error);
  row({
    id: 'dictionary-load',
    figure: 'dictionary load (nodejieba), fresh process',
    value: dictionaryOk.length ? median(dictionaryOk.map((run) => run.ms)) : null,
    unit: 'ms',
    runs: dictionaryOk.length,
    budget: '≈1–2.5 s (info)',
    status: dictionaryOk.length ? 'info' : 'n/a',
    note: dictionaryOk.length
      ? `includes loading the native module; RSS +${median(dictionaryOk.map((run) => run.rssMb)).toFixed(0)} MB (spec: ≈250 MB)`
      : `nodejieba did not load: ${dictionaryRuns[0].error}`,
  });

  let jieba = null;
  try {
    jieba = require(join(ROOT, 'out/src/segmentation/nodejiebaSegmenter.js')).loadNodejiebaSegmenter();
  } catch (error) {
    log(`nodejieba unavailable: ${error.message}`);
  }
  const referenceLines = nonEmptyLines(reference);
  if (jieba && wordRules.length > 0) {
    const probe = core.cachingSegmenter(jieba);
    service.lint(referenceDoc, { config, phase: 'word', segmenter: probe });
    const segmented = probe.misses;
    const word = timeRuns(
      () => service.lint(referenceDoc, { config, phase: 'word', segmenter: core.cachingSegmenter(jieba) }),
      { warmup: 2, runs: 7 },
    );
    row({
      id: 'word-lint',
      figure: `word-level rules, dictionary loaded, ${(reference.length / 1000).toFixed(1)}K`,
      value: word.median,
      unit: 'ms',
      runs: 7,
      budget: '≤ 100 ms',
      status: judge(word.median, 100),
      note: `phase 'word' (${wordRules.join(', ')}), fresh line cache each run: ${segmented} cut/tag calls reach nodejieba (the rules segment only candidate lines; ${referenceLines.length} non-empty lines)`,
    });
  } else if (jieba) {
    const cut = timeRuns(
      () => {
        const segmenter = core.cachingSegmenter(jieba);
        for (const line of referenceLines) segmenter.cut(line);
      },
      { warmup: 2, runs: 7 },
    );
    row({
      id: 'word-lint',
      figure: `segmentation of all lines, dict loaded, ${(reference.length / 1000).toFixed(1)}K`,
      value: cut.median,
      unit: 'ms',
      runs: 7,
      budget: '≤ 100 ms',
      status: judge(cut.median, 100),
      note: `NO rule has a word-level part (checkWords) yet: measured plain cachingSegmenter.cut of the ${referenceLines.length} non-empty lines, fresh cache each run`,
    });
  } else {
    row({ id: 'word-lint', figure: 'word-level rules, dictionary loaded', value: null, unit: 'ms', runs: 0, budget: '≤ 100 ms', status: 'n/a', note: 'nodejieba did not load' });
  }

  if (jieba) {
    const segmenter = core.cachingSegmenter(jieba);
    const segService = core.createReportService();
    let segVersion = 1;
    const relintWords = (text) => {
      if (wordRules.length > 0) return segService.lint(core.textDocument(text, 'file:///bench/20k-seg.txt', ++segVersion), { config, phase: 'all', segmenter });
      segService.lint(core.textDocument(text, 'file:///bench/20k-seg.txt', ++segVersion), { config, phase: 'character' });
      for (const line of nonEmptyLines(text)) segmenter.cut(line);
      return null;
    };
    relintWords(report20k);
    const segTexts = Array.from({ length: 40 }, (_, i) => edited(500 + i));
    const missesBefore = segmenter.misses;
    const relintSeg = timeRuns((i) => relintWords(segTexts[(i + 40) % 40]), { warmup: 5, runs: 30 });
    const missesPerRun = (segmenter.misses - missesBefore) / 35;
    row({
      id: 'relint-edit-segmentation',
      figure: 're-lint after 1-char edit + segmentation, 20K',
      value: relintSeg.median,
      unit: 'ms',
      runs: 30,
      budget: 'none (info)',
      status: 'info',
      note:
        (wordRules.length > 0 ? `phase 'all' with a warm cachingSegmenter` : `character phase + cut of every line through a warm cachingSegmenter (no word-level rules yet)`) +
        `; ${missesPerRun.toFixed(1)} segmenter cache miss(es) per edit`,
    });
  }

  // 7. Scaling from the reference text to 1M characters, in three fresh child processes
  // (scalingChild.mjs): each warms up on both texts, then interleaves their runs (five of the reference,
  // one of the 1M text, twelve rounds) so that both see the same phases of a shared machine and the same
  // heap. The figure is the ratio of the mean times: a 1M lint always includes a few young-generation
  // collections, a 96.6K lint pays one only every third or fourth run, and a median would count them for
  // the large text only (the ratio of medians is in the note). No forced collection anywhere (see
  // timeRuns). Besides the ratio the budget names, the 1M text is compared in this process with the sum
  // of its parts linted one by one: linear code gives ×1.0 whatever the mix of texts, so a rule that
  // grows faster than its input shows up there.
  const referenceCopy = join(tmp, 'reference.txt');
  const millionPath = join(tmp, 'million.txt');
  writeFileSync(referenceCopy, reference);
  writeFileSync(millionPath, million);
  const scalingRuns = [1, 2, 3].map(() => runChild(join(BENCH, 'scalingChild.mjs'), [ROOT, referenceCopy, millionPath], { timeout: 120_000 }));
  const scalingOk = scalingRuns.filter((run) => !run.error);
  const ratio = scalingOk.length ? median(scalingOk.map((run) => run.meanRatio)) : null;
  const medianRatio = scalingOk.length ? median(scalingOk.map((run) => run.ratio)) : null;
  const millionRun = timeRuns(() => lintCharacters(million), { warmup: 3, runs: 9 });
  const piecesRun = timeRuns(() => millionPieces.forEach((piece) => lintCharacters(piece)), { warmup: 3, runs: 9 });
  const millionTree = core.parseReportTree(million);
  const pieceTrees = millionPieces.map((piece) => core.parseReportTree(piece));
  const perRuleMillion = {};
  const superlinear = {};
  // perRuleMillion: fastest run per rule on the 1M text (JSON only).
  for (const rule of allRules) {
    // Minimum of the runs for these diagnostic ratios: least disturbed by other processes.
    const whole = timeRuns(() => core.lintTree(millionTree, { config, rules: [rule], phase: 'character' }), { warmup: 2, runs: 5 }).min;
    const parts = timeRuns(() => pieceTrees.forEach((tree) => core.lintTree(tree, { config, rules: [rule], phase: 'character' })), { warmup: 2, runs: 5 }).min;
    perRuleMillion[rule.meta.id] = whole;
    if (parts > 0.5) superlinear[rule.meta.id] = whole / parts;
  }
  const parseWhole = timeRuns(() => core.parseReportTree(million), { warmup: 2, runs: 5 }).min;
  const parseParts = timeRuns(() => millionPieces.forEach((piece) => core.parseReportTree(piece)), { warmup: 2, runs: 5 }).min;
  const sizeRatio = million.length / reference.length;
  const worst = Object.entries(superlinear).sort((a, b) => b[1] - a[1]);
  row({
    id: 'scaling',
    figure: `scaling ${(reference.length / 1000).toFixed(1)}K → ${(million.length / 1e6).toFixed(2)}M chars, mean times`,
    value: ratio,
    unit: 'x',
    runs: scalingOk.length,
    samples: scalingOk.map((run) => run.meanRatio),
    budget: '≤ 12×',
    status: judge(ratio, 12),
    note:
      (scalingOk.length
        ? `ratio of mean times, median of ${scalingOk.length} fresh processes: ${scalingOk
            .map((run) => `${run.million.mean.toFixed(0)} ms / ${run.reference.mean.toFixed(2)} ms`)
            .join(', ')} (size ×${sizeRatio.toFixed(2)}); ratio of medians ×${medianRatio.toFixed(2)}; `
        : `child processes failed: ${scalingRuns.map((run) => run.error).join('; ')}; `) +
      `1M text = ${useCorpus ? 'reference + other corpus files + generated reports' : 'generated collections and reports'}, ${millionPieces.length} parts; ` +
      `in this process: 1M ${millionRun.median.toFixed(0)} ms, whole vs sum of its parts linted separately (fastest runs) ×${(millionRun.min / piecesRun.min).toFixed(2)} (linear: ≈1), parse ×${(parseWhole / parseParts).toFixed(2)}, ` +
      `highest per rule: ${worst.slice(0, 3).map(([id, r]) => `${id} ×${r.toFixed(2)}`).join(', ')}`,
    children: scalingOk,
    perRuleMs: perRuleMillion,
    wholeVsParts: { all: millionRun.min / piecesRun.min, parse: parseWhole / parseParts, ...superlinear },
  });

  // 8. Activation to first diagnostics of a 10K report, cold, in fresh processes (module loading counts).
  const reportPath = join(tmp, 'report-10k.txt');
  writeFileSync(reportPath, report10k);
  let corePath = join(tmp, 'core-bundle.js');
  try {
    const { build } = await import('esbuild');
    await build({ entryPoints: [join(ROOT, 'src/core/index.ts')], outfile: corePath, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  } catch (error) {
    log(`esbuild of the core failed (${error.message}); activation measured with out/ instead`);
    corePath = join(ROOT, 'out/src/core/index.js');
  }
  const activationRuns = Array.from({ length: 7 }, () => runChild(join(BENCH, 'activationChild.cjs'), [corePath, reportPath]));
  const activationOk = activationRuns.filter((run) => !run.error);
  const activation = activationOk.length ? median(activationOk.map((run) => run.ms)) : null;
  row({
    id: 'activation',
    figure: 'activation to first diagnostics, 10K report',
    value: activation,
    unit: 'ms',
    runs: activationOk.length,
    budget: '≤ 150 ms',
    status: judge(activation, 150),
    note: activationOk.length
      ? `simulated, cold process: require core bundle ${median(activationOk.map((run) => run.requireMs)).toFixed(1)} ms + createReportService and first character lint ${median(activationOk.map((run) => run.lintMs)).toFixed(1)} ms (no dictionary; Node start-up and the vscode API not included)`
      : `child failed: ${activationRuns[0].error}`,
  });
  const e2e = e2eActivation();
  if (e2e) {
    row({
      id: 'activation-e2e',
      figure: 'activation to first diagnostics (real VS Code)',
      value: e2e.value,
      unit: 'ms',
      runs: 1,
      budget: '≤ 150 ms',
      status: judge(e2e.value, 150),
      note: `read from ${e2e.file}`,
    });
  }

  // 9. Bundle size.
  const bundlePath = join(ROOT, 'dist/extension.js');
  const bundleKb = existsSync(bundlePath) ? statSync(bundlePath).size / 1024 : null;
  const bundleText = bundleKb !== null ? readFileSync(bundlePath, 'utf8') : '';
  // esbuild marks every bundled module with a `// node_modules/<name>/…` comment.
  const jiebaExternal = !/node_modules\/nodejieba\//.test(bundleText);
  const minified = bundleText.split('\n').length < 50;
  row({
    id: 'bundle-size',
    figure: 'extension bundle dist/extension.js',
    value: bundleKb,
    unit: 'KB',
    runs: 1,
    budget: '≤ 300 KB',
    status: bundleKb === null ? 'n/a' : judge(bundleKb, 300),
    note: `${minified ? 'minified' : 'not minified (npm run build; vsce packaging may minify)'}; nodejieba ${jiebaExternal ? 'external' : 'BUNDLED'}`,
  });

  // 10. Heap growth for linting 1M characters without segmentation.
  const heapRuns = [1, 2, 3].map(() => runChild(join(BENCH, 'heapChild.cjs'), [ROOT, millionPath], { flags: ['--expose-gc'] }));
  const heapOk = heapRuns.filter((run) => !run.error);
  const retained = heapOk.length ? median(heapOk.map((run) => run.retainedMb)) : null;
  row({
    id: 'heap-1m',
    figure: 'additional heap, lint 1M chars (no segmentation)',
    value: retained,
    unit: 'MB',
    runs: heapOk.length,
    budget: '≤ 50 MB',
    status: judge(retained, 50),
    note: heapOk.length
      ? `retained after GC (cached tree + ${heapOk[0].findings} findings); before GC ${median(heapOk.map((run) => run.beforeGcMb)).toFixed(1)} MB; input string excluded`
      : `child failed: ${heapRuns[0].error}`,
  });
} catch (error) {
  log(`benchmark failed: ${error.stack ?? error}`);
  process.exitCode = 2;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Output: one table on stdout, notes below it, JSON to bench-results/latest.json.

/** A real VS Code run may store `activationToFirstDiagnosticsMs` in its result file (optional). */
function e2eActivation() {
  const candidates = [process.env.WRA_E2E_RESULT, join(tmpdir(), 'work-report-assistant-e2e-result.json'), join(ROOT, 'bench-results/e2e.json')].filter(Boolean);
  for (const file of candidates) {
    if (!existsSync(file)) continue;
    try {
      const value = findKey(JSON.parse(readFileSync(file, 'utf8')), 'activationToFirstDiagnosticsMs');
      if (typeof value === 'number') return { file, value };
    } catch {
      // not JSON: ignore
    }
  }
  return null;
}

function findKey(value, key) {
  if (!value || typeof value !== 'object') return undefined;
  if (key in value && typeof value[key] === 'number') return value[key];
  for (const child of Object.values(value)) {
    const found = findKey(child, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

const RESULT = { within: 'within', over: 'OVER', info: 'info', 'n/a': 'n/a' };
const header = ['#', 'figure', 'median', 'budget', 'result'];
const table = rows.map((entry, index) => [String(index + 1), entry.figure, entry.display ?? format(entry.value, entry.unit), entry.budget, RESULT[entry.status]]);
const widths = header.map((title, column) => Math.max(displayWidth(title), ...table.map((cells) => displayWidth(cells[column]))));
const line = (cells) => '| ' + cells.map((cell, column) => pad(cell, widths[column], column === 2)).join(' | ') + ' |';
const output = [line(header), '|' + widths.map((width, column) => (column === 2 ? '-'.repeat(width + 1) + ':' : '-'.repeat(width + 2))).join('|') + '|', ...table.map(line)];
const loadAtEnd = loadavg()[0];
output.push(
  '',
  `Reference text: ${referenceSource}. Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
    `load average ${loadAtStart.toFixed(1)} → ${loadAtEnd.toFixed(1)}${Math.max(loadAtStart, loadAtEnd) > cpus().length * 0.75 ? ' (BUSY MACHINE: timings inflated, run again when idle)' : ''}.`,
);
rows.forEach((entry, index) => output.push(`${index + 1}. ${entry.note}`));
const over = rows.filter((entry) => entry.status === 'over');
// A budgeted figure that could not be measured is a failure of the benchmark itself (exit 2), never a pass.
const unmeasured = rows.filter((entry) => entry.status === 'n/a' && entry.budget && !entry.budget.includes('info'));
if (unmeasured.length > 0) process.exitCode = 2;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
output.push(
  '',
  over.length === 0 && unmeasured.length === 0
    ? `All budgeted figures within budget (${seconds} s).`
    : [
        over.length > 0 ? `OVER BUDGET: ${over.map((entry) => entry.figure).join('; ')}` : '',
        unmeasured.length > 0 ? `NOT MEASURED: ${unmeasured.map((entry) => entry.figure).join('; ')}` : '',
      ]
        .filter(Boolean)
        .join('. ') + ` (${seconds} s).`,
);
process.stdout.write(output.join('\n') + '\n');

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench-results/latest.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? null,
      loadAverage: [loadAtStart, loadAtEnd],
      reference: { source: referenceSource, chars: reference.length },
      millionChars: million.length,
      wordRules,
      seconds: Number(seconds),
      rows: rows.map(({ display, ...entry }) => entry),
      over: over.map((entry) => entry.id),
    },
    null,
    2,
  ) + '\n',
);

if (process.exitCode === 2) process.exit(2);
if (over.length > 0 && !noFail) process.exit(1);

function displayWidth(text) {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

function pad(text, width, right) {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}
