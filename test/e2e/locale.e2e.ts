// The display language (run.mjs --locale zh-cn, the second run of --matrix): the extension's UI
// follows vscode.env.language — in Chinese the status bar item, the diagnostics (also as the
// Problems panel shows them), the command titles in the Command Palette and the view's name are
// Chinese; in English they are English. (VS Code's own chrome stays English: no language pack
// offline, see scripts/e2e/README.md.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  SELECTORS,
  activateExtension,
  closeAllEditors,
  isChinese,
  openFixture,
  ourDiagnostics,
  problemsPanelRows,
  reportStatusText,
  ui,
  waitFor,
} from './helpers';

const REPORT = '2025年工作总结及2026年工作计划.txt';
const HAN = /[\u4e00-\u9fff]/;

const COMMANDS_ZH = ['工作报告: 新建工作报告…', '工作报告: 重新编号', '工作报告: 下一个待填项', '工作报告: 上一个待填项', '工作报告: 修复所有确定的问题', '工作报告: 刷新报告结构'];
const COMMANDS_EN = ['Work Report: New Work Report…', 'Work Report: Renumber Headings and Series', 'Work Report: Go to Next Unfilled Placeholder', 'Work Report: Go to Previous Unfilled Placeholder', 'Work Report: Fix All Certain Problems', 'Work Report: Refresh Report Structure'];

suite('display language: the extension UI follows vscode.env.language', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('diagnostic messages', async () => {
    const editor = await openFixture(REPORT);
    const diags = await ourDiagnostics(editor.document.uri, 3);
    for (const d of diags) {
      if (isChinese()) assert.ok(HAN.test(d.message.replace(/“[^”]*”/g, '')) && !/\b(the|is|not)\b/i.test(d.message), `not Chinese: ${d.message}`);
      else assert.ok(/[a-z]{3,}/i.test(d.message.replace(/"[^"]*"/g, '')), `not English: ${d.message}`);
    }
  });

  test('on the page: status bar item, Problems panel, Command Palette, view name', async function () {
    if (!ui.available()) return this.skip();
    const zh = isChinese();
    const editor = await openFixture(REPORT);
    const diags = await ourDiagnostics(editor.document.uri, 3);

    const status = await waitFor(async () => {
      const s = await reportStatusText();
      return /\d/.test(s) ? s : '';
    });
    if (zh) assert.match(status, /^\d+ 字 1 处待填$/, `status bar item: "${status}"`);
    else assert.match(status, /^\d+ chars 1 to fill$/, `status bar item: "${status}"`);

    const rows = await problemsPanelRows((l) => diags.every((d) => l.some((r) => r.includes(d.message))));
    for (const d of diags) assert.ok(rows.some((r) => r.includes(d.message)), `Problems panel lacks "${d.message}":\n${rows.join('\n')}`);

    await vscode.commands.executeCommand('workbench.action.showCommands');
    await ui.waitFor(SELECTORS.quickInputBox);
    await ui.insert(zh ? '工作报告: ' : 'Work Report: ');
    const want = zh ? COMMANDS_ZH : COMMANDS_EN;
    const palette = await ui.texts(SELECTORS.quickInputRows, (t) => want.every((c) => t.some((r) => r.includes(c))), 5_000);
    await ui.press('Escape');
    for (const c of want) assert.ok(palette.some((r) => r.includes(c)), `Command Palette lacks "${c}": ${JSON.stringify(palette)}`);
    assert.ok(!palette.some((r) => /workReport\.(ignoreWord|revealLine)/.test(r)), 'internal commands must not be listed');

    await vscode.commands.executeCommand('workReport.structure.focus');
    const header = await ui.texts(SELECTORS.structureHeader, (t) => t.length > 0);
    assert.ok(header.some((h) => h.toLowerCase().includes(zh ? '报告结构' : 'report structure')), `view header: ${JSON.stringify(header)}`);
  });
});
