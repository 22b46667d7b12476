import * as vscode from 'vscode';
import { ReportConfig, resolveConfig, ResolvedConfig, RuleSetting } from '../core/config';
import { localeFrom } from '../core/l10n/message';

/**
 * The `workReport.*` settings as the core's config. In an untrusted workspace, workspace-level
 * `placeholderWords` and `ignoreWords` are not applied (only user-level values are), as declared in
 * package.json's `capabilities.untrustedWorkspaces`.
 */
export function readConfig(scope?: vscode.Uri): ResolvedConfig {
  const settings = vscode.workspace.getConfiguration('workReport', scope);
  const trusted = vscode.workspace.isTrusted;
  const userOnly = <T>(key: string, fallback: T): T => {
    if (trusted) return settings.get<T>(key, fallback);
    return settings.inspect<T>(key)?.globalValue ?? fallback;
  };
  const config: ReportConfig = {
    rules: settings.get<Record<string, RuleSetting>>('rules', {}),
    ignoreWords: userOnly<string[]>('ignoreWords', []),
    placeholderWords: userOnly<string[]>('placeholderWords', []),
    numberingStyle: settings.get<'standard' | 'consistent'>('numberingStyle', 'standard'),
    shortReportChars: settings.get<number>('shortReportChars', 1500),
    locale: localeFrom(vscode.env.language),
  };
  return resolveConfig(config);
}
