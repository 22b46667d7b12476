#!/usr/bin/env node
// Takes the README's screenshots of the real UI into images/screenshots/: runs the extension in the
// offline VS Code server + headless Chromium (scripts/e2e/run.mjs, the e2e launcher) with the suite
// test/e2e/readme.shots.ts (--suite shots), display language zh-cn, a 1280×800 window, and copies the
// pictures it asked for. Chinese needs a CJK font (fonts-noto-cjk, installed by scripts/e2e/setup.sh).
//
// Usage: node scripts/screenshots.mjs [--out DIR] [--keep-all]
//   --out DIR    where the PNGs go (default images/screenshots)
//   --keep-all   also copy the per-step pictures (default: only the named ones below)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAMES = ['problems', 'outline', 'new-report', 'skeleton'];

const args = process.argv.slice(2);
let out = path.join(ROOT, 'images', 'screenshots');
let keepAll = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') out = path.resolve(args[++i]);
  else if (args[i] === '--keep-all') keepAll = true;
  else {
    console.error(`screenshots.mjs: unknown option ${args[i]}`);
    process.exit(2);
  }
}

const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'wra-shots-'));
const r = spawnSync(
  process.execPath,
  [path.join(ROOT, 'scripts', 'e2e', 'run.mjs'), '--suite', 'shots', '--locale', 'zh-cn', '--viewport', '1280x800', '--screenshot', shots],
  { stdio: 'inherit', cwd: ROOT },
);
let missing = 0;
fs.mkdirSync(out, { recursive: true });
const files = fs.readdirSync(shots).filter((f) => f.endsWith('.png'));
for (const name of NAMES) {
  const src = path.join(shots, `${name}.png`);
  if (!fs.existsSync(src)) {
    console.error(`screenshots.mjs: ${name}.png was not taken`);
    missing++;
    continue;
  }
  fs.copyFileSync(src, path.join(out, `${name}.png`));
  console.log(`${path.relative(ROOT, path.join(out, `${name}.png`))} (${(fs.statSync(src).size / 1024).toFixed(0)} KB)`);
}
if (keepAll) for (const f of files.filter((f) => !NAMES.includes(f.slice(0, -4)))) fs.copyFileSync(path.join(shots, f), path.join(out, f));
fs.rmSync(shots, { recursive: true, force: true });
process.exit(r.status !== 0 || missing ? 1 : 0);
