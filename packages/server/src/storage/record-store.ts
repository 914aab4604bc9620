import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type AdapterRecord,
  type NormalizedListQuery,
  type Page,
} from '@rapport/core';
import {
  compileFieldPath,
  decodeCursor,
  encodeCursor,
  numberFieldOf,
  pageOrder,
  RANKED_MATCHES,
  SearchRank,
  stampRecord,
} from '@rapport/core/adapter';
import { isEntityName, isQueryable, type EntityName } from '@rapport/core/schema';
import type { Database, SqlExecutor } from '../database/database.js';
import { collectionLiteral } from './declared-indexes.js';
import { filterSql } from './filter-sql.js';
import { countPastImported, keepNumber, takeNumbers } from './record-numbering.js';
import { relatedSearches, searchRankSql, searchSql, type RelatedScopes } from './search-sql.js';
import { EVERY_ROW, rowScopeSql, type RowScope } from './row-scope.js';
import { invalidCursor, sortSql } from './sort-sql.js';
import { assertStorable } from './storable-json.js';
import { SqlParams } from './sql-params.js';
import { upsertByExternalId, type ExternalUpsert, type ExternalUpsertOutcome } from './upsert-by-external-id.js';

/** Up to this many matches, a list's `total` is counted exactly. */
export const EXACT_TOTAL_LIMIT = 10_000;

/**
 * How far past the exact-count limit the planner must put a list before it is not counted at all:
 * a margin for its misjudgements (at a million contacts it put region + `tags contains` at 62,616
 * where 18,087 match).
 */
const PLANNED_PAST_THE_LIMIT = 2;

/**
 * Up to this many matches, a ranked search reads every match through the search indexes to find
 * its first ones in the list's order; beyond it, the list's order reaches them sooner. At a
 * million contacts, the first way reads 5,000 matches at the switch and the second about 10,000
 * rows (`docs/scaling.md`).
 */
const FEW_MATCHES = 5_000;

/**
 * On PostgreSQL, the time reading those matches may take before the list's order is walked
 * instead: trigrams of short words (`s ka`) also find many rows that do not match, each read and
 * rechecked (107 ms at a million contacts, where the walk takes 13).
 */
const RANK_PROBE_BUDGET_MS = 20;

/**
 * On PostgreSQL, the time a count may take before the planner's estimate is used instead: a
 * filter an index cannot fully serve (`tags contains`) may have to read far more rows than it
 * matches, and the count must not cost more than the page.
 */
export const COUNT_BUDGET_MS = 15;

export type RecordFields = Readonly<Record<string, unknown>>;

/** A page's rows with the keys of their cursors, and the total when reading them counted it. */
interface ListedRows {
  readonly rows: ReadonlyArray<{ readonly data: AdapterRecord; readonly keys: readonly unknown[] }>;
  readonly total: number | undefined;
  readonly totalIsEstimate?: true;
  /** More rows follow the page, though none was read past it. */
  readonly more?: true;
}

/** A record's values of the list's sort keys, as its cursor holds them. */
function listKeys(query: NormalizedListQuery): (record: Readonly<Record<string, unknown>>) => unknown[] {
  const readers = query.sort.map(({ field }) => compileFieldPath(field));
  return (record) => readers.map((read) => read(record));
}

/** Whose replayable create this is: see `idempotency_keys`. */
export interface IdempotentCreate {
  readonly principal: string;
  readonly key: string;
}

export interface CreateRecordOptions {
  readonly id?: string;
  readonly idempotency?: IdempotentCreate;
}


/**
 * Records of every tenant in the generic `records` table. Every statement is scoped by tenant
 * (and by the caller's row scope); every value is a bound parameter. Errors are the SDK's:
 * `NotFoundError` for an id outside the scope, `ConflictError` (with the current record) for a
 * stale version or a taken id.
 */
export class RecordStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
    private readonly exactTotalLimit = EXACT_TOTAL_LIMIT,
    /** Only for a store on the database itself: the budget is set for a transaction of its own. */
    private readonly countBudgetMs?: number,
  ) {}

  private get fewMatches(): number {
    return Math.min(FEW_MATCHES, this.exactTotalLimit);
  }

  async get(tenantId: string, collection: string, id: string, scope: RowScope = EVERY_ROW): Promise<AdapterRecord> {
    const record = await this.find(this.db, tenantId, collection, id, scope);
    if (!record) throw new NotFoundError(collection, id);
    return record;
  }

  /** `related`: the rows of other collections the caller may read, which `q` may also find records through (see `RELATED_SEARCH`). */
  async list(tenantId: string, collection: string, query: NormalizedListQuery, scope: RowScope = EVERY_ROW, related: RelatedScopes = {}): Promise<Page<AdapterRecord>> {
    const entity = declaredCollection(collection, query);
    const after = query.cursor === null ? null : decodeCursor(query.cursor, pageOrder(query));
    if (after) assertStorable(after, ['cursor']);
    const matching = (params: SqlParams) => {
      const tenant = params.add(tenantId);
      // The collection as a literal: the declared indexes are partial, one per collection.
      const search = searchSql('r', entity, query.q, params, { tenant, scopes: related });
      return `r.tenant_id = ${tenant} AND r.collection = ${collectionLiteral(entity)} AND ${filterSql('r', query.where, params)} AND ${search} AND ${rowScopeSql('r', tenant, scope, params)}`;
    };
    // A search through related records gathers every match before it sorts (one union of ids):
    // the first page counts them on the way, rather than a second statement gathering them again.
    const throughRelated = query.q !== null && relatedSearches(entity, related).length > 0;
    const countedOnTheWay = after === null && throughRelated;
    const page = query.ranked && query.q !== null
      ? await this.rankedPage(tenantId, entity, query, query.q, matching, after, throughRelated)
      : await this.pageInListOrder(query, matching, after, countedOnTheWay);
    const { rows, total: countedTotal, totalIsEstimate } = page;
    // A first page that holds every match has counted them already.
    const total =
      countedTotal !== undefined
        ? { total: countedTotal, ...(totalIsEstimate ? { totalIsEstimate } : {}) }
        : after === null && rows.length <= query.limit
          ? { total: rows.length }
          : await this.count(matching, after === null ? rows.length : 0, query.q === null);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => row.data),
      nextCursor: (rows.length > query.limit || page.more) && last ? encodeCursor(pageOrder(query), last.keys) : null,
      ...total,
    };
  }

  /** Up to one row more than the page (which tells whether another follows), in the list's order, after `after`. */
  private async pageInListOrder(query: NormalizedListQuery, matching: (params: SqlParams) => string, after: readonly unknown[] | null, countedOnTheWay: boolean, prefix: readonly unknown[] = [], limit = query.limit + 1): Promise<ListedRows> {
    const params = new SqlParams();
    const where = matching(params);
    const { orderBy, afterCursor } = sortSql('r', query.sort, after, params);
    const sql = `SELECT r.data${countedOnTheWay ? ', count(*) OVER ()::integer AS total' : ''} FROM records r WHERE ${where} AND ${afterCursor} ORDER BY ${orderBy} LIMIT ${params.add(limit)}`;
    const rows = await this.db.query<{ data: AdapterRecord; total?: number }>(sql, params.values);
    const keysOf = listKeys(query);
    return {
      rows: rows.map((row) => ({ data: row.data, keys: [...prefix, ...keysOf(row.data)] })),
      total: countedOnTheWay ? (rows[0]?.total ?? 0) : undefined,
    };
  }

  /**
   * A ranked search's page (see `createSearchRank`): the first `RANKED_MATCHES` matches in the
   * list's order, ranked, after the cursor; when the page runs past them, the unranked rest
   * follows in the list's order. Which matches are first is read one of two ways, by how many
   * match: up to `FEW_MATCHES`, every match through the search indexes (which counts them too,
   * and is cheaper than walking the list's order past rows that do not match); beyond it, the
   * list's order, where matches are dense enough to come soon.
   */
  private async rankedPage(
    tenantId: string,
    entity: EntityName,
    query: NormalizedListQuery,
    q: string,
    matching: (params: SqlParams) => string,
    after: readonly unknown[] | null,
    /** A search through related records gathers every match (one union of ids), so all are read and counted. */
    gathersAll: boolean,
  ): Promise<ListedRows> {
    if (query.sort.some(({ field, direction }) => !['createdAt', 'id'].includes(field) || direction !== 'asc')) throw new Error('A ranked search is in the default order');
    const rankAfter = after === null ? null : after[0];
    const keysAfter = after === null ? null : after.slice(1);
    if (rankAfter !== null && !(Number.isInteger(rankAfter) && (rankAfter as number) >= SearchRank.whole && (rankAfter as number) <= SearchRank.unranked)) throw invalidCursor();
    if (rankAfter === SearchRank.unranked) return this.pageInListOrder(query, matching, keysAfter, false, [SearchRank.unranked]);
    const ranked = (few: boolean) => {
      const params = new SqlParams();
      const where = matching(params);
      const { orderBy, afterCursor } = sortSql('r', query.sort, keysAfter, params);
      const rank = searchRankSql('r', entity, q, params);
      const past = rankAfter === null ? 'TRUE' : `(r.search_rank > ${params.add(rankAfter)} OR (r.search_rank = ${params.add(rankAfter)} AND ${afterCursor}))`;
      const limit = this.fewMatches;
      // `found`: unordered and capped, so it is read through the search indexes, and only the
      // default order's stored columns, so it stays small; its first ones in order are read whole
      // by key, and ranked only when it holds every match.
      const sources = few
        ? `found AS MATERIALIZED (SELECT r.id, r.created_at FROM records r WHERE ${where}${gathersAll ? '' : ` LIMIT ${limit + 1}`}), ` +
          `firsts_unnumbered AS (SELECT r.* FROM records r WHERE r.tenant_id = ${params.add(tenantId)} AND r.collection = ${collectionLiteral(entity)} AND r.id IN (` +
          `SELECT r.id FROM found r${gathersAll ? '' : ` WHERE (SELECT count(*) FROM found) <= ${limit}`} ORDER BY ${orderBy} LIMIT ${RANKED_MATCHES})), `
        : `found AS (SELECT NULL), firsts_unnumbered AS (SELECT r.* FROM records r WHERE ${where} ORDER BY ${orderBy} LIMIT ${RANKED_MATCHES}), `;
      const sql =
        `WITH ${sources}` +
        `firsts AS MATERIALIZED (SELECT r.*, row_number() OVER (ORDER BY ${orderBy}) AS position FROM firsts_unnumbered r), ` +
        `ranked AS (SELECT r.*, ${rank} AS search_rank FROM firsts r) ` +
        `SELECT w.found, w.last, p.data, p.search_rank FROM (SELECT ${few ? '(SELECT count(*) FROM found)::integer' : 'NULL::integer'} AS found, ` +
        // Only the sort keys of the last: the row repeats on every row of the page.
        `(SELECT jsonb_build_object(${query.sort.map(({ field }) => `'${field}', data -> '${field}'`).join(', ')}) FROM firsts ORDER BY position DESC LIMIT 1) AS last) w ` +
        `LEFT JOIN LATERAL (SELECT r.data, r.search_rank, r.position FROM ranked r WHERE ${past} ORDER BY r.search_rank, r.position LIMIT ${params.add(query.limit + 1)}) p ON TRUE ` +
        'ORDER BY p.search_rank, p.position';
      return { sql, params: params.values };
    };
    type RankedRow = { found: number | null; last: Readonly<Record<string, unknown>> | null; data: AdapterRecord | null; search_rank: number | null };
    const few = ranked(true);
    // Reading every match is cheap while the search indexes find few rows besides them; a text of short words finds many.
    const probed = await this.queryWithinBudget<RankedRow>(few.sql, few.params, gathersAll || this.countBudgetMs === undefined ? undefined : Math.max(this.countBudgetMs, RANK_PROBE_BUDGET_MS));
    const found = probed?.[0]?.found ?? 0;
    const dense = probed === undefined || (!gathersAll && found > this.fewMatches);
    let rows = probed ?? [];
    if (dense) {
      const walk = ranked(false);
      rows = await this.db.query<RankedRow>(walk.sql, walk.params);
    }
    const keysOf = listKeys(query);
    const page = rows.flatMap((row) => (row.data === null ? [] : [{ data: row.data, keys: [Number(row.search_rank), ...keysOf(row.data)] }]));
    const total = dense ? await this.estimate(matching, probed === undefined ? 0 : this.fewMatches + 1) : { total: found };
    const last = rows[0]?.last ?? null;
    const missing = query.limit + 1 - page.length;
    // Whether unranked matches follow the ranked ones: known from the count of few, or from there being more than
    // `fewMatches` (when that is more than are ranked); not when the first read ran out of time.
    const unrankedFollow = probed === undefined ? undefined : !dense ? found > RANKED_MATCHES : this.fewMatches >= RANKED_MATCHES ? true : undefined;
    if (missing === 0 || last === null || unrankedFollow === false) return { rows: page, ...total };
    // A full page needs none of them, only to know they follow (a search through related records would gather every match again).
    if (missing === 1 && unrankedFollow) return { rows: page, more: true, ...total };
    const rest = await this.pageInListOrder(query, matching, keysOf(last), false, [SearchRank.unranked], missing);
    return { rows: [...page, ...rest.rows], ...total };
  }

  /**
   * Exact up to `exactTotalLimit` matches, which an index walks in a few milliseconds; beyond
   * that, or when counting would take longer than the budget (PostgreSQL), the planner's
   * estimate flagged as one, since counting a million rows takes longer than showing the page.
   * `trustPlan`: the estimate comes first, and when it is well past the limit, counting would
   * only reach the cap or the budget (15 ms of a 20 ms list at a million contacts), so it is not
   * started. Not for a search: the planner guesses how many texts hold a substring (39,999 for
   * `zyx` at a million contacts, where 3,493 do, counted in 12 ms).
   */
  private async count(matching: (params: SqlParams) => string, seen: number, trustPlan: boolean): Promise<Pick<Page<AdapterRecord>, 'total' | 'totalIsEstimate'>> {
    const params = new SqlParams();
    const matches = `SELECT 1 FROM records r WHERE ${matching(params)}`;
    const estimate = async () => (await this.estimate(matching, 0)).total;
    const planned = trustPlan ? await estimate() : undefined;
    if (planned !== undefined && planned > PLANNED_PAST_THE_LIMIT * this.exactTotalLimit) return { total: Math.max(seen, planned), totalIsEstimate: true };
    const counted = await this.countWithinBudget(`SELECT count(*)::integer AS total FROM (${matches} LIMIT ${this.exactTotalLimit + 1}) AS capped`, params.values);
    if (counted !== undefined && counted <= this.exactTotalLimit) return { total: counted };
    // Beyond the limit, or not counted in time: at least what was seen either way.
    const atLeast = counted === undefined ? seen : this.exactTotalLimit + 1;
    return { total: Math.max(atLeast, planned ?? (await estimate())), totalIsEstimate: true };
  }

  /** The planner's estimate of the matches, and at least `atLeast`. */
  private async estimate(matching: (params: SqlParams) => string, atLeast: number): Promise<{ total: number; totalIsEstimate: true }> {
    const params = new SqlParams();
    const [row] = await this.db.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) SELECT 1 FROM records r WHERE ${matching(params)}`, params.values);
    return { total: Math.max(atLeast, plannedRows(row?.['QUERY PLAN'])), totalIsEstimate: true };
  }

  /** The capped count, or `undefined` when it would take longer than the budget. */
  private async countWithinBudget(sql: string, params: readonly unknown[]): Promise<number | undefined> {
    const rows = await this.queryWithinBudget<{ total: number }>(sql, params, this.countBudgetMs);
    return rows === undefined ? undefined : (rows[0]?.total ?? 0);
  }

  /** The rows, or `undefined` when the statement would take longer than `budgetMs` (PostgreSQL; elsewhere it always runs). */
  private async queryWithinBudget<Row extends object>(sql: string, params: readonly unknown[], budgetMs: number | undefined): Promise<Row[] | undefined> {
    if (budgetMs === undefined || this.db.kind !== 'postgres') return this.db.query<Row>(sql, params);
    try {
      return await this.db.transaction(async (tx) => {
        await tx.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(budgetMs))}`);
        return tx.query<Row>(sql, params);
      });
    } catch (error) {
      // 57014: query_canceled, here by the statement timeout.
      if ((error as { code?: unknown }).code === '57014') return undefined;
      throw error;
    }
  }

  /** Stores a new record; with an idempotency key, a replay returns the first response instead. */
  async create(tenantId: string, collection: string, fields: RecordFields, options: CreateRecordOptions = {}): Promise<AdapterRecord> {
    const at = this.now().toISOString();
    const record = stampRecord(fields, { id: options.id ?? randomUUID(), tenantId, version: 1, createdAt: at, updatedAt: at });
    const { idempotency } = options;
    const numbered = numberFieldOf(collection) !== undefined;
    if (!idempotency && !numbered) return this.insert(this.db, collection, record);
    return this.db.transaction(async (tx) => {
      if (!idempotency) return this.insert(tx, collection, await this.numbered(tx, collection, record));
      const keyParams = [tenantId, collection, idempotency.principal, idempotency.key];
      // A concurrent create with the same key waits here until the first one commits.
      const claimed = await tx.query(
        'INSERT INTO idempotency_keys (tenant_id, collection, principal, key) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key',
        keyParams,
      );
      if (claimed.length === 0) {
        const [first] = await tx.query<{ response: AdapterRecord }>(
          'SELECT response FROM idempotency_keys WHERE tenant_id = $1 AND collection = $2 AND principal = $3 AND key = $4',
          keyParams,
        );
        if (first?.response) return first.response;
      }
      const created = await this.insert(tx, collection, await this.numbered(tx, collection, record));
      await tx.query('UPDATE idempotency_keys SET response = $5::jsonb WHERE tenant_id = $1 AND collection = $2 AND principal = $3 AND key = $4', [
        ...keyParams,
        JSON.stringify(created),
      ]);
      return created;
    });
  }

  /**
   * Replaces a record with `change(current)` when its version is still `expectedVersion`. The
   * write is conditional on that version, so a concurrent update in between is a conflict too.
   */
  async update(
    tenantId: string,
    collection: string,
    id: string,
    expectedVersion: number,
    change: (current: AdapterRecord) => RecordFields,
    scope: RowScope = EVERY_ROW,
  ): Promise<AdapterRecord> {
    const current = await this.get(tenantId, collection, id, scope);
    if (current.version !== expectedVersion) throw new ConflictError(collection, id, expectedVersion, current);
    const record = stampRecord(keepNumber(collection, current, change(current)), { ...current, version: current.version + 1, updatedAt: this.now().toISOString() });
    const rows = await this.db.query<{ data: AdapterRecord }>(
      `UPDATE records SET version = $5, updated_at = $6, data = $7::jsonb
        WHERE tenant_id = $1 AND collection = $2 AND id = $3 AND version = $4 RETURNING data`,
      [tenantId, collection, id, expectedVersion, record.version, record.updatedAt, JSON.stringify(record)],
    );
    if (rows[0]) return rows[0].data;
    throw await this.conflictOrMissing(tenantId, collection, id, expectedVersion, scope);
  }

  async remove(tenantId: string, collection: string, id: string, expectedVersion: number | undefined, scope: RowScope = EVERY_ROW): Promise<void> {
    const params = new SqlParams();
    const tenant = params.add(tenantId);
    const versionCheck = expectedVersion === undefined ? '' : ` AND r.version = ${params.add(expectedVersion)}`;
    const rows = await this.db.query(
      `DELETE FROM records r WHERE r.tenant_id = ${tenant} AND r.collection = ${params.add(collection)} AND r.id = ${params.add(id)}` +
        `${versionCheck} AND ${rowScopeSql('r', tenant, scope, params)} RETURNING r.id`,
      params.values,
    );
    if (rows.length === 0) throw await this.conflictOrMissing(tenantId, collection, id, expectedVersion ?? 0, scope);
  }

  /** Creates or updates each item by its `externalId`, in one transaction: see `upsertByExternalId`. */
  upsertByExternalId(tenantId: string, collection: string, items: readonly ExternalUpsert[]): Promise<ExternalUpsertOutcome[]> {
    return upsertByExternalId(this.db, tenantId, collection, items, this.now().toISOString());
  }

  /**
   * Stores complete records as they are (ids, versions and timestamps included), skipping ids
   * already taken; for seeding and imports. Returns how many were added.
   */
  async import(tenantId: string, collection: string, records: readonly AdapterRecord[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      let added = 0;
      for (const record of records) {
        const stored = stampRecord(record, { ...record, tenantId });
        const rows = await tx.query(
          `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT DO NOTHING RETURNING id`,
          [tenantId, collection, stored.id, stored.version, stored.createdAt, stored.updatedAt, JSON.stringify(stored)],
        );
        added += rows.length;
      }
      await countPastImported(tx, tenantId, collection, records);
      return added;
    });
  }

  /** `record` with the next number of its tenant's collection, if that collection numbers its records. */
  private async numbered(tx: SqlExecutor, collection: string, record: AdapterRecord): Promise<AdapterRecord> {
    const field = numberFieldOf(collection);
    if (field === undefined) return record;
    return { ...record, [field]: await takeNumbers(tx, record.tenantId, collection, field, 1) };
  }

  private async find(sql: SqlExecutor, tenantId: string, collection: string, id: string, scope: RowScope): Promise<AdapterRecord | undefined> {
    const params = new SqlParams();
    const tenant = params.add(tenantId);
    const [row] = await sql.query<{ data: AdapterRecord }>(
      `SELECT r.data FROM records r WHERE r.tenant_id = ${tenant} AND r.collection = ${params.add(collection)} AND r.id = ${params.add(id)}` +
        ` AND ${rowScopeSql('r', tenant, scope, params)}`,
      params.values,
    );
    return row?.data;
  }

  private async insert(sql: SqlExecutor, collection: string, record: AdapterRecord): Promise<AdapterRecord> {
    const [row] = await sql.query<{ data: AdapterRecord }>(
      `INSERT INTO records (tenant_id, collection, id, version, created_at, updated_at, data)
        VALUES ($1, $2, $3, 1, $4, $4, $5::jsonb) ON CONFLICT DO NOTHING RETURNING data`,
      [record.tenantId, collection, record.id, record.createdAt, JSON.stringify(record)],
    );
    if (row) return row.data;
    throw new ConflictError(collection, record.id, 0, await this.find(sql, record.tenantId, collection, record.id, EVERY_ROW));
  }

  private async conflictOrMissing(tenantId: string, collection: string, id: string, expectedVersion: number, scope: RowScope): Promise<Error> {
    const current = await this.find(this.db, tenantId, collection, id, scope);
    return current ? new ConflictError(collection, id, expectedVersion, current) : new NotFoundError(collection, id);
  }
}


/**
 * The collection, once every field the query filters or sorts by is one it declares
 * (`queryableFields`): anything else would scan every record of the tenant.
 */
function declaredCollection(collection: string, query: NormalizedListQuery): EntityName {
  if (!isEntityName(collection)) throw new NotFoundError(collection, '');
  const issues = [
    ...query.where.filter(([field]) => !isQueryable(collection, field, 'filter')).map(([field]) => ({ path: ['where', field], use: 'filtered' })),
    ...query.sort
      .map(({ field }, index) => ({ field, index }))
      .filter(({ field }) => !isQueryable(collection, field, 'sort'))
      .map(({ field, index }) => ({ path: ['sort', index, 'field'], use: `sorted by ${field}` })),
  ].map(({ path, use }) => ({ path, code: 'invalid_value', message: `${collection} cannot be ${use === 'filtered' ? `filtered by ${String(path[1])}` : use}; see the collection's declared fields` }));
  if (issues.length) throw new ValidationError(issues);
  return collection;
}

/** The row count at the top of `EXPLAIN (FORMAT JSON)`, which drivers hand back parsed or as text. */
function plannedRows(plan: unknown): number {
  const parsed = typeof plan === 'string' ? (JSON.parse(plan) as unknown) : plan;
  const rows = (parsed as Array<{ Plan?: { 'Plan Rows'?: unknown } }> | undefined)?.[0]?.Plan?.['Plan Rows'];
  return typeof rows === 'number' ? Math.round(rows) : 0;
}
