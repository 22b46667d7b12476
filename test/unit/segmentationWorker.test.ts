import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { resolveConfig } from '../../src/core/config';
import { Segmenter } from '../../src/core/text/segmenter';
import { NodejiebaOptions } from '../../src/segmentation/nodejiebaSegmenter';
import { WorkerReply, WorkerRequest } from '../../src/segmentation/protocol';
import { createWorkerHandler } from '../../src/segmentation/workerHandler';
import { lexiconSegmenter } from './segmentationFake';

/** The segmentation worker: its logic (workerHandler.ts) with fake loaders, then the real thread. */
describe('segmentation worker (handler)', () => {
  const config = resolveConfig();
  const lint = (id: number, text: string, uri = 'file:///a.txt'): WorkerRequest => ({ type: 'lint', id, uri, text, config });
  const LEXICON = { 共有: 'v', 学校: 'n', 推进: 'v', 医共体: 'n', 建设: 'vn', 全县: 'n', 医院: 'n', 家庭医生: 'n', 签约: 'v', 服务: 'vn' };

  it('answers unavailable to every request when nodejieba fails to load, trying once', () => {
    let attempts = 0;
    const handle = createWorkerHandler({
      load: () => {
        attempts++;
        throw new Error('nodejieba native binding was not found');
      },
    });
    const first = handle(lint(1, '全县共有所学校。'));
    const second = handle({ type: 'keywords', id: 2, uri: 'file:///a.txt', text: '一、医院' });
    assert.deepEqual(first, { type: 'unavailable', id: 1, message: 'nodejieba native binding was not found' });
    assert.deepEqual(second, { type: 'unavailable', id: 2, message: 'nodejieba native binding was not found' });
    assert.equal(attempts, 1);
  });

  it('loads on the first request with the user dictionary, reports load time and warnings once', () => {
    const loads: NodejiebaOptions[] = [];
    const handle = createWorkerHandler({
      userDict: '/home/me/org.dict',
      load: (options) => {
        loads.push(options);
        options.onWarning?.('user dictionary not loaded: /home/me/org.dict: not found or not a file');
        return lexiconSegmenter(LEXICON);
      },
    });
    const first = handle(lint(1, '全县共有所学校。'));
    const second = handle(lint(2, '全县共有所学校。'));
    assert.equal(loads.length, 1);
    assert.equal(loads[0].userDict, '/home/me/org.dict');
    assert.ok(first.type === 'result' && second.type === 'result');
    assert.equal(typeof first.loadMs, 'number');
    assert.equal(second.loadMs, null);
    assert.deepEqual(first.warnings, ['user dictionary not loaded: /home/me/org.dict: not found or not a file']);
    assert.equal(second.warnings, undefined);
    assert.deepEqual(first.findings.map((finding) => `${finding.rule}@${finding.range.start.character}`), ['missing-number@4']);
  });

  it('answers only word-level findings, for the text of each request (no stale tree for the same uri)', () => {
    const handle = createWorkerHandler({ load: () => lexiconSegmenter(LEXICON) });
    const first = handle(lint(1, '全县共有所学校，达到%。'));
    const second = handle(lint(2, '推进推进医共体建设。'));
    assert.ok(first.type === 'result' && second.type === 'result');
    assert.deepEqual(first.findings.map((finding) => finding.rule), ['missing-number'], 'not the character-level 达到%');
    assert.deepEqual(second.findings.map((finding) => finding.rule), ['duplicate-word']);
  });

  it('answers keywords of the top-level sections', () => {
    const handle = createWorkerHandler({ load: () => lexiconSegmenter(LEXICON) });
    const text = '一、医院建设\n推进医共体建设，医共体医院，医共体。\n二、家庭医生\n家庭医生签约服务，家庭医生。\n';
    const reply = handle({ type: 'keywords', id: 7, uri: 'file:///k.txt', text, perSection: 1 });
    assert.ok(reply.type === 'keywords');
    assert.deepEqual(reply.sections.map((section) => [section.line, section.keywords]), [[0, ['医共体']], [2, ['家庭医生']]]);
  });

  it('answers error (not a crash) when linting throws', () => {
    const broken: Segmenter = {
      cut: () => {
        throw new Error('boom');
      },
    };
    const handle = createWorkerHandler({ load: () => broken, logError: () => undefined });
    const reply = handle({ type: 'keywords', id: 3, uri: 'file:///b.txt', text: '一、医院\n医院。' });
    assert.deepEqual(reply, { type: 'error', id: 3, message: 'boom' });
  });
});

describe('segmentation worker (real thread, nodejieba)', function () {
  this.timeout(60_000);
  const workerPath = resolve(__dirname, '../../src/segmentation/worker.js');
  let worker: Worker;
  const ask = (request: WorkerRequest) =>
    new Promise<WorkerReply>((done, fail) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== request.id) return;
        worker.off('message', onMessage);
        done(reply);
      };
      worker.on('message', onMessage);
      worker.once('error', fail);
      worker.postMessage(request);
    });
  before(() => {
    worker = new Worker(workerPath, { workerData: { userDict: join(__dirname, 'no-such-user.dict') } });
  });
  after(() => worker.terminate());

  it('loads the dictionary in the thread, lints, then answers keywords from the cached segmentation', async () => {
    const text = '2023年工作总结\n一、医共体建设\n全县共有所学校。推进推进紧密型县域医共体建设，医共体覆盖全县。\n二、公共卫生\n疫情防控和公共卫生应急，疫情防控常态化。\n';
    const first = await ask({ type: 'lint', id: 1, uri: 'file:///w.txt', text, config: resolveConfig() });
    assert.equal(first.type, 'result');
    if (first.type !== 'result') return;
    assert.ok(first.loadMs !== null && first.loadMs > 0);
    assert.equal(first.warnings?.length, 1, 'the missing user dictionary, once');
    assert.deepEqual(first.findings.map((finding) => `${finding.rule}@${finding.range.start.line}:${finding.range.start.character}`), [
      'missing-number@2:4',
      'duplicate-word@2:10',
    ]);
    const keywords = await ask({ type: 'keywords', id: 2, uri: 'file:///w.txt', text });
    assert.equal(keywords.type, 'keywords');
    if (keywords.type !== 'keywords') return;
    assert.equal(keywords.loadMs, null);
    assert.deepEqual(keywords.sections.map((section) => section.line), [1, 3]);
    assert.ok(keywords.sections[0].keywords.some((word) => word.includes('医共体')), keywords.sections[0].keywords.join('、'));
    assert.ok(keywords.sections[1].keywords.includes('疫情防控'), keywords.sections[1].keywords.join('、'));
  });
});
