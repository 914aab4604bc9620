import type { ThankYouMessages } from './thank-you.messages.js';

export const zhHant: ThankYouMessages = {
  promoter: '很高興您對我們滿意！',
  reviewPrompt: '願意也告訴其他人嗎？一則簡短的評價對我們幫助很大。',
  reviewLink: '撰寫評價',
  passive: '謝謝！您的回答能幫助我們做得更好。',
  detractor: '很抱歉讓您失望了。',
  detractorContact: '我們的團隊會與您聯絡，盡快為您解決。',
  detractorAnonymous: '我們會認真閱讀每一份回饋，您的意見將幫助我們改進。',
};
