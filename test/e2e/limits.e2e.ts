// Limits (issue 7): a GBK report opened as UTF-8, a binary file and a 10 MB report, in the real
// VS Code. Their files are generated at test time into the run's temporary workspace (limits/…): the
// GBK bytes by test/e2e/gbk.ts, the binary bytes by hand, the 10 MB report from the other fixtures.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  DIAGNOSTIC_SOURCE,
  SELECTORS,
  activateExtension,
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  fixtureUri,
  isChinese,
  reportStatusText,
  settledDiagnostics,
  sleep,
  ui,
  waitFor,
  workspaceRoot,
} from './helpers';
import { encodeGbk } from './gbk';

/** The extension's API as these tests use it (src/vscode/extension.ts WorkReportApi). */
interface LimitsApi {
  lintStats(uri: vscode.Uri): { lints: number; lastLintMs: number; delayMs: number; findings: number; published: number } | undefined;
  documentState(uri: vscode.Uri): 'report' | 'other' | 'binary' | 'misdecoded' | undefined;
  encodingNoticeShown(uri: vscode.Uri): boolean;
  outputLines(): readonly string[];
  parseCount(): number;
}

async function api(): Promise<LimitsApi> {
  return (await activateExtension()) as unknown as LimitsApi;
}

/** A report of our own writing with three planted defects: xx县 (line 4), 达到% (line 5), （二）→（四） (line 6). */
const GBK_REPORT = [
  '青山县水利局2025年工作总结及2026年工作计划',
  '',
  '一、2025年主要工作',
  '（一）防汛抗旱有序推进。全年检修泵站12座，清理xx县境内河道36公里。',
  '（二）农村供水保障有力。集中供水率达到%，受益群众3.4万人。',
  '（四）水土保持成效明显。治理水土流失面积18平方公里。',
  '二、存在的问题',
  '一是部分工程老化；二是专业人员不足。',
  '三、2026年工作计划',
  '继续实施小型水库除险加固，确保安全度汛。',
  '',
].join('\n');

function limitsFile(name: string, content: Buffer | string): vscode.Uri {
  const folder = path.join(workspaceRoot().fsPath, 'limits');
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, name), content);
  return fixtureUri(`limits/${name}`);
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

const t = (en: string, zh: string) => (isChinese() ? zh : en);

/** Our status bar item's text once it satisfies `accept` (or the last one seen). */
async function statusWhen(accept: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
  let text = '';
  await waitFor(async () => accept((text = await reportStatusText())), timeoutMs, 150);
  return text;
}

const NOTIFICATION = '.notifications-toasts .notification-toast';

suite('limits: a GBK report opened as UTF-8', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('notifications.clearAll');
  });
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('files').update('autoGuessEncoding', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeAllEditors();
  });

  test('garbled: no diagnostics, a notice and the status bar say so; reopened as GB18030 it is checked', async function () {
    this.timeout(60_000);
    const bytes = encodeGbk(GBK_REPORT);
    const uri = limitsFile('水利局2025年工作总结.txt', bytes);
    const editor = await open(uri);
    const document = editor.document;
    assert.strictEqual(document.encoding, 'utf8', 'VS Code opens it as UTF-8 (files.autoGuessEncoding is off)');
    assert.ok(document.getText().includes('\ufffd'), 'shown with replacement characters');
    const extension = await api();
    assert.ok(await waitFor(() => extension.encodingNoticeShown(uri), 10_000), 'the wrong-encoding notice was shown');
    assert.strictEqual(extension.documentState(uri), 'misdecoded');
    assert.strictEqual(describeDiagnostics(await settledDiagnostics(uri, 800)), '(none)', 'no diagnostics for garbled text');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual((symbols ?? []).map((s) => s.name), [], 'no outline for garbled text');

    const reopen = t('Reopen as GB18030', '以 GB18030 重新打开');
    if (ui.available()) {
      const status = await statusWhen((text) => text.includes(t('Wrong encoding: not checked', '编码不符，未检查')));
      assert.ok(status.includes(t('Wrong encoding: not checked', '编码不符，未检查')), `status bar: "${status}"`);
      const toast = `${NOTIFICATION}:has-text("水利局2025年工作总结.txt")`;
      await ui.waitFor(toast, 'visible', 10_000);
      const [notice] = (await ui.query(toast)).filter((e) => e.visible);
      assert.ok(notice.text.includes('GBK/GB18030'), notice.text);
      assert.ok(notice.text.includes(t('Do not save it while it is garbled', '乱码状态下不要保存')), notice.text);
      for (const button of [reopen, t('Choose Encoding…', '选择编码…'), t('Always Guess Encoding', '总是自动猜测编码')]) {
        assert.ok(notice.text.includes(button), `button "${button}" in: ${notice.text}`);
      }
      await ui.click(`${toast} .monaco-button:has-text("${reopen}")`);
    } else {
      await vscode.commands.executeCommand('workReport.reopenAsGb18030', uri);
    }

    await waitFor(() => document.encoding === 'gb18030' && document.getText() === GBK_REPORT, 10_000);
    assert.strictEqual(document.encoding, 'gb18030', 'reopened as GB18030');
    assert.strictEqual(document.getText(), GBK_REPORT, 'the text, decoded right');
    assert.strictEqual(document.isDirty, false);
    const diagnostics = await settledDiagnostics(uri, 800, 15_000);
    assert.deepStrictEqual(
      diagnostics.map((d) => `${d.range.start.line + 1} ${codeOf(d)}`).sort(),
      ['4 placeholder', '5 missing-number', '6 numbering-sequence'],
      describeDiagnostics(diagnostics),
    );
    assert.strictEqual(extension.documentState(uri), 'report');
    const reopenedSymbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok((reopenedSymbols ?? []).some((s) => s.name.includes('水利局2025年工作总结')), 'outline after reopening');
    if (ui.available()) {
      const status = await statusWhen((text) => text.includes(t('to fill', '处待填')));
      assert.ok(/\d/.test(status) && !status.includes(t('not checked', '未检查')), `status bar after reopening: "${status}"`);
    }
    assert.deepStrictEqual(fs.readFileSync(uri.fsPath), bytes, 'the file was not written');

    // Filled in and saved, it stays GB18030.
    const placeholder = diagnostics.find((d) => codeOf(d) === 'placeholder')!;
    const current = await vscode.window.showTextDocument(document, { preview: false });
    assert.ok(await current.edit((edit) => edit.replace(placeholder.range, '青山')), 'edited');
    assert.ok(await document.save(), 'saved');
    const saved = fs.readFileSync(uri.fsPath);
    assert.deepStrictEqual(saved, encodeGbk(GBK_REPORT.replace('xx县', '青山县')), 'written back as GBK');
  });

  test('a GBK report whose name says nothing is found by reading its bytes as GB18030; other GBK text is left alone', async function () {
    this.timeout(60_000);
    const report = limitsFile('water.txt', encodeGbk(GBK_REPORT));
    const other = limitsFile('shopping.txt', encodeGbk('周末采购：白菜两棵，豆腐一块，鸡蛋十个。\n记得带购物袋。\n'));
    const extension = await api();
    await open(other);
    await sleep(1_500);
    assert.strictEqual(extension.documentState(other), 'other');
    assert.strictEqual(extension.encodingNoticeShown(other), false, 'no notice for a GBK file that is not a report');
    if (ui.available()) assert.strictEqual(await statusWhen((text) => text === ''), '', 'status bar item hidden for it');

    await open(report);
    assert.ok(await waitFor(() => extension.encodingNoticeShown(report), 10_000), 'notice for the GBK report named water.txt');
    assert.strictEqual(extension.documentState(report), 'misdecoded');
    assert.strictEqual(describeDiagnostics(await settledDiagnostics(report, 800)), '(none)');
    if (ui.available()) {
      const status = await statusWhen((text) => text.includes(t('Wrong encoding: not checked', '编码不符，未检查')));
      assert.ok(status.includes(t('Wrong encoding: not checked', '编码不符，未检查')), `status bar: "${status}"`);
    }
  });

  test('garbled for good (UTF-8 that is mostly �): the same status, and a notice that the text is lost, without buttons', async function () {
    this.timeout(30_000);
    const garbled = new TextDecoder('utf-8').decode(encodeGbk(GBK_REPORT));
    const uri = limitsFile('水利局2025年工作要点.txt', garbled);
    const document = (await open(uri)).document;
    assert.strictEqual(document.getText(), garbled);
    const extension = await api();
    assert.ok(await waitFor(() => extension.encodingNoticeShown(uri), 10_000), 'notice shown');
    assert.strictEqual(extension.documentState(uri), 'misdecoded');
    assert.strictEqual(describeDiagnostics(await settledDiagnostics(uri, 800)), '(none)');
    if (ui.available()) {
      const toast = `${NOTIFICATION}:has-text("水利局2025年工作要点.txt")`;
      await ui.waitFor(toast, 'visible', 10_000);
      const [notice] = (await ui.query(toast)).filter((e) => e.visible);
      assert.ok(notice.text.includes(t('mostly replacement characters', '大多是替换字符')), notice.text);
      assert.ok(notice.text.includes(t('look for an earlier copy', '之前的副本')), notice.text);
      for (const button of [t('Reopen as GB18030', '以 GB18030 重新打开'), t('Choose Encoding…', '选择编码…'), t('Always Guess Encoding', '总是自动猜测编码')]) {
        assert.ok(!notice.text.includes(button), `no "${button}" button: ${notice.text}`);
      }
      const status = await statusWhen((text) => text.includes(t('Wrong encoding: not checked', '编码不符，未检查')));
      assert.ok(status.includes(t('Wrong encoding: not checked', '编码不符，未检查')), `status bar: "${status}"`);
    }
  });

  test('总是自动猜测编码 sets files.autoGuessEncoding in the user settings and reopens the document', async function () {
    if (!ui.available()) return this.skip();
    this.timeout(60_000);
    const uri = limitsFile('水利局2025年工作计划.txt', encodeGbk(GBK_REPORT.replace('工作总结及2026年工作计划', '工作计划')));
    const document = (await open(uri)).document;
    const extension = await api();
    assert.ok(await waitFor(() => extension.encodingNoticeShown(uri), 10_000));
    const toast = `${NOTIFICATION}:has-text("水利局2025年工作计划.txt")`;
    await ui.waitFor(toast, 'visible', 10_000);
    await ui.click(`${toast} .monaco-button:has-text("${t('Always Guess Encoding', '总是自动猜测编码')}")`);
    await waitFor(() => document.encoding === 'gb18030' && !document.getText().includes('\ufffd'), 10_000);
    assert.strictEqual(document.encoding, 'gb18030', 'reopened as GB18030');
    assert.ok(!document.getText().includes('\ufffd'), 'decoded right');
    const setting = vscode.workspace.getConfiguration('files').inspect<boolean>('autoGuessEncoding');
    assert.strictEqual(setting?.globalValue, true, 'set in the user settings');
    assert.strictEqual(setting?.workspaceValue, undefined, 'not in the workspace settings');
    assert.ok((await settledDiagnostics(uri, 800, 15_000)).length > 0, 'checked after reopening');
  });
});

suite('limits: a binary file', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(closeAllEditors);
  suiteTeardown(closeAllEditors);

  /**
   * VS Code opens a file as text unless it finds a NUL in its first 512 bytes: a text-like header of
   * 600 bytes, then binary data with NULs (as in some PDFs and archives with a text preamble).
   */
  const binaryAfterHeader = () =>
    Buffer.concat([
      Buffer.from('%PDF-1.7\n' + '% header line of a document container, plain ASCII for a while\n'.repeat(10)),
      Buffer.from(Array.from({ length: 2048 }, (_, i) => (i % 7 === 0 ? 0 : (i * 37) % 256))),
    ]);

  test('a binary file named like a report: not checked, and the status bar says so (no popup)', async function () {
    this.timeout(30_000);
    const uri = limitsFile('2025年工作总结.txt', binaryAfterHeader());
    const editor = await open(uri);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const extension = await api();
    assert.ok(await waitFor(() => extension.documentState(uri) === 'binary', 5_000), `state ${extension.documentState(uri)}`);
    assert.strictEqual(describeDiagnostics(await settledDiagnostics(uri, 800)), '(none)');
    assert.strictEqual(extension.encodingNoticeShown(uri), false);
    if (ui.available()) {
      const status = await statusWhen((text) => text.includes(t('Binary file: not checked', '二进制文件，未检查')));
      assert.ok(status.includes(t('Binary file: not checked', '二进制文件，未检查')), `status bar: "${status}"`);
      assert.strictEqual((await ui.query(NOTIFICATION)).filter((e) => e.visible).length, 0, 'no notification');
    }
  });

  test('a binary file with another name: nothing at all (no nagging on every binary file)', async function () {
    this.timeout(30_000);
    const uri = limitsFile('container.txt', binaryAfterHeader());
    await open(uri);
    const extension = await api();
    await sleep(800);
    assert.strictEqual(extension.documentState(uri), 'other');
    assert.strictEqual(describeDiagnostics(await settledDiagnostics(uri, 500)), '(none)');
    if (ui.available()) assert.strictEqual(await statusWhen((text) => text === ''), '', 'status bar item hidden');
  });

  test('a binary .report forced open with VS Code\'s "Open Anyway", then set to our language: not checked, the status bar says so', async function () {
    if (!ui.available()) return this.skip();
    this.timeout(30_000);
    const uri = limitsFile('picture.report', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]));
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /binary/i, 'VS Code refuses to open it as text');
    await vscode.commands.executeCommand('vscode.open', uri);
    const openAnyway = '.editor-container .monaco-button:has-text("Open Anyway"), .editor-container a:has-text("Open Anyway")';
    await ui.waitFor(openAnyway, 'visible', 10_000);
    await ui.click(openAnyway);
    // VS Code asks which editor: "Text Editor" is the first row.
    const rows = await ui.texts(SELECTORS.quickInputRows, (r) => r.some((x) => x.startsWith('Text Editor')), 10_000);
    assert.ok(rows.some((x) => x.startsWith('Text Editor')), `editor picker: ${JSON.stringify(rows)}`);
    await ui.press('Enter');
    const document = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor.document, 10_000);
    assert.ok(document, 'the text editor shows it');
    // VS Code gives a file opened this way its own language, not ours: nothing from us.
    assert.strictEqual(document.languageId, 'code-text-binary');
    const extension = await api();
    assert.strictEqual(extension.documentState(uri), 'other');
    assert.strictEqual(await statusWhen((text) => text === ''), '', 'status bar item hidden');
    // The user then picks our language for it (Change Language Mode): still not checked, and said so.
    const asReport = await vscode.languages.setTextDocumentLanguage(document, 'work-report');
    assert.strictEqual(asReport.languageId, 'work-report');
    assert.ok(await waitFor(() => extension.documentState(uri) === 'binary', 5_000), `state ${extension.documentState(uri)}`);
    assert.strictEqual(describeDiagnostics(await settledDiagnostics(uri, 800)), '(none)');
    const status = await statusWhen((text) => text.includes(t('Binary file: not checked', '二进制文件，未检查')));
    assert.ok(status.includes(t('Binary file: not checked', '二进制文件，未检查')), `status bar: "${status}"`);
  });
});

suite('limits: a 10 MB report', () => {
  let uri: vscode.Uri;
  let blockCopies = 0;
  const REPORTS_PER_BLOCK = 14; // twelve speeches + two reports

  suiteSetup(async function () {
    this.timeout(60_000);
    await activateExtension();
    await closeAllEditors();
    // The twelve-speech collection and the two reports with planted defects, repeated to 10 MB.
    const block =
      ['2025年全县专题工作会议讲话汇编.txt', '2025年工作总结及2026年工作计划.txt', '青山县教育局2025年工作总结.txt']
        .map((name) => fs.readFileSync(fixtureUri(name).fsPath, 'utf8').replace(/\s+$/, ''))
        .join('\n\n') + '\n\n';
    blockCopies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(block));
    uri = limitsFile('2025年全县工作汇编（十兆）.txt', block.repeat(blockCopies));
  });
  suiteTeardown(async function () {
    this.timeout(30_000);
    await closeAllEditors();
  });

  test('diagnostics arrive (at most 1,000, with a notice), no segmentation (with a notice), Outline symbols, a responsive host while typing', async function () {
    this.timeout(240_000);
    const extension = await api();
    const editor = await open(uri);
    const document = editor.document;
    assert.ok(document.getText().length > 3_000_000, `${document.getText().length} characters`);

    // Character-level diagnostics, capped at what VS Code shows (1,000 per file), one of them our notice.
    const diagnostics = await settledDiagnostics(uri, 2_000, 120_000);
    const stats = extension.lintStats(uri);
    assert.ok(stats, 'linted');
    assert.ok(stats.findings > 1000, `findings: ${stats.findings}`);
    assert.strictEqual(diagnostics.length, 1000, 'published: 999 findings and the notice');
    const notice = diagnostics.find((d) => codeOf(d) === 'too-many-problems');
    assert.ok(notice, 'the too-many-problems notice');
    assert.strictEqual(notice.severity, vscode.DiagnosticSeverity.Information);
    assert.ok(notice.message.includes(stats.findings.toLocaleString('en-US')), notice.message);
    assert.ok(notice.message.includes(t('only 999 are shown', '只显示其中 999 个')), notice.message);
    assert.ok(diagnostics.filter((d) => codeOf(d) === 'placeholder').length > 100, 'findings from all over the document');
    assert.ok(diagnostics.every((d) => d.source === DIAGNOSTIC_SOURCE));

    // Segmentation skipped, said once in the output channel.
    const notices = extension.outputLines().filter((line) => line.includes(uri.toString()));
    assert.strictEqual(notices.length, 1, extension.outputLines().join('\n'));
    assert.ok(notices[0].includes(t('Over 1,000,000 characters: checked without word segmentation', '超过 1,000,000 个字符：未做分词')), notices[0]);

    // Outline: one root per report.
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.strictEqual((symbols ?? []).length, REPORTS_PER_BLOCK * blockCopies, 'Outline roots');

    // Typing: an edit every 100 ms, 30 times. The lint waits for a pause as long as its adaptive delay,
    // and so do folding, Outline symbols and the status bar's count (pacing.ts): the host neither lints
    // nor parses the document between keystrokes, and round trips to the workbench stay short. Only a
    // gap between two edits as long as the delay (a slow machine) allows one lint and one parse.
    const small = await vscode.workspace.openTextDocument(fixtureUri('青山县教育局2025年工作总结.txt'));
    const before = extension.lintStats(uri)!;
    assert.ok(before.delayMs >= Math.min(4000, 3 * before.lastLintMs) - 1, `delay ${before.delayMs} ms after a ${before.lastLintMs} ms lint`);
    assert.ok(before.delayMs >= 600, `adaptive delay for a big document, paced: ${before.delayMs} ms (last lint ${before.lastLintMs} ms)`);
    const line = diagnostics.find((d) => codeOf(d) === 'placeholder')!.range.start.line;
    const roundTrips: number[] = [];
    const editsDone: number[] = [];
    const parsesBefore = extension.parseCount();
    const typingStarted = Date.now();
    for (let i = 0; i < 30; i++) {
      const started = Date.now();
      await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '改'));
      editsDone.push(Date.now());
      roundTrips.push(Date.now() - started);
      await sleep(100);
    }
    const typingMs = Date.now() - typingStarted;
    const during = extension.lintStats(uri)!;
    const parsesWhileTyping = extension.parseCount() - parsesBefore;
    const lintsWhileTyping = during.lints - before.lints;
    const shortestDelay = Math.min(before.delayMs, during.delayMs);
    const pauses = editsDone.slice(1).filter((done, i) => done - editsDone[i] >= shortestDelay - 500).length;
    const typingLog = `${lintsWhileTyping} lints and ${parsesWhileTyping} parses while typing for ${typingMs} ms, ${pauses} pauses ≥ the delay of ${before.delayMs} ms; edit round trips ${roundTrips.join(', ')} ms`;
    assert.ok(lintsWhileTyping <= pauses, typingLog);
    assert.ok(parsesWhileTyping <= pauses, typingLog);
    const slowest = Math.max(...roundTrips);
    assert.ok(slowest < 10_000, typingLog);

    // Next-number completion while typing: from the lines above the cursor, without parsing the document.
    const parsesBeforeCompletion = extension.parseCount();
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(line, 0),
    );
    const sinceLastEdit = Date.now() - editsDone[editsDone.length - 1];
    const numbers = completions.items.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember);
    assert.ok(numbers.length > 0, `next-number completions: ${completions.items.map((item) => item.label).join(' ')}`);
    // Unless typing has paused long enough by now for the lint (and its parse) to run.
    if (sinceLastEdit < shortestDelay - 500) {
      assert.strictEqual(extension.parseCount(), parsesBeforeCompletion, `completion in a big document does not parse it (${sinceLastEdit} ms after the last edit)`);
    }

    // A command round trip through the workbench while the document is linted after the pause.
    const pending = waitFor(() => extension.lintStats(uri)!.lints > during.lints, 60_000, 50);
    const probeStarted = Date.now();
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', small.uri);
    const probeMs = Date.now() - probeStarted;
    assert.ok(probeMs < 10_000, `command round trip ${probeMs} ms`);
    assert.ok(await pending, 'linted once typing paused');
    const after = await settledDiagnostics(uri, 2_000, 60_000);
    assert.strictEqual(after.length, 1000);
    // The Outline, asked while typing had just paused, answers once the pause is long enough.
    const symbolsAfter = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.strictEqual((symbolsAfter ?? []).length, REPORTS_PER_BLOCK * blockCopies, 'Outline roots after typing');
    console.log(
      `[e2e]     10 MB: ${document.getText().length} chars, ${stats.findings} findings, lint ${before.lastLintMs.toFixed(0)} ms → delay ${before.delayMs} ms; ` +
        `${typingLog}; command round trip ${probeMs} ms`,
    );
    if (ui.available()) {
      const status = await statusWhen((text) => /\d/.test(text));
      assert.ok(/\d{6,}/.test(status.replace(/,/g, '')), `status bar counts the characters: "${status}"`);
    }
  });
});
