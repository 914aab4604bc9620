import type { CustomFieldEditorMessages } from './custom-field-editor.messages.js';

export const zhHant: CustomFieldEditorMessages = {
  required: (label) => `請填寫${label}（必填）`,
  chooseRequired: (label) => `請選擇${label}（必填）`,
  number: '請輸入數字，例如 42 或 3.5',
  date: '請輸入日期，例如 2025-03-31',
  url: '請輸入網址，例如 https://example.com',
  email: '請輸入電子郵件地址，例如 name@example.com',
  option: '請從列出的選項中選擇',
  noChoice: '—',
};
