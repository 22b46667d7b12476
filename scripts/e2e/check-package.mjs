#!/usr/bin/env node
// Checks a packaged .vsix (a zip) against what the extension needs at runtime and what must stay out.
// Used by `npm run test:e2e:vsix` (after `npm run package`) and by test/unit/package.test.ts.
//
// Usage: node scripts/e2e/check-package.mjs [FILE.vsix]     (default .vscode-test/extension.vsix)
//        --no-load   skip loading nodejieba from the unpacked package in a child process
//        --json      print the result as JSON
// Exit code 0 when every check passes, 1 otherwise (each problem is printed), 2 on usage errors.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_VSIX = path.join(ROOT, '.vscode-test', 'extension.vsix');
export const MAX_BUNDLE_BYTES = 300 * 1024;

/** nodejieba at runtime: its loader, the native binding and the dictionaries load() opens by default. */
export const NODEJIEBA_FILES = [
  'node_modules/nodejieba/package.json',
  'node_modules/nodejieba/index.js',
  'node_modules/nodejieba/build/Release/nodejieba.node',
  'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',
  'node_modules/nodejieba/submodules/cppjieba/dict/hmm_model.utf8',
  'node_modules/nodejieba/submodules/cppjieba/dict/user.dict.utf8',
  'node_modules/nodejieba/submodules/cppjieba/dict/idf.utf8',
  'node_modules/nodejieba/submodules/cppjieba/dict/stop_words.utf8',
];

/** Top-level entries of extension/ that may ship; anything else is reported. */
const ALLOWED_TOP = new Set([
  'package.json', 'package.nls.json', 'readme.md', 'README.md', 'changelog.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license.txt',
  'dist', 'dict', 'images', 'l10n', 'syntaxes', 'snippets', 'language-configuration.json', 'node_modules',
]);
const FORBIDDEN_TOP = ['src', 'test', 'out', 'scripts', 'docs', '.vscode-test', '.ci', 'examples', 'bench-results', 'tsconfig.json', '.mocharc.json', 'package-lock.json', '.npmrc', '.gitignore'];

// ------------------------------------------------------------------ zip
/** Entries of a zip file (central directory): { name, size, compressedSize, method, offset }. */
export function listZip(buffer) {
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = buffer.readUInt16LE(p + 10);
    const crc = buffer.readUInt32LE(p + 16);
    const compressedSize = buffer.readUInt32LE(p + 20);
    const size = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const offset = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    entries.push({ name, size, compressedSize, method, offset, crc });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry (stored or deflated). */
export function readZipEntry(buffer, entry) {
  const p = entry.offset;
  if (buffer.readUInt32LE(p) !== 0x04034b50) throw new Error(`corrupt zip local header for ${entry.name}`);
  const start = p + 30 + buffer.readUInt16LE(p + 26) + buffer.readUInt16LE(p + 28);
  const raw = buffer.subarray(start, start + entry.compressedSize);
  const data = entry.method === 0 ? raw : entry.method === 8 ? zlib.inflateRawSync(raw) : null;
  if (!data) throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
  if (data.length !== entry.size) throw new Error(`${entry.name}: size ${data.length}, expected ${entry.size}`);
  if (typeof zlib.crc32 === 'function' && (zlib.crc32(data) >>> 0) !== entry.crc) throw new Error(`${entry.name}: CRC mismatch`);
  return data;
}

/** Unpacks every entry below `dest`; returns dest. */
export function unpackZip(buffer, dest) {
  for (const entry of listZip(buffer)) {
    if (entry.name.endsWith('/')) continue;
    const target = path.join(dest, entry.name);
    if (!target.startsWith(path.resolve(dest) + path.sep)) throw new Error(`zip entry escapes the folder: ${entry.name}`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, readZipEntry(buffer, entry));
  }
  return dest;
}

// ------------------------------------------------------------------ checks
/**
 * Checks the package. `devDependencies`: names that must not ship (default: the repository's).
 * Returns { problems: string[], notes: string[], files: string[] } — files relative to extension/.
 */
export function checkPackage(vsixPath, { load = true, devDependencies } = {}) {
  const problems = [];
  const notes = [];
  const buffer = fs.readFileSync(vsixPath);
  const entries = listZip(buffer);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const files = entries.filter((e) => e.name.startsWith('extension/') && !e.name.endsWith('/')).map((e) => e.name.slice('extension/'.length));
  const has = (f) => byName.has(`extension/${f}`);
  notes.push(`${path.basename(vsixPath)}: ${files.length} files, ${(buffer.length / 1024 / 1024).toFixed(2)} MB`);

  for (const e of entries) {
    if (!e.name.startsWith('extension/') && !['[Content_Types].xml', 'extension.vsixmanifest'].includes(e.name)) problems.push(`unexpected entry outside extension/: ${e.name}`);
  }
  for (const f of files) {
    const top = f.split('/')[0];
    if (FORBIDDEN_TOP.includes(top)) problems.push(`must not ship: ${f}`);
    else if (!ALLOWED_TOP.has(top) && !/^package\.nls\.[\w-]+\.json$/.test(top)) problems.push(`not in the allowed top-level entries: ${f}`);
    if (f.endsWith('.map')) problems.push(`source map shipped: ${f}`);
    if (f.endsWith('.ts') && !f.endsWith('.d.ts')) problems.push(`TypeScript source shipped: ${f}`);
  }

  // Manifest and what it references.
  let manifest = null;
  if (!has('package.json')) problems.push('extension/package.json missing');
  else manifest = JSON.parse(readZipEntry(buffer, byName.get('extension/package.json')).toString('utf8'));
  const rel = (p) => p.replace(/^\.\//, '');
  if (manifest) {
    const referenced = [manifest.main, manifest.icon, manifest.l10n && `${rel(manifest.l10n)}/bundle.l10n.zh-cn.json`];
    for (const g of manifest.contributes?.grammars ?? []) referenced.push(g.path);
    for (const s of manifest.contributes?.snippets ?? []) referenced.push(s.path);
    for (const l of manifest.contributes?.languages ?? []) if (l.configuration) referenced.push(l.configuration);
    if (JSON.stringify(manifest).includes('"%')) referenced.push('package.nls.json');
    for (const r of referenced.filter(Boolean).map(rel)) if (!has(r)) problems.push(`referenced by package.json but missing: ${r}`);
  }

  // Bundles.
  for (const [bundle, required] of [['dist/extension.js', true], ['dist/segmentationWorker.js', true]]) {
    const e = byName.get(`extension/${bundle}`);
    if (!e) { if (required) problems.push(`${bundle} missing`); continue; }
    notes.push(`${bundle}: ${(e.size / 1024).toFixed(1)} KB`);
    if (bundle === 'dist/extension.js' && e.size > MAX_BUNDLE_BYTES) problems.push(`${bundle} is ${(e.size / 1024).toFixed(1)} KB, over the ${MAX_BUNDLE_BYTES / 1024} KB budget`);
  }
  if (fs.existsSync(path.join(ROOT, 'dict')) && !files.some((f) => f.startsWith('dict/'))) problems.push('dict/ (the report dictionary the segmentation worker loads) missing');

  // Dependencies: nodejieba's runtime files, nothing else from node_modules.
  for (const f of NODEJIEBA_FILES) if (!has(f)) problems.push(`nodejieba runtime file missing: ${f}`);
  const modules = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => {
    const parts = f.split('/');
    return parts[1].startsWith('@') ? `${parts[1]}/${parts[2]}` : parts[1];
  }));
  for (const m of modules) if (m !== 'nodejieba') problems.push(`dependency shipped that the bundles do not load: node_modules/${m}`);
  const dev = devDependencies ?? Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies ?? {});
  for (const d of dev) if (modules.has(d)) problems.push(`devDependency shipped: ${d}`);
  const nodejiebaExtra = files.filter((f) => f.startsWith('node_modules/nodejieba/') && /\/(test|lib|\.github|deps|include)\//.test(f));
  if (nodejiebaExtra.length) problems.push(`nodejieba build-time files shipped (${nodejiebaExtra.length}), e.g. ${nodejiebaExtra[0]}`);

  // nodejieba loads from the unpacked package, resolved as the worker resolves it (from dist/).
  if (load && NODEJIEBA_FILES.every(has)) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wra-vsix-'));
    try {
      unpackZip(buffer, tmp);
      const ext = path.join(tmp, 'extension');
      const dict = files.find((f) => f.startsWith('dict/') && f.endsWith('.utf8'));
      const script = `
        const path = require('path');
        const resolved = require.resolve('nodejieba', { paths: [path.join(${JSON.stringify(ext)}, 'dist')] });
        const jieba = require(resolved);
        // (nodejieba's load() assigns the implicit globals dict, hmmDict, userDict…: no such names here)
        const reportDictionary = ${dict ? JSON.stringify(path.join(ext, dict)) : 'undefined'};
        const t0 = Date.now();
        jieba.load(reportDictionary ? { userDict: reportDictionary } : undefined);
        const words = jieba.cut('全县医共体建设扎实推进，群众就医更加便捷。', true);
        console.log(JSON.stringify({ resolved, words, loadMs: Date.now() - t0, dictDir: path.dirname(jieba.DEFAULT_DICT) }));
      `;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: tmp, env: { ...process.env, NODE_PATH: '' }, timeout: 60_000 });
      if (r.status !== 0) {
        problems.push(`nodejieba does not load from the package: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(0, 4).join(' | ')}`);
      } else {
        const out = JSON.parse(r.stdout.trim().split('\n').pop());
        if (!out.resolved.startsWith(ext)) problems.push(`nodejieba resolved outside the package: ${out.resolved}`);
        if (!out.dictDir.startsWith(ext)) problems.push(`nodejieba dictionaries outside the package: ${out.dictDir}`);
        if (!(out.words.length >= 5 && out.words.join('') === '全县医共体建设扎实推进，群众就医更加便捷。')) problems.push(`nodejieba cut gave ${JSON.stringify(out.words)}`);
        else notes.push(`nodejieba from the package: ${out.words.join(' / ')} (load ${out.loadMs} ms)`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { problems, notes, files };
}

// ------------------------------------------------------------------ CLI
function main(argv) {
  let file = DEFAULT_VSIX;
  let load = true;
  let json = false;
  for (const a of argv) {
    if (a === '--no-load') load = false;
    else if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') {
      console.log('Usage: node scripts/e2e/check-package.mjs [FILE.vsix] [--no-load] [--json]');
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`check-package: unknown option ${a}`);
      return 2;
    } else file = path.resolve(a);
  }
  if (!fs.existsSync(file)) {
    console.error(`check-package: ${file} not found (npm run package -- -o ${path.relative(ROOT, DEFAULT_VSIX)})`);
    return 2;
  }
  const result = checkPackage(file, { load });
  if (json) console.log(JSON.stringify(result, null, 2));
  else {
    for (const n of result.notes) console.log(`[package] ${n}`);
    for (const p of result.problems) console.log(`[package] ✗ ${p}`);
    console.log(result.problems.length ? `[package] ${result.problems.length} problem(s)` : '[package] ✓ package contents as expected');
  }
  return result.problems.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exit(main(process.argv.slice(2)));
