import { ResolvedConfig } from '../core/config';
import { Finding } from '../core/rules/types';

/** Messages between the extension host and the segmentation worker. */
export type WorkerRequest = { type: 'lint'; id: number; uri: string; text: string; config: ResolvedConfig };

export type WorkerResponse =
  | { type: 'result'; id: number; findings: Finding[]; segmentMs: number; loadMs: number | null }
  | { type: 'unavailable'; id: number; message: string }
  | { type: 'error'; id: number; message: string };
