// A plain text file that is not a report (notes.txt: a shopping list with "xx" and a 1. 2. 4. jump)
// gets nothing: no diagnostics, symbols or code actions, its text untouched by the commands, our
// status bar item hidden, and the context key workReport.isReport false (the 报告结构 view, shown
// `when: workReport.isReport`, disappears from the Explorer; the report-only commands leave the
// Command Palette).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SELECTORS,
  activateExtension,
  closeAllEditors,
  describeDiagnostics,
  isChinese,
  openFixture,
  ourDiagnostics,
  reportStatusText,
  settledDiagnostics,
  ui,
  waitFor,
} from './helpers';

const REPORT = '2025年工作总结及2026年工作计划.txt';
const NOTES = 'notes.txt';

/** Whether the 报告结构 view is in the Explorer (its pane header is rendered and visible). */
async function structureViewShown(): Promise<boolean> {
  return (await ui.query(SELECTORS.structureHeader)).some((e) => e.visible);
}

/** Command Palette rows for `filter` (opened, read once `settled` holds or after a moment, closed). */
async function paletteRows(filter: string, settled: (rows: string[]) => boolean): Promise<string[]> {
  await vscode.commands.executeCommand('workbench.action.showCommands');
  await ui.waitFor(SELECTORS.quickInputBox);
  await ui.insert(filter);
  const rows = await ui.texts(SELECTORS.quickInputRows, settled, 1_500);
  await ui.press('Escape');
  return rows;
}

suite('a plain .txt that is not a report gets nothing', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('no diagnostics, symbols, code actions or edits from the commands', async () => {
    const report = await openFixture(REPORT);
    await ourDiagnostics(report.document.uri, 1, 10_000); // linting is demonstrably running
    const notes = await openFixture(NOTES);
    const doc = notes.document;
    const original = doc.getText();
    assert.strictEqual(doc.languageId, 'plaintext');
    const diags = await settledDiagnostics(doc.uri, 1_000);
    assert.strictEqual(describeDiagnostics(diags), '(none)');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepStrictEqual((symbols ?? []).map((s) => s.name), [], 'no document symbols');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount - 1, 0));
    assert.deepStrictEqual((actions ?? []).map((a) => a.title), [], 'no code actions');
    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.workReport');
    assert.deepStrictEqual((fixAll ?? []).map((a) => a.title), [], 'no fix-all action');
    for (const command of ['workReport.renumber', 'workReport.fixAll', 'workReport.nextPlaceholder']) {
      await vscode.commands.executeCommand(command);
      assert.strictEqual(doc.getText(), original, `${command} changed notes.txt`);
      assert.strictEqual(notes.selection.isEmpty, true, `${command} selected something in notes.txt`);
    }
    const api = await activateExtension();
    assert.deepStrictEqual(await api.getStructureItems(doc.uri), [], '报告结构 items for notes.txt');
  });

  test('on the page: status bar item hidden, 报告结构 view and report commands gone', async function () {
    if (!ui.available()) return this.skip();
    await openFixture(REPORT);
    await waitFor(async () => (await reportStatusText()) !== '' && (await structureViewShown()));
    assert.notStrictEqual(await reportStatusText(), '', 'status bar item shown for the report');
    assert.ok(await structureViewShown(), '报告结构 view shown for the report (workReport.isReport true)');
    const renumberTitle = isChinese() ? '重新编号' : 'Renumber Headings and Series';
    assert.ok((await paletteRows(renumberTitle, (r) => r.some((x) => x.includes(renumberTitle)))).some((r) => r.includes(renumberTitle)), `"${renumberTitle}" in the Command Palette for a report`);

    await openFixture(NOTES);
    await waitFor(async () => (await reportStatusText()) === '' && !(await structureViewShown()));
    assert.strictEqual(await reportStatusText(), '', 'status bar item must be hidden for notes.txt');
    assert.ok(!(await structureViewShown()), '报告结构 view must be hidden for notes.txt (workReport.isReport false)');
    const rows = await paletteRows(renumberTitle, () => false);
    assert.ok(!rows.some((r) => r.includes(renumberTitle)), `"${renumberTitle}" must not be offered for notes.txt: ${JSON.stringify(rows)}`);
  });
});
