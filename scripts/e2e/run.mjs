#!/usr/bin/env node
// End-to-end test launcher: runs the mocha suite out/test/e2e/index.js inside the real
// VS Code extension host, offline. How (see /work/shared/docs/vscode-e2e.md and README.md here):
//   VS Code 1.100.3 server (server-main.js from code-server@4.100.3, installed by setup.sh into
//   .vscode-test/server/) on a free loopback port, with fresh temporary user-data, extensions and
//   XDG dirs; the web workbench opened in headless Debian Chromium through playwright-core with the
//   payload extensionDevelopmentPath + extensionTestsPath. The workbench calls
//   window.codeAutomationExit(code) when run() settles; the suite also writes a JSON result file
//   (path in $WRA_E2E_RESULT) that this script turns into a mocha-like summary whose last line is
//   `N passed, N failed`.
//
// Usage: node scripts/e2e/run.mjs [options]
//   --workspace DIR   folder to open (default: a temporary copy of test/e2e/fixtures/)
//   --untrusted       do not pass --disable-workspace-trust: the folder opens in Restricted Mode
//   --locale zh-cn    display language (vscode.env.language) zh-cn; see localeSetup() below
//   --screenshot DIR  enable screenshots into DIR: one per test (afterEach in index.ts), any the
//                     suite asks for with helpers.screenshot(name), and DIR/final.png at the end
//   --vsix FILE       install FILE with --install-extension and test it instead of the repo folder
//   --matrix          run twice: as asked, and --untrusted --locale zh-cn (Restricted Mode, Chinese),
//                     in parallel (output lines prefixed with the run); one combined closing line
//                     (what `npm run test:e2e` uses in CI)
//   --serial          with --matrix: one run after the other
//   --grep TEXT       only run tests whose full title contains TEXT (mocha grep); /RE/ for a regex
//   --suite NAME      run out/test/e2e/**/*.NAME.js instead of *.e2e.js (scripts/screenshots.mjs
//                     uses --suite shots: the README pictures, not tests)
//   --viewport WxH    browser window size (default 1440x900)
//   --timeout SEC     give up after SEC seconds (default 300)
//   --no-build        do not compile/build even when out/ or dist/ look stale
//   --keep            keep the temporary folders (printed) for inspection
//   --verbose         also print the server's log and every browser console line
//   --extension DIR   (harness development) extensionDevelopmentPath instead of the repo root
//   --tests FILE      (harness development) extensionTestsPath instead of out/test/e2e/index.js
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, TESTS_ENTRY, ENV, log, copyFixtures, makeTempRoot, staleBuilds, readResult, printSummary } from './lib.mjs';

const SERVER_DIR = path.join(ROOT, '.vscode-test', 'server');
const VSCODE_DIR = path.join(SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
const SERVER_MAIN = path.join(VSCODE_DIR, 'out', 'server-main.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// ------------------------------------------------------------------ options
function parseArgs(argv) {
  const o = { timeout: 300, build: true, viewport: { width: 1440, height: 900 } };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--workspace': o.workspace = path.resolve(val()); break;
      case '--untrusted': o.untrusted = true; break;
      case '--locale': o.locale = val().toLowerCase(); break;
      case '--screenshot': o.screenshot = path.resolve(val()); break;
      case '--vsix': o.vsix = path.resolve(val()); break;
      case '--grep': o.grep = val(); break;
      case '--suite': o.suite = val(); break;
      case '--viewport': {
        const m = /^(\d+)x(\d+)$/.exec(val());
        if (!m) usage('--viewport needs WIDTHxHEIGHT, e.g. 1280x800');
        o.viewport = { width: Number(m[1]), height: Number(m[2]) };
        break;
      }
      case '--timeout': o.timeout = Number(val()); break;
      case '--no-build': o.build = false; break;
      case '--keep': o.keep = true; break;
      case '--matrix': o.matrix = true; break;
      case '--serial': o.serial = true; break;
      case '--verbose': o.verbose = true; break;
      case '--extension': o.extension = path.resolve(val()); break;
      case '--tests': o.tests = path.resolve(val()); break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown option ${a}`);
    }
  }
  if (!(o.timeout > 0)) usage('--timeout must be a positive number of seconds');
  return o;
}

function usage(msg) {
  const text = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  const start = text.findIndex((l) => l.startsWith('// Usage:'));
  const end = text.findIndex((l, i) => i > start && !l.startsWith('//'));
  if (msg) console.error(`run.mjs: ${msg}\n`);
  console.error(text.slice(start, end).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(msg ? 2 : 0);
}

// ------------------------------------------------------------------ helpers
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** playwright-core is a devDependency of the repo; it may still be being installed: wait for it. */
async function loadPlaywright() {
  const require = createRequire(path.join(ROOT, 'package.json'));
  for (let attempt = 0; ; attempt++) {
    try {
      return require('playwright-core');
    } catch (e) {
      if (attempt >= 30) throw new Error(`playwright-core is not installed in ${ROOT}/node_modules (run npm ci): ${e.message}`);
      if (attempt === 0) log('waiting for playwright-core to appear in node_modules…');
      await sleep(2000);
    }
  }
}

/**
 * Display language. Findings (VS Code 1.100.3 server as shipped in code-server 4.100.3,
 * out/server-main.js, webClientServer + remoteLanguagePacks):
 *  - The server picks the workbench locale from, in order: its own `--locale` argument,
 *    `locale` in `<user-data-dir>/User/argv.json`, the `vscode.nls.locale` cookie, the browser's
 *    Accept-Language header, else 'en'. (Quirk: when argv.json does not exist that lookup already
 *    returns 'en', so the cookie and Accept-Language are never reached; a `?locale=` query
 *    parameter is not read at all.)
 *  - The locale only takes effect when a language pack for it is registered in
 *    `<user-data-dir>/languagepacks.json` (normally written when the MS language pack extension is
 *    installed from the marketplace: impossible offline). Without one the server serves the English
 *    NLS file, `_VSCODE_NLS_LANGUAGE` stays 'en' and so does vscode.env.language.
 *  - So we register a minimal pack: languagepacks.json → { "zh-cn": { hash, translations: { vscode:
 *    <file with no translations> } } }. The server then generates nls.messages.js (all messages in
 *    English, since no translation is given) with `_VSCODE_NLS_LANGUAGE = "zh-cn"`. Effect:
 *    vscode.env.language === 'zh-cn' in the extension host, the extension's package.nls.zh-cn.json
 *    is used for its contributions and its l10n bundle (vscode.l10n) for zh-cn is loaded; VS Code's own
 *    UI text stays English.
 */
function localeSetup(locale, userDataDir, tmp) {
  const translations = path.join(tmp, `e2e-language-pack.${locale}.json`);
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  // `extensions[0].extensionIdentifier` must exist: the server's getInstalledLanguages() reads it
  // while scanning extensions (without it no development extension loads).
  const packs = {
    [locale]: {
      hash: `e2e${Date.now()}`,
      extensions: [{ extensionIdentifier: { id: `e2e.language-pack-${locale}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale }));
  return ['--locale', locale];
}

/** A test-only extension folder for --vsix: extensionTestsPath needs an extensionDevelopmentPath. */
function makeVsixHost(tmp) {
  const dir = path.join(tmp, 'vsix-test-host');
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'e2e-vsix-test-host', publisher: 'e2e', version: '0.0.0', engines: { vscode: '^1.100.0' } }, null, 2),
  );
  return dir;
}

function startServer(args, env, logFile, verbose) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [SERVER_MAIN, ...args], {
    cwd: ROOT,
    env,
    detached: true, // own process group: we stop it and its extension hosts with one kill(-pid)
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffered = '';
  const port = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const s = chunk.toString();
      fs.writeSync(out, s);
      if (verbose) process.stdout.write(s.replace(/^/gm, '[server] '));
      buffered += s;
      const m = buffered.match(/Extension host agent listening on (\d+)/);
      if (m) resolve(Number(m[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => reject(new Error(`server exited early (${code ?? signal}); log: ${logFile}`)));
  });
  return { child, port };
}

async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  await gone;
  clearTimeout(t);
}

/**
 * Page requests: the suite (test/e2e/helpers.ts `ui.*` and `screenshot(name)`, index.ts after every
 * test with --screenshot) runs inside the extension host, which cannot see or touch the workbench
 * page; it writes `<DIR>/<seq>.req` (JSON `{ op, ... }`) and waits for `<DIR>/<seq>.res` (JSON
 * `{ ok, value }` or `{ ok: false, error }`), which this loop writes (temp name, then rename) after
 * doing the operation on the page with playwright. Operations:
 *   screenshot {name}            → <screenshot dir>/<name>.png (only with --screenshot; else null)
 *   keys {steps: [{press}|{type}|{insert}|{wait}]}  keyboard input, in order (press: 'Enter',
 *                                 'Control+A', …; type: text key by key, CJK included; insert: text
 *                                 as one input event, like an IME commit; wait: milliseconds)
 *   waitFor {selector, state, timeoutMs}   playwright waitForSelector (state visible|hidden|attached)
 *   query {selector, attribute?}  for each element matching: { text (innerText), attribute value,
 *                                 visible, box {x, y, width, height} }
 *   mouse {steps: [{move: [x, y]}|{down}|{up}|{wait}]}  e.g. dragging a sash to resize a view
 *   click {selector}              click the first visible match
 *   evaluate {expression}         page.evaluate(expression) (a string of JavaScript), JSON result
 */
async function pageOperation(page, req, screenshotDir) {
  switch (req.op) {
    case 'screenshot': {
      if (!screenshotDir) return null;
      const file = path.join(screenshotDir, `${req.name}.png`);
      const tmpPng = `${file}.tmp`;
      await page.screenshot({ path: tmpPng, type: 'png' });
      fs.renameSync(tmpPng, file);
      return file;
    }
    case 'keys':
      for (const step of req.steps ?? []) {
        if (step.press) await page.keyboard.press(step.press);
        else if (step.type != null) await page.keyboard.type(step.type);
        else if (step.insert != null) await page.keyboard.insertText(step.insert);
        else if (step.wait) await sleep(step.wait);
      }
      return true;
    case 'waitFor':
      await page.waitForSelector(req.selector, { state: req.state ?? 'visible', timeout: req.timeoutMs ?? 5000 });
      return true;
    case 'query':
      return page.$$eval(
        req.selector,
        (els, attribute) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return {
              text: el.innerText ?? el.textContent ?? '',
              attribute: attribute ? el.getAttribute(attribute) : undefined,
              visible: r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
              box: { x: r.x, y: r.y, width: r.width, height: r.height },
            };
          }),
        req.attribute ?? null,
      );
    case 'click':
      await page.locator(req.selector).locator('visible=true').first().click({ timeout: req.timeoutMs ?? 5000 });
      return true;
    case 'evaluate':
      return page.evaluate(req.expression);
    case 'mouse':
      for (const step of req.steps ?? []) {
        if (step.move) await page.mouse.move(step.move[0], step.move[1], { steps: step.steps ?? 5 });
        else if (step.down) await page.mouse.down();
        else if (step.up) await page.mouse.up();
        else if (step.wait) await sleep(step.wait);
      }
      return true;
    default:
      throw new Error(`unknown page operation ${req.op}`);
  }
}

function startPageLoop(page, requestDir, screenshotDir) {
  fs.mkdirSync(requestDir, { recursive: true });
  if (screenshotDir) fs.mkdirSync(screenshotDir, { recursive: true });
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      let reqs = [];
      try { reqs = fs.readdirSync(requestDir).filter((f) => f.endsWith('.req')).sort(); } catch { /* ignore */ }
      for (const r of reqs) {
        const file = path.join(requestDir, r);
        let res;
        try {
          const req = JSON.parse(fs.readFileSync(file, 'utf8'));
          res = { ok: true, value: (await pageOperation(page, req, screenshotDir)) ?? null };
        } catch (e) {
          res = { ok: false, error: String(e?.message ?? e).split('\n').slice(0, 6).join('\n') };
        }
        const out = file.replace(/\.req$/, '.res');
        try {
          fs.writeFileSync(`${out}.tmp`, JSON.stringify(res));
          fs.renameSync(`${out}.tmp`, out);
          fs.unlinkSync(file);
        } catch { /* the run is ending */ }
      }
      await sleep(50);
    }
  })();
  return { stop: async () => { stopped = true; await loop; } };
}

// ------------------------------------------------------------------ main
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();

  if (!fs.existsSync(SERVER_MAIN) || !fs.existsSync(path.join(SERVER_DIR, '.setup-complete'))) {
    log('VS Code server missing: running scripts/e2e/setup.sh');
    run('bash', [path.join(ROOT, 'scripts', 'e2e', 'setup.sh')]);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/e2e/setup.sh (or set CHROMIUM_PATH)`);

  const testsEntry = opts.tests ?? TESTS_ENTRY;
  if (opts.build && !opts.tests) {
    const steps = staleBuilds({ needBundle: !opts.vsix && !opts.extension });
    for (const s of steps) run('npm', ['run', '--silent', s]);
  }
  if (!fs.existsSync(testsEntry)) throw new Error(`${path.relative(ROOT, testsEntry)} missing: run npm run compile`);

  const product = JSON.parse(fs.readFileSync(path.join(VSCODE_DIR, 'product.json'), 'utf8'));
  const vscodeVersion = JSON.parse(fs.readFileSync(path.join(VSCODE_DIR, 'package.json'), 'utf8')).version;
  log(`VS Code ${vscodeVersion} (${product.commit?.slice(0, 10) ?? 'no commit'}) server from code-server, Chromium ${CHROMIUM}`);

  // --matrix: the default run, then Restricted Mode with the zh-cn display language.
  const runs = opts.matrix
    ? [{ ...opts, matrix: false }, { ...opts, matrix: false, untrusted: true, locale: opts.locale ?? 'zh-cn' }]
    : [opts];
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const parallel = runs.length > 1 && !opts.serial;
  for (const r of runs) {
    if (runs.length > 1 && r.screenshot) r.screenshot = path.join(r.screenshot, runLabel(r));
    if (parallel) r.prefix = `[${runLabel(r)}] `;
  }
  // The runs are independent (own server, port, browser, temp folders) and mostly wait (debounces,
  // polling): in parallel the matrix takes little longer than one run.
  const results = parallel
    ? await Promise.all(runs.map((r) => runOnce(r, testsEntry)))
    : await runs.reduce(async (acc, r) => [...(await acc), await runOnce(r, testsEntry)], Promise.resolve([]));
  results.forEach((counts, i) => {
    if (runs.length > 1) log(`${runLabel(runs[i])}: ${counts.passed} passing, ${counts.failed} failing`);
    for (const k of Object.keys(totals)) totals[k] += counts[k];
  });
  if (runs.length > 1) console.log(`\n  (${runs.map(runLabel).join(' + ')}${parallel ? ' in parallel' : ''}, ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  return totals.failed > 0 ? 1 : 0;
}

function runLabel(o) {
  return `${o.vsix ? 'vsix' : o.untrusted ? 'untrusted' : 'trusted'}${o.locale ? `-${o.locale}` : ''}`;
}

/** One server + browser session running the whole suite; prints its report, returns its counts. */
async function runOnce(opts, testsEntry) {
  const t0 = Date.now();
  // Output of this run; prefixed with its label when runs go in parallel (--matrix).
  const say = (text) => console.log(opts.prefix ? String(text).replace(/^(?=.)/gm, opts.prefix) : text);
  const note = (...args) => say(['[e2e]', ...args].join(' '));
  const mode = opts.vsix ? 'vsix' : opts.untrusted ? 'untrusted' : 'trusted';
  note(`run ${runLabel(opts)}${opts.untrusted ? ' (Restricted Mode)' : ''}`);

  // Fresh, isolated state for this run.
  const tmp = makeTempRoot();
  const dirs = Object.fromEntries(['user-data', 'extensions', 'xdg-data', 'xdg-config', 'xdg-cache', 'tmp'].map((d) => [d, path.join(tmp, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const workspace = opts.workspace ?? copyFixtures(tmp);
  const resultFile = path.join(tmp, 'result.json');
  const serverLog = path.join(tmp, 'server.log');
  // Machine settings of the server (the workbench's user settings live in the browser profile).
  fs.mkdirSync(path.join(dirs['user-data'], 'data', 'Machine'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs['user-data'], 'data', 'Machine', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off', 'git.enabled': false, 'git.autoRepositoryDetection': false }),
  );

  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_DATA_HOME: dirs['xdg-data'],
    XDG_CONFIG_HOME: dirs['xdg-config'],
    XDG_CACHE_HOME: dirs['xdg-cache'],
    TMPDIR: dirs.tmp, // the server's and extension hosts' temp files (IPC sockets…) go away with the run
    [ENV.result]: resultFile,
    [ENV.mode]: mode,
    WRA_E2E_EXTENSIONS_DIR: dirs.extensions,
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  if (opts.screenshot) env[ENV.screenshotDir] = opts.screenshot;
  env[ENV.pageDir] = path.join(tmp, 'page-requests');
  if (opts.suite) env[ENV.suite] = opts.suite;
  if (opts.grep) env[ENV.grep] = opts.grep;
  if (opts.locale) env[ENV.locale] = opts.locale;

  const common = ['--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];
  let extensionPath = opts.extension ?? ROOT;
  if (opts.vsix) {
    if (!fs.existsSync(opts.vsix)) throw new Error(`${opts.vsix} not found`);
    run(process.execPath, [SERVER_MAIN, ...common, '--install-extension', opts.vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    note(`installed ${path.basename(opts.vsix)} into ${dirs.extensions}`);
    extensionPath = makeVsixHost(tmp);
  }

  const serverArgs = ['--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms', '--telemetry-level', 'off', ...common];
  if (!opts.untrusted) serverArgs.push('--disable-workspace-trust');
  if (opts.locale) serverArgs.push(...localeSetup(opts.locale, dirs['user-data'], tmp));

  let server;
  let browser;
  let exitCode = null;
  let problem = null;
  let shots;
  let liveLines = 0; // suite progress lines seen live (then the summary need not list every test)
  const errors = new Set(); // error lines logged in the workbench (printed when the run fails)
  try {
    const { chromium } = await loadPlaywright();
    server = startServer(serverArgs, env, serverLog, opts.verbose);
    const port = await Promise.race([server.port, sleep(60_000).then(() => { throw new Error(`server did not start within 60 s; log: ${serverLog}`); })]);
    note(`server on 127.0.0.1:${port} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(testsEntry)],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(opts.locale ? [`--lang=${opts.locale}`] : [])],
    });
    const context = await browser.newContext({ viewport: opts.viewport, ...(opts.locale ? { locale: opts.locale } : {}) });
    const page = await context.newPage();
    let resolveExit;
    const exited = new Promise((resolve) => { resolveExit = resolve; });
    // Called by the workbench when the extension tests' run() settles (0 resolved, else rejected).
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    page.on('console', (msg) => {
      const text = msg.text();
      // The extension host's console output arrives here as `%c INFO color: #33f <text>` (printf
      // arguments not applied). The suite's own progress lines start with `[e2e]`: echo them live
      // (indented, so that only the launcher's final `N passed, N failed` line is bare).
      if (opts.verbose) say(`[browser:${msg.type()}] ${text}`);
      else {
        const i = text.indexOf('[e2e] ');
        if (i >= 0) {
          say(`  ${text.slice(i)}`);
          liveLines++;
        }
      }
      if (/^%c\s*ERR\b/.test(text)) errors.add(text.replace(/^%c\s*ERR color: \S+ /, '').split('\n').slice(0, 3).join('\n'));
    });
    page.on('pageerror', (e) => { if (opts.verbose) say(`[pageerror] ${e.message}`); });
    shots = startPageLoop(page, env[ENV.pageDir], opts.screenshot);

    await page.goto(url);
    note(`workbench opened: ${workspace}`);
    const timeout = sleep(opts.timeout * 1000).then(() => 'timeout');
    const outcome = await Promise.race([exited, timeout]);
    if (outcome === 'timeout') {
      problem = `timed out after ${opts.timeout} s (no codeAutomationExit)`;
    } else {
      exitCode = outcome;
      // The result file is written before run() settles; allow a moment for slow disks.
      for (let i = 0; i < 20 && !fs.existsSync(resultFile); i++) await sleep(100);
    }
    await shots.stop();
    if (opts.screenshot) {
      try { await page.screenshot({ path: path.join(opts.screenshot, 'final.png') }); } catch { /* page may be gone */ }
    }
  } catch (e) {
    problem = e.message;
  } finally {
    if (shots) await shots.stop().catch(() => {});
    if (browser) await browser.close().catch(() => {});
    await stopServer(server?.child);
  }

  const result = readResult(resultFile);
  if ((problem || !result) && fs.existsSync(serverLog)) {
    const tail = fs.readFileSync(serverLog, 'utf8').trim().split('\n').slice(-25).join('\n');
    say(`\n[e2e] last lines of the server log (${serverLog}):\n${tail}`);
  }
  const noise = /Service Worker|vsda|Failed to load resource|e2e test\(s\) failed/;
  const shown = [...errors].filter((e) => !noise.test(e));
  if ((problem || !result || result.failures || exitCode) && shown.length) {
    say(`\n[e2e] errors logged in the workbench / extension host:\n${shown.map((e) => `  ${e.replace(/\n/g, '\n  ')}`).join('\n')}`);
  }
  const counts = printSummary(result, { exitCode, problem, elapsedMs: Date.now() - t0, listTests: liveLines === 0, closingLine: false, print: say });
  if (opts.keep) note(`kept ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  return counts;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[e2e] ${e.stack ?? e}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
