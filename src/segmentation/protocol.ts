import { ResolvedConfig } from '../core/config';
import { Finding } from '../core/rules/types';
import { SectionKeywords } from '../core/text/keywords';

/** Messages between the extension host and the segmentation worker. */
export type LintWorkerRequest = { type: 'lint'; id: number; uri: string; text: string; config: ResolvedConfig };

/** Keywords of each top-level section, for the outline (symbol detail). */
export type KeywordsWorkerRequest = { type: 'keywords'; id: number; uri: string; text: string; perSection?: number };

export type WorkerRequest = LintWorkerRequest | KeywordsWorkerRequest;

/**
 * Answers to `lint` (and `unavailable`/`error` to any request). `warnings` come once, with the answer
 * that loaded the dictionary: problems that did not stop segmentation (a user dictionary not found).
 */
export type WorkerResponse =
  | { type: 'result'; id: number; findings: Finding[]; segmentMs: number; loadMs: number | null; warnings?: string[] }
  | { type: 'unavailable'; id: number; message: string }
  | { type: 'error'; id: number; message: string };

/** Answer to `keywords`. */
export type KeywordsWorkerResponse = {
  type: 'keywords';
  id: number;
  sections: SectionKeywords[];
  segmentMs: number;
  loadMs: number | null;
  warnings?: string[];
};

/** Everything the worker posts. */
export type WorkerReply = WorkerResponse | KeywordsWorkerResponse;
