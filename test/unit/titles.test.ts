import * as assert from 'node:assert/strict';
import { scanTitle, titleKind, titleYears } from '../../src/core/structure/titles';

describe('titles', () => {
  describe('scanTitle', () => {
    it('recognizes a summary-and-plan title with its years', () => {
      assert.deepEqual(scanTitle('2023年工作总结及2024年工作计划', 0), {
        line: 0,
        text: '2023年工作总结及2024年工作计划',
        kind: 'summary-plan',
        years: [2023, 2024],
        wrapper: false,
      });
    });

    it('keeps the line number it is given', () => {
      assert.equal(scanTitle('县医保局2023年工作总结', 17)?.line, 17);
    });

    it('kinds from the title words', () => {
      const cases: [string, string][] = [
        ['县医保局2023年工作总结', 'summary'],
        ['关于2023年上半年工作情况的汇报', 'summary'],
        ['2024年度全县卫生健康工作要点', 'plan'],
        ['2024年爱国卫生运动实施方案', 'plan'],
        ['县卫健局2024年工作打算', 'plan'],
        ['在全县卫生健康工作会议上的讲话', 'speech'],
        ['在表彰大会上的发言', 'speech'],
        ['在新春团拜会上的致辞', 'speech'],
        ['2023年度个人述职报告', 'review'],
        ['关于全县基层医疗机构建设情况的报告', 'report'],
        ['2023年工作总结和2024年工作思路', 'summary-plan'],
      ];
      for (const [line, kind] of cases) assert.equal(scanTitle(line, 0)?.kind, kind, line);
    });

    it('strips a file-name extension, in any case', () => {
      assert.equal(scanTitle('区卫生局年度工作计划总结.docx', 0)?.text, '区卫生局年度工作计划总结');
      assert.equal(scanTitle('2023年工作总结.DOC', 0)?.text, '2023年工作总结');
      assert.equal(scanTitle('2023年工作总结.pdf', 0)?.text, '2023年工作总结');
      assert.equal(scanTitle('2023年工作总结.wps', 0)?.text, '2023年工作总结');
    });

    it('rejects page markers of document sites', () => {
      assert.equal(scanTitle('区卫生局年度工作计划总结.docx_第2页', 0), null);
      assert.equal(scanTitle('第2页 / 共6页', 0), null);
      assert.equal(scanTitle('年度工作总结 第3页/共9页', 0), null);
    });

    it('rejects lines with a colon, a full stop or a trailing comma', () => {
      assert.equal(scanTitle('现将全年工作总结如下：', 0), null);
      assert.equal(scanTitle('标题：2023年工作总结', 0), null);
      assert.equal(scanTitle('全局圆满完成年度计划。', 0), null);
      assert.equal(scanTitle('对照年初工作计划，', 0), null);
      assert.equal(scanTitle('对照年初计划，逐项抓落实，确保见效', 0), null);
      assert.equal(scanTitle('索 引 号 | 发布机构 | 计划总结', 0), null);
    });

    it('rejects lines without a title word, too short or too long', () => {
      assert.equal(scanTitle('全面加强党的建设', 0), null);
      assert.equal(scanTitle('总结', 0), null);
      assert.equal(scanTitle('县' + '卫'.repeat(60) + '总结', 0), null);
      assert.ok(scanTitle('县' + '卫'.repeat(57) + '总结', 0));
    });

    it('rejects bracketed lines but accepts a title in book-title marks', () => {
      assert.equal(scanTitle('(2023年工作总结)', 0), null);
      assert.equal(scanTitle('【2023年工作总结】', 0), null);
      assert.equal(scanTitle('《2023年工作总结》', 0)?.text, '《2023年工作总结》');
    });

    it('trims whitespace of every kind, the BOM and Markdown #', () => {
      assert.equal(scanTitle('\ufeff2023年工作总结', 0)?.text, '2023年工作总结');
      assert.equal(scanTitle('\u3000\u30002023年工作总结\u00a0\u3000 ', 0)?.text, '2023年工作总结');
      assert.equal(scanTitle('# 2023年工作总结', 0)?.text, '2023年工作总结');
      assert.equal(scanTitle('## 2023年工作总结 ##', 0)?.text, '2023年工作总结');
    });

    it('a cover notice 关于印发《…》的通知 is a wrapper', () => {
      const title = scanTitle('关于印发《2024年度全县卫生健康工作要点》的通知', 3);
      assert.equal(title?.wrapper, true);
      assert.equal(title?.kind, 'plan');
      assert.deepEqual(title?.years, [2024]);
      assert.equal(scanTitle('关于转发《全市卫生健康工作要点》的通知', 0)?.wrapper, true);
    });

    it('a collection page title (…(热门12篇), 合集, 大全, 精选) is a wrapper', () => {
      assert.equal(scanTitle('在卫生健康工作会议上的讲话(热门12篇)', 0)?.wrapper, true);
      assert.equal(scanTitle('年度工作总结范文合集', 0)?.wrapper, true);
      assert.equal(scanTitle('个人述职报告大全', 0)?.wrapper, true);
      assert.equal(scanTitle('2023年工作总结（精选8篇）', 0)?.wrapper, true);
    });

    it('an ordinary title is not a wrapper', () => {
      assert.equal(scanTitle('关于2023年工作情况的报告', 0)?.wrapper, false);
    });

    it('a blank year (区卫生局年工作计划总结) has no year', () => {
      assert.deepEqual(scanTitle('区卫生局年工作计划总结', 0)?.years, []);
    });

    it('a year without 年 still counts (2019工作总结)', () => {
      assert.deepEqual(scanTitle('2019工作总结及2020年工作计划', 0)?.years, [2019, 2020]);
    });

    it('does not throw on NUL and lone surrogates', () => {
      assert.doesNotThrow(() => scanTitle('\u0000工作总结\ud800', 0));
      assert.doesNotThrow(() => scanTitle('\udc00', 0));
    });
  });

  describe('titleKind', () => {
    it('speech wins over everything, review over summary', () => {
      assert.equal(titleKind('在2023年工作总结大会上的讲话'), 'speech');
      assert.equal(titleKind('2023年述职述廉报告'), 'review');
      assert.equal(titleKind('工作回顾与展望'), 'summary');
    });
  });

  describe('titleYears', () => {
    it('finds four-digit years 19xx and 20xx only, not parts of longer numbers', () => {
      assert.deepEqual(titleYears('1999年至2023年'), [1999, 2023]);
      assert.deepEqual(titleYears('编号12023'), []);
      assert.deepEqual(titleYears('20231号'), []);
      assert.deepEqual(titleYears('1850年'), []);
    });

    // Regression (was a parser bug): titles.ts titleYears only reads ASCII digits, so a title typed with full-width
    // digits (２０２３年工作总结) has no year and its summary year is lost for parts.
    it('reads full-width years', () => {
      assert.deepEqual(titleYears('２０２３年工作总结'), [2023]);
    });
  });
});
