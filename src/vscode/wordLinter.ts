import * as path from 'node:path';
import * as vscode from 'vscode';
import { ReportService } from '../core/index';
import { severityOf } from '../core/engine/lint';
import { ResolvedConfig } from '../core/config';
import { SEGMENTATION_SIZE_LIMIT } from './documents';
import { SegmentationClient } from './segmentationClient';
import { WordLinter } from './diagnostics';

/**
 * The word-level half of linting, in the segmentation worker. Asked only when an enabled rule has a
 * word-level part and the document is not over the size limit (then a one-line notice is logged).
 */
export function createWordLinter(
  context: vscode.ExtensionContext,
  service: ReportService,
  log: (message: string) => void,
): vscode.Disposable & { lint: WordLinter } {
  const client = new SegmentationClient({
    workerPath: path.join(context.extensionPath, 'dist', 'segmentationWorker.js'),
    userDict: vscode.workspace.getConfiguration('workReport').get<string>('segmentation.userDictionary') || undefined,
    log,
  });
  const noticed = new Set<string>();
  const wordRulesEnabled = (config: ResolvedConfig) =>
    service.rules.some((rule) => rule.checkWords && severityOf(rule, config) !== null);
  return {
    lint: async (text, config, uri) => {
      if (!wordRulesEnabled(config)) return null;
      if (text.length > SEGMENTATION_SIZE_LIMIT) {
        if (!noticed.has(uri)) log(`${uri}: larger than ${SEGMENTATION_SIZE_LIMIT} characters, checked without word segmentation`);
        noticed.add(uri);
        return null;
      }
      return client.lint(text, config, uri);
    },
    dispose: () => client.dispose(),
  };
}
