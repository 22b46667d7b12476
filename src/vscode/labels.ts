import * as vscode from 'vscode';
import { Part } from '../core/structure/parts';

export function partLabel(part: Part | null): string {
  if (part === 'summary') return vscode.l10n.t('Summary');
  if (part === 'problems') return vscode.l10n.t('Problems');
  if (part === 'plan') return vscode.l10n.t('Plan');
  return '';
}
