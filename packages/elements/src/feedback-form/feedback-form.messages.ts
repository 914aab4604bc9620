import type { LocaleCode } from '../base/locale/locale.js';

/** Every string of `<crm-feedback-form>`, per locale. Numbers arrive formatted for the locale. */
export interface FeedbackFormMessages {
  readonly noClient: string;
  readonly noSurvey: string;
  /** Explains the `*` on required questions. */
  readonly requiredNote: string;
  /** Spoken after a question's label where the control cannot say "required" itself. */
  readonly required: string;
  readonly progress: (page: string, pages: string) => string;
  readonly back: string;
  readonly next: string;
  readonly send: string;
  readonly sending: string;
  /** The words at the two ends of the NPS scale (0 and 10). */
  readonly npsEnds: readonly [low: string, high: string];
  /** CSAT 1–5, lowest first. */
  readonly csatPoints: readonly [string, string, string, string, string];
  /** CES 1–7, least effort first. */
  readonly cesPoints: readonly [string, string, string, string, string, string, string];
  /** A rating's accessible name ("3 of 5 stars"). */
  readonly stars: (value: string, max: string) => string;
  /** An email answer that cannot be an address. */
  readonly emailFormat: string;
  /** Announced when questions need attention before going on. */
  readonly needsAttention: (count: number, formatted: string) => string;
  /** The label of the honeypot field that only bots fill in. */
  readonly honeypot: string;
  readonly offline: string;
  readonly tooFast: string;
  readonly throttled: (seconds: string) => string;
  /** Responses queued on this device that the service refused. */
  readonly unsent: (count: number, formatted: string) => string;
  /** Gives up on the refused responses. */
  readonly discard: string;
  readonly thanks: {
    readonly title: string;
    readonly queued: string;
    readonly delivered: string;
  };
  readonly followUp: {
    readonly question: string;
    readonly yes: string;
    readonly no: string;
    readonly accepted: string;
    readonly declined: string;
  };
}

const en: FeedbackFormMessages = {
  noClient: 'No data source is configured for this form.',
  noSurvey: 'No survey selected.',
  requiredNote: 'Questions marked * need an answer.',
  required: 'required',
  progress: (page, pages) => `Page ${page} of ${pages}`,
  back: 'Back',
  next: 'Next',
  send: 'Send',
  sending: 'Sending…',
  npsEnds: ['Not at all likely', 'Extremely likely'],
  csatPoints: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
  cesPoints: ['Very easy', 'Easy', 'Fairly easy', 'Neither easy nor hard', 'Fairly hard', 'Hard', 'Very hard'],
  stars: (value, max) => `${value} of ${max} stars`,
  emailFormat: 'Enter an email address such as name@example.com.',
  needsAttention: (count, formatted) => (count === 1 ? '1 question needs your attention.' : `${formatted} questions need your attention.`),
  honeypot: 'Leave this field empty',
  offline: 'You are offline. You can still send your answers: they go out when you are back online.',
  tooFast: 'That was quick! Please check your answers, then send them again.',
  throttled: (seconds) => `You sent feedback on this survey a moment ago. You can send more in ${seconds} seconds.`,
  unsent: (count, formatted) => (count === 1 ? 'Your response could not be sent.' : `${formatted} of your responses could not be sent.`),
  discard: 'Discard',
  thanks: {
    title: 'Thank you for your feedback!',
    queued: 'Your answers are saved on this device and will be sent when you are back online.',
    delivered: 'Your answers have been sent.',
  },
  followUp: {
    question: 'May we contact you about your answers?',
    yes: 'Yes, contact me',
    no: 'No, thanks',
    accepted: 'Thank you. We will be in touch.',
    declined: 'Understood. We will not contact you about this.',
  },
};

const zhHans: FeedbackFormMessages = {
  noClient: '此表单未配置数据源。',
  noSurvey: '未选择调查。',
  requiredNote: '标有 * 的问题为必答题。',
  required: '必答',
  progress: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  back: '上一页',
  next: '下一页',
  send: '提交',
  sending: '正在提交…',
  npsEnds: ['完全不可能', '极有可能'],
  csatPoints: ['非常不满意', '不满意', '一般', '满意', '非常满意'],
  cesPoints: ['非常容易', '容易', '比较容易', '一般', '比较费力', '费力', '非常费力'],
  stars: (value, max) => `${value} 星，满分 ${max} 星`,
  emailFormat: '请输入有效的电子邮件地址，例如 name@example.com。',
  needsAttention: (_count, formatted) => `有 ${formatted} 个问题需要您处理。`,
  honeypot: '请勿填写此栏',
  offline: '您目前处于离线状态，仍可提交答案，恢复联网后自动发送。',
  tooFast: '您填写得太快了！请检查您的答案，然后再次提交。',
  throttled: (seconds) => `您刚刚已提交过此调查的反馈，请在 ${seconds} 秒后再提交。`,
  unsent: (_count, formatted) => `有 ${formatted} 份答卷未能发送。`,
  discard: '放弃',
  thanks: {
    title: '感谢您的反馈！',
    queued: '答案已保存在本设备上，恢复联网后自动发送。',
    delivered: '您的答案已发送。',
  },
  followUp: {
    question: '我们可以就您的答案与您联系吗？',
    yes: '可以，请联系我',
    no: '不用了，谢谢',
    accepted: '谢谢，我们会与您联系。',
    declined: '好的，我们不会就此事联系您。',
  },
};

const zhHant: FeedbackFormMessages = {
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
  unsent: (_count, formatted) => `有 ${formatted} 份答卷未能傳送。`,
  discard: '捨棄',
  thanks: {
    title: '感謝您的意見回饋！',
    queued: '答案已儲存在本裝置上，恢復連線後自動傳送。',
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

export const feedbackFormMessages: Readonly<Record<LocaleCode, FeedbackFormMessages>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
