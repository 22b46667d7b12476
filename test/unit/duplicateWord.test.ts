import assert from 'node:assert/strict';
import { duplicateWord, findLineDuplicates, LEGITIMATE_REDUPLICATION } from '../../src/core/rules/duplicateWord';
import { testRule } from '../helpers/ruleTester';

testRule(duplicateWord, {
  valid: [
    // The rules.md list of legitimate reduplication.
    '常常深入基层调研。',
    '谢谢大家！',
    '人人享有基本医疗卫生服务。',
    '逐项一一对照整改。',
    '各地纷纷出台配套措施。',
    '年年开展义诊活动。',
    // More of our own.
    '层层压实责任，处处体现担当。',
    '天天坚持巡查，个个争当先锋。',
    '家家户户都有了家庭医生。',
    '明明是小事，渐渐成了大事。',
    '请大家看看这份材料。',
    { name: 'verb reduplication', text: '这个问题还要研究研究，再讨论讨论。' },
    { name: '的的确确 (AABB)', text: '这项工作的的确确落到了实处。' },
    { name: '实实在在 (AABB)', text: '为群众办了实实在在的好事。' },
    { name: '和和美美 (AABB)', text: '家庭和和美美。' },
    { name: '目的 + 的', text: '以方便群众为目的的服务改革。' },
    { name: '标的 + 的', text: '核实采购标的的价格。' },
    { name: '为了 + 了解', text: '为了了解群众需求，开展入户走访。' },
    { name: '不了了之', text: '坚决防止问题整改不了了之。' },
    { name: '现在 + 在座', text: '现在在座的各位都是骨干。' },
    { name: '以及 + 及时', text: '以及及时处置突发事件的能力。' },
    { name: '参与 + 与否', text: '以群众参与与否为标准。' },
    { name: '和 + 和谐', text: '促进团结和和谐发展。' },
    { name: '在 + 在建', text: '重点督查在在建项目的安全。' },
    { name: 'a word once', text: '进一步加强基层卫生工作。' },
    { name: 'separated by punctuation', text: '做好工作、工作台账和工作总结。' },
    { name: '一个一个 is not in the character list', text: '一个一个地抓落实。' },
  ],
  invalid: [
    {
      name: '的的',
      text: '充分认识疫情防控工作复杂性的的认识。',
      errors: [{ messageId: 'doubled', line: 1, column: 15, text: '的', message: '“的”' }],
      output: '充分认识疫情防控工作复杂性的认识。',
      safe: true,
    },
    {
      name: '进一步进一步',
      text: '进一步进一步提升服务能力。',
      errors: [{ line: 1, column: 4, text: '进一步' }],
      output: '进一步提升服务能力。',
      safe: true,
    },
    {
      name: '工作工作 (a compound may end in 工作: unsafe)',
      text: '印发2024年宣传工作工作要点。',
      errors: [{ column: 12, text: '工作' }],
      output: '印发2024年宣传工作要点。',
      safe: false,
    },
    {
      name: '了了 before punctuation',
      text: '各项任务全部完成了了。',
      errors: [{ column: 10, text: '了' }],
      output: '各项任务全部完成了。',
      safe: true,
    },
    {
      name: '和和 (unsafe)',
      text: '加强和和改进医德医风建设。',
      errors: [{ column: 4, text: '和' }],
      output: '加强和改进医德医风建设。',
      safe: false,
    },
    {
      name: '与与',
      text: '上级与与下级之间。',
      errors: [{ column: 4, text: '与' }],
      output: '上级与下级之间。',
    },
    {
      name: '及及',
      text: '县级及及乡级医疗机构。',
      errors: [{ column: 4, text: '及' }],
      output: '县级及乡级医疗机构。',
    },
    {
      name: '在在',
      text: '我们在在全县范围内推广。',
      errors: [{ column: 4, text: '在' }],
      output: '我们在全县范围内推广。',
    },
    {
      name: 'conjunctions and pronouns',
      text: '我们我们要同时同时抓好两件事，并且并且按照按照要求落实。',
      errors: [{ text: '我们' }, { text: '同时' }, { text: '并且' }, { text: '按照' }],
      output: '我们要同时抓好两件事，并且按照要求落实。',
    },
    {
      name: 'tripled: one repeat at a time',
      text: '进一步进一步进一步加强',
      errors: [{ column: 4, text: '进一步' }],
      output: '进一步进一步加强',
    },
    {
      name: 'CRLF and several lines',
      text: '第一行没有问题。\r\n切实切实抓好落实的的。\r\n',
      errors: [
        { line: 2, column: 3, text: '切实' },
        { line: 2, column: 10, text: '的' },
      ],
      output: '第一行没有问题。\r\n切实抓好落实的。\r\n',
    },
    {
      name: 'surrogate pair before the repeat',
      text: '𠮷城县的的工作',
      errors: [{ column: 6, text: '的' }],
      output: '𠮷城县的工作',
    },
  ],
});

describe('duplicate-word helpers for the word-level part', () => {
  it('finds spans line by line without overlap', () => {
    assert.deepEqual(
      findLineDuplicates('的的的的', 0).map((span) => [span.start, span.end]),
      [
        [1, 2],
        [3, 4],
      ],
    );
    assert.deepEqual(
      findLineDuplicates('不断不断的的', 3).map((span) => [span.line, span.start, span.end, span.word]),
      [
        [3, 2, 4, '不断'],
        [3, 5, 6, '的'],
      ],
    );
  });
  it('lists the legitimate reduplication of rules.md', () => {
    for (const word of ['常常', '谢谢', '人人', '一一', '纷纷', '年年', '研究研究', '讨论讨论']) assert.ok(LEGITIMATE_REDUPLICATION.has(word), word);
  });
});
