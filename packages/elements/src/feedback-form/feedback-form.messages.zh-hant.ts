import type { FeedbackFormMessages } from './feedback-form.messages.js';

export const zhHant: FeedbackFormMessages = {
  noClient: '此表單未設定資料來源。',
  noSurvey: '未選擇調查。',
  requiredNote: '標有 * 的問題為必答題。',
  required: '必答',
  progress: (page, pages) => `第 ${page} 頁，共 ${pages} 頁`,
  back: '上一頁',
  next: '下一頁',
  send: '提交',
  sending: '正在提交…',
  npsEnds: ['完全不可能', '極有可能'],
  csatPoints: ['非常不滿意', '不滿意', '普通', '滿意', '非常滿意'],
  cesPoints: ['非常容易', '容易', '還算容易', '普通', '有點費力', '費力', '非常費力'],
  stars: (value, max) => `${value} 星，滿分 ${max} 星`,
  emailFormat: '請輸入有效的電子郵件地址，例如 name@example.com。',
  needsAttention: (_count, formatted) => `有 ${formatted} 個問題需要您處理。`,
  honeypot: '請勿填寫此欄',
  offline: '您目前處於離線狀態，仍可提交答案，恢復連線後自動傳送。',
  tooFast: '您填寫得太快了！請檢查您的答案，然後再次提交。',
  throttled: (seconds) => `您剛剛已提交過此調查的意見，請在 ${seconds} 秒後再提交。`,
  thanks: {
    title: '感謝您的意見回饋！',
    delivered: '您的答案已傳送。',
  },
  followUp: {
    question: '我們可以就您的答案與您聯絡嗎？',
    yes: '可以，請聯絡我',
    no: '不用了，謝謝',
    accepted: '謝謝，我們會與您聯絡。',
    declined: '好的，我們不會就此事聯絡您。',
  },
};
