// Limits of the VS Code adapter, as pure functions (no `vscode` import: unit-tested with mocha).
import { Finding } from '../core/rules/types';

/** Debounce after an edit for documents that lint in a few milliseconds. */
export const TYPING_DELAY_MS = 120;
/** After an edit, wait at least this many times the document's last lint before linting again. */
export const ADAPTIVE_DELAY_FACTOR = 3;
/** The debounce never exceeds this (a 10 MB report lints in ≈ 0.3–1 s). */
export const MAX_TYPING_DELAY_MS = 4000;

/**
 * How long to wait after an edit before linting: 120 ms, or three times the document's last lint
 * (character rules + publishing) when that is longer, at most 4 s. Linting runs on the extension
 * host's main thread; a 3.5M-character document takes ≈ 300 ms, so with a fixed 120 ms a typist
 * pausing between keystrokes would keep the host linting without rest. Three times the lint's
 * duration means the host spends at most a quarter of the time on one document while it is edited.
 */
export function typingDelay(lastLintMs: number | undefined): number {
  const adaptive = Math.round(ADAPTIVE_DELAY_FACTOR * (lastLintMs ?? 0));
  return Math.min(MAX_TYPING_DELAY_MS, Math.max(TYPING_DELAY_MS, adaptive));
}

/**
 * Documents whose typing delay reaches this (a lint of 200 ms or more: a million characters or more on
 * the extension host) are paced: their whole-document features wait for a pause in typing. Below it,
 * every feature answers at once, as a report of ordinary length needs (a 97K-character collection of
 * speeches lints in ≈ 5–50 ms).
 */
export const PACING_MIN_DELAY_MS = 600;

/** Whether a document with this typing delay is paced (see PACING_MIN_DELAY_MS). */
export function isPaced(delayMs: number): boolean {
  return delayMs >= PACING_MIN_DELAY_MS;
}

/**
 * How long a feature that parses the whole document (Outline, folding, 报告结构, the status bar's count)
 * still waits after the last edit: 0 for documents that are not paced, else what is left of the typing
 * delay. Such a document is parsed once per pause in typing, by whichever feature asks first, instead of
 * once per keystroke.
 */
export function quietRemaining(lastEditAt: number | undefined, now: number, delayMs: number): number {
  if (lastEditAt === undefined || !isPaced(delayMs)) return 0;
  return Math.max(0, lastEditAt + delayMs - now);
}

/**
 * VS Code 1.100's extension host sends at most 1,000 diagnostics per file of one collection to the
 * workbench (`DiagnosticCollection`, `maxDiagnosticsPerFile`): beyond that it keeps the first 1,000 by
 * severity and adds "Not showing N further errors and warnings." We publish at most this many
 * ourselves, one of them our own localized notice, so VS Code's cut never applies.
 */
export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

export interface PublishedFindings {
  /** What is published, in the findings' order. */
  shown: Finding[];
  /** How many were left out (0: all shown, no notice). */
  hidden: number;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * At most `max` findings are published, one place kept for the notice: errors first, then warnings,
 * then infos (as VS Code chooses), each in document order; the result keeps the input's order.
 */
export function selectPublished(findings: readonly Finding[], max = MAX_PUBLISHED_DIAGNOSTICS): PublishedFindings {
  if (findings.length <= max) return { shown: [...findings], hidden: 0 };
  const room = max - 1;
  const counts = [0, 0, 0];
  for (const finding of findings) counts[RANK[finding.severity]]++;
  // The lowest severity rank that still fits entirely, and how many of the next one fit.
  let left = room;
  let cutRank = 3;
  let cutTake = 0;
  for (let rank = 0; rank < 3; rank++) {
    if (counts[rank] <= left) {
      left -= counts[rank];
      continue;
    }
    cutRank = rank;
    cutTake = left;
    break;
  }
  const shown: Finding[] = [];
  for (const finding of findings) {
    const rank = RANK[finding.severity];
    if (rank < cutRank) shown.push(finding);
    else if (rank === cutRank && cutTake > 0) {
      shown.push(finding);
      cutTake--;
    }
  }
  return { shown, hidden: findings.length - shown.length };
}
