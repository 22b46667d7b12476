// Helpers shared by the *.e2e.ts suites (they run inside the extension host).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'work-report-tools.work-report-assistant';
export const DIAGNOSTIC_SOURCE = 'work-report';

/** The shape of the 报告结构 tree returned by the extension's API. */
export interface StructureItem {
  label: string;
  description?: string;
  children: StructureItem[];
}
export interface ExtensionApi {
  getStructureItems(uri?: vscode.Uri): Promise<StructureItem[]>;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes; returns the last value. */
export async function waitFor<T>(probe: () => T | Promise<T>, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!value && Date.now() < end) {
    await sleep(intervalMs);
    value = await probe();
  }
  return value;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e launcher opened no workspace folder');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Opens a fixture in an editor (so the extension sees it as a visible document). */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function activateExtension(): Promise<ExtensionApi> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Our diagnostics for `uri`, waiting until there are at least `min` (or the timeout). */
export async function ourDiagnostics(uri: vscode.Uri, min = 1, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const get = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  await waitFor(() => get().length >= min, timeoutMs);
  return get();
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Line index (0-based) of the first line of `doc` containing `needle`. */
export function lineOf(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`"${needle}" not found in ${doc.uri.fsPath}`);
}

export function flattenSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children ?? [])]);
}

export function flattenItems(items: StructureItem[]): StructureItem[] {
  return items.flatMap((i) => [i, ...flattenItems(i.children ?? [])]);
}

/** A compact text form of a symbol tree, for assertion messages. */
export function dumpSymbols(symbols: vscode.DocumentSymbol[], indent = ''): string {
  return symbols.map((s) => `${indent}${s.name} [${s.range.start.line}-${s.range.end.line}]\n${dumpSymbols(s.children ?? [], indent + '  ')}`).join('');
}

export function dumpItems(items: StructureItem[], indent = ''): string {
  return items.map((i) => `${indent}${i.label}${i.description ? ` (${i.description})` : ''}\n${dumpItems(i.children ?? [], indent + '  ')}`).join('');
}

// ---------------------------------------------------------------- screenshots
// Protocol with scripts/e2e/run.mjs --screenshot DIR: write DIR/.requests/<name>.req, wait until
// the launcher has taken DIR/<name>.png and removed the request. No-op without --screenshot.

export function screenshotsEnabled(): boolean {
  return !!process.env.WRA_E2E_SCREENSHOT_DIR;
}

export async function requestScreenshot(name: string, timeoutMs = 10_000): Promise<string | undefined> {
  const dir = process.env.WRA_E2E_SCREENSHOT_DIR;
  if (!dir) return undefined;
  const reqDir = path.join(dir, '.requests');
  fs.mkdirSync(reqDir, { recursive: true });
  const req = path.join(reqDir, `${name}.req`);
  await sleep(300); // let the workbench paint what the test just did
  fs.writeFileSync(req, String(Date.now()));
  await waitFor(() => !fs.existsSync(req), timeoutMs);
  return path.join(dir, `${name}.png`);
}

/** Named screenshot from inside a test (e.g. `await screenshot('outline')`). */
export const screenshot = requestScreenshot;
