// Next-number completion in the real editor: at the start of a new line under （二）, typing （ offers
// （三） first; typing 四 after 三、's section offers 四、.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openFixture } from './helpers';

const FIXTURE = '2025年工作总结及2026年工作计划.txt';

async function completionsAfterTyping(editor: vscode.TextEditor, line: number, typed: string): Promise<vscode.CompletionItem[]> {
  const insertAt = new vscode.Position(line, 0);
  await editor.edit((builder) => builder.insert(insertAt, `${typed}\n`));
  const position = new vscode.Position(line, typed.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, typed.slice(-1));
  return list.items;
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('completion: the next heading number', () => {
  setup(async () => {
    await closeAllEditors();
    await activateExtension();
  });

  test('typing （ on a new line after （二）’s section offers （三） first', async () => {
    const editor = await openFixture(FIXTURE);
    const before = editor.document.getText().split(/\r?\n/).findIndex((text) => text.startsWith('（三）数字基础设施'));
    assert.ok(before > 0, 'fixture has （三）数字基础设施');
    const items = await completionsAfterTyping(editor, before, '（');
    const ours = items.filter((item) => /^（[一二三四五六七八九十]+）$/.test(labelOf(item)));
    assert.ok(ours.length > 0, `no heading completions: ${items.map(labelOf).join(' ')}`);
    const sorted = [...ours].sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
    assert.strictEqual(labelOf(sorted[0]), '（三）');
    await vscode.commands.executeCommand('undo');
  });

  test('typing 四 at a line start after 三、 offers 四、', async () => {
    const editor = await openFixture(FIXTURE);
    const lines = editor.document.getText().split(/\r?\n/);
    const items = await completionsAfterTyping(editor, lines.length - 1, '四');
    assert.ok(items.some((item) => labelOf(item) === '四、'), `offered: ${items.map(labelOf).join(' ')}`);
    await vscode.commands.executeCommand('undo');
  });
});
