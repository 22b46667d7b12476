// Timing helpers for the benchmark: medians of repeated runs, child processes that print one JSON line.
import { spawnSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--expose-gc');
/** A full garbage collection between measurements (the flag is set at run time, so no CLI flag is needed). */
export const gc = runInNewContext('gc');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured (ms, performance.now()), in the
 * steady state the editor sees when it lints a document again and again: no collection is forced
 * between the warm-up and the runs, nor between runs (unless `gcEach`). A forced full GC shrinks the
 * young generation and returns pages to the system; the next dozen runs then pay for more frequent
 * scavenges and for faulting the pages in again (on the development VM, 1.5–4× slower), which says
 * nothing about the code. `fn(i)` gets the run index (to vary the edit).
 */
export function timeRuns(fn, { warmup = 5, runs = 20, gcEach = false } = {}) {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    if (gcEach) gc();
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  return { median: median(samples), min: Math.min(...samples), samples };
}

/** Runs `node [flags] script args` and parses the last line of its stdout as JSON. */
export function runChild(script, args = [], { flags = [], cwd, timeout = 60_000 } = {}) {
  const result = spawnSync(process.execPath, [...flags, script, ...args], { cwd, encoding: 'utf8', timeout });
  const lines = (result.stdout ?? '').trim().split('\n');
  try {
    return JSON.parse(lines[lines.length - 1]);
  } catch {
    const detail = (result.stderr || result.stdout || String(result.error ?? '')).trim().split('\n').slice(-3).join(' | ');
    return { error: `exit ${result.status}${result.signal ? ' ' + result.signal : ''}: ${detail}` };
  }
}
