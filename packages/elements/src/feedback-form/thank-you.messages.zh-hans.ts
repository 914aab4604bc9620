import type { ThankYouMessages } from './thank-you.messages.js';

export const zhHans: ThankYouMessages = {
  promoter: '很高兴您对我们满意！',
  reviewPrompt: '愿意也告诉其他人吗？一条简短的评价对我们帮助很大。',
  reviewLink: '写评价',
  passive: '谢谢！您的回答能帮助我们做得更好。',
  detractor: '很抱歉让您失望了。',
  detractorContact: '我们的团队会与您联系，尽快为您解决。',
  detractorAnonymous: '我们会认真阅读每一份反馈，您的意见将帮助我们改进。',
};
