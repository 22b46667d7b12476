import * as assert from 'node:assert/strict';
import { isReportText, looksBinary } from '../../src/core/structure/detect';

const lines = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join('\n');

describe('detect', () => {
  describe('isReportText', () => {
    it('a title on the first line', () => {
      assert.equal(isReportText('2023年工作总结\n一、主要工作\n全年完成各项任务。'), true);
    });

    it('a title after a site header within the first 15 non-empty lines', () => {
      const text = ['政府信息公开', '索引号：某某', '发布时间：2023-12-25', '', '县卫健委2023年工作总结及2024年工作计划', '正文。'].join('\n');
      assert.equal(isReportText(text), true);
    });

    it('blank lines do not count toward the 15', () => {
      assert.equal(isReportText('\n'.repeat(40) + '在全县工作会议上的讲话'), true);
      assert.equal(isReportText(lines(14, (i) => `第${i}行正文`) + '\n2023年工作总结'), true);
      assert.equal(isReportText(lines(15, (i) => `第${i}行正文`) + '\n2023年工作总结'), false);
    });

    it('a title behind a heading marker does not count', () => {
      assert.equal(isReportText('一、2023年工作总结\n正文。'), false);
    });

    it('ordinary prose and empty text are not reports', () => {
      assert.equal(isReportText('今天天气很好，我们去公园散步。'), false);
      assert.equal(isReportText(''), false);
      assert.equal(isReportText('\n\n\n'), false);
      assert.equal(isReportText('会议纪要'), false);
    });

    it('CRLF, a BOM and Markdown # are fine', () => {
      assert.equal(isReportText('\ufeff2023年工作总结\r\n一、主要工作\r\n'), true);
      assert.equal(isReportText('# 2024年度工作要点\n\n## 一、总体要求'), true);
    });

    // Regression (was a parser bug): detect.ts splits lines on '\n' only, so a file with lone CR line breaks is one long
    // line; the full stop of the body then hides the title. TextModel treats CR as a line break.
    it('lone CR line breaks', () => {
      assert.equal(isReportText('2023年工作总结\r一、主要工作\r全年完成各项任务。\r'), true);
    });

    it('a cover notice counts as a report title', () => {
      assert.equal(isReportText('关于印发《2024年度工作要点》的通知\n各单位：'), true);
    });

    it('the file name decides when it names a report', () => {
      assert.equal(isReportText('随手记录的几行字', '/home/user/2023年工作总结.txt'), true);
      assert.equal(isReportText('随手记录的几行字', 'C:\\docs\\个人述职报告.md'), true);
      assert.equal(isReportText('随手记录的几行字', 'notes/在会上的发言.md'), true);
    });

    it('only the base name of the file counts, not its folders', () => {
      assert.equal(isReportText('随手记录的几行字', '/home/user/工作总结/readme.md'), false);
      assert.equal(isReportText('随手记录的几行字', 'D:\\计划\\notes.txt'), false);
    });

    it('looks only at the first 64K characters', () => {
      assert.equal(isReportText('甲'.repeat(70_000) + '\n2023年工作总结'), false);
    });

    it('a 200,000-character single line and NUL or lone surrogates do not throw', () => {
      assert.equal(isReportText('乙'.repeat(200_000)), false);
      assert.doesNotThrow(() => isReportText('\u0000\ud800\n\udc00工作总结'));
    });
  });

  describe('looksBinary', () => {
    it('a NUL byte near the start', () => {
      assert.equal(looksBinary('PK\u0003\u0004\u0000\u0000'), true);
      assert.equal(looksBinary('正文\u0000'), true);
    });

    it('a NUL beyond the first 8192 characters is not looked at', () => {
      assert.equal(looksBinary('甲'.repeat(8192) + '\u0000'), false);
      assert.equal(looksBinary('甲'.repeat(8191) + '\u0000'), true);
    });

    it('more than 10% control characters', () => {
      assert.equal(looksBinary('\u0001\u0002' + '甲'.repeat(17)), true);
      assert.equal(looksBinary('\u0001\u0002' + '甲'.repeat(18)), false);
    });

    // U+FFFD alone is a mis-decoded legacy encoding, not binary (encodingCheck.test.ts).
    it('mostly U+FFFD without control characters is not binary; with them it is', () => {
      assert.equal(looksBinary('\ufffd'.repeat(5) + '甲'.repeat(5)), false);
      assert.equal(looksBinary('\ufffd'.repeat(80) + '\u0001\u0002\u0003' + 'ab'.repeat(8)), true);
    });

    it('tabs, line breaks and form feeds are text', () => {
      assert.equal(looksBinary('\t\n\r\f'.repeat(100) + '正文'), false);
    });

    it('ordinary report text, the empty text and lone surrogates are not binary', () => {
      assert.equal(looksBinary('2023年工作总结\r\n一、主要工作\r\n'), false);
      assert.equal(looksBinary(''), false);
      assert.equal(looksBinary('\ud800正文\udc00'), false);
    });
  });
});
