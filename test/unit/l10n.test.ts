import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allRules } from '../../src/core/rules/index';

const root = resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

describe('localization', () => {
  it('every runtime message of the VS Code adapter has a Chinese translation', () => {
    const bundle = JSON.parse(readFileSync(join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'src/vscode'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(match[1].replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 0);
    const missing = [...used].filter((key) => !(key in bundle));
    assert.deepEqual(missing, []);
    const unused = Object.keys(bundle).filter((key) => !used.has(key));
    assert.deepEqual(unused, [], 'translations nobody uses');
  });

  it('every contributed %key% has an English and a Chinese text', () => {
    const manifest = readFileSync(join(root, 'package.json'), 'utf8');
    const english = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const chinese = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
    const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((match) => match[1]);
    assert.ok(keys.length > 0);
    assert.deepEqual(keys.filter((key) => !(key in english)), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter((key) => !(key in chinese)), [], 'missing in package.nls.zh-cn.json');
    assert.deepEqual(Object.keys(english).sort(), Object.keys(chinese).sort(), 'both files carry the same keys');
  });

  it('every rule message exists in Chinese and English with the same placeholders', () => {
    for (const rule of allRules) {
      const messages = [rule.meta.description, ...Object.values(rule.meta.messages), ...Object.values(rule.meta.fixes ?? {})];
      for (const message of messages) {
        assert.ok(message.zh.length > 0 && message.en.length > 0, rule.meta.id);
        const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
        assert.deepEqual(names(message.zh), names(message.en), `${rule.meta.id}: ${message.zh}`);
      }
    }
  });

  it('every rule id is declared in the workReport.rules setting', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const declared = Object.keys(manifest.contributes.configuration.properties['workReport.rules'].properties);
    for (const rule of allRules) assert.ok(declared.includes(rule.meta.id), rule.meta.id);
  });
});
