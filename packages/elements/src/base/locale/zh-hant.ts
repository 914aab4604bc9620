import type { Messages } from './messages.js';

export const zhHant: Messages = {
  common: {
    loading: '載入中…',
    retry: '重試',
    save: '儲存',
    cancel: '取消',
    edit: (field) => `編輯${field}`,
    remove: (what) => `移除${what}`,
    notSet: '未填寫',
  },
  errors: {
    validation: '有些欄位需要修改。',
    'not-found': '該記錄已不存在。',
    conflict: '在您編輯期間，其他人修改了這筆記錄。',
    permission: '您沒有執行此操作的權限。',
    network: '無法連線到服務，請檢查網路後重試。',
    originNotAllowed: '此頁面無權使用該服務（來源未獲允許），需由服務管理員允許本網站。',
    unknown: '發生問題，請重試。',
  },
  issues: {
    required: '此欄位為必填。',
    invalid_type: '此值的類型不正確。',
    too_small: '此值太短或太小。',
    too_big: '此值太長或太大。',
    invalid_format: '此值的格式不正確。',
    invalid_value: '此值不在可選範圍內。',
    custom: '此值無效。',
  },
};
