/**
 * fast-check arbitraries for the property and fuzz tests (test/unit/property.test.ts,
 * test/unit/adversarial.test.ts): random Unicode with the awkward cases of budgets.md (surrogate pairs,
 * lone surrogates, CJK Extension B, NUL, every line break, BOM) and report-shaped documents built
 * from the pieces the parser and the rules look for (markers and their malformed variants, numerals,
 * series, placeholders, dates, punctuation), mixed with noise.
 */
import fc from 'fast-check';

/** Seed and run count of every property: fixed in CI, overridable (`FC_SEED=… FC_RUNS=5000`). */
export const FC_SEED = Number.isFinite(Number(process.env.FC_SEED)) && process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_250_707;
export const FC_RUNS = Number.isFinite(Number(process.env.FC_RUNS)) && process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 0;

/** Parameters for fc.assert: the fixed seed and `defaultRuns` unless FC_RUNS is set. */
export function fcParams(defaultRuns: number): fc.Parameters<unknown> {
  return { seed: FC_SEED, numRuns: FC_RUNS > 0 ? FC_RUNS : defaultRuns, endOnFailure: false };
}

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((code) => String.fromCodePoint(code));

// ---------------------------------------------------------------------------------------------
// Characters

export const loneSurrogate = fc.oneof(codePoint(0xd800, 0xdbff), codePoint(0xdc00, 0xdfff));
export const cjk = codePoint(0x4e00, 0x9fff);
export const cjkExtensionB = codePoint(0x20000, 0x2a6df);
export const astral = codePoint(0x10000, 0x10ffff);
export const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
/** Characters that trip up naive code: NUL, BOM, exotic spaces, separators, controls, the replacement character. */
export const awkward = fc.constantFrom(
  '\u0000', '\ufeff', '\u3000', '\u00a0', '\t', '\u200b', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\ufffd', '\u001b', ' ',
);
export const punctuation = fc.constantFrom(
  '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':', '!', '?', '（', '）', '(', ')', '“', '”', '"', '‘', '’', "'",
  '《', '》', '【', '】', '〔', '〕', '[', ']', '……', '——', '-', '－', '_', '＿', '*', '＊', '×', '%', '％', '‰', '#', '/', '·', '・',
);

/** Random Unicode: any code point, lone surrogates, CJK (BMP and Extension B), awkward characters, line breaks. */
export const unicodeChunk: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 3 },
  { arbitrary: fc.string({ unit: cjk, minLength: 1, maxLength: 8 }), weight: 4 },
  { arbitrary: cjkExtensionB, weight: 2 },
  { arbitrary: astral, weight: 1 },
  { arbitrary: loneSurrogate, weight: 2 },
  { arbitrary: awkward, weight: 2 },
  { arbitrary: punctuation, weight: 3 },
  { arbitrary: lineBreak, weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }), weight: 2 },
);

export const unicodeText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(unicodeChunk, { maxLength: 300, size: 'medium' }))
  .map(([bom, chunks]) => (bom ? '\ufeff' : '') + chunks.join(''));

// ---------------------------------------------------------------------------------------------
// Report pieces

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumeral(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  return String(n);
}
const fullWidthDigits = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Numbers as markers carry them: mostly small and in order, sometimes skipping, repeating, zero or huge. */
export const ordinal = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 8 },
  { arbitrary: fc.constantFrom(0, 99, 100, 101, 999, 1000), weight: 1 },
);

/** A heading marker, well-formed or one of the malformed variants seen in real reports. */
export const marker: fc.Arbitrary<string> = fc
  .tuple(ordinal, fc.integer({ min: 0, max: 27 }), fc.constantFrom('', '', '', '　　', '  ', '\t', '# ', '## ', '### '))
  .map(([n, style, prefix]) => {
    const cn = chineseNumeral(n);
    const digits = String(n);
    const variants = [
      `${cn}、`, `（${cn}）`, `${digits}.`, `（${digits}）`, // GB/T 9704
      `(${cn})`, `（${cn})`, `(${cn}）`, `(${cn})、`, `（${cn}）、`, `${cn}.`, `${cn}，`, `${cn}．`, `${cn} `, `${cn}`,
      `${digits}、`, `${digits}，`, `${digits} `, `${fullWidthDigits(digits)}．`, `（${fullWidthDigits(digits)}）`, `${digits}．`,
      `（（${cn}））`, `（${cn}`, `${cn}：`, `${cn}、、`, `${digits}.${digits}`, `(${digits})、`, `${cn}2020年`, `第${cn}、`,
    ];
    return prefix + variants[style];
  });

const words = fc.constantFrom(
  '加强基层医疗卫生服务体系建设', '推进家庭医生签约服务', '完善公共卫生应急管理', '强化督导考核', '主要工作', '存在的问题和不足',
  '下一步工作打算', '工作计划', '取得的成效', '提升群众满意度', '工作', '计划', '总结', '的', '在', '和', '与', '及', '了',
  '进一步', '我们', '全面', '人次', '亿元', '万元', '个百分点', '方面', '年底', '月龄', '以上', '同志', '县', '局', '市',
  '医院', 'Excel', 'docx', 'http://a.cn/x_y.html', 'a@b.cn', 'X光机', 'COVID-19', 'f(x)', '1,000', '10:30', '5.12', '〔2021〕5号',
);

const year = fc.integer({ min: 1990, max: 2030 });

/** Dates, well-formed and not: 20196月, 2023年03月05日, 2月30日, 二○二三年, 13月, 2019工作总结. */
export const date: fc.Arbitrary<string> = fc
  .tuple(year, fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 11 }))
  .map(([y, m, d, style]) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    switch (style) {
      case 0: return `${y}年${m}月${d}日`;
      case 1: return `${y}${m}月`;
      case 2: return `${y}年${pad(m)}月${pad(d)}日`;
      case 3: return `${m}月${d}日`;
      case 4: return `二○${chineseNumeral(y % 10)}${chineseNumeral(m % 10 || 1)}年`;
      case 5: return `${y}工作总结`;
      case 6: return `${chineseNumeral(Math.min(m, 12) || 1)}月${chineseNumeral(Math.min(d, 31) || 1)}日`;
      case 7: return `${y}—${y + 1}年`;
      case 8: return `${y}年以来`;
      case 9: return `${y}经受住考验`;
      case 10: return `二〇${chineseNumeral(y % 10)}O年`;
      default: return `${y}年${m}月`;
    }
  });

/** Blanks and drafting notes: xx, ××, 20_年, 某某, 某县, 【待补充】, TODO, ○○, □□, 20-年, x%. */
export const placeholder = fc.constantFrom(
  'xx县', 'x亿元', '20xx年', 'X月X日', 'xx%', '××', '×', '**', '20_年', '_市', '罗湖_市', '_人次', '某某', '某县', '某同志', '某些',
  '王某', '【待补充】', '（此处填写）', '[待定]', 'TODO', 'FIXME', 'TBD', '○○', '□□', '〇〇县', '20-年', '在-乡', 'xxx', 'hxnx',
  '达到%', '达到亿元', '讲个方面', '在年卫生工作会议上', '增长个百分点', '接种率达，', '***', '**重点**',
);

/** In-text series: 一是/二是 (sometimes skipping or repeating), 一要, 第一，, 首先/其次/最后. */
export const series: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('是', '要', '第', '序'), fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('；', '。', '，', ';', ''))
  .map(([kind, numbers, separator]) =>
    numbers
      .map((n) => {
        const cn = chineseNumeral(n);
        if (kind === '第') return `第${cn}，完善制度`;
        if (kind === '序') return ['首先，', '其次，', '再次，', '最后，'][n % 4] + '抓落实';
        return `${cn}${kind}加强管理`;
      })
      .join(separator) + '。',
  );

/** Punctuation trouble: half-width marks, doubled marks, unbalanced and reversed pairs, mixed quotes. */
export const punctuationTrouble = fc.constantFrom(
  '，，', '。。', '、、', '；；', '：：', ',。', '，。', '...', '。。。', '“开头', '结尾”', '”颠倒“', '“混用"', '"半角"', '《书名', '书名》',
  '（括号', '括号）', '(半角)', '1）', 'a)', '【方头', '〔六角〕', '‘单引’', "it’s", '好吗?!', '如下:', '年,我', 'Hello, 世界',
);

/** Announcements of a number of parts (stated-count). */
export const announcement = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom('个方面的意见', '点要求', '项工作', '个问题', '条', '件事'), fc.constantFrom('：', '。', '，供参考。', ''))
  .map(([n, what, end]) => `下面我讲${chineseNumeral(n)}${what}${end}`);

/** Title lines of the kinds the parser knows (summary, plan, speech, cover notice, collection). */
export const title: fc.Arbitrary<string> = fc
  .tuple(year, fc.integer({ min: 0, max: 8 }), fc.constantFrom('', '# ', '  '))
  .map(([y, kind, prefix]) => {
    const titles = [
      `${y}年工作总结及${y + 1}年工作计划`, `${y}年工作总结`, `${y}年工作要点`, `在全县${y}年卫生健康工作会议上的讲话`,
      `关于印发《${y}年工作要点》的通知`, `工作会议讲话汇编（精选19篇）`, `${y}年上半年工作总结和下半年工作打算`, `述职报告`,
      `${y}年工作总结及${y + 2}年工作计划`,
    ];
    return prefix + titles[kind];
  });

const bodyPiece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: words, weight: 6 },
  { arbitrary: date, weight: 2 },
  { arbitrary: placeholder, weight: 2 },
  { arbitrary: series, weight: 2 },
  { arbitrary: punctuationTrouble, weight: 2 },
  { arbitrary: announcement, weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String), weight: 1 },
  { arbitrary: punctuation, weight: 3 },
  { arbitrary: unicodeChunk.filter((chunk) => !/[\r\n]/.test(chunk)), weight: 1 },
);

/** One body line: a few pieces, usually ending a sentence. */
export const bodyLine: fc.Arbitrary<string> = fc
  .tuple(fc.array(bodyPiece, { minLength: 1, maxLength: 8 }), fc.constantFrom('。', '。', '', '；', '：', '！', '”', '  ', '\u00a0'))
  .map(([pieces, end]) => pieces.join('') + end);

export const line: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: bodyLine, weight: 6 },
  { arbitrary: fc.tuple(marker, fc.oneof(words, bodyLine)).map(([m, rest]) => m + rest), weight: 5 },
  { arbitrary: title, weight: 1 },
  { arbitrary: fc.constantFrom('', '', '  ', '　　', '\t'), weight: 3 },
  { arbitrary: fc.constantFrom('某某局', 'xx县卫生健康局', '2023年12月5日', '二〇二三年十二月五日', '2023年12月', '相关阅读', '_第1页'), weight: 1 },
);

/** A report-shaped document: random lines joined by random (mixed) line breaks, maybe with a BOM. */
export const reportDocument: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, lineBreak), { minLength: 1, maxLength: 80, size: 'medium' }), fc.constantFrom('\n', '\r\n', 'mixed'))
  .map(([bom, lines, eol]) => {
    const text = lines.map(([content, random]) => content + (eol === 'mixed' ? random : eol)).join('');
    return (bom ? '\ufeff' : '') + text;
  });

/** Either kind of document. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof({ arbitrary: reportDocument, weight: 3 }, { arbitrary: unicodeText, weight: 2 });

/** A neutral sentence to append to a body line (no marker, title word, series, date or count). */
export const neutralSentence = fc.constantFrom('此外还要持续用力。', '大家要认真领会。', '抓好贯彻落实。', '要久久为功，善作善成。', '请各单位抓紧研究。');
