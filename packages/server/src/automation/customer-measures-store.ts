import {
  DAY_MS,
  churnWindowStart,
  customerField,
  customerMeasures,
  defaultValueRules,
  purchaseFigures,
  rfmAnalysis,
  rfmFromStanding,
  summarizeOrders,
  type CustomerEvidence,
  type CustomerKind,
  type CustomerMeasures,
  type CustomerRfm,
  type KeptCustomerMeasures,
  type PurchaseFigures,
  type ServiceRecord,
} from '@rapport/core/domain';
import type { Activity, Deal, Order, Survey, SurveyResponse } from '@rapport/core/schema';
import type { SqlExecutor } from '../database/database.js';

/** The record, or an object of only the named fields: far less to send and parse per row. */
function selected(fields?: readonly string[]): string {
  return fields ? `jsonb_build_object(${fields.map((name) => `'${name}', data->'${name}'`).join(', ')})` : 'data';
}

/**
 * Reads the records of one collection whose `field` is one of `values`, on the declared filter
 * index; `select` names the fields to read when the measures need only a few of them.
 */
async function recordsWhere<T>(sql: SqlExecutor, tenantId: string, collection: string, field: string, values: readonly string[], tail = '', select?: readonly string[]): Promise<T[]> {
  if (values.length === 0) return [];
  const rows = await sql.query<{ data: T }>(
    `SELECT ${selected(select)} AS data FROM records WHERE tenant_id = $1 AND collection = '${collection}' AND (data #> '{${field}}') IN (SELECT to_jsonb(value) FROM unnest($2::text[]) AS value) ${tail}`,
    [tenantId, values],
  );
  return rows.map((row) => row.data);
}

interface ServiceRow {
  customer_id?: string | null;
  complaints: number | string;
  sla_breaches: number | string;
}

/**
 * The service record (`serviceRecord`) counted where the tickets are: a customer may have 100,000
 * tickets, and the measures need two numbers of them. `by` groups the counts per customer;
 * `customerId` counts one customer's, on the declared filter index.
 */
async function serviceRecords(sql: SqlExecutor, tenantId: string, field: string, now: Date, customerId?: string): Promise<Map<string, ServiceRecord>> {
  const path = `(data #> '{${field}}')`;
  const rows = await sql.query<ServiceRow>(
    `SELECT ${path} #>> '{}' AS customer_id, count(*) AS complaints, count(*) FILTER (WHERE (data->>'escalationLevel')::numeric > 0) AS sla_breaches
       FROM records
      WHERE tenant_id = $1 AND collection = 'tickets' AND (data->>'createdAt')::timestamptz >= $2::timestamptz
            AND ${customerId === undefined ? `jsonb_typeof(${path}) = 'string'` : `${path} = to_jsonb($3::text)`}
      GROUP BY 1`,
    customerId === undefined ? [tenantId, new Date(churnWindowStart(now)).toISOString()] : [tenantId, new Date(churnWindowStart(now)).toISOString(), customerId],
  );
  return new Map(rows.map((row) => [String(row.customer_id), { complaints: Number(row.complaints), slaBreaches: Number(row.sla_breaches) }]));
}

const NO_SERVICE: ServiceRecord = { complaints: 0, slaBreaches: 0 };

/** Everything the measures read about one customer, and nothing about anyone else. */
export async function evidenceOf(sql: SqlExecutor, tenantId: string, kind: CustomerKind, customerId: string, now: Date): Promise<CustomerEvidence> {
  const of = (collection: keyof typeof customerField) => customerField[collection][kind];
  // An account's answers are those of its people.
  const respondents = kind === 'contact' ? [customerId] : (await recordsWhere<{ id: string }>(sql, tenantId, 'contacts', 'accountId', [customerId])).map((contact) => contact.id);
  const [orders, activities, deals, service, responses] = await Promise.all([
    recordsWhere<Order>(sql, tenantId, 'orders', of('orders'), [customerId]),
    recordsWhere<Activity>(sql, tenantId, 'activities', of('activities'), [customerId], `ORDER BY data->>'at' DESC LIMIT 1`),
    recordsWhere<Deal>(sql, tenantId, 'deals', of('deals'), [customerId]),
    serviceRecords(sql, tenantId, of('tickets'), now, customerId),
    recordsWhere<SurveyResponse>(sql, tenantId, 'surveyResponses', of('surveyResponses'), respondents),
  ]);
  const surveys = await recordsWhere<Survey>(sql, tenantId, 'surveys', 'id', [...new Set(responses.map((response) => response.surveyId))]);
  return { orders, activities, deals, service: service.get(customerId) ?? NO_SERVICE, responses, surveys };
}

interface StandingRow {
  customers: number | string;
  recency_below: number | string;
  recency_equal: number | string;
  frequency_below: number | string;
  frequency_equal: number | string;
  monetary_below: number | string;
  monetary_equal: number | string;
}

/** One customer's RFM among the stored figures of the tenant's other customers in its currency. */
async function rankOne(sql: SqlExecutor, tenantId: string, kind: CustomerKind, customerId: string, figures: PurchaseFigures, now: Date): Promise<CustomerRfm> {
  const days = Math.floor((now.getTime() - figures.lastOrderAt) / DAY_MS);
  // Fewer whole days since the last order rank higher: "below" bought days before, "equal" on the same day count.
  const olderThan = new Date(now.getTime() - (days + 1) * DAY_MS).toISOString();
  const sameDayFrom = new Date(now.getTime() - days * DAY_MS).toISOString();
  const [row] = await sql.query<StandingRow>(
    `SELECT count(*) AS customers,
            count(*) FILTER (WHERE last_order_at <= $5::timestamptz) AS recency_below,
            count(*) FILTER (WHERE last_order_at > $5::timestamptz AND last_order_at <= $6::timestamptz) AS recency_equal,
            count(*) FILTER (WHERE order_count < $7) AS frequency_below,
            count(*) FILTER (WHERE order_count = $7) AS frequency_equal,
            count(*) FILTER (WHERE revenue < $8) AS monetary_below,
            count(*) FILTER (WHERE revenue = $8) AS monetary_equal
       FROM customer_measures
      WHERE tenant_id = $1 AND kind = $2 AND currency = $3 AND customer_id <> $4`,
    [tenantId, kind, figures.currency, customerId, olderThan, sameDayFrom, figures.orderCount, figures.revenue],
  );
  const n = (value: number | string | undefined) => Number(value ?? 0);
  return rfmFromStanding(figures, {
    customers: n(row?.customers),
    recency: { below: n(row?.recency_below), equal: n(row?.recency_equal) },
    frequency: { below: n(row?.frequency_below), equal: n(row?.frequency_equal) },
    monetary: { below: n(row?.monetary_below), equal: n(row?.monetary_equal) },
  });
}

interface MeasureRow {
  readonly customerId: string;
  readonly figures: PurchaseFigures | undefined;
  readonly measures: CustomerMeasures;
}

async function store(sql: SqlExecutor, tenantId: string, kind: CustomerKind, rows: readonly MeasureRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const payload = rows.map(({ customerId, figures, measures }) => ({
    customer_id: customerId,
    currency: figures?.currency ?? null,
    order_count: figures?.orderCount ?? null,
    revenue: figures?.revenue ?? null,
    last_order_at: figures ? new Date(figures.lastOrderAt).toISOString() : null,
    measures,
  }));
  await sql.query(
    `INSERT INTO customer_measures (tenant_id, kind, customer_id, currency, order_count, revenue, last_order_at, measures, computed_at)
     SELECT $1, $2, x.customer_id, x.currency, x.order_count, x.revenue, x.last_order_at, x.measures, $4::timestamptz
       FROM jsonb_to_recordset($3::jsonb) AS x(customer_id text, currency text, order_count integer, revenue double precision, last_order_at timestamptz, measures jsonb)
     ON CONFLICT (tenant_id, kind, customer_id) DO UPDATE
       SET currency = EXCLUDED.currency, order_count = EXCLUDED.order_count, revenue = EXCLUDED.revenue,
           last_order_at = EXCLUDED.last_order_at, measures = EXCLUDED.measures, computed_at = EXCLUDED.computed_at`,
    [tenantId, kind, JSON.stringify(payload), now.toISOString()],
  );
}

/** One customer's measures from its own records, ranked among the stored figures of the others. */
export async function measureCustomer(sql: SqlExecutor, tenantId: string, kind: CustomerKind, customerId: string, now: Date): Promise<MeasureRow> {
  const evidence = await evidenceOf(sql, tenantId, kind, customerId, now);
  const figures = purchaseFigures(customerId, kind, evidence.orders, now);
  const rfm = figures && (await rankOne(sql, tenantId, kind, customerId, figures, now));
  return { customerId, figures, measures: customerMeasures(customerId, kind, evidence, now, defaultValueRules, rfm) };
}

/** Works out and stores one customer's measures: what the worker does when its records change. */
export async function updateCustomerMeasures(sql: SqlExecutor, tenantId: string, kind: CustomerKind, customerId: string, now: Date): Promise<void> {
  await store(sql, tenantId, kind, [await measureCustomer(sql, tenantId, kind, customerId, now)], now);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => unknown): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (typeof key !== 'string') continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(item);
  }
  return groups;
}

/** Every record of a collection, or only the fields named by `select`. */
async function all<T>(sql: SqlExecutor, tenantId: string, collection: string, select?: readonly string[]): Promise<T[]> {
  return (await sql.query<{ data: T }>(`SELECT ${selected(select)} AS data FROM records WHERE tenant_id = $1 AND collection = '${collection}'`, [tenantId])).map((row) => row.data);
}

/**
 * Every customer of a tenant at once: RFM ranked over all their orders (per currency, as
 * `rfmAnalysis` does), the rest from each one's own records. Run on a schedule, since recency
 * and churn age while nothing changes, and it re-ranks everyone a single update left as it was.
 */
export async function recomputeTenantMeasures(sql: SqlExecutor, tenantId: string, now: Date): Promise<number> {
  // One after another: a transaction's connection runs one query at a time anyway.
  const contacts = await all<{ id: string; accountId?: string }>(sql, tenantId, 'contacts');
  const accounts = await all<{ id: string }>(sql, tenantId, 'accounts');
  const orders = await all<Order>(sql, tenantId, 'orders');
  const activities = await all<Activity>(sql, tenantId, 'activities');
  const deals = await all<Deal>(sql, tenantId, 'deals');
  const responses = await all<SurveyResponse>(sql, tenantId, 'surveyResponses');
  const surveys = await all<Survey>(sql, tenantId, 'surveys');
  const accountOfContact = new Map(contacts.map((contact) => [contact.id, contact.accountId]));
  let stored = 0;
  for (const kind of ['contact', 'account'] as const) {
    const field = (collection: keyof typeof customerField) => customerField[collection][kind];
    const ordersOf = groupBy(orders, (order) => (order as Record<string, unknown>)[field('orders')]);
    const activitiesOf = groupBy(activities, (activity) => (activity as Record<string, unknown>)[field('activities')]);
    const dealsOf = groupBy(deals, (deal) => (deal as Record<string, unknown>)[field('deals')]);
    // A tenant may have millions of tickets: counted per customer in the database.
    const serviceOf = await serviceRecords(sql, tenantId, field('tickets'), now);
    const responsesOf = groupBy(responses, (response) => (kind === 'contact' ? response.contactId : accountOfContact.get(response.contactId ?? '')));
    const rfmOf = new Map<string, CustomerRfm>();
    for (const inCurrency of groupBy(orders, (order) => order.currency).values()) {
      for (const row of rfmAnalysis(summarizeOrders(inCurrency, { now, by: kind }))) rfmOf.set(row.customerId, { r: row.r, f: row.f, m: row.m, segment: row.segment });
    }
    const rows: MeasureRow[] = (kind === 'contact' ? contacts : accounts).map(({ id }) => {
      const own = ordersOf.get(id) ?? [];
      const figures = purchaseFigures(id, kind, own, now);
      const latest = (activitiesOf.get(id) ?? []).reduce<Activity | undefined>((last, activity) => (!last || activity.at > last.at ? activity : last), undefined);
      const evidence: CustomerEvidence = {
        orders: own,
        activities: latest ? [latest] : [],
        deals: dealsOf.get(id) ?? [],
        service: serviceOf.get(id) ?? NO_SERVICE,
        responses: responsesOf.get(id) ?? [],
        surveys,
      };
      // A customer buying in several currencies is ranked in none.
      return { customerId: id, figures, measures: customerMeasures(id, kind, evidence, now, defaultValueRules, figures ? rfmOf.get(id) : undefined) };
    });
    for (let start = 0; start < rows.length; start += 1000) await store(sql, tenantId, kind, rows.slice(start, start + 1000), now);
    stored += rows.length;
  }
  return stored;
}

/** The stored measures of one customer, or `undefined` when the worker has not measured them yet. */
export async function storedMeasures(sql: SqlExecutor, tenantId: string, kind: CustomerKind, customerId: string): Promise<KeptCustomerMeasures | undefined> {
  const [row] = await sql.query<{ measures: CustomerMeasures; computed_at: Date | string }>(
    'SELECT measures, computed_at FROM customer_measures WHERE tenant_id = $1 AND kind = $2 AND customer_id = $3',
    [tenantId, kind, customerId],
  );
  return row && { ...row.measures, kind, customerId, computedAt: new Date(row.computed_at).toISOString() };
}
