import { parentPort, workerData } from 'node:worker_threads';
import { WorkerRequest } from './protocol';
import { createWorkerHandler } from './workerHandler';

/**
 * The extension's segmentation worker thread (dist/segmentationWorker.js): nodejieba's dictionary is
 * loaded here on the first request, never on the extension host's main thread. The logic is in
 * workerHandler.ts; `workerData.userDict` is the user's dictionary (a path, or several).
 */
const port = parentPort;
const options = (workerData ?? {}) as { userDict?: string | string[] };
const handle = createWorkerHandler({ userDict: options.userDict });

port?.on('message', (request: WorkerRequest) => {
  port.postMessage(handle(request));
});
