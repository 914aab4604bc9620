import type { Messages } from './messages.js';

export const zhHans: Messages = {
  common: {
    loading: '加载中…',
    retry: '重试',
    save: '保存',
    cancel: '取消',
    edit: (field) => `编辑${field}`,
    remove: (what) => `移除${what}`,
    notSet: '未填写',
  },
  errors: {
    validation: '有些字段需要修改。',
    'not-found': '该记录已不存在。',
    conflict: '在您编辑期间，其他人修改了这条记录。',
    permission: '您没有执行此操作的权限。',
    network: '无法连接到服务，请检查网络后重试。',
    originNotAllowed: '此页面无权使用该服务（来源未获允许），需由服务管理员允许本网站。',
    unknown: '出现问题，请重试。',
  },
  issues: {
    required: '此项为必填项。',
    invalid_type: '此值的类型不正确。',
    too_small: '此值太短或太小。',
    too_big: '此值太长或太大。',
    invalid_format: '此值的格式不正确。',
    invalid_value: '此值不在可选范围内。',
    custom: '此值无效。',
  },
};
