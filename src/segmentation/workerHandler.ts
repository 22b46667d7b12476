import { createReportService, textDocument } from '../core/index';
import { cachingSegmenter } from '../core/text/cachingSegmenter';
import { sectionKeywords } from '../core/text/keywords';
import { plainFinding } from '../core/rules/types';
import { Segmenter } from '../core/text/segmenter';
import { loadNodejiebaSegmenter, NodejiebaOptions } from './nodejiebaSegmenter';
import { WorkerReply, WorkerRequest } from './protocol';

export interface WorkerHandlerOptions {
  /** The user's dictionaries (`workReport.segmentation.userDictionary`). */
  userDict?: string | readonly string[];
  /** Loads the segmenter (tests inject a fake or a failing loader). */
  load?: (options: NodejiebaOptions) => Segmenter;
  logError?: (message: string) => void;
}

/**
 * The segmentation worker's logic, without the thread: loads nodejieba's dictionary on the first
 * request (≈1–2 s, ≈250 MB), then answers every request from one caching segmenter (lines already
 * segmented are not segmented again). When loading fails, every request is answered `unavailable`
 * with the same message, and loading is not tried again.
 */
export function createWorkerHandler(options: WorkerHandlerOptions = {}): (request: WorkerRequest) => WorkerReply {
  const load = options.load ?? loadNodejiebaSegmenter;
  const service = createReportService({ logger: { error: options.logError ?? ((message) => console.error(message)) } });
  let segmenter: Segmenter | null = null;
  let loadError: string | null = null;
  let pendingWarnings: string[] = [];
  let version = 0;

  const ensureSegmenter = (): { segmenter: Segmenter | null; loadMs: number | null } => {
    if (segmenter || loadError) return { segmenter, loadMs: null };
    const started = Date.now();
    try {
      segmenter = cachingSegmenter(load({ userDict: options.userDict, onWarning: (message) => pendingWarnings.push(message) }));
    } catch (error) {
      loadError = error instanceof Error ? error.message : String(error);
    }
    return { segmenter, loadMs: Date.now() - started };
  };
  const takeWarnings = (): { warnings?: string[] } => {
    if (pendingWarnings.length === 0) return {};
    const warnings = pendingWarnings;
    pendingWarnings = [];
    return { warnings };
  };

  return (request) => {
    try {
      const { segmenter: loaded, loadMs } = ensureSegmenter();
      if (!loaded) return { type: 'unavailable', id: request.id, message: loadError ?? 'nodejieba did not load' };
      const started = Date.now();
      // A new version for every request: the service's tree cache keys on (uri, version) and reuses a
      // tree only when the text is the same.
      const document = textDocument(request.text, request.uri, ++version);
      if (request.type === 'keywords') {
        const sections = sectionKeywords(service.tree(document), loaded, { perSection: request.perSection });
        return { type: 'keywords', id: request.id, sections, segmentMs: Date.now() - started, loadMs, ...takeWarnings() };
      }
      // Posted to the main thread: plain copies (structured cloning drops a compact finding's getters).
      const findings = service.lint(document, { config: request.config, phase: 'word', segmenter: loaded }).map(plainFinding);
      return { type: 'result', id: request.id, findings, segmentMs: Date.now() - started, loadMs, ...takeWarnings() };
    } catch (error) {
      return { type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
