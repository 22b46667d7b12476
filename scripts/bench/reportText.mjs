// Report-like text for the benchmark, written from our own sentence templates (no corpus sentences).
// Deterministic: the same seed gives the same text. Used when ../shared/corpus is absent (a stand-in
// for speeches-19-collection.txt of the same size and shape), for the 10K and 20K reports, and to
// vary the 1M-character text.

/** mulberry32: a small seeded PRNG. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumeral(n) {
  if (n <= 10) return CN[n];
  if (n < 20) return '十' + CN[n - 10];
  return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
}

const PLACES = ['东城', '南湖', '西山', '北塘', '青川', '白河', '临江', '安平', '长宁', '云溪', 'xx', '某'];
const LEVELS = ['县', '区', '市'];
const FIELDS = ['卫生健康', '医疗保障', '疾病预防控制', '基层卫生', '中医药', '妇幼健康', '爱国卫生'];
const MEETINGS = ['工作会议', '工作推进会', '半年工作总结会', '年度工作会议', '专题会议'];
const VERBS = ['加强', '推进', '落实', '完善', '深化', '提升', '健全', '强化', '优化', '巩固', '拓展', '规范'];
const OBJECTS = [
  '基层医疗卫生服务体系建设', '公共卫生应急管理', '家庭医生签约服务', '医疗质量安全管理', '疾病预防控制工作',
  '妇幼健康服务', '中医药传承创新', '健康教育与促进', '医疗保障制度改革', '卫生人才队伍建设', '智慧医院建设',
  '院前急救网络', '慢性病综合防控', '村卫生室标准化建设', '重点人群健康管理', '老年健康服务', '职业健康监管',
  '医疗废物处置', '行风建设', '药品耗材集中采购',
];
const RESULTS = [
  () => `全年累计服务群众{n}万人次`, () => `覆盖率达到{p}%`, () => `较上年提高{d}个百分点`, () => `群众满意度明显提升`,
  () => `取得了积极成效`, () => `新增床位{n}张`, () => `完成投资{d}亿元`, () => `培训基层人员{n}名`, () => `建成示范点{k}个`,
  () => `{m}月{day}日前全部完成`, () => `工作走在全市前列`, () => `受到上级部门通报表扬`,
];
const CLAUSES = [
  '压实属地责任', '抓好常态化监测', '补齐基础设施短板', '提升服务便利度', '严格落实首诊负责制度', '加快信息系统互联互通',
  '做实做细网格化管理', '强化督导考核', '完善激励约束机制', '推动优质资源下沉', '加大财政投入力度', '规范诊疗行为',
  '开展专项整治行动', '守牢安全生产底线', '加强宣传引导',
];
const HEADINGS_1 = [
  '统一思想，充分肯定过去一年取得的成绩', '正视问题，清醒认识面临的形势和挑战', '突出重点，扎实做好今年各项工作',
  '强化保障，确保各项任务落到实处', '聚焦民生，持续提升群众健康获得感', '改革创新，激发卫生健康事业发展活力',
];
const OPENINGS = [
  '今天召开全{level}{field}{meeting}，主要任务是总结{y0}年工作，分析当前形势，安排部署{y1}年重点任务。',
  '这次会议是经{level}委、{level}政府同意召开的一次重要会议，刚才几位同志作了很好的发言，我完全同意。',
  '过去一年，在{level}委、{level}政府的坚强领导下，全{level}{field}系统干部职工攻坚克难，各项工作取得新进展。',
];

function fill(template, r, comma) {
  return template
    .replace(/\{n\}/g, () => String(r.int(2, 980)))
    .replace(/\{p\}/g, () => `${r.int(60, 99)}${r.chance(0.4) ? '.' + r.int(1, 9) : ''}`)
    .replace(/\{d\}/g, () => `${r.int(1, 12)}.${r.int(1, 9)}`)
    .replace(/\{k\}/g, () => String(r.int(2, 40)))
    .replace(/\{m\}/g, () => String(r.int(1, 12)))
    .replace(/\{day\}/g, () => String(r.int(1, 28)))
    .replace(/，/g, comma);
}

function sentence(r, comma, year) {
  const kind = r.int(0, 9);
  const verb = r.pick(VERBS);
  const object = r.pick(OBJECTS);
  if (kind <= 3) return fill(`${verb}${object}，${r.pick(RESULTS)()}。`, r, comma);
  if (kind === 4) return fill(`${year}年以来，我${r.pick(LEVELS)}${verb}${object}，${r.pick(RESULTS)()}，${r.pick(RESULTS)()}。`, r, comma);
  if (kind === 5) {
    const count = r.int(2, 5);
    const items = Array.from({ length: count }, (_, i) => `${chineseNumeral(i + 1)}是${r.pick(CLAUSES)}`);
    return `在${object}方面，${items.join('；')}。`.replace(/，/g, comma);
  }
  if (kind === 6) return fill(`要${r.pick(CLAUSES)}，${r.pick(CLAUSES)}，切实${verb}${object}。`, r, comma);
  if (kind === 7) return fill(`“${verb}${object}”是今年的重点任务，各单位要${r.pick(CLAUSES)}（${r.pick(CLAUSES)}）。`, r, comma);
  if (kind === 8) return fill(`截至${r.int(1, 12)}月底，${r.pick(PLACES)}${r.pick(LEVELS)}${verb}${object}，${r.pick(RESULTS)()}。`, r, comma);
  return fill(`同时也要看到，${object}还存在不少短板，${r.pick(CLAUSES)}的任务依然艰巨。`, r, comma);
}

function paragraph(r, comma, year, min = 2, max = 6) {
  let text = '';
  const count = r.int(min, max);
  for (let i = 0; i < count; i++) text += sentence(r, comma, year);
  return text;
}

/**
 * One speech at a work conference: title, salutation, opening (announcing its parts), level-1 parts
 * with （一） sub-parts and paragraphs, a few flaws of the kind real collections have.
 */
function speech(r, index, out) {
  const level = r.pick(LEVELS);
  const place = r.pick(PLACES);
  const field = r.pick(FIELDS);
  const y0 = r.int(2018, 2023);
  const halfWidth = r.chance(0.6);
  const comma = halfWidth ? ',' : '，';
  const colon = halfWidth ? ':' : '：';
  out.push(`在${place}${level}${y0 + 1}年${field}${r.pick(MEETINGS)}上的讲话`, '');
  out.push(`同志们${colon}`, '');
  const opening = r.pick(OPENINGS).replace(/\{level\}/g, level).replace(/\{field\}/g, field).replace(/\{meeting\}/g, r.pick(MEETINGS))
    .replace(/\{y0\}/g, String(y0)).replace(/\{y1\}/g, String(y0 + 1));
  const parts = r.int(3, 4);
  out.push((opening + `下面，我讲${chineseNumeral(parts)}个方面的意见。`).replace(/，/g, comma), '');
  for (let p = 1; p <= parts; p++) {
    out.push(`${chineseNumeral(p)}、${r.pick(HEADINGS_1).replace(/，/g, comma)}`, '');
    const subs = r.int(2, 3);
    for (let s = 1; s <= subs; s++) {
      const bracket = halfWidth ? ['(', ')'] : ['（', '）'];
      const flaw = r.chance(0.05) ? '、' : '';
      out.push(`${bracket[0]}${chineseNumeral(s)}${bracket[1]}${flaw}${r.pick(VERBS)}${r.pick(OBJECTS)}。${paragraph(r, comma, y0, 3, 12)}`, '');
      if (r.chance(0.8)) out.push(paragraph(r, comma, y0, 4, 12), '');
      if (r.chance(0.1)) {
        for (let k = 1; k <= r.int(2, 4); k++) out.push(`${k}.${r.pick(CLAUSES)}。${paragraph(r, comma, y0, 1, 3)}`, '');
      }
    }
  }
  out.push(`同志们${comma}${paragraph(r, comma, y0, 1, 3)}`, '');
  if (index % 5 === 4) out.push('相关阅读', '');
}

/** A collection of speeches of about `targetChars` characters, cut at a line end. */
export function speechCollection(targetChars = 96_600, seed = 19) {
  const r = random(seed);
  const out = ['卫生健康工作会议讲话汇编（精选19篇）', '', '时间：2023-11-19 作者：编辑部', ''];
  for (let i = 0; out.join('\n').length < targetChars; i++) {
    const lines = [];
    speech(r, i, lines);
    out.push(...lines);
  }
  return cutAt(out.join('\n'), targetChars);
}

/** An annual summary and plan of about `targetChars` characters (the 10K and 20K reports). */
export function summaryAndPlan(targetChars, seed = 7) {
  const r = random(seed);
  const y = r.int(2019, 2024);
  const out = [`${r.pick(PLACES)}${r.pick(LEVELS)}卫生健康局${y}年工作总结及${y + 1}年工作计划`, ''];
  out.push(paragraph(r, '，', y, 2, 3), '');
  const parts = [`${y}年主要工作`, '存在的问题和不足', `${y + 1}年工作计划`];
  const partLength = (targetChars - 200) / 3;
  parts.forEach((part, p) => {
    out.push(`${chineseNumeral(p + 1)}、${part}`, '');
    const start = out.join('\n').length;
    for (let s = 1; out.join('\n').length - start < partLength; s++) {
      out.push(`（${chineseNumeral(Math.min(s, 99))}）${r.pick(VERBS)}${r.pick(OBJECTS)}。${paragraph(r, '，', y)}`, '');
      if (r.chance(0.3)) out.push(paragraph(r, '，', y), '');
    }
  });
  out.push(`${r.pick(PLACES)}${r.pick(LEVELS)}卫生健康局`, `${y + 1}年1月${r.int(5, 25)}日`);
  return cutAt(out.join('\n'), targetChars);
}

function cutAt(text, targetChars) {
  if (text.length <= targetChars) return text;
  const end = text.lastIndexOf('\n', targetChars);
  return text.slice(0, end > 0 ? end : targetChars);
}

/**
 * About `targetChars` characters of varied report text: the given texts (corpus files) interleaved
 * with generated collections and reports of different seeds. Returns the pieces (the text is
 * `pieces.join('\n')`), so that the whole can be compared with the sum of its parts.
 */
export function variedPieces(targetChars, given = []) {
  const pieces = [];
  let length = -1;
  for (let i = 0; length < targetChars; i++) {
    let piece = i % 3 === 2 ? summaryAndPlan(20_000, 100 + i) : i % 3 === 1 && given.length > 0 ? given[i % given.length] : speechCollection(50_000, 1000 + i);
    if (length + 1 + piece.length > targetChars) piece = cutAt(piece, targetChars - length - 1);
    pieces.push(piece);
    length += piece.length + 1;
  }
  return pieces;
}

export function variedText(targetChars, given = []) {
  return variedPieces(targetChars, given).join('\n');
}
