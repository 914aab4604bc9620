import type { Contact } from '../schema/contact.js';
import type { Order } from '../schema/order.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import type { Survey } from '../schema/survey.js';
import type { Ticket } from '../schema/ticket.js';
import { surveyComments } from './catalog.js';
import { scriptOf } from './demo-customers.js';
import { DAY_MS, HOUR_MS, demoId, iso, officeHoursAgo, stored, type DemoContext } from './demo-context.js';

export const NPS_SURVEY_ID = 's-nps';

/** The satisfaction survey (`s-nps`): NPS and CSAT, then "what could we do better?" only for NPS ≤ 6. */
export function demoSurvey(context: DemoContext): Survey {
  return {
    ...stored(NPS_SURVEY_ID, context.nowMs - 400 * DAY_MS),
    title: '客户满意度调查 Customer satisfaction survey',
    description: '感谢您抽出一分钟时间。Thank you for taking a minute.',
    questions: [
      { type: 'nps', id: 'nps', label: '您有多大可能向朋友或同事推荐我们？ How likely are you to recommend us to a friend or colleague?', required: true, page: 1 },
      { type: 'csat', id: 'csat', label: '您对我们的服务满意吗？ How satisfied are you with our service?', required: true, page: 1 },
      { type: 'text', id: 'better', label: '我们可以在哪些方面做得更好？ What could we do better?', required: false, page: 2, maxLength: 2000, showIf: { questionId: 'nps', op: 'lte', value: 6 } },
      { type: 'text', id: 'comment', label: '还有其他想告诉我们的吗？ Anything else you would like to tell us?', required: false, page: 2, maxLength: 2000 },
    ],
  };
}

export const TICKET_SURVEY_ID = 's-ticket';

/** How a resolved ticket was handled (`s-ticket`): its own survey, so ratings never move the NPS score. */
export function demoTicketSurvey(context: DemoContext): Survey {
  return {
    ...stored(TICKET_SURVEY_ID, context.nowMs - 400 * DAY_MS),
    title: '服务评价 How did we do?',
    questions: [
      { type: 'csat', id: 'csat', label: '您对这次处理满意吗？ How satisfied are you with how we handled this?', required: true, page: 1 },
      { type: 'text', id: 'comment', label: '还有其他想告诉我们的吗？ Anything else you would like to tell us?', required: false, page: 1, maxLength: 2000 },
    ],
  };
}

/** Mostly promoters, a tail of detractors: NPS about +30, like a healthy service business. */
const npsScores: ReadonlyArray<readonly [number, number]> = [
  [10, 20], [9, 20], [8, 15], [7, 12], [6, 8], [5, 6], [4, 5], [3, 4], [2, 3], [1, 3], [0, 4],
];

/** Responses from contacts, linked to a resolved ticket or an order where there is one. */
export function demoSurveyResponses(context: DemoContext, contacts: readonly Contact[], tickets: readonly Ticket[], orders: readonly Order[], count: number): SurveyResponse[] {
  const { random, nowMs } = context;
  return Array.from({ length: count }, (_, index) => {
    const contact = random.pick(contacts);
    const script = scriptOf(contact);
    const resolved = tickets.find((ticket) => ticket.requesterId === contact.id && ticket.resolvedAt !== undefined);
    const order = random.chance(0.3) ? orders.find((candidate) => candidate.contactId === contact.id) : undefined;
    const nps = random.weighted(npsScores);
    const csat = nps >= 9 ? random.int(4, 5) : nps >= 7 ? random.int(3, 5) : random.int(1, 3);
    const answers: Record<string, number | string> = { nps, csat };
    if (nps <= 6 && random.chance(0.8)) answers.better = random.pick(surveyComments[script].better);
    if (nps >= 7 && random.chance(0.3)) answers.comment = random.pick(surveyComments[script].praise);
    const submittedMs = resolved?.resolvedAt ? Math.min(nowMs, Date.parse(resolved.resolvedAt) + random.int(1, 48) * HOUR_MS) : officeHoursAgo(context, random.int(0, 365));
    return {
      ...stored(demoId('sr', index), submittedMs),
      surveyId: NPS_SURVEY_ID,
      contactId: contact.id,
      ...(resolved ? { ticketId: resolved.id } : {}),
      ...(order ? { orderId: order.id } : {}),
      answers,
      submittedAt: iso(submittedMs),
      locale: script === 'latin' ? 'en' : script === 'hans' ? 'zh-Hans' : 'zh-Hant',
    };
  });
}
