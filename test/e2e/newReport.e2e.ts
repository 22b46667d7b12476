// Journey "starting a report": 新建工作报告 (workReport.newReport) asks the kind (quick pick), the
// organization and the year (input boxes), opens an untitled work-report document with the skeleton
// as a snippet; every blank is flagged until filled, and the Problems panel empties as the blanks
// are filled through the snippet's tab stops.
// Driven like a user through the workbench page (run.mjs serves keyboard input and DOM queries);
// a second test drives the same prompts with workbench commands only (no page: the path that also
// works under scripts/e2e/electron.mjs).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { generateSkeleton, skeletonDefaults } from '../../src/core/skeletons/index';
import {
  KeyStep,
  SELECTORS,
  activateExtension,
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  diagnosticTotals,
  diagnosticsWhen,
  isChinese,
  problemsIndicator,
  problemsPanelRows,
  reportStatusText,
  screenshot,
  settledDiagnostics,
  ui,
  waitFor,
} from './helpers';

const KIND_LABELS_ZH = ['年度工作总结及计划', '工作总结', '工作要点/计划', '讲话稿', '述职报告', '半年总结'];
const KIND_LABELS_EN = ['Annual summary', 'Work summary', 'Work plan', 'Speech', 'Performance review', 'Half-year summary'];

/** Tab stops of a skeleton snippet in order, and what a user types into each. */
function fillsFor(snippet: string): { placeholder: string; text: string }[] {
  const phrases = ['党委政府', '新时代教育思想', '上级', '教育强县', '完成招生计划', '义务教育', '优化学校布局', '新建学校两所', '改造校舍三处', '配备教学设备', '新增学位', '教师培训', '全员轮训', '骨干培养', '学校安全', '隐患排查', '应急演练', '城乡差距较大', '师资结构不优', '经费保障不足', '立德树人', '质量提升', '推进集团化办学', '扩大优质资源', '促进均衡发展', '深化课程改革', '提高课堂效率', '加强师资建设', '完善培训体系', '强化激励', '落实待遇', '改善条件', '推进安全建设', '完善防控体系', '常态化排查', '抓好宣传', '强化考核', '强化督导'];
  const stops = [...snippet.matchAll(/\$\{(\d+):([^}]*)\}/g)].map((m) => ({ index: Number(m[1]), placeholder: m[2] }));
  assert.deepStrictEqual(stops.map((s) => s.index), stops.map((_, i) => i + 1), 'expected tab stops ${1}…${n} in order');
  let phrase = 0;
  let dateParts = 0;
  return stops.map(({ placeholder }) => {
    if (placeholder === '×') return { placeholder, text: dateParts++ % 2 === 0 ? '12' : '28' }; // ×月×日
    if (placeholder === '××') return { placeholder, text: '15' }; // 增长××%
    if (placeholder === '×××') return { placeholder, text: '张明' }; // a name
    return { placeholder, text: phrases[phrase++ % phrases.length] };
  });
}

function fillSnippet(snippet: string, fills: { text: string }[]): string {
  let i = 0;
  return snippet.replace(/\$\{(\d+):([^}]*)\}/g, () => fills[i++].text).replace(/\$0/g, '');
}

const placeholders = (diags: vscode.Diagnostic[]) => diags.filter((d) => codeOf(d) === 'placeholder');

async function waitForUntitledReport(): Promise<vscode.TextEditor> {
  const editor = await waitFor(() => {
    const e = vscode.window.activeTextEditor;
    return e && e.document.isUntitled && e.document.languageId === 'work-report' && e.document.getText().length > 0 ? e : undefined;
  }, 10_000);
  assert.ok(editor, `no untitled work-report editor opened (active: ${vscode.window.activeTextEditor?.document.uri.toString()})`);
  return editor;
}

/** The Problems indicator in the status bar agrees with the diagnostics VS Code holds. */
async function assertProblemsIndicatorMatches(): Promise<void> {
  let shown = await problemsIndicator();
  const want = () => diagnosticTotals();
  await waitFor(async () => {
    shown = await problemsIndicator();
    const w = want();
    return shown.errors === w.errors && shown.warnings === w.warnings && shown.infos === w.infos;
  }, 5_000, 150);
  const w = want();
  assert.deepStrictEqual({ errors: shown.errors, warnings: shown.warnings, infos: shown.infos }, w, `status bar Problems indicator "${shown.label}"`);
}

suite('journey: 新建工作报告 → fill in → the Problems panel empties', () => {
  suiteSetup(async function () {
    this.timeout(30_000);
    await activateExtension();
  });
  setup(closeAllEditors);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
  });

  test('through the quick pick and input boxes (keyboard on the page), then the tab stops', async function () {
    if (!ui.available()) return this.skip();
    this.timeout(60_000);
    const zh = isChinese();
    const org = '青山县教育局';
    const year = 2025;
    const done = vscode.commands.executeCommand('workReport.newReport');

    // 1. Kind: six kinds in the display language; type to filter, Enter.
    await ui.waitFor(SELECTORS.quickInputRows);
    const rows = await ui.texts(SELECTORS.quickInputRows, (t) => t.length === 6);
    const labels = zh ? KIND_LABELS_ZH : KIND_LABELS_EN;
    assert.strictEqual(rows.length, 6, `quick pick rows: ${JSON.stringify(rows)}`);
    rows.forEach((r, i) => assert.ok(r.startsWith(labels[i]), `kind ${i + 1} is "${r}", expected "${labels[i]}…"`));
    const [title] = await ui.texts(SELECTORS.quickInputTitle);
    assert.strictEqual(title, zh ? '新建工作报告' : 'New Work Report');
    await screenshot('new-report-quick-pick');
    await ui.insert(zh ? '年度工作总结' : 'Annual');
    await ui.texts(SELECTORS.quickInputRows, (t) => t.length >= 1 && t[0].startsWith(labels[0]));
    await ui.press('Enter');

    // 2. Organization (input box).
    const orgPrompt = zh ? '单位名称' : 'Organization';
    await ui.texts(SELECTORS.quickInputMessage, (t) => t.some((m) => m.includes(orgPrompt)));
    await ui.insert(org);
    await ui.press('Enter');

    // 3. Year: prefilled with the default; an invalid year is refused with a message.
    const yearPrompt = zh ? '总结年份' : 'Year summarized';
    await ui.texts(SELECTORS.quickInputMessage, (t) => t.some((m) => m.includes(yearPrompt)));
    const prefilled = await ui.evaluate<string>(`document.querySelector(${JSON.stringify(SELECTORS.quickInputBox)}).value`);
    assert.strictEqual(prefilled, String(skeletonDefaults('annual', new Date()).year), 'default year');
    await ui.keys({ press: 'Control+A' }, { type: '20x5' });
    const invalid = await ui.texts(SELECTORS.quickInputMessage, (t) => t.some((m) => /1901/.test(m)));
    assert.ok(invalid.some((m) => /1901.*2098/.test(m)), `no validation message for "20x5": ${JSON.stringify(invalid)}`);
    await ui.press('Enter'); // refused: the box stays open
    await ui.keys({ press: 'Control+A' }, { type: String(year) }, { press: 'Enter' });
    await done;

    // 4. The untitled report holds the skeleton, every blank flagged.
    const editor = await waitForUntitledReport();
    const doc = editor.document;
    const skeleton = generateSkeleton({ kind: 'annual', year, org });
    assert.strictEqual(doc.getText(), skeleton.text, 'the inserted skeleton');
    assert.strictEqual(doc.lineAt(0).text, `${org}2025年工作总结及2026年工作计划`);
    const fills = fillsFor(skeleton.snippet);
    await diagnosticsWhen(doc.uri, (d) => placeholders(d).length > 0);
    const initial = await settledDiagnostics(doc.uri);
    assert.ok(placeholders(initial).length >= fills.length - 2, `blanks flagged: ${placeholders(initial).length} of ${fills.length} tab stops\n${describeDiagnostics(initial)}`);
    assert.deepStrictEqual(initial.filter((d) => codeOf(d) !== 'placeholder').map(codeOf), [], `a fresh skeleton must have no other finding:\n${describeDiagnostics(initial)}`);
    const status = await waitFor(async () => {
      const s = await reportStatusText();
      return s.includes(zh ? `${placeholders(initial).length} 处待填` : `${placeholders(initial).length} to fill`) ? s : '';
    });
    assert.ok(status, `status bar item: "${await reportStatusText()}", expected ${placeholders(initial).length} blanks`);
    await assertProblemsIndicatorMatches();
    await screenshot('new-report-skeleton');

    // 5. Fill the first half of the tab stops: fewer blanks left, and the status bar follows.
    const half = Math.floor(fills.length / 2);
    const steps = (part: typeof fills): KeyStep[] => part.flatMap((f) => [{ insert: f.text }, { press: 'Tab' }]);
    assert.strictEqual(doc.getText(editor.selection), fills[0].placeholder, 'the first tab stop is selected');
    await ui.keys(...steps(fills.slice(0, half)));
    await waitFor(() => doc.getText().includes(fills[half - 1].text), 5_000);
    // First the lint of the filled text (on a loaded machine it can come later than a 500 ms quiet
    // spell after the last keystroke), then whatever follows it.
    await diagnosticsWhen(doc.uri, (d) => placeholders(d).length < placeholders(initial).length);
    const midway = await settledDiagnostics(doc.uri);
    const left = placeholders(midway).length;
    assert.ok(left > 0 && left < placeholders(initial).length, `after ${half} of ${fills.length} tab stops: ${left} blanks`);
    // (Moving the cursor would end the snippet session, so a stale status bar item — see step 6 — is
    // only noted here; step 6 checks the item strictly.)
    const midStatus = await waitFor(async () => {
      const t = await reportStatusText();
      return t.includes(zh ? `${left} 处待填` : `${left} to fill`) ? t : '';
    });
    if (!midStatus) console.log(`[e2e]     note: status bar item midway "${await reportStatusText()}", expected ${left} blanks (stale item, see step 6)`);

    // 6. The rest: nothing left to report; the Problems panel has no row for the document.
    await ui.keys(...steps(fills.slice(half)));
    await waitFor(() => doc.getText() === fillSnippet(skeleton.snippet, fills), 5_000);
    assert.strictEqual(doc.getText(), fillSnippet(skeleton.snippet, fills), 'the text typed into the tab stops');
    const final = await diagnosticsWhen(doc.uri, (d) => d.length === 0);
    assert.deepStrictEqual(describeDiagnostics(final), '(none)');
    await waitFor(async () => !/待填|to fill/.test(await reportStatusText()), 5_000);
    let finalStatus = await reportStatusText();
    if (/待填|to fill/.test(finalStatus)) {
      // Seen a few times under heavy load (2 cores, parallel runs): the workbench keeps showing an
      // older text of the item although the extension's last render set the new one (verified with
      // an instrumented copy of the extension: its last render had "502 chars", no blanks). Any
      // later update shows it: move the cursor, as a user would, and require the right text then.
      console.log(`[e2e]     note: status bar item stale after filling ("${finalStatus}", doc version ${doc.version}, ${vscode.languages.getDiagnostics(doc.uri).length} diagnostics); moving the cursor`);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await waitFor(async () => !/待填|to fill/.test(await reportStatusText()), 5_000);
      finalStatus = await reportStatusText();
    }
    assert.ok(!/待填|to fill/.test(finalStatus) && /\d+ (字|chars)/.test(finalStatus), `status bar after filling: "${finalStatus}"`);
    await assertProblemsIndicatorMatches();
    const name = doc.uri.path.split('/').pop()!;
    const panel = await problemsPanelRows((l) => !l.some((r) => r.includes(`in file ${name}`)), 5_000);
    assert.ok(!panel.some((r) => r.includes(`in file ${name}`)), `Problems panel still lists ${name}:\n${panel.join('\n')}`);
    await screenshot('new-report-filled');
  });

  test('through workbench commands only (no page): 讲话稿 with the default year and no organization', async function () {
    this.timeout(30_000);
    const done = vscode.commands.executeCommand('workReport.newReport');
    const step = async (command: string, times = 1) => {
      for (let i = 0; i < times; i++) {
        await new Promise((r) => setTimeout(r, 150)); // the quick input must be showing its items
        await vscode.commands.executeCommand(command);
      }
    };
    // 讲话稿 is the 4th kind.
    await step('workbench.action.quickOpenSelectNext', 3);
    await step('workbench.action.acceptSelectedQuickOpenItem'); // kind
    await step('workbench.action.acceptSelectedQuickOpenItem'); // organization: empty
    await step('workbench.action.acceptSelectedQuickOpenItem'); // year: default
    await done;
    const editor = await waitForUntitledReport();
    const year = skeletonDefaults('speech', new Date()).year;
    assert.strictEqual(editor.document.getText(), generateSkeleton({ kind: 'speech', year }).text);
    const diags = await diagnosticsWhen(editor.document.uri, (d) => placeholders(d).length >= 10);
    assert.ok(placeholders(diags).length >= 10, describeDiagnostics(diags));
  });
});
