import assert from 'node:assert/strict';
import { parseReportTree } from '../../src/core/structure/parser';
import { sectionKeywords } from '../../src/core/text/keywords';
import { Segmenter } from '../../src/core/text/segmenter';
import { loadNodejiebaSegmenter } from '../../src/segmentation/nodejiebaSegmenter';
import { lexiconSegmenter } from './segmentationFake';

/** Outline keywords (src/core/text/keywords.ts): nouns a top-level section uses more than the others. */
describe('segmentation: section keywords', () => {
  const LEXICON: Record<string, string> = {
    医共体: 'n', 紧密型医共体: 'n', 家庭医生: 'n', 签约: 'v', 服务: 'vn', 工作: 'vn', 加强: 'v', 推进: 'v', 建设: 'vn',
    卫生: 'an', 疫情防控: 'n', 核酸检测: 'n', 常态化: 'l', 全县: 'n', 医院: 'n', 人才: 'n', 队伍: 'n',
  };
  const text = [
    '2023年工作总结',
    '一、推进紧密型医共体建设',
    '加强医共体工作，紧密型医共体覆盖全县，医共体医院。卫生工作。',
    '二、做实家庭医生签约服务',
    '家庭医生签约，家庭医生服务，卫生工作。医院。',
    '三、疫情防控',
    '疫情防控常态化，核酸检测，疫情防控，核酸检测。卫生工作。',
  ].join('\n');

  it('gives each top-level section its own nouns, generic words out, a word inside a chosen one out', () => {
    const result = sectionKeywords(parseReportTree(text), lexiconSegmenter(LEXICON));
    assert.deepEqual(result, [
      { report: 0, line: 1, keywords: ['紧密型医共体', '医院'] },
      { report: 0, line: 3, keywords: ['家庭医生', '医院'] },
      { report: 0, line: 5, keywords: ['疫情防控', '核酸检测', '常态化'] },
    ]);
  });

  it('honours perSection and extra stop words, and works on an empty tree', () => {
    const tree = parseReportTree(text);
    assert.deepEqual(sectionKeywords(tree, lexiconSegmenter(LEXICON), { perSection: 1 }).map((section) => section.keywords), [['紧密型医共体'], ['家庭医生'], ['疫情防控']]);
    assert.deepEqual(sectionKeywords(tree, lexiconSegmenter(LEXICON), { perSection: 1, stopWords: ['紧密型医共体', '疫情防控'] }).map((section) => section.keywords[0]), [
      '医共体',
      '家庭医生',
      '核酸检测',
    ]);
    assert.deepEqual(sectionKeywords(parseReportTree(''), lexiconSegmenter(LEXICON)), []);
  });

  it('with a segmenter that cannot tag, words of two characters or more count', () => {
    const untagged: Segmenter = { cut: (input) => lexiconSegmenter(LEXICON).cut(input) };
    const result = sectionKeywords(parseReportTree(text), untagged, { perSection: 1 });
    assert.deepEqual(result.map((section) => section.keywords), [['紧密型医共体'], ['家庭医生'], ['疫情防控']]);
  });

  describe('with nodejieba', function () {
    this.timeout(60_000);
    let jieba: Segmenter;
    before(function () {
      this.timeout(60_000);
      jieba = loadNodejiebaSegmenter();
    });

    it('finds the subject of each section of a report written for this test', () => {
      const report = [
        '2024年县卫生健康工作总结',
        '一、深化医药卫生体制改革',
        '推进紧密型县域医共体建设，医共体内人员统一调配、药品统一采购。医共体牵头医院派出专家下沉乡镇卫生院。',
        '二、做实家庭医生签约服务',
        '组建家庭医生团队86个，重点人群签约率达到80%。家庭医生上门随访慢性病患者，签约居民满意度提升。',
        '三、巩固疫情防控成果',
        '落实常态化疫情防控措施，加强发热门诊建设，开展核酸检测能力演练，疫情防控物资储备充足。',
      ].join('\n');
      const result = sectionKeywords(parseReportTree(report), jieba);
      assert.equal(result.length, 3);
      assert.ok(result[0].keywords.some((word) => word.includes('医共体')), result[0].keywords.join('、'));
      assert.ok(result[1].keywords.some((word) => word.includes('家庭医生')), result[1].keywords.join('、'));
      assert.ok(result[2].keywords.some((word) => word.includes('疫情防控')), result[2].keywords.join('、'));
    });
  });
});
