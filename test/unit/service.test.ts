import assert from 'node:assert/strict';
import { createReportService, textDocument } from '../../src/core/index';

const REPORT = ['2025年工作总结', '', '一、主要工作', '', '（一）加强学习。', '', '二、存在的问题', '', '三、下一步计划', ''].join('\n');

/** src/core/index.ts: one parse per document version, shared by every feature (what editors pace on). */
describe('report service', () => {
  it('parses a version once for lint, outline, folding and tree', () => {
    const service = createReportService();
    const document = textDocument(REPORT, 'file:///a.txt', 1);
    assert.equal(service.parseCount(), 0);
    service.lint(document);
    service.outline(document);
    service.folding(document);
    service.tree(document);
    assert.equal(service.parseCount(), 1);
  });

  it('parses again for a new version with new text, not for a new version with the same text', () => {
    const service = createReportService();
    service.tree(textDocument(REPORT, 'file:///a.txt', 1));
    service.tree(textDocument(REPORT, 'file:///a.txt', 2));
    assert.equal(service.parseCount(), 1);
    const edited = service.tree(textDocument(`${REPORT}\n四、其他`, 'file:///a.txt', 3));
    assert.equal(service.parseCount(), 2);
    assert.equal(service.tree(textDocument(`${REPORT}\n四、其他`, 'file:///a.txt', 3)), edited);
    assert.equal(service.parseCount(), 2);
  });

  it('keeps one cached tree per document', () => {
    const service = createReportService();
    service.tree(textDocument(REPORT, 'file:///a.txt', 1));
    service.tree(textDocument(REPORT, 'file:///b.txt', 1));
    service.tree(textDocument(REPORT, 'file:///a.txt', 1));
    assert.equal(service.parseCount(), 2);
  });
});
