import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

export interface InputFile {
  path: string;
  /** Named on the command line (always checked) rather than found in a folder (checked if a report). */
  explicit: boolean;
}

/** Expands the command line's paths: files as given, folders walked for .txt and .md files, sorted. */
export function expandPaths(paths: readonly string[], onError: (path: string, message: string) => void): InputFile[] {
  const files: InputFile[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      onError(path, (error as NodeJS.ErrnoException).code ?? String(error));
      continue;
    }
    if (isFolder) walk(path, files, onError);
    else files.push({ path, explicit: true });
  }
  return files;
}

function walk(folder: string, files: InputFile[], onError: (path: string, message: string) => void): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    onError(folder, (error as NodeJS.ErrnoException).code ?? String(error));
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(path, files, onError);
    } else if (entry.isFile() && /\.(txt|md)$/i.test(entry.name)) {
      files.push({ path, explicit: false });
    }
  }
}
