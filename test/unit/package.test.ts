// The package checker (scripts/e2e/check-package.mjs), which `npm run test:e2e:vsix` runs on the
// real .vsix after `npm run package`: here on small synthetic packages (one with everything wrong,
// one complete with the real nodejieba files, loaded in a child process), and on the real package
// when a fresh one is at .vscode-test/extension.vsix (skipped otherwise: building it takes too long
// for unit tests; see docs/packaging.md).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHECKER = path.join(ROOT, 'scripts', 'e2e', 'check-package.mjs');
const REAL_VSIX = path.join(ROOT, '.vscode-test', 'extension.vsix');

interface CheckResult {
  problems: string[];
  notes: string[];
  files: string[];
}
interface Checker {
  checkPackage(vsix: string, options?: { load?: boolean; devDependencies?: string[] }): CheckResult;
  NODEJIEBA_FILES: string[];
  MAX_BUNDLE_BYTES: number;
}

/** A real dynamic import (tsc would turn `import()` into `require()` in CommonJS output). */
const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<Checker>;
const loadChecker = () => importModule(pathToFileURL(CHECKER).href);

// ------------------------------------------------------------------ a minimal zip writer (stored)
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function writeZip(file: string, entries: Record<string, Buffer | string>): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...locals, directory, end]));
}

const MANIFEST = JSON.stringify({
  name: 'work-report-assistant',
  publisher: 'work-report-tools',
  main: './dist/extension.js',
  icon: 'images/icon.png',
  l10n: './l10n',
  contributes: { grammars: [{ path: './syntaxes/work-report.tmLanguage.json' }] },
});

function vsixEntries(files: Record<string, Buffer | string>): Record<string, Buffer | string> {
  const entries: Record<string, Buffer | string> = { '[Content_Types].xml': '<Types/>', 'extension.vsixmanifest': '<PackageManifest/>' };
  for (const [name, content] of Object.entries(files)) entries[`extension/${name}`] = content;
  return entries;
}

describe('package checker (scripts/e2e/check-package.mjs)', () => {
  let tmp: string;
  let checker: Checker;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wra-package-test-'));
    checker = await loadChecker();
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reports sources, tests, dev dependencies, source maps, a big bundle and missing files', () => {
    const vsix = path.join(tmp, 'bad.vsix');
    writeZip(
      vsix,
      vsixEntries({
        'package.json': MANIFEST,
        'dist/extension.js': Buffer.alloc(checker.MAX_BUNDLE_BYTES + 1, 0x20),
        'dist/extension.js.map': '{}',
        'src/vscode/extension.ts': 'export {}',
        'test/unit/a.test.ts': '',
        'node_modules/mocha/index.js': '',
        'node_modules/@mapbox/node-pre-gyp/package.json': '{}',
        'syntaxes/work-report.tmLanguage.json': '{}',
      }),
    );
    const { problems } = checker.checkPackage(vsix, { load: false, devDependencies: ['mocha'] });
    const expect = [
      'must not ship: src/vscode/extension.ts',
      'must not ship: test/unit/a.test.ts',
      'source map shipped: dist/extension.js.map',
      'over the 300 KB budget',
      'devDependency shipped: mocha',
      'dependency shipped that the bundles do not load: node_modules/@mapbox/node-pre-gyp',
      'referenced by package.json but missing: images/icon.png',
      'referenced by package.json but missing: l10n/bundle.l10n.zh-cn.json',
      'dist/segmentationWorker.js missing',
      'nodejieba runtime file missing: node_modules/nodejieba/build/Release/nodejieba.node',
    ];
    for (const e of expect) assert.ok(problems.some((p) => p.includes(e)), `expected a problem "${e}"; got:\n${problems.join('\n')}`);
  });

  it('a complete package passes, nodejieba loaded from it in a child process', function () {
    this.timeout(60_000);
    const files: Record<string, Buffer | string> = {
      'package.json': MANIFEST,
      'README.md': '# x',
      'dist/extension.js': '"use strict";',
      'dist/segmentationWorker.js': '"use strict";',
      'images/icon.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      'l10n/bundle.l10n.zh-cn.json': '{}',
      'syntaxes/work-report.tmLanguage.json': '{}',
    };
    const dict = path.join(ROOT, 'dict', 'report.dict.utf8');
    if (fs.existsSync(dict)) files['dict/report.dict.utf8'] = fs.readFileSync(dict);
    for (const f of checker.NODEJIEBA_FILES) files[f] = fs.readFileSync(path.join(ROOT, f));
    const vsix = path.join(tmp, 'good.vsix');
    writeZip(vsix, vsixEntries(files));
    const { problems, notes } = checker.checkPackage(vsix);
    assert.deepStrictEqual(problems, []);
    assert.ok(notes.some((n) => n.startsWith('nodejieba from the package:')), notes.join('\n'));
  });

  it('the packaged extension (.vscode-test/extension.vsix, when fresh)', function () {
    this.timeout(60_000);
    const bundle = path.join(ROOT, 'dist', 'extension.js');
    if (!fs.existsSync(REAL_VSIX) || (fs.existsSync(bundle) && fs.statSync(REAL_VSIX).mtimeMs < fs.statSync(bundle).mtimeMs)) {
      console.log('      (no fresh .vscode-test/extension.vsix: npm run test:e2e:vsix builds and checks it)');
      this.skip();
    }
    const { problems } = checker.checkPackage(REAL_VSIX);
    assert.deepStrictEqual(problems, []);
  });
});
