// First end-to-end scenarios, inside the real VS Code: activation, outline (symbols, folding),
// the 报告结构 view's data, diagnostics on planted defects (silence on a non-report file: plainText.e2e.ts).
// Fixtures: test/e2e/fixtures/ (the launcher opens a temporary copy of it as the workspace).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activateExtension,
  closeAllEditors,
  codeOf,
  dumpItems,
  dumpSymbols,
  fixtureUri,
  flattenItems,
  lineOf,
  openFixture,
  ourDiagnostics,
  screenshot,
  waitFor,
} from './helpers';

const REPORT = '2025年工作总结及2026年工作计划.txt';
const SPEECHES = '2025年全县工作会议讲话汇编.txt';
const LEVEL1 = ['2025年主要工作', '存在的问题', '2026年工作计划'];
const SPEECH_TITLES = [
  '在2025年全县安全生产工作会议上的讲话',
  '在2025年全县农业农村工作会议上的讲话',
  '在2025年全县教育工作会议上的讲话',
];

async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  // Providers register during activation: poll briefly for a non-empty answer.
  const symbols = await waitFor(async () => {
    const s = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', uri);
    return s && s.length ? s : undefined;
  }, 10_000);
  assert.ok(symbols, `no document symbols for ${uri.fsPath}`);
  assert.ok('children' in symbols[0], 'expected DocumentSymbol[] (hierarchical), got SymbolInformation[]');
  return symbols as vscode.DocumentSymbol[];
}

/** The list of symbols that holds the symbol named like `needle`, at the shallowest depth. */
function siblingsOf(roots: vscode.DocumentSymbol[], needle: string): vscode.DocumentSymbol[] | undefined {
  let level = [roots];
  while (level.length) {
    for (const list of level) if (list.some((s) => s.name.includes(needle))) return list;
    level = level.flatMap((list) => list.map((s) => s.children ?? []).filter((c) => c.length));
  }
  return undefined;
}

suite('smoke: extension in a real VS Code', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });

  // Close editors before (not after) each test, so that the per-test screenshot taken by
  // index.ts's afterEach (run.mjs --screenshot) still shows what the test did.
  setup(closeAllEditors);

  test('VS Code version is printed and the extension is present and active', async () => {
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}, language ${vscode.env.language})`);
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found`);
    assert.ok(ext.isActive, 'extension did not activate');
    assert.strictEqual(typeof (ext.exports as { getStructureItems?: unknown })?.getStructureItems, 'function', 'activate() must return { getStructureItems }');
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('work-report'), 'language work-report is not contributed');
    // The launcher's modes: Restricted Mode for --untrusted, the installed package for --vsix.
    const mode = process.env.WRA_E2E_MODE;
    assert.strictEqual(vscode.workspace.isTrusted, mode !== 'untrusted', `workspace trust in mode ${mode}`);
    if (mode === 'vsix') {
      assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
      assert.ok(ext.extensionPath.startsWith(process.env.WRA_E2E_EXTENSIONS_DIR ?? '\0'), `extension loaded from ${ext.extensionPath}, not from the extensions dir`);
    }
  });

  test('report: document symbols are the 3 level-1 headings with nested children', async () => {
    const editor = await openFixture(REPORT);
    const doc = editor.document;
    const roots = await documentSymbols(doc.uri);
    const dump = dumpSymbols(roots);
    const level1 = siblingsOf(roots, LEVEL1[0]);
    assert.ok(level1, `no symbol named like ${LEVEL1[0]}:\n${dump}`);
    // A heading symbol is named by its text, with or without the marker 一、; the report title
    // (which also contains 2026年工作计划) may stand beside them as a symbol of its own.
    const names = level1.map((s) => s.name.replace(/^[一二三四五六七八九十]+、/, '').trim());
    const found = LEVEL1.map((n) => names.indexOf(n));
    assert.ok(found.every((i) => i >= 0), `level-1 symbols ${JSON.stringify(names)} lack one of ${JSON.stringify(LEVEL1)}:\n${dump}`);
    assert.deepStrictEqual([...found].sort((a, b) => a - b), found, `level-1 symbols out of order:\n${dump}`);
    assert.strictEqual(level1.filter((s) => /^[一二三四五六七八九十]+、/.test(s.name) || LEVEL1.includes(s.name)).length, 3, `expected exactly 3 level-1 headings:\n${dump}`);

    const work = level1[found[0]];
    assert.ok(work.children.length >= 3, `主要工作 should hold （一）（二）（三）:\n${dump}`);
    assert.ok(work.children[0].children.length >= 2, `（一） should hold 1. and 2.:\n${dump}`);
    assert.strictEqual(work.range.start.line, lineOf(doc, '一、2025年主要工作'), `主要工作 range should start at its heading:\n${dump}`);
    assert.ok(work.range.end.line >= lineOf(doc, '推进xx县城区'), `主要工作 range should cover its section:\n${dump}`);
    assert.ok(work.range.contains(work.selectionRange), 'selectionRange must lie inside range');
    assert.ok(level1[found[1]].children.length >= 3, `存在的问题 should hold 3 children:\n${dump}`);
    await screenshot('report-opened');
  });

  test('report: folding ranges, one per heading section', async () => {
    const editor = await openFixture(REPORT);
    const doc = editor.document;
    const ranges = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return r && r.length ? r : undefined;
    }, 10_000);
    assert.ok(ranges && ranges.length, 'no folding ranges');
    const starts = new Set(ranges.map((r) => r.start));
    for (const heading of ['一、2025年主要工作', '二、存在的问题', '三、2026年工作计划', '（一）政务数据共享持续深化', '（二）一网通办服务提质增效']) {
      assert.ok(starts.has(lineOf(doc, heading)), `no folding range starts at "${heading}" (line ${lineOf(doc, heading)}); ranges: ${JSON.stringify(ranges.map((r) => [r.start, r.end]))}`);
    }
    for (const r of ranges) assert.ok(r.end > r.start && r.end < doc.lineCount, `bad range ${r.start}-${r.end}`);
    const work = ranges.find((r) => r.start === lineOf(doc, '一、2025年主要工作'))!;
    assert.ok(work.end >= lineOf(doc, '推进xx县城区') && work.end < lineOf(doc, '二、存在的问题'), `主要工作 folds ${work.start}-${work.end}`);
  });

  test('multi-report file: one root symbol per speech title, holding its headings', async () => {
    const editor = await openFixture(SPEECHES);
    const roots = await documentSymbols(editor.document.uri);
    const dump = dumpSymbols(roots);
    assert.strictEqual(roots.length, 3, `expected 3 root symbols (one per speech):\n${dump}`);
    roots.forEach((root, i) => {
      assert.ok(root.name.includes(SPEECH_TITLES[i]), `root ${i} is "${root.name}", expected the title ${SPEECH_TITLES[i]}:\n${dump}`);
      assert.ok(root.children.length >= 3, `root ${i} should hold its 一、二、三、 headings:\n${dump}`);
    });
    assert.ok(roots[0].children.some((c) => c.name.includes('清醒认识当前安全生产形势')), `first speech lacks its heading 一:\n${dump}`);
    assert.ok(roots[2].children.some((c) => c.name.includes('全力营造尊师重教的良好氛围')), `third speech lacks its heading 三:\n${dump}`);
    assert.ok(roots[1].range.start.line >= roots[0].range.end.line && roots[2].range.start.line >= roots[1].range.end.line, `speech ranges must not overlap:\n${dump}`);
    await vscode.commands.executeCommand('outline.focus').then(undefined, () => undefined);
    await screenshot('speeches-outline');
  });

  test('getStructureItems: reports with parts and headings (报告结构)', async () => {
    const api = await activateExtension();
    await openFixture(REPORT);
    const items = await api.getStructureItems(fixtureUri(REPORT));
    const dump = dumpItems(items);
    assert.ok(items.length >= 1, 'no structure items');
    const report = items[0];
    assert.ok(report.label.includes('2025年工作总结及2026年工作计划'), `first root should be the report title:\n${dump}`);
    assert.ok(report.children.length >= 3, `the report should show its parts:\n${dump}`);
    const labels = flattenItems(report.children).map((i) => i.label);
    for (const h of LEVEL1) assert.ok(labels.some((l) => l.includes(h)), `"${h}" missing under the report:\n${dump}`);
    // Without a uri: the active editor's document.
    const active = await api.getStructureItems();
    assert.deepStrictEqual(active.map((i) => i.label), items.map((i) => i.label));

    const speeches = await api.getStructureItems(fixtureUri(SPEECHES));
    assert.strictEqual(speeches.length, 3, `one root per speech:\n${dumpItems(speeches)}`);
    speeches.forEach((s, i) => assert.ok(s.label.includes(SPEECH_TITLES[i]), `speech root ${i}: ${s.label}`));
  });

  test('localization follows vscode.env.language (run.mjs --locale zh-cn)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const displayName = String(ext.packageJSON.displayName);
    assert.ok(!displayName.startsWith('%'), `displayName not localized: ${displayName}`);
    if (!vscode.env.language.startsWith('zh')) {
      assert.match(displayName, /Work Report/, `English displayName expected for ${vscode.env.language}`);
      return;
    }
    assert.strictEqual(displayName, '工作报告助手', 'package.nls.zh-cn.json not applied');
    // Runtime strings (vscode.l10n, l10n/bundle.l10n.zh-cn.json): the part nodes of the 报告结构 view.
    const api = await activateExtension();
    const [report] = await api.getStructureItems(fixtureUri(REPORT));
    assert.ok(report, 'no structure items');
    const parts = report.children.map((c) => c.label);
    assert.ok(parts.some((l) => /^(总结|问题|计划)/.test(l)), `part labels not in Chinese: ${JSON.stringify(parts)}`);
  });

  test('diagnostics for the planted defects: placeholder and numbering-sequence', async () => {
    const editor = await openFixture(REPORT);
    const doc = editor.document;
    const want = ['placeholder', 'numbering-sequence'];
    await waitFor(() => {
      const codes = vscode.languages.getDiagnostics(doc.uri).map(codeOf);
      return want.every((c) => codes.includes(c));
    }, 10_000);
    const diags = await ourDiagnostics(doc.uri, 1, 0);
    const summary = diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n');
    for (const c of want) assert.ok(diags.some((d) => codeOf(d) === c), `no '${c}' diagnostic; got:\n${summary || '(none)'}`);

    const xxLine = lineOf(doc, '推进xx县城区');
    const placeholder = diags.find((d) => codeOf(d) === 'placeholder' && d.range.start.line === xxLine);
    assert.ok(placeholder, `no placeholder diagnostic on line ${xxLine + 1}; got:\n${summary}`);
    assert.ok(doc.getText(placeholder.range).includes('xx'), `placeholder range covers "${doc.getText(placeholder.range)}"`);

    const jumpLine = lineOf(doc, '（四）夯实安全保障基础');
    assert.ok(diags.some((d) => codeOf(d) === 'numbering-sequence' && d.range.start.line === jumpLine), `no numbering-sequence diagnostic on line ${jumpLine + 1}; got:\n${summary}`);
    await screenshot('report-diagnostics');
  });

  test('diagnostics: missing-number for 达到%', async () => {
    const editor = await openFixture(REPORT);
    const doc = editor.document;
    const line = lineOf(doc, '目录挂接率达到%');
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'missing-number' && d.range.start.line === line), 10_000);
    const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'work-report');
    assert.ok(
      diags.some((d) => codeOf(d) === 'missing-number' && d.range.start.line === line),
      `no missing-number diagnostic on line ${line + 1}; got:\n${diags.map((d) => `${d.range.start.line + 1} ${codeOf(d)}`).join('\n') || '(none)'}`,
    );
  });
});
