// Writes snippets/work-report.json from the skeleton templates (src/core/skeletons/snippetFile.ts).
// Run after compiling: `npx tsc -p . && node scripts/generate-snippets.mjs` (`--check` only compares).
// test/unit/snippets.test.ts fails when the committed file differs from the generated one.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { snippetFileText } = require(join(root, 'out/src/core/skeletons/snippetFile.js'));
const target = join(root, 'snippets/work-report.json');
const text = snippetFileText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing file: reported below
  }
  if (current !== text) {
    console.error('snippets/work-report.json is out of date: run `npx tsc -p . && node scripts/generate-snippets.mjs`');
    process.exit(1);
  }
  console.log('snippets/work-report.json is up to date');
} else {
  writeFileSync(target, text, 'utf8');
  console.log(`wrote ${target}`);
}
