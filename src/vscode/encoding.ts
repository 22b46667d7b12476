import * as vscode from 'vscode';
import { isReportText } from '../core/structure/detect';
import { decodeGb18030Start, decodesAsGb18030, isValidUtf8 } from '../core/text/encodingCheck';
import { documentState, documentVerdict, markLegacyReport, REPORT_LANGUAGE } from './documents';

/** The command behind the status bar item of a mis-decoded document: shows the notice again. */
export const ENCODING_NOTICE_COMMAND = 'workReport.showEncodingNotice';
/** Reopens a document (argument: its URI, else the active editor's) as GB18030. */
export const REOPEN_GB18030_COMMAND = 'workReport.reopenAsGb18030';

interface Probe {
  /** The file's bytes are valid GB18030 (GBK): reopening as GB18030 shows its text. */
  gb18030: boolean;
  /** The file's bytes are valid UTF-8: the U+FFFD are in the file itself (saved garbled, text lost). */
  utf8: boolean;
  /** Read as GB18030, the file is a report (its title or name says so). */
  report: boolean;
}

/**
 * A report in GBK/GB18030 opened as UTF-8 (VS Code's default without `files.autoGuessEncoding`)
 * shows as U+FFFD everywhere; the linter cannot check it (documents.ts makes its state `misdecoded`,
 * so it gets no diagnostics). This says so, once per document, when it is shown in an editor: a
 * warning with 以 GB18030 重新打开 (the `openTextDocument` encoding option, VS Code ≥ 1.100: the same
 * document, re-decoded, not dirty), 选择编码… (VS Code's own Reopen with Encoding picker, which guesses
 * from the content) and 总是自动猜测编码 (`files.autoGuessEncoding: true` in the user settings, then
 * this document reopened as GB18030: the setting applies to files opened afterwards).
 *
 * Which mis-decoded documents: the `work-report` language, `workReport.enable: on`, a report's file
 * name, or, for other .txt/.md files, when their bytes read as GB18030 are a report (the file is read
 * once per document to find out). Other GBK files (a novel, a log) are not ours: nothing is said.
 */
export class EncodingNotices implements vscode.Disposable {
  private readonly noticed = new Set<string>();
  private readonly probes = new WeakMap<vscode.TextDocument, Promise<Probe | null>>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document turns out to be a mis-decoded report (its status changes). */
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.check(editor.document))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!vscode.window.visibleTextEditors.some((editor) => editor.document === event.document)) return;
        const key = event.document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => this.check(event.document), 300));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.noticed.delete(document.uri.toString())),
      vscode.commands.registerCommand(ENCODING_NOTICE_COMMAND, (uri?: vscode.Uri) => {
        const document = this.documentFor(uri);
        if (document) void this.notify(document);
      }),
      vscode.commands.registerCommand(REOPEN_GB18030_COMMAND, (uri?: vscode.Uri) => {
        const document = this.documentFor(uri);
        return document ? reopenAs(document, 'gb18030') : undefined;
      }),
    );
    for (const editor of vscode.window.visibleTextEditors) this.check(editor.document);
  }

  /** Whether the notice was shown for the document (the extension's test API). */
  wasNoticed(uri: vscode.Uri): boolean {
    return this.noticed.has(uri.toString());
  }

  private documentFor(uri?: vscode.Uri): vscode.TextDocument | undefined {
    if (!uri) return vscode.window.activeTextEditor?.document;
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  }

  /** Shows the notice for a visible document that needs it (once), probing the file's bytes when needed. */
  check(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const key = document.uri.toString();
    const state = documentState(document);
    if (state === 'misdecoded') {
      if (!this.noticed.has(key)) void this.notify(document);
      return;
    }
    if (documentVerdict(document) !== 'misdecoded') {
      this.noticed.delete(key); // decoded correctly now: a later mis-decoding is told again
      return;
    }
    // Mis-decoded, but not known to be ours: a plain .txt/.md. Is it a report in GB18030?
    if (document.languageId === REPORT_LANGUAGE) return;
    void this.probe(document).then((probe) => {
      if (!probe?.report || document.isClosed) return;
      markLegacyReport(document);
      this.changeEmitter.fire(document.uri);
      if (documentState(document) === 'misdecoded' && !this.noticed.has(key)) void this.notify(document);
    });
  }

  private probe(document: vscode.TextDocument): Promise<Probe | null> {
    let probe = this.probes.get(document);
    if (!probe) {
      probe = readProbe(document);
      this.probes.set(document, probe);
    }
    return probe;
  }

  private async notify(document: vscode.TextDocument): Promise<void> {
    this.noticed.add(document.uri.toString());
    const probe = await this.probe(document);
    const name = document.uri.path.replace(/^.*\//, '') || document.uri.toString();
    const reopen = vscode.l10n.t('Reopen as GB18030');
    const choose = vscode.l10n.t('Choose Encoding…');
    const guess = vscode.l10n.t('Always Guess Encoding');
    const label = encodingLabel(document.encoding);
    let message: string;
    let buttons: string[];
    if (probe?.gb18030) {
      message = vscode.l10n.t(
        '"{0}" seems to be encoded in GBK/GB18030 but was opened as {1}: it shows as garbled text (�) and the work report checks cannot read it. Reopen it as GB18030. Do not save it while it is garbled: saving would replace the original text with �.',
        name,
        label,
      );
      buttons = [reopen, choose, guess];
    } else if (probe?.utf8) {
      message = vscode.l10n.t(
        '"{0}" is mostly replacement characters (�) in the file itself: it was probably opened with the wrong encoding and then saved, and its original text cannot be recovered from it. The work report checks cannot read it; look for an earlier copy of the file.',
        name,
      );
      buttons = [];
    } else {
      message = vscode.l10n.t(
        '"{0}" is mostly replacement characters (�): it was probably opened with the wrong encoding ({1}), and the work report checks cannot read it. Reopen it with its encoding (GBK/GB18030 for most Chinese files). Do not save it while it is garbled: saving would replace the original text with �.',
        name,
        label,
      );
      buttons = probe ? [choose, guess] : [];
    }
    const choice = await vscode.window.showWarningMessage(message, ...buttons);
    if (choice === reopen) await reopenAs(document, 'gb18030');
    else if (choice === choose) await chooseEncoding(document);
    else if (choice === guess) {
      await vscode.workspace.getConfiguration('files').update('autoGuessEncoding', true, vscode.ConfigurationTarget.Global);
      if (probe?.gb18030) await reopenAs(document, 'gb18030');
      else await chooseEncoding(document);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.changeEmitter.dispose();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}

/** VS Code's encoding ids as people write them (utf8 → UTF-8). */
export function encodingLabel(encoding: string): string {
  if (encoding === 'utf8') return 'UTF-8';
  if (encoding === 'utf8bom') return 'UTF-8 with BOM';
  return encoding.toUpperCase();
}

/** The file's bytes, when the document has a file behind it (not untitled); null otherwise. */
async function readProbe(document: vscode.TextDocument): Promise<Probe | null> {
  if (document.isUntitled) return null;
  try {
    const bytes = await vscode.workspace.fs.readFile(document.uri);
    const utf8 = isValidUtf8(bytes);
    const gb18030 = !utf8 && decodesAsGb18030(bytes);
    return { gb18030, utf8, report: gb18030 && isReportText(decodeGb18030Start(bytes), document.fileName) };
  } catch {
    return null;
  }
}

/** The same document, re-decoded (not dirty: VS Code refuses to re-decode unsaved changes). */
async function reopenAs(document: vscode.TextDocument, encoding: string): Promise<void> {
  if (document.isDirty) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('"{0}" has unsaved changes made to the garbled text: revert them first (File: Revert File), then reopen it with its encoding.', document.uri.path.replace(/^.*\//, '')),
    );
    return;
  }
  try {
    const reopened = await vscode.workspace.openTextDocument(document.uri, { encoding });
    await vscode.window.showTextDocument(reopened, { preview: false });
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
  }
}

/** VS Code's Reopen with Encoding picker (it lists the encoding guessed from the content first). */
async function chooseEncoding(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  void vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
}
