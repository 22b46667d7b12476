// Journey "navigating a long file of many reports": 2025年全县专题工作会议讲话汇编.txt holds twelve
// speeches (394 lines). The Outline (document symbols) and 报告结构 (getStructureItems, and the views
// on the page) show one root per speech; revealing a heading (workReport.revealLine, a click in
// 报告结构, Go to Symbol) moves the cursor there; folding hides exactly the sections.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SELECTORS,
  activateExtension,
  closeAllEditors,
  dumpItems,
  dumpSymbols,
  lineOf,
  openFixture,
  screenshot,
  settledDiagnostics,
  ui,
  waitFor,
} from './helpers';

export const LONG = '2025年全县专题工作会议讲话汇编.txt';
const TOPICS = ['安全生产', '农业农村', '教育', '卫生健康', '文化旅游', '生态环境保护', '招商引资', '优化营商环境', '乡村振兴', '交通运输', '民政', '科技创新'];
const TITLES = TOPICS.map((t) => `在2025年全县${t}工作会议上的讲话`);

async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const symbols = await waitFor(async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    return s && s.length ? s : undefined;
  });
  assert.ok(symbols, 'no document symbols');
  return symbols;
}

const isVisible = (editor: vscode.TextEditor, line: number) => editor.visibleRanges.some((r) => r.start.line <= line && line <= r.end.line);

/** Waits until `probe` holds for the editor's visible ranges (folding and scrolling are asynchronous). */
async function visibleWhen(editor: vscode.TextEditor, probe: () => boolean, what: string): Promise<void> {
  await waitFor(probe, 5_000, 50);
  assert.ok(probe(), `${what}; visible ranges ${JSON.stringify(editor.visibleRanges.map((r) => [r.start.line, r.end.line]))}`);
}

suite('journey: a long file of twelve speeches → Outline, 报告结构, reveal, folding', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('Outline (document symbols) and 报告结构 (getStructureItems) show each speech as a root', async () => {
    const editor = await openFixture(LONG);
    const doc = editor.document;
    const roots = await symbolsOf(doc.uri);
    const dump = dumpSymbols(roots);
    assert.deepStrictEqual(roots.map((r) => r.name), TITLES, `Outline roots:\n${dump}`);
    roots.forEach((root, i) => {
      assert.strictEqual(root.selectionRange.start.line, lineOf(doc, TITLES[i]), `root ${i} selection`);
      assert.deepStrictEqual(root.children.map((c) => c.name.slice(0, 2)), ['一、', '二、', '三、'], `speech ${i + 1} headings:\n${dump}`);
      assert.strictEqual(root.children[2].children.length, 3, `speech ${i + 1}: 三、 holds （一）（二）（三）:\n${dump}`);
      if (i > 0) assert.ok(root.range.start.line > roots[i - 1].range.end.line - 1, `speech ranges overlap:\n${dump}`);
    });

    const api = await activateExtension();
    const items = await api.getStructureItems(doc.uri);
    assert.deepStrictEqual(items.map((i) => i.label), TITLES, `报告结构 roots:\n${dumpItems(items)}`);
    for (const item of items) {
      const headings = item.children.flatMap((part) => part.children.map((h) => h.label));
      assert.strictEqual(headings.length, 3, `${item.label}: its 一、二、三、 under the parts:\n${dumpItems(items)}`);
      assert.match(item.description ?? '', /\d+/, `${item.label}: a character count`);
    }
  });

  test('on the page: the Outline view and the 报告结构 view list the twelve speeches', async function () {
    if (!ui.available()) return this.skip();
    const editor = await openFixture(LONG);
    await symbolsOf(editor.document.uri);
    await vscode.commands.executeCommand('outline.focus');
    // Virtualized trees render only what fits: aria-setsize on a root row is the number of roots.
    const outline = await waitFor(async () => {
      const rows = (await ui.query(`${SELECTORS.outlineRows}[aria-level="1"]`, 'aria-setsize')).filter((r) => r.visible);
      return rows.length && rows[0].text.includes(TITLES[0]) ? rows : undefined;
    });
    assert.ok(outline, 'Outline view shows no root for the first speech');
    assert.strictEqual(outline[0].attribute, '12', `Outline roots (aria-setsize): ${outline[0].attribute}`);

    await vscode.commands.executeCommand('workReport.structure.focus');
    const structure = await waitFor(async () => {
      const rows = (await ui.query(`${SELECTORS.structureRows}[aria-level="1"]`, 'aria-setsize')).filter((r) => r.visible);
      return rows.length && rows[0].text.includes(TITLES[0]) ? rows : undefined;
    });
    assert.ok(structure, '报告结构 view shows no root for the first speech');
    assert.strictEqual(structure[0].attribute, '12', `报告结构 roots (aria-setsize): ${structure[0].attribute}`);
    await screenshot('long-file-outline-structure');
  });

  test('revealing a heading moves the cursor: workReport.revealLine, a click in 报告结构, Go to Symbol', async function () {
    const editor = await openFixture(LONG);
    const doc = editor.document;
    // The command behind every 报告结构 item, for a heading far down the file.
    const far = lineOf(doc, '三、扎实做好今年民政各项重点工作');
    await vscode.commands.executeCommand('workReport.revealLine', far);
    assert.strictEqual(editor.selection.active.line, far, 'cursor after workReport.revealLine');
    await visibleWhen(editor, () => isVisible(editor, far), `line ${far + 1} should be scrolled into view`);
    if (!ui.available()) return;

    // A click on a heading in the 报告结构 view.
    await vscode.commands.executeCommand('workReport.structure.focus');
    const heading = '二、清醒认识安全生产工作面临的形势';
    const target = lineOf(doc, heading);
    // The view re-renders when diagnostics arrive (the word-level ones come later): let them settle,
    // and click again should a re-render have swallowed the click.
    await settledDiagnostics(doc.uri);
    for (let attempt = 0; attempt < 3 && editor.selection.active.line !== target; attempt++) {
      await waitFor(async () => (await ui.query(SELECTORS.structureRows)).some((r) => r.visible && r.text.includes(heading)));
      await ui.click(`${SELECTORS.structureRows}[aria-label^="${heading}"]`);
      await waitFor(() => editor.selection.active.line === target, 2_000);
    }
    assert.strictEqual(editor.selection.active.line, target, `cursor after clicking "${heading}" in 报告结构`);

    // Go to Symbol in Editor (Ctrl+Shift+O): type a heading, Enter.
    const last = '三、扎实做好今年科技创新各项重点工作';
    await vscode.commands.executeCommand('workbench.action.gotoSymbol');
    await ui.waitFor(SELECTORS.quickInputRows);
    await ui.insert('科技创新各项重点');
    await ui.texts(SELECTORS.quickInputRows, (t) => t.length > 0 && t[0].includes(last));
    await ui.press('Enter');
    await waitFor(() => editor.selection.active.line === lineOf(doc, last), 5_000);
    assert.strictEqual(editor.selection.active.line, lineOf(doc, last), 'cursor after Go to Symbol');
  });

  test('folding: fold all leaves the twelve titles, fold/unfold one section', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const editor = await openFixture(LONG);
    const doc = editor.document;
    const ranges = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return r && r.length ? r : undefined;
    });
    assert.ok(ranges, 'no folding ranges');
    const titleLines = TITLES.map((t) => lineOf(doc, t));
    for (const l of titleLines) assert.ok(ranges.some((r) => r.start === l), `no folding range for the speech at line ${l + 1}`);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.foldAll');
    const body = lineOf(doc, '今天召开全县安全生产工作会议');
    // Folded, each speech is its title line (and the blank lines between speeches): the non-empty
    // lines in view are consecutive titles, from the first one and, scrolled down, to the last.
    const shownTexts = () => {
      const shown: string[] = [];
      for (const r of editor.visibleRanges) for (let l = r.start.line; l <= r.end.line; l++) if (doc.lineAt(l).text.trim()) shown.push(doc.lineAt(l).text);
      return shown;
    };
    const onlyTitles = (from: 'start' | 'end') => {
      const shown = shownTexts();
      const expected = from === 'start' ? TITLES.slice(0, shown.length) : TITLES.slice(TITLES.length - shown.length);
      return shown.length >= 6 && JSON.stringify(shown) === JSON.stringify(expected);
    };
    await visibleWhen(editor, () => onlyTitles('start') && !isVisible(editor, body), `after fold all only titles should be visible, from the first: ${JSON.stringify(shownTexts())}`);
    editor.revealRange(new vscode.Range(titleLines[11], 0, titleLines[11], 0), vscode.TextEditorRevealType.InCenter);
    await visibleWhen(editor, () => onlyTitles('end'), `after fold all and scrolling down, only titles up to the last: ${JSON.stringify(shownTexts())}`);
    await vscode.commands.executeCommand('editor.unfoldAll');
    await visibleWhen(editor, () => isVisible(editor, body), 'after unfold all the first speech body should be visible');

    // One section: the second speech's 二、 (cursor on its heading line).
    const heading = lineOf(doc, '二、清醒认识农业农村工作面临的形势');
    const inside = heading + 2;
    editor.selection = new vscode.Selection(heading, 0, heading, 0);
    editor.revealRange(new vscode.Range(heading, 0, heading, 0), vscode.TextEditorRevealType.AtTop);
    await visibleWhen(editor, () => isVisible(editor, inside), 'section body visible before folding');
    await vscode.commands.executeCommand('editor.fold');
    await visibleWhen(editor, () => isVisible(editor, heading) && !isVisible(editor, inside) && isVisible(editor, lineOf(doc, '三、扎实做好今年农业农村各项重点工作')), `fold at line ${heading + 1} should hide its body only`);
    await vscode.commands.executeCommand('editor.unfold');
    await visibleWhen(editor, () => isVisible(editor, inside), 'unfold should show the body again');
  });
});
