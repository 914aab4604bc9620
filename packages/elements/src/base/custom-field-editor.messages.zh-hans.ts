import type { CustomFieldEditorMessages } from './custom-field-editor.messages.js';

export const zhHans: CustomFieldEditorMessages = {
  required: (label) => `请填写${label}（必填）`,
  chooseRequired: (label) => `请选择${label}（必填）`,
  number: '请输入数字，例如 42 或 3.5',
  date: '请输入日期，例如 2025-03-31',
  url: '请输入网址，例如 https://example.com',
  email: '请输入邮箱地址，例如 name@example.com',
  option: '请从列出的选项中选择',
  noChoice: '—',
};
