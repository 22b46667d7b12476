// Shared by run.mjs (VS Code server + Chromium) and electron.mjs (@vscode/test-electron).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TESTS_ENTRY = path.join(ROOT, 'out', 'test', 'e2e', 'index.js');
export const FIXTURES = path.join(ROOT, 'test', 'e2e', 'fixtures');

/** Environment variables read by test/e2e/index.ts and test/e2e/helpers.ts inside the extension host. */
export const ENV = {
  result: 'WRA_E2E_RESULT', // path of the JSON result file the suite writes
  screenshotDir: 'WRA_E2E_SCREENSHOT_DIR', // where screenshot requests go (run.mjs only)
  grep: 'WRA_E2E_GREP', // mocha --grep
  mode: 'WRA_E2E_MODE', // 'trusted' | 'untrusted' | 'vsix' | 'electron'
  locale: 'WRA_E2E_LOCALE', // the display language asked for, if any
  pageDir: 'WRA_E2E_PAGE_DIR', // request folder of the page protocol (run.mjs only; see startPageLoop)
  suite: 'WRA_E2E_SUITE', // file suffix of the suite to run: 'e2e' (default) or 'shots'
};

export function log(...args) {
  console.log('[e2e]', ...args);
}

/** Copies test/e2e/fixtures into a fresh folder below `parent` and returns its path. */
export function copyFixtures(parent) {
  const dest = path.join(parent, 'workspace');
  fs.cpSync(FIXTURES, dest, { recursive: true });
  return dest;
}

export function makeTempRoot() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'wra-e2e-'));
}

function newestMtime(dir, filter) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    if (filter && !filter(full)) continue;
    newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Which build steps are needed before the tests can run: the compiled test entry (tsc → out/)
 * and, unless the extension under test is a .vsix, the bundle (dist/extension.js).
 */
export function staleBuilds({ needBundle }) {
  const steps = [];
  const isTs = (f) => f.endsWith('.ts');
  if (!fs.existsSync(TESTS_ENTRY) || mtime(TESTS_ENTRY) < newestMtime(path.join(ROOT, 'test', 'e2e'), isTs)) {
    steps.push('compile');
  }
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  if (needBundle && (!fs.existsSync(bundle) || mtime(bundle) < newestMtime(path.join(ROOT, 'src'), isTs))) {
    steps.push('build');
  }
  return steps;
}

/** Reads the suite's result file; returns null when absent or unreadable. */
export function readResult(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Prints a mocha-like summary and returns the counts to report.
 * With closingLine, the last line is exactly `N passed, N failed` (plus `, N skipped`), which CI reads.
 * `problem` is a launcher-level failure (timeout, crash, missing result): it counts as one failure.
 */
export function printSummary(result, { exitCode, problem, elapsedMs, listTests = true, closingLine = true, print = (text) => console.log(text) }) {
  const out = [];
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (result) {
    out.push('');
    if (result.vscodeVersion) out.push(`  vscode.version in the extension host: ${result.vscodeVersion}${result.language ? ` (env.language ${result.language})` : ''}`);
    let lastSuite = null;
    for (const t of listTests ? result.tests ?? [] : []) {
      if (t.suite !== lastSuite) {
        out.push(`  ${t.suite || '(root)'}`);
        lastSuite = t.suite;
      }
      const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
      out.push(`    ${mark} ${t.title}${t.duration != null && t.state !== 'pending' ? ` (${t.duration} ms)` : ''}`);
    }
    passed = result.passes ?? 0;
    failed = result.failures ?? 0;
    skipped = result.pending ?? 0;
    const failures = (result.tests ?? []).filter((t) => t.state === 'failed');
    if (failures.length) {
      out.push('', '  Failures:');
      failures.forEach((t, i) => {
        out.push('', `  ${i + 1}) ${t.fullTitle}`);
        const err = t.error ?? {};
        for (const line of String(err.message ?? '').split('\n')) out.push(`     ${line}`);
        if (err.stack) {
          const frames = String(err.stack)
            .split('\n')
            .filter((l) => /^\s+at /.test(l))
            .slice(0, 4);
          for (const f of frames) out.push(`     ${f.trim()}`);
        }
      });
    }
    if (result.error) {
      out.push('', `  Suite error: ${result.error}`);
      if (!failed) failed = 1;
    }
  }
  if (problem) {
    out.push('', `  Run problem: ${problem}`);
    failed += 1;
  } else if (!result) {
    out.push('', `  No result file was written by the suite (exit code ${exitCode ?? 'none'}).`);
    failed += 1;
  } else if (exitCode != null && exitCode !== 0 && failed === 0) {
    out.push('', `  The extension host reported exit code ${exitCode} although no test failed.`);
    failed = 1;
  }
  out.push('');
  if (elapsedMs != null) out.push(`  (${(elapsedMs / 1000).toFixed(1)} s)`);
  if (closingLine) out.push(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  print(out.join('\n'));
  return { passed, failed, skipped };
}
