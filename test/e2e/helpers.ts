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

/**
 * Closes every editor without a save prompt: dirty documents (untitled reports, edited fixtures)
 * are reverted first, since the workbench's "Save changes?" dialog would block the run.
 */
export async function closeAllEditors(): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const dirty = vscode.workspace.textDocuments.find((d) => d.isDirty && !d.isClosed);
    if (!dirty) break;
    await vscode.window.showTextDocument(dirty, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** `line:col code message` per diagnostic of ours, for assertion messages. */
export function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  return diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n') || '(none)';
}

/** Waits until our diagnostics for `uri` satisfy `accept`; returns them (satisfying or not, after the timeout). */
export async function diagnosticsWhen(uri: vscode.Uri, accept: (diags: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const get = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  await waitFor(() => accept(get()), timeoutMs);
  return get();
}

/**
 * Our diagnostics for `uri` once they have stopped changing for `quietMs` (linting is debounced and
 * the word-level half arrives later), waiting at most `timeoutMs`.
 */
export async function settledDiagnostics(uri: vscode.Uri, quietMs = 500, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  let last = Date.now();
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) last = Date.now();
  });
  try {
    const end = Date.now() + timeoutMs;
    while (Date.now() - last < quietMs && Date.now() < end) await sleep(50);
  } finally {
    sub.dispose();
  }
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export const isChinese = (): boolean => vscode.env.language.toLowerCase().startsWith('zh');

// ---------------------------------------------------------------- the workbench page
// The suite runs in the extension host, which cannot see the workbench. scripts/e2e/run.mjs drives
// the page with playwright and serves requests (protocol: startPageLoop in run.mjs): the suite
// writes $WRA_E2E_PAGE_DIR/<seq>.req (JSON { op, ... }) and waits for <seq>.res. Other launchers
// (electron.mjs) set no folder: ui.available() is false and page-level checks are skipped.

export interface ElementInfo {
  text: string;
  attribute?: string | null;
  visible: boolean;
  box: { x: number; y: number; width: number; height: number };
}
export type MouseStep = { move: [number, number] } | { down: true } | { up: true } | { wait: number };
export type KeyStep = { press: string } | { type: string } | { insert: string } | { wait: number };

let requestSeq = 0;

async function pageRequest<T>(op: string, args: Record<string, unknown>, timeoutMs = 20_000): Promise<T> {
  const dir = process.env.WRA_E2E_PAGE_DIR;
  if (!dir) throw new Error('no page: the launcher does not serve page requests (run with scripts/e2e/run.mjs)');
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${String(process.pid)}-${String(++requestSeq).padStart(5, '0')}`);
  fs.writeFileSync(`${base}.req.tmp`, JSON.stringify({ op, ...args }));
  fs.renameSync(`${base}.req.tmp`, `${base}.req`);
  const res = `${base}.res`;
  const done = await waitFor(() => fs.existsSync(res), timeoutMs, 25);
  if (!done) throw new Error(`page request ${op} ${JSON.stringify(args).slice(0, 200)} got no answer in ${timeoutMs} ms`);
  const answer = JSON.parse(fs.readFileSync(res, 'utf8')) as { ok: boolean; value?: T; error?: string };
  fs.unlinkSync(res);
  if (!answer.ok) throw new Error(`page request ${op} ${JSON.stringify(args).slice(0, 200)} failed: ${answer.error}`);
  return answer.value as T;
}

export const ui = {
  available: (): boolean => !!process.env.WRA_E2E_PAGE_DIR,
  /** Keyboard input to whatever has focus in the workbench (quick input, editor…). */
  keys: (...steps: KeyStep[]) => pageRequest<boolean>('keys', { steps }),
  press: (...keys: string[]) => pageRequest<boolean>('keys', { steps: keys.map((press) => ({ press })) }),
  type: (text: string) => pageRequest<boolean>('keys', { steps: [{ type: text }] }),
  /** Text committed at once (as an input method does for Chinese): one input event, no key events. */
  insert: (text: string) => pageRequest<boolean>('keys', { steps: [{ insert: text }] }),
  waitFor: (selector: string, state: 'visible' | 'hidden' | 'attached' | 'detached' = 'visible', timeoutMs = 5_000) =>
    pageRequest<boolean>('waitFor', { selector, state, timeoutMs }, timeoutMs + 10_000),
  /** innerText (and an attribute) of every element matching a CSS selector. */
  query: (selector: string, attribute?: string) => pageRequest<ElementInfo[]>('query', { selector, attribute }),
  click: (selector: string) => pageRequest<boolean>('click', { selector }),
  evaluate: <T>(expression: string) => pageRequest<T>('evaluate', { expression }),
  mouse: (...steps: MouseStep[]) => pageRequest<boolean>('mouse', { steps }),
  /** Drags from the centre of `from` by (dx, dy): resizing views by their sashes. */
  async drag(from: ElementInfo, dx: number, dy: number): Promise<void> {
    const x = from.box.x + from.box.width / 2;
    const y = from.box.y + from.box.height / 2;
    await ui.mouse({ move: [x, y] }, { down: true }, { move: [x + dx, y + dy] }, { up: true });
  },
  /** Visible texts for a selector, polling until `accept` is satisfied (or the timeout); returns the last. */
  async texts(selector: string, accept: (texts: string[]) => boolean = (t) => t.length > 0, timeoutMs = 10_000): Promise<string[]> {
    let last: string[] = [];
    await waitFor(async () => {
      last = (await ui.query(selector)).filter((e) => e.visible).map((e) => e.text.trim());
      return accept(last);
    }, timeoutMs, 150);
    return last;
  },
};

// Workbench elements (VS Code 1.100 DOM, as seen through the page).
export const SELECTORS = {
  /** Our status bar item: its element id is `<extension id>.<item id>`. */
  reportStatus: `[id="${EXTENSION_ID}.workReport.status"]`,
  /** The Problems indicator in the status bar; aria-label "No Problems" / "Errors: 1, Warnings: 3"… */
  problemsIndicator: '[id="status.problems"]',
  problemsRows: '.markers-panel .monaco-list-row',
  outlineRows: '.outline-pane .monaco-list-row',
  /** The 报告结构 view: the pane whose header is named after the view (English workbench chrome). */
  structureRows: '.pane:has(> .pane-header[aria-label^="Report Structure"], > .pane-header[aria-label^="报告结构"]) .monaco-list-row',
  structureHeader: '.pane-header[aria-label^="Report Structure"], .pane-header[aria-label^="报告结构"]',
  quickInput: '.quick-input-widget',
  quickInputRows: '.quick-input-widget .quick-input-list .monaco-list-row',
  quickInputTitle: '.quick-input-widget .quick-input-title',
  quickInputMessage: '.quick-input-widget .quick-input-message',
  quickInputBox: '.quick-input-widget .quick-input-box input',
};

/** Counts shown by the status bar's Problems indicator (errors, warnings, infos). */
export async function problemsIndicator(): Promise<{ errors: number; warnings: number; infos: number; label: string }> {
  const [el] = await ui.query(SELECTORS.problemsIndicator + ', ' + SELECTORS.problemsIndicator + ' [aria-label]', 'aria-label');
  const label = el?.attribute ?? '';
  const n = (re: RegExp) => Number(re.exec(label)?.[1] ?? 0);
  return { errors: n(/Errors?: (\d+)/i), warnings: n(/Warnings?: (\d+)/i), infos: n(/Infos?: (\d+)/i), label };
}

/** Counts of every diagnostic in the extension host by severity, as the Problems indicator counts them. */
export function diagnosticTotals(): { errors: number; warnings: number; infos: number } {
  const all = vscode.languages.getDiagnostics().flatMap(([, d]) => d);
  const count = (s: vscode.DiagnosticSeverity) => all.filter((d) => d.severity === s).length;
  return { errors: count(vscode.DiagnosticSeverity.Error), warnings: count(vscode.DiagnosticSeverity.Warning), infos: count(vscode.DiagnosticSeverity.Information) };
}

/** Text of our status bar item ('' when it is not shown). */
export async function reportStatusText(): Promise<string> {
  const els = await ui.query(SELECTORS.reportStatus);
  return els.filter((e) => e.visible).map((e) => e.text.replace(/\s+/g, ' ').trim()).join(' ');
}

/** aria-labels of the rows the Problems panel shows (opening it first). */
export async function problemsPanelRows(accept: (labels: string[]) => boolean = (l) => l.length > 0, timeoutMs = 10_000): Promise<string[]> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  let labels: string[] = [];
  await waitFor(async () => {
    labels = (await ui.query(SELECTORS.problemsRows, 'aria-label')).filter((e) => e.visible).map((e) => e.attribute ?? '');
    return accept(labels);
  }, timeoutMs, 150);
  return labels;
}

// ---------------------------------------------------------------- screenshots
// With run.mjs --screenshot DIR: DIR/<name>.png through the page protocol. No-op otherwise.

export function screenshotsEnabled(): boolean {
  return !!process.env.WRA_E2E_SCREENSHOT_DIR && ui.available();
}

export async function requestScreenshot(name: string, settleMs = 300): Promise<string | undefined> {
  if (!screenshotsEnabled()) return undefined;
  await sleep(settleMs); // let the workbench paint what the test just did
  return (await pageRequest<string | null>('screenshot', { name })) ?? undefined;
}

/** Named screenshot from inside a test (e.g. `await screenshot('outline')`). */
export const screenshot = requestScreenshot;
