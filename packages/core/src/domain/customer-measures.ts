import type { Activity } from '../schema/activity.js';
import type { Deal } from '../schema/deal.js';
import type { Survey } from '../schema/survey.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import type { Ticket } from '../schema/ticket.js';
import { churnRisk, usualGapDays, type ChurnRisk } from './churn-risk.js';
import { customerValues } from './customer-value.js';
import { DAY_MS } from './dates.js';
import { lifecycleStage, type LifecycleAssessment } from './lifecycle.js';
import { loyaltyLevel, type LoyaltyLevel } from './loyalty.js';
import { summarizeOrders, type OrderSummary, type SummaryOrder } from './order-summary.js';
import type { ProfitabilityTier } from './profitability.js';
import { purchaseTimes } from './purchases.js';
import { quintileScoreAt } from './quintiles.js';
import { rfmSegment, type RfmCuts, type RfmScores, type RfmSegment } from './rfm.js';
import { defaultValueRules, type ValueRules } from './value-rules.js';

/** Whose measures: a person (contact) or an organisation (account). */
export type CustomerKind = 'contact' | 'account';


/** A customer's RFM scores against the other customers, and the segment they name. */
export interface CustomerRfm extends RfmScores {
  readonly segment: RfmSegment;
}

/** What a customer's records say about the relationship. */
export interface CustomerMeasures {
  readonly lifecycle: LifecycleAssessment;
  /** `undefined` without orders, or with orders in several currencies. */
  readonly tier: ProfitabilityTier | undefined;
  readonly loyalty: LoyaltyLevel;
  /** `undefined` for a customer who never bought, or when nobody ranked them against the others. */
  readonly rfm: CustomerRfm | undefined;
  readonly churn: ChurnRisk;
}

/** Measures a server keeps for a customer, as it hands them out. */
export interface KeptCustomerMeasures extends CustomerMeasures {
  readonly kind: CustomerKind;
  readonly customerId: string;
  /** When they were worked out (ISO 8601). */
  readonly computedAt: string;
}

/**
 * A customer's service requests in the churn window: each counts as a complaint, an escalated one
 * as an SLA breach too. Counts rather than tickets, so a store can count them where they are kept.
 */
export interface ServiceRecord {
  readonly complaints: number;
  readonly slaBreaches: number;
}

/** When the churn window of `now` opens (ms since the epoch): older complaints, answers and escalations no longer count. */
export function churnWindowStart(now: Date): number {
  return now.getTime() - CHURN_WINDOW_DAYS * 86_400_000;
}

/** The service record of a customer's tickets (`createdAt` and `escalationLevel` are all it reads). */
export function serviceRecord(tickets: readonly Pick<Ticket, 'createdAt' | 'escalationLevel'>[], now: Date): ServiceRecord {
  const windowStart = churnWindowStart(now);
  const recent = tickets.filter((ticket) => Date.parse(ticket.createdAt) >= windowStart);
  return { complaints: recent.length, slaBreaches: recent.filter((ticket) => ticket.escalationLevel > 0).length };
}

/** Everything the measures read about one customer. */
export interface CustomerEvidence {
  /** The customer's orders, with the fields the order summary reads. */
  readonly orders: readonly SummaryOrder[];
  /** The customer's latest activities (the lifecycle of a prospect reads when they were last in touch). */
  readonly activities: readonly Pick<Activity, 'at'>[];
  readonly deals: readonly Pick<Deal, 'status' | 'createdAt' | 'updatedAt'>[];
  /** The customer's complaints and SLA breaches of the churn window (`serviceRecord` counts them from tickets). */
  readonly service: ServiceRecord;
  readonly responses: readonly SurveyResponse[];
  /** The surveys of the responses: they say which answers are NPS and which CSAT. */
  readonly surveys: readonly Survey[];
}

/** A customer's own purchase figures, the inputs of RFM ranking. */
export interface PurchaseFigures {
  readonly currency: string;
  readonly orderCount: number;
  /** Spent, without cancelled and refunded orders. */
  readonly revenue: number;
  readonly lastOrderAt: number;
}

/** How far back complaints, detractor answers and escalations count towards churn risk. */
export const CHURN_WINDOW_DAYS = 180;

/**
 * The relationship measures of one customer from its own records, with the domain rules of this
 * package. Service requests in the churn window count as complaints, escalated ones as SLA
 * breaches. RFM ranks a customer against the others, so it is passed in (see `rfmFromCuts`
 * and `rfmAnalysis`) and left out when nobody ranked them.
 */
export function customerMeasures(customerId: string, by: CustomerKind, evidence: CustomerEvidence, now: Date, rules: ValueRules = defaultValueRules, rfm?: CustomerRfm): CustomerMeasures {
  const nowMs = now.getTime();
  const windowStart = churnWindowStart(now);
  const { nps, csat, detractors } = surveyAnswers(evidence, windowStart);
  const purchases = purchaseTimes(evidence.orders, nowMs);
  const lastPurchase = purchases.at(-1);
  return {
    lifecycle: lifecycleStage({ orders: evidence.orders, activities: evidence.activities, deals: evidence.deals, now }),
    tier: valueTier(customerId, by, evidence.orders, now, rules),
    loyalty: loyaltyLevel({ npsAnswers: nps, csatAnswers: csat, orders: evidence.orders, now }).level,
    rfm: purchases.length === 0 ? undefined : rfm,
    churn: churnRisk(
      {
        ...(lastPurchase === undefined ? {} : { lastOrderAt: new Date(lastPurchase) }),
        usualGapDays: usualGapDays(purchases) ?? 0,
        complaints: evidence.service.complaints,
        detractorResponses: detractors,
        slaBreaches: evidence.service.slaBreaches,
      },
      now,
    ),
  };
}

/** A customer's purchase figures from its own orders; `undefined` without purchases or with several currencies. */
export function purchaseFigures(customerId: string, by: CustomerKind, orders: readonly SummaryOrder[], now: Date): PurchaseFigures | undefined {
  const summary = summaryOrUndefined(orders, now, by);
  const index = summary?.customerIds.indexOf(customerId) ?? -1;
  if (!summary?.currency || index < 0) return undefined;
  return { currency: summary.currency, orderCount: summary.orderCount[index]!, revenue: summary.revenue[index]!, lastOrderAt: summary.lastOrderAt[index]! };
}

/**
 * RFM scores of one customer against the cuts of the last full ranking in its currency: as if it
 * had joined that ranking with its figures now (its previous figures are among those ranked, one
 * in the many that decide a cut). Recency counts whole days up to the ranking, so an order since
 * scores as the most recent.
 */
export function rfmFromCuts(figures: PurchaseFigures, cuts: RfmCuts): CustomerRfm {
  const days = Math.floor((cuts.rankedAt - figures.lastOrderAt) / DAY_MS);
  const scores = { r: quintileScoreAt(cuts.recency, -days), f: quintileScoreAt(cuts.frequency, figures.orderCount), m: quintileScoreAt(cuts.monetary, figures.revenue) };
  return { ...scores, segment: rfmSegment(scores, figures.orderCount) };
}

function summaryOrUndefined(orders: readonly SummaryOrder[], now: Date, by: CustomerKind, defaultMarginRate?: number): OrderSummary | undefined {
  try {
    return summarizeOrders(orders, { now, by, ...(defaultMarginRate === undefined ? {} : { defaultMarginRate }) });
  } catch {
    // Orders in several currencies cannot be added up without a rate table: nothing rather than something wrong.
    return undefined;
  }
}

function valueTier(customerId: string, by: CustomerKind, orders: readonly SummaryOrder[], now: Date, rules: ValueRules): ProfitabilityTier | undefined {
  const summary = summaryOrUndefined(orders, now, by, rules.defaultMarginRate);
  if (!summary) return undefined;
  return customerValues(summary, { discountRate: rules.discountRate, thresholds: rules.thresholds }).find((row) => row.customerId === customerId)?.tier;
}

/** NPS and CSAT answers, oldest first, and how many NPS answers in the window were a detractor's (0–6). */
function surveyAnswers(evidence: CustomerEvidence, windowStart: number): { nps: number[]; csat: number[]; detractors: number } {
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
