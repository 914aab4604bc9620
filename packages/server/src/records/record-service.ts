import {
  isCrmError,
  PermissionError,
  ValidationError,
  ConflictError,
  type AdapterRecord,
  type EntityName,
  type ListQuery,
  type Page,
} from '@rapport/core';
import {
  entities,
  parseOrThrow,
} from '@rapport/core/schema';
import {
  normalizeListQuery,
  NUMBERED_COLLECTIONS,
} from '@rapport/core/adapter';
import { accessFor, type CollectionAccess } from '../access/access-policy.js';
import { assertAddsAnswersOnly, assertAnswerAdditionRequest, assertWithinAdditionWindow, isRandomId } from '../access/answer-addition.js';
import type { Action } from '../access/permissions.js';
import { principalName, type Principal } from '../auth/principal.js';
import type { RecordStore } from '../storage/record-store.js';
import { EVERY_ROW, type RowScope } from '../storage/row-scope.js';
import { RELATED_SEARCH, type RelatedScopes } from '../storage/search-sql.js';
import { assertStorable } from '../storage/storable-json.js';
import type { ExternalUpsert } from '../storage/upsert-by-external-id.js';
import { bulkAnswer, bulkRecords, isExternallyKeyed, outcomeAnswer, refusedAnswer, upsertOf, type BulkAnswer, type BulkItemAnswer } from './bulk-upsert.js';
import { withoutKeys } from './without-keys.js';

export interface CreateRequest {
  /** A client-chosen id (offline creation); taken ids are a conflict. */
  readonly id?: string;
  readonly idempotencyKey?: string;
}

/**
 * The CRM operations as one caller may perform them: permission first, then the entity schemas
 * every client uses (so the server stores nothing a client would reject), then storage within
 * the caller's tenant and row scope.
 */
export class RecordService {
  constructor(
    private readonly store: RecordStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(principal: Principal, collection: EntityName, id: string): Promise<AdapterRecord> {
    const access = this.allowed(principal, collection, 'read');
    return this.store.get(principal.tenantId, collection, id, access.scope);
  }

  async list(principal: Principal, collection: EntityName, query: ListQuery): Promise<Page<AdapterRecord>> {
    const access = this.allowed(principal, collection, 'read');
    const normalized = normalizeListQuery(query);
    assertStorable(Object.fromEntries(normalized.where), ['where']);
    assertStorable(normalized.sort.map(({ field }) => field), ['sort']);
    return this.store.list(principal.tenantId, collection, normalized, access.scope, this.readableRelated(principal, collection));
  }

  /** The related collections a search may find records through: those this caller may read, within its rows of them. */
  private readableRelated(principal: Principal, collection: EntityName): RelatedScopes {
    const related = (RELATED_SEARCH[collection] ?? []).map(({ collection: other }) => [other, accessFor(principal, other)] as const);
    return Object.fromEntries(related.filter(([, access]) => access.actions.has('read')).map(([other, access]) => [other, access.scope]));
  }

  async create(principal: Principal, collection: EntityName, body: unknown, request: CreateRequest = {}): Promise<AdapterRecord> {
    const access = this.allowed(principal, collection, 'create');
    if (principal.kind === 'public' && request.id !== undefined) assertRandomId(request.id);
    const input = requireObject(body);
    const fields = parseOrThrow(entities[collection].create, access.prepareCreate ? access.prepareCreate(input) : input) as Record<string, unknown>;
    assertStorable(fields);
    const sent = Object.keys(fields);
    if (access.accountFromRequester) await this.fillAccountFromRequester(principal.tenantId, fields);
    if (access.createRefersTo && fields[access.createRefersTo.field] !== undefined) {
      const { field, collection: target, scope } = access.createRefersTo;
      await this.store.get(principal.tenantId, target, String(fields[field]), scope);
    }
    const id = access.singleRecordId?.(fields) ?? request.id;
    try {
      const record = await this.store.create(principal.tenantId, collection, fields, {
        ...(id === undefined ? {} : { id }),
        ...(request.idempotencyKey === undefined ? {} : { idempotency: { principal: principalName(principal), key: request.idempotencyKey } }),
      });
      // A public page learns nothing it did not say: not the account a requester belongs to.
      return principal.kind === 'public' ? pickFields(record, [...sent, ...SERVER_FIELDS]) : record;
    } catch (error) {
      throw await this.asSeenBy(error, principal, collection, access);
    }
  }

  /** Sets `accountId` to the requester's account; a requester without a contact record gets none. */
  private async fillAccountFromRequester(tenantId: string, fields: Record<string, unknown>): Promise<void> {
    delete fields.accountId;
    if (typeof fields.requesterId !== 'string') return;
    const requester = await this.store.get(tenantId, 'contacts', fields.requesterId).catch((error: unknown) => {
      if (isCrmError(error) && error.kind === 'not-found') return undefined;
      throw error;
    });
    if (typeof requester?.accountId === 'string') fields.accountId = requester.accountId;
  }

  /**
   * Applies a patch in the manner of JSON Merge Patch at the top level: a member set to `null`
   * removes that field, any other member replaces it. The merged record must satisfy the schema.
   * A caller without the `update` action may only add answers to a response it sent, if that.
   */
  async update(principal: Principal, collection: EntityName, id: string, body: unknown, expectedVersion: number): Promise<AdapterRecord> {
    const access = accessFor(principal, collection);
    const addition = access.actions.has('update') ? undefined : access.answerAddition;
    if (!access.actions.has('update') && !addition) throw new PermissionError();
    const patch = requireObject(body);
    if (addition) await this.assertMayAddAnswers(principal, collection, id, patch, addition);
    const removed = Object.keys(patch).filter((key) => patch[key] === null);
    const changes = parseOrThrow(entities[collection].update, withoutKeys(patch, removed)) as Record<string, unknown>;
    assertStorable(changes);
    const spec = entities[collection];
    return this.store.update(
      principal.tenantId,
      collection,
      id,
      expectedVersion,
      (current) => {
        // Judged against the very version being replaced; a stale one is a conflict before this runs.
        if (addition) assertAddsAnswersOnly(current, patch);
        const kept = Object.fromEntries((access.keepOnUpdate ?? []).filter((field) => Object.hasOwn(current, field)).map((field) => [field, current[field]]));
        return parseOrThrow(spec.schema, { ...withoutKeys(current, removed), ...changes, ...kept }) as Record<string, unknown>;
      },
      addition ?? access.scope,
    );
  }

  /** Who and when: the response is one this caller could have sent, and recent; what the patch adds is judged on update. */
  private async assertMayAddAnswers(principal: Principal, collection: EntityName, id: string, patch: Readonly<Record<string, unknown>>, scope: RowScope): Promise<void> {
    assertAnswerAdditionRequest(id, patch);
    assertWithinAdditionWindow(await this.store.get(principal.tenantId, collection, id, scope), this.now());
  }

  /**
   * Creates or updates each record of `body` (`{ records: [...] }`) by its `externalId`, and
   * answers for each one: a record refused (invalid, or raced) never holds up the others. Needs
   * both the `create` and the `update` action on the whole collection.
   */
  async bulkUpsert(principal: Principal, collection: EntityName, body: unknown): Promise<BulkAnswer> {
    if (!isExternallyKeyed(collection)) throw new ValidationError([{ path: ['collection'], code: 'invalid_value', message: `${collection} has no externalId to upsert by` }]);
    const access = accessFor(principal, collection);
    const everything = access.scope === EVERY_ROW && !access.prepareCreate;
    if (!access.actions.has('create') || !access.actions.has('update') || !everything) throw new PermissionError();
    const records = bulkRecords(body);
    const seen = new Map<string, number>();
    const answers: Array<BulkItemAnswer | undefined> = [];
    const upserts: Array<{ index: number; upsert: ExternalUpsert }> = [];
    records.forEach((input, index) => {
      try {
        upserts.push({ index, upsert: upsertOf(collection, input, seen, index) });
      } catch (error) {
        const key = (input as { externalId?: unknown } | null)?.externalId;
        answers[index] = refusedAnswer(index, error, typeof key === 'string' ? key : undefined);
      }
    });
    const outcomes = upserts.length ? await this.store.upsertByExternalId(principal.tenantId, collection, upserts.map(({ upsert }) => upsert)) : [];
    upserts.forEach(({ index, upsert }, at) => {
      answers[index] = outcomeAnswer(index, upsert.externalId, outcomes[at]!);
    });
    return bulkAnswer(answers as BulkItemAnswer[]);
  }

  async remove(principal: Principal, collection: EntityName, id: string, expectedVersion?: number): Promise<void> {
    const access = this.allowed(principal, collection, 'remove');
    await this.store.remove(principal.tenantId, collection, id, expectedVersion, access.scope);
  }

  private allowed(principal: Principal, collection: EntityName, action: Action): CollectionAccess {
    const access = accessFor(principal, collection);
    if (!access.actions.has(action)) throw new PermissionError();
    return access;
  }

  /** A conflict over a taken id carries the record only when the caller may read that record. */
  private async asSeenBy(error: unknown, principal: Principal, collection: EntityName, access: CollectionAccess): Promise<unknown> {
    if (!(error instanceof ConflictError)) return error;
    const current = access.actions.has('read') ? await this.store.get(principal.tenantId, collection, error.id, access.scope).catch(() => undefined) : undefined;
    return new ConflictError(collection, error.id, error.expectedVersion, current);
  }
}

/** What the server adds to every record: its id, tenant and version, and when it was written. */
/** What the storage sets on create, which the creator learns: a ticket's number (`#1042`) too. */
const SERVER_FIELDS = ['id', 'tenantId', 'version', 'createdAt', 'updatedAt', ...Object.values(NUMBERED_COLLECTIONS)];

function pickFields(record: AdapterRecord, fields: readonly string[]): AdapterRecord {
  return Object.fromEntries(fields.filter((field) => Object.hasOwn(record, field)).map((field) => [field, record[field]])) as AdapterRecord;
}

/**
 * A public page may choose a record's id only as a random UUID: a taken one can then only be its own
 * earlier send, so a `412` never tells anyone whether a record they named (`t-001`) exists.
 */
function assertRandomId(id: string): void {
  if (isRandomId(id)) return;
  throw new ValidationError([{ path: ['id'], code: 'invalid_format', message: 'A public page may choose only a random id (a version 4 UUID); or send POST and let the server choose' }]);
}

function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'Must be an object' }]);
  }
  return body as Record<string, unknown>;
}
