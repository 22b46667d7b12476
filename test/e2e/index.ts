// Entry of the end-to-end suite, loaded by VS Code as extensionTestsPath (compiled to
// out/test/e2e/index.js). Runs inside the extension host, so `vscode` is the real API.
// Launchers: scripts/e2e/run.mjs (offline VS Code server + Chromium) and scripts/e2e/electron.mjs
// (@vscode/test-electron, needs the network). Both read the JSON result file written here.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as vscode from 'vscode';
import { requestScreenshot, screenshotsEnabled } from './helpers';

interface TestRecord {
  suite: string;
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: { message: string; stack?: string };
}

interface ResultFile {
  vscodeVersion: string;
  language: string;
  mode: string;
  passes: number;
  failures: number;
  pending: number;
  tests: TestRecord[];
  error?: string;
}

/** Where the result goes: $WRA_E2E_RESULT, else a fixed file in the temp dir. */
export function resultFilePath(): string {
  return process.env.WRA_E2E_RESULT || path.join(os.tmpdir(), 'work-report-assistant-e2e-result.json');
}

/** The suite's files: `*.e2e.js`, or `*.<name>.js` for $WRA_E2E_SUITE=<name> (`shots`: the README pictures). */
function findTests(dir: string): string[] {
  const suffix = `.${process.env.WRA_E2E_SUITE || 'e2e'}.js`;
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f))
    .sort();
}

function slug(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-').slice(0, 80);
}

/**
 * mocha ≥ 12 is an ES module. The VS Code server's extension host runs on Node 20.20, whose
 * require() loads ES modules (namespace object: take `.default`); Electron builds whose Node lacks
 * require(esm) get it through a real dynamic import() (hidden from tsc, which would turn a plain
 * import() into require() in CommonJS output).
 */
async function loadMocha(): Promise<typeof Mocha> {
  try {
    const m = require('mocha') as { default?: typeof Mocha; Mocha?: typeof Mocha } & typeof Mocha;
    return m.default ?? m.Mocha ?? m;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw e;
    const dynamicImport = new Function('url', 'return import(url)') as (url: string) => Promise<{ default: typeof Mocha }>;
    return (await dynamicImport(pathToFileURL(require.resolve('mocha')).href)).default;
  }
}

export async function run(): Promise<void> {
  console.log(`[e2e] vscode.version ${vscode.version}, env.language ${vscode.env.language}, mode ${process.env.WRA_E2E_MODE ?? 'unknown'}`);
  const result: ResultFile = {
    vscodeVersion: vscode.version,
    language: vscode.env.language,
    mode: process.env.WRA_E2E_MODE ?? 'unknown',
    passes: 0,
    failures: 0,
    pending: 0,
    tests: [],
  };
  const write = () => {
    try {
      fs.writeFileSync(resultFilePath(), JSON.stringify(result, null, 2));
    } catch (e) {
      console.error(`[e2e] could not write ${resultFilePath()}: ${e}`);
    }
  };

  let MochaCtor: typeof Mocha;
  try {
    MochaCtor = await loadMocha();
  } catch (e) {
    result.error = `cannot load mocha: ${(e as Error)?.stack ?? e}`;
    write();
    throw e;
  }
  // No mocha reporter: the extension host forwards console output to the workbench unformatted
  // (printf-style arguments are not applied), so progress is printed here as plain `[e2e]` lines,
  // which run.mjs echoes live; the launcher prints the summary from the result file.
  class QuietReporter {
    constructor(_runner: Mocha.Runner) {}
  }
  const mocha = new MochaCtor({ ui: 'tdd', color: false, timeout: 20_000, reporter: QuietReporter as unknown as Mocha.ReporterConstructor });
  // --grep TEXT: full titles containing TEXT; --grep /RE/: matching the regular expression.
  const grep = process.env.WRA_E2E_GREP;
  if (grep) mocha.grep(/^\/.+\/$/.test(grep) ? new RegExp(grep.slice(1, -1)) : grep);

  // One screenshot after every test when the launcher was given --screenshot DIR.
  if (screenshotsEnabled()) {
    let n = 0;
    mocha.rootHooks({
      async afterEach(this: Mocha.Context) {
        const t = this.currentTest;
        if (t) await requestScreenshot(`${String(++n).padStart(2, '0')}-${slug(t.title)}`);
      },
    });
  }

  let files: string[];
  try {
    files = findTests(__dirname);
  } catch (e) {
    result.error = `cannot list tests: ${e}`;
    write();
    return Promise.reject(new Error(result.error));
  }
  for (const f of files) mocha.addFile(f);

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        write();
        if (failures > 0 || result.error) reject(new Error(`${failures} e2e test(s) failed`));
        else if (result.passes === 0) reject(new Error('no e2e test ran'));
        else resolve();
      });
      const record = (t: Mocha.Test, state: TestRecord['state'], err?: Error) => {
        result.tests.push({
          suite: t.parent?.fullTitle() ?? '',
          title: t.title,
          fullTitle: t.fullTitle(),
          state,
          duration: t.duration,
          error: err ? { message: String(err.message ?? err), stack: err.stack } : undefined,
        });
      };
      runner.on('suite', (s) => { if (s.title) console.log(`[e2e] ${s.fullTitle()}`); });
      runner.on('pass', (t) => { result.passes++; record(t, 'passed'); console.log(`[e2e]   ✓ ${t.title} (${t.duration} ms)`); });
      runner.on('pending', (t) => { result.pending++; record(t, 'pending'); console.log(`[e2e]   - ${t.title}`); });
      runner.on('fail', (t, err) => {
        result.failures++;
        // Hook failures ("before all" hook…) are reported as a failing test with the hook's title.
        record(t as Mocha.Test, 'failed', err);
        console.log(`[e2e]   ✗ ${t.title}: ${String(err?.message ?? err).split('\n')[0]}`);
      });
      runner.on('end', () => console.log(`[e2e] finished: ${result.passes} passing, ${result.failures} failing, ${result.pending} pending`));
    } catch (e) {
      result.error = String((e as Error)?.stack ?? e);
      write();
      reject(e);
    }
  });
}
