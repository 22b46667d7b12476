import { bracketWidth } from '../../src/core/rules/bracketWidth';
import { testRule } from '../helpers/ruleTester';

testRule(bracketWidth, {
  valid: [
    '（一）加强党的建设',
    '（1）完善制度',
    '一、主要工作',
    { name: 'parentheses in body text are punctuation-width\'s job', text: '一、主要工作\n全年完成投资(含续建项目)12亿元。' },
    '1.做好疫情防控(常态化)',
  ],
  invalid: [
    {
      text: '(一)加强党的建设',
      errors: [{ messageId: 'halfWidth', line: 1, column: 1, text: '(一)' }],
      output: '（一）加强党的建设',
      safe: true,
    },
    {
      text: '（一)加强党的建设',
      errors: [{ text: '（一)', message: '（一）' }],
      output: '（一）加强党的建设',
    },
    {
      name: 'level 4 and a second delimiter',
      text: '(3)、规范管理',
      errors: [{ text: '(3)' }],
      output: '（3）、规范管理',
    },
    {
      name: 'CRLF and indentation',
      text: '一、主要工作\r\n\u3000\u3000(二)提升能力。正文\r\n',
      errors: [{ line: 2, column: 3, text: '(二)' }],
      output: '一、主要工作\r\n\u3000\u3000（二）提升能力。正文\r\n',
    },
  ],
});
