import { Worker } from 'node:worker_threads';
import { ResolvedConfig } from '../core/config';
import { Finding } from '../core/rules/types';
import { SectionKeywords } from '../core/text/keywords';
import { WorkerReply, WorkerRequest } from '../segmentation/protocol';

const REQUEST_TIMEOUT_MS = 60_000;

export interface SegmentationClientOptions {
  workerPath: string;
  userDict?: string;
  log(message: string): void;
}

type Pending = { resolve(value: unknown): void; timer: ReturnType<typeof setTimeout> };

/**
 * Talks to the segmentation worker. The worker starts on the first request, not at activation; when
 * nodejieba cannot load, the client says so once and answers null from then on (word-level checks
 * are skipped; everything else keeps working).
 */
export class SegmentationClient {
  private worker: Worker | null = null;
  private unavailable = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly options: SegmentationClientOptions) {}

  lint(text: string, config: ResolvedConfig, uri: string): Promise<Finding[] | null> {
    return this.request<Finding[]>((id) => ({ type: 'lint', id, uri, text, config }));
  }

  /** Top keywords of each top-level section (the outline shows them). */
  keywords(text: string, uri: string, perSection = 3): Promise<SectionKeywords[] | null> {
    return this.request<SectionKeywords[]>((id) => ({ type: 'keywords', id, uri, text, perSection }));
  }

  dispose(): void {
    for (const id of [...this.pending.keys()]) this.settle(id, null);
    void this.worker?.terminate();
    this.worker = null;
  }

  private request<T>(build: (id: number) => WorkerRequest): Promise<T | null> {
    if (this.unavailable) return Promise.resolve(null);
    const worker = this.start();
    if (!worker) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise<T | null>((resolve) => {
      const timer = setTimeout(() => this.settle(id, null), REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, timer });
      worker.postMessage(build(id));
    });
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.options.workerPath, { workerData: { userDict: this.options.userDict } });
      worker.on('message', (reply: WorkerReply) => this.receive(reply));
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

  private receive(reply: WorkerReply): void {
    if (reply.type === 'result' || reply.type === 'keywords') {
      if (reply.loadMs !== null) this.options.log(`nodejieba dictionary loaded in ${reply.loadMs} ms (worker thread)`);
      for (const warning of reply.warnings ?? []) this.options.log(warning);
      this.settle(reply.id, reply.type === 'result' ? reply.findings : reply.sections);
    } else if (reply.type === 'unavailable') {
      this.fail(`nodejieba unavailable, word-level checks are off: ${reply.message}`);
    } else {
      this.options.log(`word-level check failed: ${reply.message}`);
      this.settle(reply.id, null);
    }
  }

  private fail(message: string): void {
    if (!this.unavailable) this.options.log(message);
    this.unavailable = true;
    for (const id of [...this.pending.keys()]) this.settle(id, null);
  }

  private settle(id: number, value: unknown): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    entry.resolve(value);
  }
}
