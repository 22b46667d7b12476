import * as assert from 'node:assert/strict';
import { looksLikeOrganization, scanDateLine, signatureAt } from '../../src/core/structure/signature';
import { parseReportTree } from '../../src/core/structure/parser';

describe('signature', () => {
  describe('scanDateLine', () => {
    it('a full Arabic date', () => {
      assert.deepEqual(scanDateLine('2023年12月5日', 7), { line: 7, year: 2023, month: 12, day: 5 });
    });

    it('year and month only', () => {
      assert.deepEqual(scanDateLine('2019年12月', 0), { line: 0, year: 2019, month: 12, day: null });
    });

    it('spaces between the parts, padding and a trailing full stop', () => {
      assert.deepEqual(scanDateLine('2023 年 3 月 10 日', 0), { line: 0, year: 2023, month: 3, day: 10 });
      assert.deepEqual(scanDateLine('\u3000\u30002023年3月10日\u00a0 ', 0)?.day, 10);
      assert.deepEqual(scanDateLine('2023年3月10日。', 0)?.day, 10);
    });

    it('a Chinese-numeral date with 〇 or ○', () => {
      assert.deepEqual(scanDateLine('二〇二三年十二月五日', 2), { line: 2, year: 2023, month: 12, day: 5 });
      assert.deepEqual(scanDateLine('二○二四年一月', 2), { line: 2, year: 2024, month: 1, day: null });
      assert.deepEqual(scanDateLine('二〇二三年十二月三十一日', 2)?.day, 31);
      assert.deepEqual(scanDateLine('二零二二年六月二十日', 2)?.month, 6);
    });

    it('not date lines', () => {
      for (const line of ['2023年12月5日召开全县会议', '截至2023年12月', '23年12月5日', '2023-12-05', '2023年', '二〇二三年十二月卅日', '', '一、2023年12月']) {
        assert.equal(scanDateLine(line, 0), null, line);
      }
    });
  });

  describe('looksLikeOrganization', () => {
    it('names ending in an organization word', () => {
      for (const name of ['某某县卫生健康局', '某市卫生健康委员会', '某某县人民政府办公室', '中共某某县委', '某某镇人民政府', '某某县人民医院', '某某街道']) {
        assert.equal(looksLikeOrganization(name), true, name);
      }
    });

    it('sentences, addressees and headings are not organizations', () => {
      for (const text of ['局属各单位：', '某某县卫生健康局。', '某', '全面加强党的建设', '今年以来，全局上下团结一心', '甲'.repeat(41) + '局']) {
        assert.equal(looksLikeOrganization(text), false, text);
      }
    });
  });

  describe('signatureAt', () => {
    it('takes the organization right above the date, skipping one blank line', () => {
      const lines = ['正文。', '某某县卫生健康局', '', '2023年12月5日'];
      const date = scanDateLine(lines[3], 3)!;
      assert.deepEqual(signatureAt(lines, 3, date, 0), { organizationLine: 1, organization: '某某县卫生健康局', date });
    });

    it('no organization when the line above is body text', () => {
      const lines = ['全年工作圆满完成。', '2023年12月5日'];
      const date = scanDateLine(lines[1], 1)!;
      assert.deepEqual(signatureAt(lines, 1, date, 0), { organizationLine: null, organization: null, date });
    });

    it('does not look before the report start', () => {
      const lines = ['某某县卫生健康局', '2023年12月5日'];
      const date = scanDateLine(lines[1], 1)!;
      assert.equal(signatureAt(lines, 1, date, 1).organization, null);
    });
  });

  describe('in the parsed tree', () => {
    it('organization and date at the end of the report, after trailing blank lines', () => {
      const text = ['2023年工作总结', '一、主要工作', '全年完成各项任务。', '二、下一步打算', '持续深化改革。', '', '某某县卫生健康局', '2023年12月25日', '', ''].join('\n');
      const signature = parseReportTree(text).reports[0].signature;
      assert.deepEqual(signature, { organizationLine: 6, organization: '某某县卫生健康局', date: { line: 7, year: 2023, month: 12, day: 25 } });
    });

    it('organization and date just under the title', () => {
      const text = ['2019年工作总结及2020年工作计划', '', '某某县卫生健康局', '', '2019年12月\u00a0\u00a0', '', '2019年，我局坚持稳中求进。', '一、主要工作', '二、2020年工作计划'].join('\n');
      const signature = parseReportTree(text).reports[0].signature;
      assert.equal(signature?.organization, '某某县卫生健康局');
      assert.equal(signature?.organizationLine, 2);
      assert.deepEqual(signature?.date, { line: 4, year: 2019, month: 12, day: null });
    });

    it('a Chinese-numeral date at the end', () => {
      const text = ['2023年工作总结', '一、主要工作', '正文。', '某某县医疗保障局', '二〇二三年十二月二十日'].join('\n');
      assert.deepEqual(parseReportTree(text).reports[0].signature?.date, { line: 4, year: 2023, month: 12, day: 20 });
    });

    it('the date at the end wins over the date of a cover notice', () => {
      const text = [
        '某某县卫生健康局',
        '关于印发《2024年度全县卫生健康工作要点》的通知',
        '各单位：现印发给你们，请认真贯彻执行。',
        '某某县卫生健康局',
        '2024年2月20日',
        '2024年度全县卫生健康工作要点',
        '一、加强党建',
        '二、深化改革',
        '某某县卫生健康局办公室',
        '2024年2月21日',
      ].join('\n');
      assert.equal(parseReportTree(text).reports[0].signature?.date.line, 9);
    });

    it('a date line between the first and the last heading is body, not a signature', () => {
      const text = ['2023年工作总结', '一、主要工作', '2023年6月', '二、下一步打算', '继续努力。'].join('\n');
      assert.equal(parseReportTree(text).reports[0].signature, null);
    });

    it('each report of a file has its own signature', () => {
      const text = [
        '在全县卫生工作会议上的讲话',
        '一、肯定成绩',
        '某某县人民政府',
        '2023年1月5日',
        '在全县医保工作会议上的讲话',
        '一、明确任务',
        '2023年1月6日',
      ].join('\n');
      const [first, second] = parseReportTree(text).reports;
      assert.equal(first.signature?.date.line, 3);
      assert.equal(first.signature?.organization, '某某县人民政府');
      assert.equal(second.signature?.date.line, 6);
      assert.equal(second.signature?.organization, null);
    });

    it('no signature in a report without a date', () => {
      assert.equal(parseReportTree('2023年工作总结\n一、主要工作\n正文。').reports[0].signature, null);
    });
  });
});
