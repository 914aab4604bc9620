// Shared units: days and money.
export { DAY_MS, daysBetween } from './dates.js';
export { addTo, rateFor, reportingCurrency, type CurrencyConversion, type MoneyTotals } from './money.js';

// Sales: weighted pipeline, win rate, stage age, idle deals.
export {
  closePeriodOf,
  forecast,
  type ClosePeriod,
  type Forecast,
  type ForecastDeal,
  type ForecastGroup,
  type ForecastOptions,
  type ForecastPipeline,
  type OwnerForecast,
  type PeriodForecast,
  type StageForecast,
} from './forecast.js';
export { winRate, type WinRate, type WinRateDeal, type WinRateWindow } from './win-rate.js';
export { enteredCurrentStageAt, stageAges, type StageAge, type StageAgeDeal } from './stage-age.js';
export { idleDeals, type DealActivity, type IdleDeal, type IdleDealInput, type IdleDealsOptions } from './idle-deals.js';

// Service levels: business-hours calendars and SLA clocks.
export { addBusinessMinutes, businessMinutesBetween, isBusinessTime, type CalendarInput } from './business-calendar.js';
export { instantOf, localDayOf, offsetAt, weekdayOf } from './zoned-time.js';
export {
  DEFAULT_WARNING_PERCENT,
  openSlaClocks,
  pauseStopsClock,
  slaStatus,
  type SlaClock,
  type SlaPauseReason,
  type SlaPausedTicket,
  type SlaPhase,
  type SlaPolicyInput,
  type SlaStatus,
  type SlaStatusOptions,
  type SlaTargetKind,
  type SlaTicket,
} from './sla-clock.js';
export { replyClockPatch, type ReplyClockMessage, type ReplyClockPatch } from './reply-clocks.js';
export { slaPolicyFor, type SlaPolicyChoice } from './sla-policy.js';
export { slaPausePatch, type SlaPausePatch, type SlaPauseTicket } from './sla-pause.js';

// Surveys: NPS, CSAT, CES, distributions, satisfaction.
export {
  CES_SCALE,
  CSAT_SCALE,
  NPS_SCALE,
  csatScore,
  isOnScale,
  meanScore,
  npsCategory,
  npsScore,
  scaleOf,
  scoreDistribution,
  type CsatScore,
  type MeanScore,
  type NpsCategory,
  type NpsScore,
  type Scale,
  type ScaleQuestion,
} from './survey-scores.js';
export { headlineScore, numericAnswers, summarizeSurvey, summarizeTally, type QuestionSummary, type SummaryResponse, type SummarySurvey } from './survey-summary.js';
// Counting responses into a period (`aggregateSurveyPeriod`, `SurveyPeriodBuilder`) is `@rapport/core/survey-counting`:
// a page that only reads a summary never carries it.
export {
  bucketStartOf,
  bucketStarts,
  dayNumberOf,
  isoDayOf,
  periodInstants,
  segmentFieldsOf,
  segmentValueOf,
  sourceOf,
  TREND_BUCKETS,
  type ResponseSource,
  type ScoreTally,
  type SegmentField,
  type SegmentTally,
  type SurveyPeriodAggregate,
  type SurveyPeriodQuery,
  type TrendBucket,
  type TrendPoint,
} from './survey-period.js';
export { MAX_PERIOD_DAYS, MAX_TREND_POINTS, parseSurveyPeriodQuery } from './survey-period-query.js';
export { satisfactionLevel, type SatisfactionLevel } from './satisfaction.js';

// Orders: one-pass summary, RFM, customer value and profitability.
export { parseInstant } from './iso-instant.js';
export { summarizeOrders, type OrderSummary, type OrderSummaryOptions, type SummaryOrder } from './order-summary.js';
export { quintileCuts, quintileScoreAt, quintileScoreOf, quintileScores, type QuintileCuts, type QuintileStep } from './quintiles.js';
export { rfmAnalysis, rfmCuts, rfmSegment, type RfmCuts, type RfmRow, type RfmScores, type RfmSegment } from './rfm.js';
export { customerValues, valueFactors, type CustomerValue, type CustomerValueOptions } from './customer-value.js';
export { assertThresholds, profitabilityTier, type ProfitabilityThresholds, type ProfitabilityTier } from './profitability.js';

// Relationship: lifecycle, loyalty, churn risk.
export { countBetween, purchaseTimes, type PurchaseOrder } from './purchases.js';
export {
  lifecycleStage,
  type ChurnKind,
  type GrowthStage,
  type LifecycleAssessment,
  type LifecycleInput,
  type LifecycleReason,
  type LifecycleRules,
  type LifecycleStage,
} from './lifecycle.js';
export { allowedLifecycleTransitions, assertLifecycleTransition } from './lifecycle-transition.js';
export { LOYALTY_LEVELS, loyaltyLevel, type LoyaltyAssessment, type LoyaltyInput, type LoyaltyLevel, type LoyaltyRules } from './loyalty.js';
export {
  CHURN_WINDOW_DAYS,
  churnWindowStart,
  customerMeasures,
  purchaseFigures,
  rfmFromCuts,
  serviceRecord,
  type CustomerEvidence,
  type CustomerKind,
  type CustomerMeasures,
  type CustomerRfm,
  type KeptCustomerMeasures,
  type PurchaseFigures,
  type ServiceRecord,
} from './customer-measures.js';
export { customerField, keptMeasuresAmong, type StoreRecords } from './kept-measures.js';
export { defaultValueRules, type ValueRules } from './value-rules.js';
export { churnRisk, usualGapDays, type ChurnEvidence, type ChurnFactor, type ChurnReason, type ChurnRisk, type ChurnWeights } from './churn-risk.js';
