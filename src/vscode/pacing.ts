import * as vscode from 'vscode';
import { isPaced, quietRemaining } from './limits';

/**
 * Keeps whole-document work off the keystrokes of big documents.
 *
 * After every edit the editor asks for folding ranges and (with the Outline or breadcrumbs visible)
 * document symbols; both need the document parsed. A 10 MB report takes the extension host about a
 * second to parse, so answering at once would parse it on every keystroke, and keystrokes would queue
 * behind the parses. For documents whose lint is slow (typing delay of at least PACING_MIN_DELAY_MS)
 * these features wait for the same pause in typing as the lint (limits.ts `typingDelay`); a request the
 * editor cancels meanwhile (the next keystroke) ends without parsing. Other documents answer at once.
 */
export class EditPacer implements vscode.Disposable {
  private readonly lastEdits = new Map<string, number>();
  /** Timers of requests waiting for a pause (cleared on dispose). */
  private readonly waiting = new Set<ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];
  private disposed = false;

  /** `delayFor`: the document's current typing delay (the diagnostics' adaptive one). */
  constructor(private readonly delayFor: (uri: vscode.Uri) => number) {
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.lastEdits.set(event.document.uri.toString(), Date.now());
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.lastEdits.delete(document.uri.toString())),
    ];
  }

  /** Whether the document lints slowly enough for its whole-document features to wait for pauses (limits.ts). */
  isPaced(document: vscode.TextDocument): boolean {
    return isPaced(this.delayFor(document.uri));
  }

  /** Milliseconds until the document has paused long enough (0: now). */
  remaining(document: vscode.TextDocument): number {
    return quietRemaining(this.lastEdits.get(document.uri.toString()), Date.now(), this.delayFor(document.uri));
  }

  /**
   * `compute()` at once when the document is settled; otherwise a promise of its result once typing
   * pauses, or of undefined when the request is cancelled or the document closed first.
   */
  whenSettled<T>(document: vscode.TextDocument, token: vscode.CancellationToken | undefined, compute: () => T): T | Promise<T | undefined> {
    if (this.remaining(document) === 0) return compute();
    return new Promise<T | undefined>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let cancellation: vscode.Disposable | undefined;
      const stop = () => {
        if (timer !== undefined) this.waiting.delete(timer);
        clearTimeout(timer);
        cancellation?.dispose();
      };
      const abandon = () => {
        stop();
        resolve(undefined);
      };
      const check = () => {
        if (timer !== undefined) this.waiting.delete(timer);
        if (this.disposed || document.isClosed || token?.isCancellationRequested) return abandon();
        const wait = this.remaining(document);
        if (wait > 0) {
          timer = setTimeout(check, wait);
          this.waiting.add(timer);
          return;
        }
        stop();
        try {
          resolve(compute());
        } catch (error) {
          reject(error);
        }
      };
      if (token?.isCancellationRequested) return abandon();
      cancellation = token?.onCancellationRequested(abandon);
      check();
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.waiting) clearTimeout(timer);
    this.waiting.clear();
    this.disposables.forEach((disposable) => disposable.dispose());
  }
}
