// Word-level checks need nodejieba (a native addon) loaded in the segmentation worker: in the
// packaged extension (run.mjs --vsix) this proves the .vsix ships it loadable, with its dictionaries.
// "医共体医共体" is only found at word boundaries (the character-level part of duplicate-word does
// not know the word), so its diagnostic can only come from the worker.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, describeDiagnostics, diagnosticsWhen } from './helpers';

const TEXT = ['县卫生健康局2025年工作总结', '', '一、主要工作', '', '全年完成医共体医共体建设任务，群众就医更加便捷。', '', '二、存在的问题', '', '基层人才不足。', '', '三、2026年工作计划', '', '持续深化医改。', ''].join('\n');

suite('word segmentation (nodejieba in the worker thread)', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('a word-level finding arrives: doubled "医共体" (duplicate-word)', async function () {
    this.timeout(40_000);
    const doc = await vscode.workspace.openTextDocument({ language: 'work-report', content: TEXT });
    await vscode.window.showTextDocument(doc);
    const line = 4;
    // The first request loads the dictionaries (1–2 s, longer on a busy machine).
    const diags = await diagnosticsWhen(doc.uri, (d) => d.some((x) => codeOf(x) === 'duplicate-word' && x.range.start.line === line), 30_000);
    const hit = diags.find((x) => codeOf(x) === 'duplicate-word' && x.range.start.line === line);
    assert.ok(hit, `no word-level duplicate-word finding on line ${line + 1} (is nodejieba loadable?):\n${describeDiagnostics(diags)}`);
    assert.strictEqual(doc.getText(hit.range), '医共体', `the finding covers "${doc.getText(hit.range)}"`);
  });
});
