// Restricted Mode (run.mjs --untrusted, the second run of --matrix) behaves as package.json declares
// in capabilities.untrustedWorkspaces: the workspace's workReport.placeholderWords and
// workReport.ignoreWords (fixtures/.vscode/settings.json: ["甲单位"], ["XX科技"]) apply only in a
// trusted workspace; user-level values apply in both; everything else works (the whole suite runs in
// both modes).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, describeDiagnostics, diagnosticsWhen, lineOf, openFixture, settledDiagnostics } from './helpers';

const FILE = '2025年信息中心工作总结.txt';

suite('workspace trust: restricted settings', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  test('workspace placeholderWords / ignoreWords apply only when the workspace is trusted', async () => {
    const trusted = vscode.workspace.isTrusted;
    assert.strictEqual(trusted, process.env.WRA_E2E_MODE !== 'untrusted', `isTrusted in mode ${process.env.WRA_E2E_MODE}`);
    const editor = await openFixture(FILE);
    const doc = editor.document;
    const custom = lineOf(doc, '甲单位');
    const ignored = lineOf(doc, 'XX科技');
    const on = (line: number, diags: vscode.Diagnostic[]) => diags.some((d) => codeOf(d) === 'placeholder' && d.range.start.line === line);
    await diagnosticsWhen(doc.uri, (d) => d.length > 0);
    const diags = await settledDiagnostics(doc.uri);
    const all = describeDiagnostics(diags);
    if (trusted) {
      assert.ok(on(custom, diags), `trusted: the workspace placeholder word 甲单位 must be flagged:\n${all}`);
      assert.ok(!on(ignored, diags), `trusted: XX科技 is a workspace ignore word:\n${all}`);
    } else {
      assert.ok(!on(custom, diags), `Restricted Mode: the workspace placeholder word 甲单位 must not be applied:\n${all}`);
      assert.ok(on(ignored, diags), `Restricted Mode: the workspace ignore word XX科技 must not be applied (XX flagged):\n${all}`);
    }
    assert.strictEqual(diags.length, 1, `exactly one finding:\n${all}`);
  });

  test('workReport.segmentation.userDictionary (a file path) is not read from the workspace in Restricted Mode', () => {
    // The extension reads it with get(); VS Code drops workspace values of restrictedConfigurations
    // in Restricted Mode (get and inspect), which this relies on.
    const value = vscode.workspace.getConfiguration('workReport').get<string>('segmentation.userDictionary', '');
    assert.strictEqual(value, vscode.workspace.isTrusted ? '本单位词典.utf8' : '', 'segmentation.userDictionary as the extension reads it');
  });

  test('user-level placeholderWords: used in Restricted Mode; overridden by the workspace value when trusted', async () => {
    const settings = vscode.workspace.getConfiguration('workReport');
    await settings.update('placeholderWords', ['合作项目'], vscode.ConfigurationTarget.Global);
    try {
      const editor = await openFixture(FILE);
      const doc = editor.document;
      const user = lineOf(doc, '合作项目');
      const workspace = lineOf(doc, '甲单位');
      const on = (line: number, diags: vscode.Diagnostic[]) => diags.some((d) => codeOf(d) === 'placeholder' && d.range.start.line === line);
      const expectUser = !vscode.workspace.isTrusted;
      const diags = await diagnosticsWhen(doc.uri, (d) => on(user, d) === expectUser && on(workspace, d) === !expectUser);
      const all = describeDiagnostics(diags);
      assert.strictEqual(on(user, diags), expectUser, `user placeholder word 合作项目 ${expectUser ? 'not ' : ''}flagged:\n${all}`);
      assert.strictEqual(on(workspace, diags), !expectUser, `workspace placeholder word 甲单位:\n${all}`);
    } finally {
      await settings.update('placeholderWords', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
