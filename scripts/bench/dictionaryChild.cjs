// nodejieba's dictionary load in a fresh process (as the worker thread and the CLI do it once).
// Usage: node dictionaryChild.cjs <repo root>
// Prints one JSON line: { ms, rssMb } (ms includes loading the native module).
'use strict';
const { join } = require('node:path');

const [root] = process.argv.slice(2);
const rss0 = process.memoryUsage().rss;
const start = performance.now();
const { loadNodejiebaSegmenter } = require(join(root, 'out/src/segmentation/nodejiebaSegmenter.js'));
const segmenter = loadNodejiebaSegmenter();
const ms = performance.now() - start;
segmenter.cut('加强基层医疗卫生服务体系建设');
process.stdout.write(JSON.stringify({ ms, rssMb: (process.memoryUsage().rss - rss0) / 2 ** 20 }) + '\n');
