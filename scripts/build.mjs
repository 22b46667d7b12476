// Bundles the extension, its segmentation worker and the CLI with esbuild.
// `vscode` is provided by the editor; nodejieba is a native module shipped beside the bundle.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !process.argv.includes('--no-minify'),
  keepNames: true,
  external: ['vscode', 'nodejieba'],
  logLevel: 'warning',
  // Chinese messages stay UTF-8 instead of \uXXXX escapes (a third of the bundle's size).
  charset: 'utf8',
};

const bundles = [
  { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['src/segmentation/worker.ts'], outfile: 'dist/segmentationWorker.js' },
  { entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
await Promise.all(bundles.filter((bundle) => existsSync(bundle.entryPoints[0])).map((bundle) => build({ ...common, ...bundle })));
