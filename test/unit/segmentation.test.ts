import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cachingSegmenter } from '../../src/core/text/cachingSegmenter';
import { Segmenter } from '../../src/core/text/segmenter';
import { isHanWord, isNounLike, lineTokens, tagsOf } from '../../src/core/text/wordTags';
import {
  DEFAULT_USER_FREQUENCY,
  DictionaryIo,
  findReportDictionary,
  normalizeDictionary,
  prepareDictionary,
  REPORT_DICTIONARY_FILE,
  userDictionaryOption,
} from '../../src/segmentation/dictionaries';
import { loadNodejiebaSegmenter, Nodejieba, NodejiebaSegmenter } from '../../src/segmentation/nodejiebaSegmenter';
import { corpusAvailable, corpusFiles, readCorpus } from '../helpers/corpus';

const REPO = resolve(__dirname, '../../..');
const REPORT_DICTIONARY = join(REPO, 'dict', REPORT_DICTIONARY_FILE);

describe('segmentation: dictionaries', () => {
  it('finds dict/report.dict.utf8 from the bundle (dist/), the compiled code (out/src/segmentation/) and the sources', () => {
    const root = resolve('/opt/ext');
    const dictionary = join(root, 'dict', REPORT_DICTIONARY_FILE);
    const exists = (path: string) => path === dictionary;
    assert.equal(findReportDictionary(join(root, 'dist'), exists), dictionary);
    assert.equal(findReportDictionary(join(root, 'out', 'src', 'segmentation'), exists), dictionary);
    assert.equal(findReportDictionary(join(root, 'src', 'segmentation'), exists), dictionary);
    assert.equal(findReportDictionary(root, exists), dictionary);
    assert.equal(findReportDictionary(join(root, 'a', 'b', 'c', 'd', 'e', 'f'), exists), null, 'at most four levels up');
    assert.equal(findReportDictionary(join(root, 'dist'), () => false), null);
  });

  it('finds the repository dictionary from the compiled module', () => {
    assert.equal(findReportDictionary(join(REPO, 'out', 'src', 'segmentation')), REPORT_DICTIONARY);
  });

  it('ships a clean dictionary: `word freq tag` lines, no duplicates, no single characters', () => {
    const text = readFileSync(REPORT_DICTIONARY, 'utf8');
    const lines = text.trimEnd().split('\n');
    assert.ok(lines.length >= 300, `${lines.length} words`);
    assert.equal(normalizeDictionary(text).lines.join('\n') + '\n', text, 'already normalized: used as is');
    const words = new Set<string>();
    for (const line of lines) {
      const [word, freq, tag] = line.split(' ');
      assert.match(line, /^\S+ \d+ [a-z]+$/, line);
      assert.ok(word.length >= 2 && Number(freq) > 0 && tag, line);
      assert.ok(!words.has(word), `duplicate ${word}`);
      words.add(word);
    }
    for (const word of ['医共体', '医联体', '两个维护', '四个意识', '放管服', '一老一小', '健康扶贫', '家庭医生', '公共卫生', '卫生健康委', '爱国卫生运动', '疫情防控']) {
      assert.ok(words.has(word), word);
    }
  });

  it('normalizes user dictionaries to what cppjieba reads', () => {
    const { lines, skipped } = normalizeDictionary('\ufeff医共体\r\n# comment\r\n\r\n罗湖模式 nz\r\n健共体 20\r\n紧密型医联体 30 n\r\na b c d\r\n坏词 0 n\r\n标签 3 n+\r\n');
    assert.deepEqual(lines, [`医共体 ${DEFAULT_USER_FREQUENCY} nz`, `罗湖模式 ${DEFAULT_USER_FREQUENCY} nz`, '健共体 20 nz', '紧密型医联体 30 n']);
    assert.equal(skipped.length, 3);
    assert.match(skipped[0], /line 7: more than three fields/);
  });

  describe('prepareDictionary', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'wra-dict-test-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const memoryIo = (files: Record<string, string>): DictionaryIo & { written: string[] } => {
      const written: string[] = [];
      return {
        written,
        read: (path) => {
          if (!(path in files)) throw new Error('ENOENT');
          return files[path];
        },
        isFile: (path) => path in files,
        write: (path, text) => {
          files[path] = text;
          written.push(path);
        },
        tempDir: () => resolve('/tmp'),
      };
    };

    it('uses a clean file as it is', () => {
      const path = join(dir, 'clean.utf8');
      writeFileSync(path, '医共体 100 n\n');
      assert.deepEqual(prepareDictionary(path), { path, words: 1, copied: false, skipped: [] });
    });

    it('copies a file that needs normalizing (CRLF, BOM, `word freq`), once per content', () => {
      const path = join(dir, 'crlf.utf8');
      writeFileSync(path, '\ufeff医共体 100\r\n医联体\r\n');
      const first = prepareDictionary(path);
      assert.equal(first.copied, true);
      assert.equal(readFileSync(first.path, 'utf8'), `医共体 100 nz\n医联体 ${DEFAULT_USER_FREQUENCY} nz\n`);
      assert.equal(prepareDictionary(path).path, first.path, 'the same copy for the same content');
    });

    it('copies a clean file whose path contains | or ; (cppjieba separates paths with them)', () => {
      const io = memoryIo({ [resolve('/home/a;b/dict.utf8')]: '医共体 100 n\n' });
      const result = prepareDictionary('/home/a;b/dict.utf8', io);
      assert.equal(result.copied, true);
      assert.doesNotMatch(result.path, /[|;]/);
      assert.equal(io.written.length, 1);
    });

    it('refuses missing, empty and non-UTF-8 files with a reason (cppjieba would abort the process)', () => {
      assert.throws(() => prepareDictionary(join(dir, 'missing.utf8')), /not found/);
      assert.throws(() => prepareDictionary(dir), /not a file/);
      const empty = join(dir, 'empty.utf8');
      writeFileSync(empty, '# nothing\n\n');
      assert.throws(() => prepareDictionary(empty), /no words/);
      const gbk = join(dir, 'gbk.utf8');
      writeFileSync(gbk, Buffer.from([0xd2, 0xbd, 0xb9, 0xb2, 0xcc, 0xe5, 0x0a]));
      assert.throws(() => prepareDictionary(gbk), /not UTF-8/);
    });

    it('joins ours and the user’s with |, warning about those it cannot use', () => {
      const user = join(dir, 'user.utf8');
      writeFileSync(user, '罗湖模式 10 nz\n');
      const warnings: string[] = [];
      const result = userDictionaryOption({ report: REPORT_DICTIONARY, user: [user, join(dir, 'nope.utf8'), ' '] }, (message) => warnings.push(message));
      assert.equal(result.option, `${REPORT_DICTIONARY}|${user}`);
      assert.deepEqual(result.loaded, [REPORT_DICTIONARY, user]);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /user dictionary not loaded: .*nope\.utf8: not found/);
      assert.deepEqual(userDictionaryOption({ report: null, user: [] }, () => assert.fail('no warning')), { option: undefined, loaded: [] });
    });
  });
});

describe('segmentation: loadNodejiebaSegmenter with a fake module', () => {
  const fakeModule = () => {
    const loads: (Record<string, string> | undefined)[] = [];
    const module: Nodejieba = {
      load: (options) => void loads.push(options),
      cut: (sentence) => Array.from(sentence),
      tag: (sentence) => Array.from(sentence).map((word) => ({ word, tag: 'x' })),
    };
    return { loads, module };
  };

  it('loads the report dictionary by default, plus the user’s, as one `|`-separated option', () => {
    const { loads, module } = fakeModule();
    const dir = mkdtempSync(join(tmpdir(), 'wra-load-test-'));
    try {
      const user = join(dir, 'mine.utf8');
      writeFileSync(user, '罗湖模式 10 nz\n');
      const segmenter = loadNodejiebaSegmenter({ userDict: user, requireModule: () => module });
      assert.deepEqual(loads, [{ userDict: `${REPORT_DICTIONARY}|${user}` }]);
      assert.deepEqual(segmenter.dictionaries, [REPORT_DICTIONARY, user]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads without the report dictionary when told, and warns when it is missing', () => {
    const { loads, module } = fakeModule();
    loadNodejiebaSegmenter({ reportDictionary: false, requireModule: () => module });
    assert.deepEqual(loads, [undefined]);
    const warnings: string[] = [];
    loadNodejiebaSegmenter({ reportDictionary: '/nowhere/report.dict.utf8', requireModule: () => module, onWarning: (message) => warnings.push(message) });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /report dictionary not loaded/);
  });

  it('loads the same dictionaries only once per module (one dictionary per thread), others again', () => {
    const { loads, module } = fakeModule();
    loadNodejiebaSegmenter({ requireModule: () => module });
    loadNodejiebaSegmenter({ requireModule: () => module });
    assert.equal(loads.length, 1);
    loadNodejiebaSegmenter({ requireModule: () => module, reportDictionary: false });
    loadNodejiebaSegmenter({ requireModule: () => module });
    assert.deepEqual(loads, [{ userDict: REPORT_DICTIONARY }, undefined, { userDict: REPORT_DICTIONARY }]);
  });

  it('throws when the module cannot be loaded (the callers report it once)', () => {
    assert.throws(
      () =>
        loadNodejiebaSegmenter({
          requireModule: () => {
            throw new Error('nodejieba native binding was not found');
          },
        }),
      /native binding/,
    );
  });

  it('gives UTF-16 offsets, also after characters outside the BMP', () => {
    const { module } = fakeModule();
    const segmenter = loadNodejiebaSegmenter({ reportDictionary: false, requireModule: () => module });
    const text = '𠀀医共体';
    const tokens = segmenter.cut(text);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.word);
    assert.equal(tokens[tokens.length - 1].end, text.length);
  });
});

describe('segmentation: wordTags helpers', () => {
  it('isHanWord and isNounLike', () => {
    assert.equal(isHanWord('医共体'), true);
    assert.equal(isHanWord('𠀀'), true);
    assert.equal(isHanWord('x县'), false);
    assert.equal(isHanWord('〇'), false);
    assert.equal(isHanWord(''), false);
    for (const tag of ['n', 'nt', 'nz', 'vn', 'an', 'a', 'j', 'l', 'x', 'b', undefined]) assert.equal(isNounLike(tag), true, tag);
    for (const tag of ['v', 'd', 'p', 'uj', 'm', 'q', 'f', 'r', 'ad']) assert.equal(isNounLike(tag), false, tag);
  });

  it('lineTokens tags when the segmenter can; tagsOf answers per word', () => {
    const tagging: Segmenter = {
      cut: (text) => [{ word: text, start: 0, end: text.length }],
      tag: (text) => [{ word: text, start: 0, end: text.length, tag: 'n' }],
    };
    assert.deepEqual(lineTokens(tagging, '医共体'), [{ word: '医共体', start: 0, end: 3, tag: 'n' }]);
    assert.deepEqual(lineTokens({ cut: tagging.cut }, '医共体'), [{ word: '医共体', start: 0, end: 3 }]);
    const tagOf = tagsOf([{ word: '共有', start: 0, end: 2, tag: 'v' }, { word: '家', start: 2, end: 3, tag: 'q' }]);
    assert.equal(tagOf('共有'), 'v');
    assert.equal(tagOf('医院'), undefined);
  });
});

describe('segmentation: nodejieba with the report dictionary', function () {
  this.timeout(60_000);
  let jieba: NodejiebaSegmenter;
  before(function () {
    this.timeout(60_000);
    jieba = loadNodejiebaSegmenter();
  });

  it('loads the report dictionary', () => {
    assert.deepEqual(jieba.dictionaries, [REPORT_DICTIONARY]);
  });

  it('cuts every word of the report dictionary as one token with its tag', () => {
    const lines = readFileSync(REPORT_DICTIONARY, 'utf8').trimEnd().split('\n');
    const wrong = lines
      .map((line) => line.split(' '))
      .filter(([word, , tag]) => {
        const tokens = jieba.tag(word);
        return tokens.length !== 1 || tokens[0].tag !== tag;
      });
    assert.deepEqual(wrong, []);
  });

  it('cuts report vocabulary in context', () => {
    const words = jieba.cut('推进紧密型县域医共体建设，做到两个维护，深化放管服改革。').map((token) => token.word);
    for (const word of ['紧密型县域医共体', '两个维护', '放管服改革']) assert.ok(words.includes(word), words.join('/'));
  });

  it('gives offsets that cover the text (UTF-16, surrogate pairs, spaces, Latin)', () => {
    for (const text of ['𠀀𠀁医共体建设 and CT检查，xx县 2020年', '　　一、加强党的建设']) {
      const tokens = jieba.cut(text);
      let covered = '';
      for (const token of tokens) {
        assert.equal(text.slice(token.start, token.end), token.word);
        covered += token.word;
      }
      assert.equal(covered.replace(/\s/g, ''), text.replace(/\s/g, ''));
    }
  });

  it('tag(line) gives the words of cut(line) (the rules tag the lines they judge)', () => {
    const lines = [
      '全县共有医疗卫生机构312家，累计培训基层医务人员1200余人次。',
      '我们要以人民健康为中心，推进紧密型县域医共体建设，做实家庭医生签约服务，经得住考验。',
      ...(corpusAvailable() ? corpusFiles().flatMap((file) => readCorpus(file).split('\n').filter((line) => line.trim()).slice(0, 40)) : []),
    ];
    for (const line of lines) {
      assert.deepEqual(
        jieba.tag(line).map(({ word, start, end }) => ({ word, start, end })),
        jieba.cut(line),
        line,
      );
    }
  });

  it('a user dictionary adds words; a missing one only warns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wra-user-dict-'));
    try {
      const user = join(dir, 'org.dict');
      writeFileSync(user, '健联盟体\r\n');
      const warnings: string[] = [];
      const withUser = loadNodejiebaSegmenter({ userDict: [user, join(dir, 'missing.dict')], onWarning: (message) => warnings.push(message) });
      assert.deepEqual(withUser.cut('推进健联盟体建设').map((token) => token.word), ['推进', '健联盟体', '建设']);
      assert.equal(withUser.tag('健联盟体')[0].tag, 'nz');
      assert.equal(warnings.length, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      jieba = loadNodejiebaSegmenter();
    }
  });

  it('the caching segmenter answers a line it has seen without segmenting it again', () => {
    const caching = cachingSegmenter(jieba);
    caching.cut('全县共有医疗卫生机构312家。');
    caching.cut('全县共有医疗卫生机构312家。');
    assert.equal(caching.misses, 1);
  });
});
