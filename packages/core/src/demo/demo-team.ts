import type { FieldDefinition } from '../schema/field-definition.js';
import type { User } from '../schema/user.js';
import { demoUsers, formerDemoUser } from './catalog.js';
import { DAY_MS, stored, type DemoContext } from './demo-context.js';

/**
 * The team: every member whose id the demo records name as owner, assignee or author, and one
 * who has left. Drawn without the random source, so adding them changed no other demo record.
 */
export function demoTeam(context: DemoContext): User[] {
  const joined = context.nowMs - 1000 * DAY_MS;
  const members: User[] = demoUsers.map((user) => ({ ...stored(user.id, joined), ...user, active: true }));
  return [...members, { ...stored(formerDemoUser.id, joined, context.nowMs - 200 * DAY_MS), ...formerDemoUser, active: false }];
}

const languageOption = (value: string, en: string, zhHans: string, zhHant: string) => ({ value, label: { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } });

/** The definitions of the custom fields the demo records use, and a select each for deals and tickets. */
export function demoFieldDefinitions(context: DemoContext): FieldDefinition[] {
  const at = context.nowMs - 900 * DAY_MS;
  const definition = (fields: Omit<FieldDefinition, keyof ReturnType<typeof stored> | 'required' | 'active' | 'options'> & Partial<FieldDefinition>): FieldDefinition => ({
    ...stored(`fd-${fields.entity}-${fields.key}`, at),
    options: [],
    required: false,
    active: true,
    ...fields,
  });
  return [
    definition({ entity: 'accounts', key: 'employees', label: { en: 'Employees', 'zh-Hans': '员工人数', 'zh-Hant': '員工人數' }, type: 'number', order: 1 }),
    definition({
      entity: 'contacts',
      key: 'preferredLanguage',
      label: { en: 'Preferred language', 'zh-Hans': '首选语言', 'zh-Hant': '偏好語言' },
      type: 'select',
      order: 1,
      options: [languageOption('en', 'English', '英语', '英語'), languageOption('zh-Hans', 'Simplified Chinese', '简体中文', '簡體中文'), languageOption('zh-Hant', 'Traditional Chinese', '繁体中文', '繁體中文')],
    }),
    definition({
      entity: 'deals',
      key: 'contractTerm',
      label: { en: 'Contract term', 'zh-Hans': '合同期限', 'zh-Hant': '合約期限' },
      type: 'select',
      order: 1,
      options: [
        { value: '1y', label: { en: '1 year', 'zh-Hans': '1 年', 'zh-Hant': '1 年' } },
        { value: '2y', label: { en: '2 years', 'zh-Hans': '2 年', 'zh-Hant': '2 年' } },
        { value: '3y', label: { en: '3 years', 'zh-Hans': '3 年', 'zh-Hant': '3 年' } },
      ],
    }),
    definition({
      entity: 'tickets',
      key: 'productLine',
      label: { en: 'Product line', 'zh-Hans': '产品线', 'zh-Hant': '產品線' },
      type: 'select',
      order: 1,
      options: [
        { value: 'pos', label: { en: 'POS terminals', 'zh-Hans': '收银终端', 'zh-Hant': '收銀終端' } },
        { value: 'printer', label: { en: 'Receipt printers', 'zh-Hans': '小票打印机', 'zh-Hant': '收據印表機' } },
        { value: 'license', label: { en: 'Software licences', 'zh-Hans': '软件授权', 'zh-Hant': '軟體授權' } },
      ],
    }),
  ];
}
