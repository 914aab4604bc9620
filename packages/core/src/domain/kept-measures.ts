import type { Activity } from '../schema/activity.js';
import type { Deal } from '../schema/deal.js';
import type { Order } from '../schema/order.js';
import type { Survey } from '../schema/survey.js';
import type { SurveyResponse } from '../schema/survey-response.js';
import type { Ticket } from '../schema/ticket.js';
import { customerMeasures, purchaseFigures, serviceRecord, type CustomerEvidence, type CustomerKind, type KeptCustomerMeasures } from './customer-measures.js';
import { summarizeOrders } from './order-summary.js';
import { rfmAnalysis } from './rfm.js';
import { defaultValueRules } from './value-rules.js';

/** The field naming the customer, per collection and kind (tickets name their contact `requesterId`; an account answers through its people). */
export const customerField: Readonly<Record<'orders' | 'activities' | 'deals' | 'tickets' | 'surveyResponses', Readonly<Record<CustomerKind, string>>>> = {
  orders: { contact: 'contactId', account: 'accountId' },
  activities: { contact: 'contactId', account: 'accountId' },
  deals: { contact: 'contactId', account: 'accountId' },
  tickets: { contact: 'requesterId', account: 'accountId' },
  surveyResponses: { contact: 'contactId', account: 'contactId' },
};

/** Every record of a store that the measures of its customers read. */
export interface StoreRecords {
  readonly contacts: readonly { readonly id: string; readonly accountId?: string | undefined }[];
  readonly orders: readonly Order[];
  readonly activities: readonly Activity[];
  readonly deals: readonly Deal[];
  readonly tickets: readonly Ticket[];
  readonly surveyResponses: readonly SurveyResponse[];
  readonly surveys: readonly Survey[];
}

/**
 * The measures of one customer as a server keeps them, for a store that holds every record at
 * hand: the customer's own records, and RFM ranked over all customers' orders in its currency
 * (`rfmAnalysis`, as the server's scheduled recomputation ranks them). A customer buying in
 * several currencies is ranked in none.
 */
export function keptMeasuresAmong(records: StoreRecords, kind: CustomerKind, customerId: string, now: Date): KeptCustomerMeasures {
  const ofCustomer = <T>(collection: keyof typeof customerField, items: readonly T[]) =>
    items.filter((item) => (item as Record<string, unknown>)[customerField[collection][kind]] === customerId);
  const orders = ofCustomer('orders', records.orders);
  const figures = purchaseFigures(customerId, kind, orders, now);
  const ranked = figures && rfmAnalysis(summarizeOrders(records.orders.filter((order) => order.currency === figures.currency), { now, by: kind })).find((row) => row.customerId === customerId);
  const latest = ofCustomer('activities', records.activities).reduce<Activity | undefined>((last, activity) => (!last || activity.at > last.at ? activity : last), undefined);
  const respondents = new Set(kind === 'contact' ? [customerId] : records.contacts.filter((contact) => contact.accountId === customerId).map((contact) => contact.id));
  const responses = records.surveyResponses.filter((response) => response.contactId !== undefined && respondents.has(response.contactId));
  const evidence: CustomerEvidence = {
    orders,
    activities: latest ? [latest] : [],
    deals: ofCustomer('deals', records.deals),
    service: serviceRecord(ofCustomer('tickets', records.tickets), now),
    responses,
    surveys: records.surveys.filter((survey) => responses.some((response) => response.surveyId === survey.id)),
  };
  const rfm = ranked && { r: ranked.r, f: ranked.f, m: ranked.m, segment: ranked.segment };
  return { ...customerMeasures(customerId, kind, evidence, now, defaultValueRules, rfm), kind, customerId, computedAt: now.toISOString() };
}
