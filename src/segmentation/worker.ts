import { parentPort, workerData } from 'node:worker_threads';
import { createReportService, textDocument } from '../core/index';
import { cachingSegmenter } from '../core/text/cachingSegmenter';
import { Segmenter } from '../core/text/segmenter';
import { loadNodejiebaSegmenter } from './nodejiebaSegmenter';
import { WorkerRequest, WorkerResponse } from './protocol';

/**
 * The extension's segmentation worker: loads nodejieba's dictionary on the first request (≈1–2 s,
 * ≈250 MB, never on the extension host's main thread) and runs the word-level parts of the rules.
 */
const port = parentPort;
const options = (workerData ?? {}) as { userDict?: string };
const service = createReportService({ logger: { error: (message) => console.error(message) } });
let segmenter: Segmenter | null = null;
let loadError: string | null = null;

function ensureSegmenter(): { segmenter: Segmenter | null; loadMs: number | null } {
  if (segmenter || loadError) return { segmenter, loadMs: null };
  const started = Date.now();
  try {
    segmenter = cachingSegmenter(loadNodejiebaSegmenter({ userDict: options.userDict }));
  } catch (error) {
    loadError = error instanceof Error ? error.message : String(error);
  }
  return { segmenter, loadMs: Date.now() - started };
}

port?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const { segmenter: loaded, loadMs } = ensureSegmenter();
    if (!loaded) {
      response = { type: 'unavailable', id: request.id, message: loadError ?? 'nodejieba did not load' };
    } else {
      const started = Date.now();
      const findings = service.lint(textDocument(request.text, request.uri), { config: request.config, phase: 'word', segmenter: loaded });
      response = { type: 'result', id: request.id, findings, segmentMs: Date.now() - started, loadMs };
    }
  } catch (error) {
    response = { type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(response);
});
