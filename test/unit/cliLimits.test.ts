import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Io, runCli } from '../../src/cli/main';
import { SEGMENTATION_CHAR_LIMIT } from '../../src/cli/segmenter';
import { encodeGbk } from '../e2e/gbk';

/**
 * The CLI's answers at the limits (issue 7): a GBK-encoded report, a binary file, a garbled file (saved
 * after being read with the wrong encoding), an unreadable path and a 10 MB report. Files are written
 * to a temporary folder; the texts are of our own writing.
 */

/** A report with four planted defects: xx县 (placeholder), 达到% (missing-number), (二) (bracket-width), （二）→（四） (numbering-sequence). */
const REPORT = [
  '青山县水利局2025年工作总结及2026年工作计划',
  '',
  '一、2025年主要工作',
  '（一）防汛抗旱有序推进。全年检修泵站12座，清理xx县境内河道36公里。',
  '(二)农村供水保障有力。集中供水率达到%，受益群众3.4万人。',
  '（四）水土保持成效明显。治理水土流失面积18平方公里。',
  '二、存在的问题',
  '一是部分工程老化；二是专业人员不足。',
  '三、2026年工作计划',
  '继续实施小型水库除险加固，确保安全度汛。',
  '',
].join('\n');

interface Run {
  code: number;
  out: string[];
  err: string[];
}

function cli(...args: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = runCli(['--locale', 'zh', ...args], io);
  return { code, out, err };
}

function json(run: Run): { files: { file: string; diagnostics: { rule: string; line: number; column: number; message: string }[]; skipped?: string; encoding?: string }[] } {
  return JSON.parse(run.out.join('\n'));
}

/** A PNG-like header: NUL bytes at once. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

describe('CLI at the limits: GBK, binary, garbled, unreadable and 10 MB files', function () {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-lint-limits-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  describe('a GBK-encoded report', () => {
    it('is read as GB18030, with a notice, and gives the same findings as its UTF-8 twin', () => {
      const gbk = file('gbk-report.txt', encodeGbk(REPORT));
      const utf8 = file('utf8-report.txt', REPORT);
      const fromGbk = cli('lint', '--no-segmentation', '--format', 'json', gbk);
      const fromUtf8 = cli('lint', '--no-segmentation', '--format', 'json', utf8);
      assert.equal(fromGbk.code, 1, 'warnings reach --fail-on warning');
      const [entry] = json(fromGbk).files;
      assert.equal(entry.encoding, 'gb18030');
      assert.equal(json(fromUtf8).files[0].encoding, undefined, 'UTF-8 carries no encoding field');
      assert.deepEqual(entry.diagnostics, json(fromUtf8).files[0].diagnostics);
      assert.deepEqual(
        entry.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`),
        ['4:25 placeholder', '5:1 bracket-width', '5:20 missing-number', '6:1 numbering-sequence'],
      );
      assert.deepEqual(fromGbk.err, [`${gbk}：文件编码为 GBK/GB18030，已按此编码读取；建议另存为 UTF-8`]);
    });

    it('text output names the findings in Chinese; the English notice with --locale en', () => {
      const gbk = file('gbk-text.txt', encodeGbk(REPORT));
      const run = cli('lint', '--no-segmentation', gbk);
      assert.ok(run.out.some((line) => line.startsWith(`${gbk}:4:25 warning 占位符“xx”`) && line.endsWith('[placeholder]')), run.out.join('\n'));
      const english = runCliEn('lint', '--no-segmentation', gbk);
      assert.ok(english.err.includes(`${gbk}: encoded in GBK/GB18030, read as such; consider saving it as UTF-8`), english.err.join('\n'));
    });

    it('is found in a folder by its title (detection runs on the decoded text)', () => {
      const folder = join(dir, 'folder-gbk');
      mkdirSync(folder);
      writeFileSync(join(folder, 'a.txt'), encodeGbk(REPORT));
      writeFileSync(join(folder, 'notes.txt'), encodeGbk('买菜：白菜、豆腐、鸡蛋。\n'));
      const run = cli('lint', '--no-segmentation', '--format', 'json', folder);
      assert.deepEqual(json(run).files.map((f) => [f.file, f.encoding]), [[join(folder, 'a.txt'), 'gb18030']]);
    });

    it('--fix does not write it back (it stays GBK, byte for byte), and says so', () => {
      const bytes = encodeGbk(REPORT);
      const gbk = file('gbk-fix.txt', bytes);
      const run = cli('lint', '--no-segmentation', '--fix', gbk);
      assert.deepEqual(readFileSync(gbk), bytes);
      assert.ok(run.err.includes(`${gbk}：文件不是 UTF-8 编码，--fix 未写回；请先另存为 UTF-8`), run.err.join('\n'));
      assert.ok(run.out.some((line) => line.includes('[bracket-width]')), 'the fixable finding is still reported');
    });

    it('outline reads it too', () => {
      const gbk = file('gbk-outline.txt', encodeGbk(REPORT));
      const run = cli('outline', '--format', 'json', gbk);
      assert.equal(run.code, 0);
      const outline = JSON.parse(run.out.join('\n')) as { reports: { title: { text: string }; headings: { marker: string }[] }[] };
      assert.equal(outline.reports[0].title.text, '青山县水利局2025年工作总结及2026年工作计划');
      assert.deepEqual(outline.reports[0].headings.map((h) => h.marker), ['一、', '二、', '三、']);
    });
  });

  describe('a binary file', () => {
    it('named explicitly: "binary file, not checked", skipped in JSON, not a failure', () => {
      const png = file('picture.png', PNG_BYTES);
      const text = cli('lint', png);
      assert.equal(text.code, 0);
      assert.deepEqual(text.out, []);
      assert.deepEqual(text.err, [`${png}：二进制文件，未检查`, '1 个文件，0 个问题']);
      const asJson = cli('lint', '--format', 'json', png);
      assert.deepEqual(json(asJson).files, [{ file: png, diagnostics: [], skipped: 'binary' }]);
    });

    it('without NULs (bytes valid in neither UTF-8 nor GB18030) too', () => {
      const noNul = file('compressed.txt', Buffer.from(Array.from({ length: 600 }, (_, i) => ((i * 151 + 7) % 255) + 1)));
      const run = cli('lint', '--format', 'json', noNul);
      assert.deepEqual(json(run).files, [{ file: noNul, diagnostics: [], skipped: 'binary' }]);
    });

    it('in a folder: passed over silently', () => {
      const folder = join(dir, 'folder-binary');
      mkdirSync(folder);
      writeFileSync(join(folder, '2025年工作总结.txt'), PNG_BYTES);
      writeFileSync(join(folder, 'b.txt'), REPORT);
      const run = cli('lint', '--no-segmentation', '--format', 'json', folder);
      assert.deepEqual(json(run).files.map((f) => f.file), [join(folder, 'b.txt')]);
      assert.deepEqual(run.err, []);
    });

    it('outline refuses it with exit code 2', () => {
      const png = file('outline.png', PNG_BYTES);
      const run = cli('outline', png);
      assert.equal(run.code, 2);
      assert.deepEqual(run.err, [`${png}：二进制文件，未检查`]);
    });
  });

  describe('a garbled file (UTF-8, mostly U+FFFD: a GBK file once saved as UTF-8 from the wrong decoding)', () => {
    const garbled = () => new TextDecoder('utf-8').decode(encodeGbk(REPORT));

    it('named explicitly: says what happened, skipped as "garbled"', () => {
      const path = file('garbled.txt', garbled());
      const run = cli('lint', '--format', 'json', path);
      assert.equal(run.code, 0);
      assert.deepEqual(json(run).files, [{ file: path, diagnostics: [], skipped: 'garbled' }]);
      assert.deepEqual(run.err, [`${path}：大部分字符是替换字符 U+FFFD（“�”），文件可能曾按错误的编码打开后又保存，原文已无法从中恢复；未检查`]);
    });

    it('in a folder: reported when its name says report, passed over otherwise', () => {
      const folder = join(dir, 'folder-garbled');
      mkdirSync(folder);
      writeFileSync(join(folder, '2025年工作总结.txt'), garbled());
      writeFileSync(join(folder, 'misc.txt'), garbled());
      const run = cli('lint', '--format', 'json', folder);
      assert.deepEqual(json(run).files, [{ file: join(folder, '2025年工作总结.txt'), diagnostics: [], skipped: 'garbled' }]);
    });
  });

  describe('a UTF-8 report with a few invalid bytes (a damaged copy, a file cut inside a character)', () => {
    /** The report's bytes with one byte dropped from a CJK character and the file cut inside its last one. */
    const damaged = () => {
      const bytes = Buffer.from(REPORT + '完', 'utf8');
      const at = bytes.indexOf(Buffer.from('防汛', 'utf8')) + 1;
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1, bytes.length - 1)]);
    };

    it('is read as UTF-8 with the damage counted and said, and checked as usual', () => {
      const path = file('damaged.txt', damaged());
      const twin = file('undamaged.txt', REPORT);
      const run = cli('lint', '--format', 'json', path);
      assert.equal(run.code, 1);
      const [entry] = json(run).files as { diagnostics: { rule: string; line: number }[]; invalidBytes?: number; encoding?: string }[];
      assert.equal(entry.invalidBytes, 2);
      assert.equal(entry.encoding, undefined, 'still UTF-8');
      const rules = (files: { diagnostics: { rule: string; line: number }[] }[]) => files[0].diagnostics.map((d) => `${d.rule}@${d.line}`);
      assert.deepEqual(rules(json(run).files), rules(json(cli('lint', '--format', 'json', twin)).files));
      assert.deepEqual(run.err, [`${path}：有 2 处无效的 UTF-8 字节（显示为“�”），其余照常检查；--fix 不会写回此文件`]);
    });

    it('--fix leaves it byte for byte', () => {
      const path = file('damaged-fix.txt', damaged());
      cli('lint', '--fix', path);
      assert.deepEqual(readFileSync(path), damaged());
    });

    it('a U+FFFD written in the file is text, not damage', () => {
      const path = file('with-fffd.txt', REPORT.replace('全年', '全年\ufffd'));
      const run = cli('lint', '--format', 'json', path);
      assert.equal((json(run).files[0] as { invalidBytes?: number }).invalidBytes, undefined);
      assert.deepEqual(run.err, []);
    });
  });

  describe('an unreadable path', () => {
    it('is reported, exit code 2, and the other files are still checked', () => {
      const good = file('good.txt', REPORT);
      const missing = join(dir, 'missing.txt');
      const run = cli('lint', '--no-segmentation', '--format', 'json', missing, good);
      assert.equal(run.code, 2);
      assert.ok(run.err.includes(`${missing}：无法读取（ENOENT）`), run.err.join('\n'));
      assert.deepEqual(json(run).files.map((f) => [f.file, f.diagnostics.length]), [[good, 4]]);
    });
  });

  describe('a 10 MB report', () => {
    it('is checked whole, without word segmentation (with a notice); every copy gives its findings', function () {
      this.timeout(120_000);
      const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(REPORT));
      const big = file('big-report.txt', REPORT.repeat(copies));
      assert.ok(readFileSync(big).length >= 10 * 1024 * 1024);
      assert.ok(REPORT.length * copies > SEGMENTATION_CHAR_LIMIT);
      const run = cli('lint', big);
      assert.equal(run.code, 1);
      assert.equal(run.out.length, copies * 4, 'four findings per copy');
      assert.equal(run.out.filter((line) => line.endsWith('[placeholder]')).length, copies);
      assert.deepEqual(run.err, [`${big}：超过 2,000,000 个字符，未做分词（只做字符级检查）`, `1 个文件，${copies * 4} 个问题`]);
    });
  });
});

function runCliEn(...args: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(['--locale', 'en', ...args], { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
}
