#!/usr/bin/env node
// Runs the same e2e suite (out/test/e2e/index.js) in desktop VS Code through @vscode/test-electron.
// For machines WITH network access (it downloads VS Code into .vscode-test/); not used in CI, which
// has no network: CI runs scripts/e2e/run.mjs. On a Linux machine without a display use
// `xvfb-run -a node scripts/e2e/electron.mjs`.
//
// Usage: node scripts/e2e/electron.mjs [--vscode-version 1.100.3|stable|insiders] [--workspace DIR]
//        [--untrusted] [--locale zh-cn] [--vsix FILE] [--grep TEXT] [--keep]
// (Build first: npm run compile && npm run build.)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, TESTS_ENTRY, ENV, log, copyFixtures, makeTempRoot, readResult, printSummary } from './lib.mjs';

const require = createRequire(import.meta.url);
const { runTests, downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath } = require('@vscode/test-electron');

const o = { version: '1.100.3' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const val = () => argv[++i];
  if (a === '--vscode-version') o.version = val();
  else if (a === '--workspace') o.workspace = path.resolve(val());
  else if (a === '--untrusted') o.untrusted = true;
  else if (a === '--locale') o.locale = val().toLowerCase();
  else if (a === '--vsix') o.vsix = path.resolve(val());
  else if (a === '--grep') o.grep = val();
  else if (a === '--keep') o.keep = true;
  else {
    console.error(`electron.mjs: unknown option ${a}`);
    process.exit(2);
  }
}

const t0 = Date.now();
if (!fs.existsSync(TESTS_ENTRY)) {
  console.error(`${path.relative(ROOT, TESTS_ENTRY)} missing: run npm run compile (and npm run build)`);
  process.exit(2);
}
const tmp = makeTempRoot();
const workspace = o.workspace ?? copyFixtures(tmp);
const resultFile = path.join(tmp, 'result.json');
const userData = path.join(tmp, 'user-data');
const extensionsDir = path.join(tmp, 'extensions');
const mode = o.vsix ? 'vsix' : o.untrusted ? 'untrusted' : 'electron';

let problem = null;
let exitCode = null;
try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(o.version);
  let extensionDevelopmentPath = ROOT;
  if (o.vsix) {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userData, '--install-extension', o.vsix, '--force'], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error(`--install-extension failed (${r.status})`);
    extensionDevelopmentPath = path.join(tmp, 'vsix-test-host');
    fs.mkdirSync(extensionDevelopmentPath);
    fs.writeFileSync(path.join(extensionDevelopmentPath, 'package.json'), JSON.stringify({ name: 'e2e-vsix-test-host', publisher: 'e2e', version: '0.0.0', engines: { vscode: '^1.100.0' } }));
  }
  const launchArgs = [workspace, '--user-data-dir', userData, '--extensions-dir', extensionsDir, '--skip-welcome', '--skip-release-notes', '--disable-gpu'];
  if (!o.vsix) launchArgs.push('--disable-extensions'); // other installed extensions; the development one still loads
  if (!o.untrusted) launchArgs.push('--disable-workspace-trust');
  if (o.locale) launchArgs.push('--locale', o.locale); // desktop: needs the language pack installed to change the UI
  log(`VS Code ${o.version} (desktop, @vscode/test-electron), mode ${mode}`);
  exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath,
    extensionTestsPath: TESTS_ENTRY,
    launchArgs,
    extensionTestsEnv: {
      [ENV.result]: resultFile,
      [ENV.mode]: mode,
      ...(o.grep ? { [ENV.grep]: o.grep } : {}),
      ...(o.locale ? { [ENV.locale]: o.locale } : {}),
    },
  }).catch((e) => {
    // runTests rejects when the tests fail (non-zero exit); the result file has the details.
    if (fs.existsSync(resultFile)) return 1;
    throw e;
  });
} catch (e) {
  problem = String(e?.message ?? e);
}

const { failed } = printSummary(readResult(resultFile), { exitCode, problem, elapsedMs: Date.now() - t0 });
if (o.keep) log(`kept ${tmp}`);
else fs.rmSync(tmp, { recursive: true, force: true });
process.exit(failed > 0 ? 1 : 0);
