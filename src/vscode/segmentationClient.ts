import { Worker } from 'node:worker_threads';
import { ResolvedConfig } from '../core/config';
import { Finding } from '../core/rules/types';
import { WorkerRequest, WorkerResponse } from '../segmentation/protocol';

const REQUEST_TIMEOUT_MS = 60_000;

export interface SegmentationClientOptions {
  workerPath: string;
  userDict?: string;
  log(message: string): void;
}

/**
 * Talks to the segmentation worker. The worker starts on the first request, not at activation; when
 * nodejieba cannot load, the client says so once and answers null from then on (word-level checks
 * are skipped; everything else keeps working).
 */
export class SegmentationClient {
  private worker: Worker | null = null;
  private unavailable = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(findings: Finding[] | null): void; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly options: SegmentationClientOptions) {}

  lint(text: string, config: ResolvedConfig, uri: string): Promise<Finding[] | null> {
    if (this.unavailable) return Promise.resolve(null);
    const worker = this.start();
    if (!worker) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(id, null), REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve, timer });
      const request: WorkerRequest = { type: 'lint', id, uri, text, config };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    for (const id of [...this.pending.keys()]) this.settle(id, null);
    void this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.options.workerPath, { workerData: { userDict: this.options.userDict } });
      worker.on('message', (response: WorkerResponse) => this.receive(response));
      worker.on('error', (error) => this.fail(`segmentation worker failed: ${error.message}`));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = null;
        if (code !== 0) this.fail(`segmentation worker exited with code ${code}`);
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.fail(`segmentation worker could not start: ${(error as Error).message}`);
      return null;
    }
  }

  private receive(response: WorkerResponse): void {
    if (response.type === 'result') {
      if (response.loadMs !== null) this.options.log(`nodejieba dictionary loaded in ${response.loadMs} ms (worker thread)`);
      this.settle(response.id, response.findings);
    } else if (response.type === 'unavailable') {
      this.fail(`nodejieba unavailable, word-level checks are off: ${response.message}`);
    } else {
      this.options.log(`word-level check failed: ${response.message}`);
      this.settle(response.id, null);
    }
  }

  private fail(message: string): void {
    if (!this.unavailable) this.options.log(message);
    this.unavailable = true;
    for (const id of [...this.pending.keys()]) this.settle(id, null);
  }

  private settle(id: number, findings: Finding[] | null): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.resolve(findings);
  }
}
