import type { Activity, Deal, Order, Survey, SurveyResponse, Ticket } from '@rapport/core';
import {
  churnRisk,
  customerValues,
  lifecycleStage,
  loyaltyLevel,
  purchaseTimes,
  rfmAnalysis,
  summarizeOrders,
  usualGapDays,
  type ProfitabilityTier,
  type RfmSegment,
} from '@rapport/core/domain';
import { defaultValueRules, type Relationship, type ValueRules } from './relationship.js';

/** Everything the relationship measures read about one contact. */
export interface RelationshipEvidence {
  readonly orders: readonly Order[];
  /** All customers' orders: RFM scores rank a customer against the others. */
  readonly everyonesOrders: readonly Order[];
  /** The contact's latest activities (the lifecycle of a prospect reads when they were last in touch). */
  readonly activities: readonly Pick<Activity, 'at'>[];
  readonly deals: readonly Deal[];
  readonly tickets: readonly Ticket[];
  readonly responses: readonly SurveyResponse[];
  readonly surveys: readonly Survey[];
}

/** How far back complaints, detractor answers and escalations count towards churn risk. */
const CHURN_WINDOW_DAYS = 180;

/**
 * The relationship at a glance, from the domain rules of `@rapport/core/domain`. Service requests
 * in the churn window count as complaints; escalated ones as SLA breaches.
 */
export function assessRelationship(contactId: string, evidence: RelationshipEvidence, now: Date, rules: ValueRules = defaultValueRules): Relationship {
  const nowMs = now.getTime();
  const windowStart = nowMs - CHURN_WINDOW_DAYS * 86_400_000;
  const { nps, csat, detractors } = surveyAnswers(evidence, windowStart);
  const purchases = purchaseTimes(evidence.orders, nowMs);
  const lastPurchase = purchases.at(-1);
  const recentTickets = evidence.tickets.filter((ticket) => Date.parse(ticket.createdAt) >= windowStart);
  return {
    lifecycle: lifecycleStage({ orders: evidence.orders, activities: evidence.activities, deals: evidence.deals, now }),
    tier: valueTier(contactId, evidence.orders, now, rules),
    loyalty: loyaltyLevel({ npsAnswers: nps, csatAnswers: csat, orders: evidence.orders, now }).level,
    segment: rfmSegmentOf(contactId, evidence.everyonesOrders, now),
    churn: churnRisk(
      {
        ...(lastPurchase === undefined ? {} : { lastOrderAt: new Date(lastPurchase) }),
        usualGapDays: usualGapDays(purchases) ?? 0,
        complaints: recentTickets.length,
        detractorResponses: detractors,
        slaBreaches: recentTickets.filter((ticket) => ticket.escalationLevel > 0).length,
      },
      now,
    ),
  };
}

function rfmSegmentOf(contactId: string, everyonesOrders: readonly Order[], now: Date): RfmSegment | undefined {
  try {
    return rfmAnalysis(summarizeOrders(everyonesOrders, { now, by: 'contact' })).find((row) => row.customerId === contactId)?.segment;
  } catch {
    // Spending in several currencies cannot be ranked without a rate table.
    return undefined;
  }
}

function valueTier(contactId: string, orders: readonly Order[], now: Date, rules: ValueRules): ProfitabilityTier | undefined {
  try {
    const summary = summarizeOrders(orders, { now, by: 'contact', defaultMarginRate: rules.defaultMarginRate });
    return customerValues(summary, { discountRate: rules.discountRate, thresholds: rules.thresholds }).find((row) => row.customerId === contactId)?.tier;
  } catch {
    // Orders in several currencies cannot be added up without a rate table: no tier rather than a wrong one.
    return undefined;
  }
}

/** NPS and CSAT answers, oldest first, and how many NPS answers in the window were a detractor's (0–6). */
function surveyAnswers(evidence: RelationshipEvidence, windowStart: number): { nps: number[]; csat: number[]; detractors: number } {
  const questionTypes = new Map<string, string>();
  for (const survey of evidence.surveys) for (const question of survey.questions) questionTypes.set(`${survey.id}/${question.id}`, question.type);
  const nps: number[] = [];
  const csat: number[] = [];
  let detractors = 0;
  const responses = [...evidence.responses].sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
  for (const response of responses) {
    for (const [questionId, answer] of Object.entries(response.answers)) {
      if (typeof answer !== 'number') continue;
      const type = questionTypes.get(`${response.surveyId}/${questionId}`);
      if (type === 'nps') {
        nps.push(answer);
        if (answer <= 6 && Date.parse(response.submittedAt) >= windowStart) detractors += 1;
      } else if (type === 'csat') csat.push(answer);
    }
  }
  return { nps, csat, detractors };
}
