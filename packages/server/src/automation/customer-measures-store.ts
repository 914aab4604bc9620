import {
  churnWindowStart,
  customerField,
  customerMeasures,
  defaultValueRules,
  purchaseFigures,
  rfmAnalysis,
  rfmCuts,
  rfmFromCuts,
  summarizeOrders,
  type CustomerEvidence,
  type CustomerKind,
  type CustomerMeasures,
  type CustomerRfm,
  type KeptCustomerMeasures,
  type PurchaseFigures,
  type RfmCuts,
  type ServiceRecord,
  type SummaryOrder,
} from '@rapport/core/domain';
import type { Activity, Deal, Order, Survey, SurveyResponse } from '@rapport/core/schema';
import type { SqlExecutor } from '../database/database.js';

/** Reads the records of one collection whose `field` is one of `values`, on the declared filter index. */
async function recordsWhere<T>(sql: SqlExecutor, tenantId: string, collection: string, field: string, values: readonly string[], tail = ''): Promise<T[]> {
  if (values.length === 0) return [];
  const rows = await sql.query<{ data: T }>(
    `SELECT data FROM records WHERE tenant_id = $1 AND collection = '${collection}' AND (data #> '{${field}}') IN (SELECT to_jsonb(value) FROM unnest($2::text[]) AS value) ${tail}`,
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

/** One customer's RFM against the cuts of the tenant's last full ranking in its currency; none before the first. */
async function rankOne(sql: SqlExecutor, tenantId: string, kind: CustomerKind, figures: PurchaseFigures): Promise<CustomerRfm | undefined> {
  const [row] = await sql.query<{ cuts: RfmCuts }>('SELECT cuts FROM rfm_cuts WHERE tenant_id = $1 AND kind = $2 AND currency = $3', [tenantId, kind, figures.currency]);
  return row && rfmFromCuts(figures, row.cuts);
}

interface MeasureRow {
  readonly customerId: string;
  readonly measures: CustomerMeasures;
}

async function store(sql: SqlExecutor, tenantId: string, kind: CustomerKind, rows: readonly MeasureRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const payload = rows.map(({ customerId, measures }) => ({ customer_id: customerId, measures }));
  await sql.query(
    `INSERT INTO customer_measures (tenant_id, kind, customer_id, measures, computed_at)
     SELECT $1, $2, x.customer_id, x.measures, $4::timestamptz
       FROM jsonb_to_recordset($3::jsonb) AS x(customer_id text, measures jsonb)
     ON CONFLICT (tenant_id, kind, customer_id) DO UPDATE SET measures = EXCLUDED.measures, computed_at = EXCLUDED.computed_at`,
    [tenantId, kind, JSON.stringify(payload), now.toISOString()],
  );
}

/** Customers whose measures are worked out and stored together in a full recompute. */
const STORE_BATCH = 1000;

/** The cuts of a full ranking, per currency, in place of the last ones. */
async function storeCuts(sql: SqlExecutor, tenantId: string, kind: CustomerKind, cuts: ReadonlyMap<string, RfmCuts>): Promise<void> {
  await sql.query('DELETE FROM rfm_cuts WHERE tenant_id = $1 AND kind = $2', [tenantId, kind]);
  if (cuts.size === 0) return;
  await sql.query(
    `INSERT INTO rfm_cuts (tenant_id, kind, currency, cuts, ranked_at)
     SELECT $1, $2, x.currency, x.cuts, to_timestamp((x.cuts->>'rankedAt')::float8 / 1000) FROM jsonb_to_recordset($3::jsonb) AS x(currency text, cuts jsonb)`,
    [tenantId, kind, JSON.stringify([...cuts].map(([currency, of]) => ({ currency, cuts: of })))],
  );
}

/** One customer's measures from its own records, RFM against the cuts of the last full ranking. */
export async function measureCustomer(sql: SqlExecutor, tenantId: string, kind: CustomerKind, customerId: string, now: Date): Promise<MeasureRow> {
  const evidence = await evidenceOf(sql, tenantId, kind, customerId, now);
  const figures = purchaseFigures(customerId, kind, evidence.orders, now);
  const rfm = figures && (await rankOne(sql, tenantId, kind, figures));
  return { customerId, measures: customerMeasures(customerId, kind, evidence, now, defaultValueRules, rfm) };
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

/** Every record of a collection. */
async function all<T>(sql: SqlExecutor, tenantId: string, collection: string): Promise<T[]> {
  return (await sql.query<{ data: T }>(`SELECT data FROM records WHERE tenant_id = $1 AND collection = '${collection}'`, [tenantId])).map((row) => row.data);
}

/** `null` from a column as a field left out. */
const given = <T>(value: T | null): T | undefined => value ?? undefined;

interface OrderRow {
  contact_id: string | null;
  account_id: string | null;
  ordered_at: string;
  amount: number;
  margin: number | null;
  currency: string;
  status: SummaryOrder['status'];
}

/**
 * The fields of a tenant's orders the measures read, as plain columns: a tenant may have millions
 * of orders, and whole records would be parsed as JSON and held in memory, one by one.
 */
async function tenantOrders(sql: SqlExecutor, tenantId: string): Promise<SummaryOrder[]> {
  const rows = await sql.query<OrderRow>(
    `SELECT data->>'contactId' AS contact_id, data->>'accountId' AS account_id, data->>'orderedAt' AS ordered_at,
            (data->>'amount')::float8 AS amount, (data->>'margin')::float8 AS margin, data->>'currency' AS currency, data->>'status' AS status
       FROM records WHERE tenant_id = $1 AND collection = 'orders'`,
    [tenantId],
  );
  return rows.map((row) => ({
    contactId: given(row.contact_id),
    accountId: given(row.account_id),
    orderedAt: row.ordered_at,
    amount: Number(row.amount),
    margin: row.margin === null ? undefined : Number(row.margin),
    currency: row.currency,
    status: row.status,
  }));
}

type CustomerDeal = Pick<Deal, 'contactId' | 'accountId' | 'status' | 'createdAt' | 'updatedAt'>;

/** The fields of a tenant's deals the lifecycle reads, and whom each is with. */
async function tenantDeals(sql: SqlExecutor, tenantId: string): Promise<CustomerDeal[]> {
  const rows = await sql.query<{ contact_id: string | null; account_id: string | null; status: Deal['status']; created_at: string; updated_at: string }>(
    `SELECT data->>'contactId' AS contact_id, data->>'accountId' AS account_id, data->>'status' AS status, data->>'createdAt' AS created_at, data->>'updatedAt' AS updated_at
       FROM records WHERE tenant_id = $1 AND collection = 'deals'`,
    [tenantId],
  );
  return rows.map((row) => ({ contactId: given(row.contact_id), accountId: given(row.account_id), status: row.status, createdAt: row.created_at, updatedAt: row.updated_at }));
}

/** When each customer was last in touch (their latest activity), by the field that names them. */
async function latestActivities(sql: SqlExecutor, tenantId: string, field: string): Promise<Map<string, string>> {
  const rows = await sql.query<{ customer_id: string; at: string }>(
    `SELECT DISTINCT ON (1) data->>'${field}' AS customer_id, data->>'at' AS at
       FROM records WHERE tenant_id = $1 AND collection = 'activities' AND jsonb_typeof(data->'${field}') = 'string'
      ORDER BY 1, data->>'at' COLLATE "C" DESC`,
    [tenantId],
  );
  return new Map(rows.map((row) => [row.customer_id, row.at]));
}

/** Lets the event loop run what waits (I/O, timers) before going on. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every customer of a tenant at once: RFM ranked over all their orders (per currency, as
 * `rfmAnalysis` does), the rest from each one's own records. Run on a schedule, since recency
 * and churn age while nothing changes, and it re-ranks everyone a single update left as it was.
 */
export async function recomputeTenantMeasures(sql: SqlExecutor, tenantId: string, now: Date): Promise<number> {
  const contacts = (await sql.query<{ id: string; account_id: string | null }>(`SELECT id, data->>'accountId' AS account_id FROM records WHERE tenant_id = $1 AND collection = 'contacts'`, [tenantId])).map(
    (row) => ({ id: row.id, accountId: given(row.account_id) }),
  );
  const accounts = await sql.query<{ id: string }>(`SELECT id FROM records WHERE tenant_id = $1 AND collection = 'accounts'`, [tenantId]);
  const orders = await tenantOrders(sql, tenantId);
  const deals = await tenantDeals(sql, tenantId);
  const responses = await all<SurveyResponse>(sql, tenantId, 'surveyResponses');
  const surveys = await all<Survey>(sql, tenantId, 'surveys');
  const accountOfContact = new Map(contacts.map((contact) => [contact.id, contact.accountId]));
  let stored = 0;
  for (const kind of ['contact', 'account'] as const) {
    const field = (collection: keyof typeof customerField) => customerField[collection][kind];
    await nextTurn();
    const ordersOf = groupBy(orders, (order) => (order as Record<string, unknown>)[field('orders')]);
    const lastInTouch = await latestActivities(sql, tenantId, field('activities'));
    const dealsOf = groupBy(deals, (deal) => (deal as Record<string, unknown>)[field('deals')]);
    // A tenant may have millions of tickets: counted per customer in the database.
    const serviceOf = await serviceRecords(sql, tenantId, field('tickets'), now);
    const responsesOf = groupBy(responses, (response) => (kind === 'contact' ? response.contactId : accountOfContact.get(response.contactId ?? '')));
    // `null`: ranked in more than one currency, so in none (as `purchaseFigures` gives no figures then).
    const rfmOf = new Map<string, CustomerRfm | null>();
    const cuts = new Map<string, RfmCuts>();
    for (const [currency, inCurrency] of groupBy(orders, (order) => order.currency)) {
      // Each pass over a million orders holds the event loop for a while: the worker's other jobs run between them.
      await nextTurn();
      const summary = summarizeOrders(inCurrency, { now, by: kind });
      await nextTurn();
      for (const row of rfmAnalysis(summary)) rfmOf.set(row.customerId, rfmOf.has(row.customerId) ? null : { r: row.r, f: row.f, m: row.m, segment: row.segment });
      await nextTurn();
      cuts.set(currency, rfmCuts(summary));
    }
    const measureOne = (id: string): MeasureRow => {
      const own = ordersOf.get(id) ?? [];
      const latest = lastInTouch.get(id);
      const evidence: CustomerEvidence = {
        orders: own,
        activities: latest === undefined ? [] : [{ at: latest }],
        deals: dealsOf.get(id) ?? [],
        service: serviceOf.get(id) ?? NO_SERVICE,
        responses: responsesOf.get(id) ?? [],
        surveys,
      };
      return { customerId: id, measures: customerMeasures(id, kind, evidence, now, defaultValueRules, rfmOf.get(id) ?? undefined) };
    };
    // A thousand at a time, each stored before the next are worked out: the worker's other jobs
    // (SLA deadlines) get the event loop between batches, however many customers there are.
    const customers = kind === 'contact' ? contacts : accounts;
    for (let start = 0; start < customers.length; start += STORE_BATCH) {
      await store(sql, tenantId, kind, customers.slice(start, start + STORE_BATCH).map(({ id }) => measureOne(id)), now);
    }
    await storeCuts(sql, tenantId, kind, cuts);
    stored += customers.length;
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
