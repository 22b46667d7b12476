import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/corpus beside the repository, when present (CI and developers' machines have it). */
export const corpusDir = resolve(__dirname, '../../../../shared/corpus');
export const expectedDir = resolve(__dirname, '../../../test/corpus/expected');

export function corpusAvailable(): boolean {
  return existsSync(corpusDir);
}

export function corpusFiles(): string[] {
  return readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort();
}

export function readCorpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}

let noticePrinted = false;
/** Skips the calling suite with a printed notice when the corpus is absent. */
export function skipWithoutCorpus(context: Mocha.Context | Mocha.Suite): boolean {
  if (corpusAvailable()) return false;
  if (!noticePrinted) {
    console.log(`  NOTICE: ${corpusDir} not found; corpus tests skipped.`);
    noticePrinted = true;
  }
  if ('skip' in context && typeof context.skip === 'function') context.skip();
  return true;
}
