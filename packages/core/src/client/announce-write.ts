import type { DomainEventBus } from '../events/index.js';
import type { EntityName, EntityRecord } from '../schema/entities.js';

/** Reads a record from the client's cache without fetching, for event details that mention it. */
export type CachedRecordLookup = <M extends EntityName>(collection: M, id: string) => EntityRecord<M> | undefined;

type CreatedAnnouncer<N extends EntityName> = (events: DomainEventBus, record: EntityRecord<N>, cached: CachedRecordLookup) => void;
type UpdatedAnnouncer<N extends EntityName> = (events: DomainEventBus, record: EntityRecord<N>, previous: EntityRecord<N>) => void;

const createdAnnouncers: { readonly [N in EntityName]?: CreatedAnnouncer<N> } = {
  contacts: (events, contact) => events.emit('contact.created', { contact }),
  activities: (events, activity) => events.emit('activity.created', { activity }),
  deals: (events, deal) => events.emit('deal.created', { deal }),
  tickets: (events, ticket) => events.emit('ticket.created', { ticket }),
  surveyResponses: (events, response, cached) =>
    events.emit('survey.response-received', { response, survey: cached('surveys', response.surveyId) }),
};

const updatedAnnouncers: { readonly [N in EntityName]?: UpdatedAnnouncer<N> } = {
  contacts: (events, contact, previous) => events.emit('contact.updated', { contact, previous }),
  tickets: (events, ticket, previous) => events.emit('ticket.updated', { ticket, previous }),
  deals: (events, deal, previous) => {
    if (deal.stageId !== previous.stageId) {
      events.emit('deal.moved', { deal, fromStageId: previous.stageId, toStageId: deal.stageId });
    }
    if (deal.status !== previous.status && deal.status === 'won') events.emit('deal.won', { deal });
    if (deal.status !== previous.status && deal.status === 'lost') events.emit('deal.lost', { deal, reason: deal.lostReason });
  },
};

/** Emits the domain events a confirmed create of `record` stands for. */
export function announceCreated<N extends EntityName>(
  events: DomainEventBus,
  collection: N,
  record: EntityRecord<N>,
  cached: CachedRecordLookup,
): void {
  createdAnnouncers[collection]?.(events, record, cached);
}

/** Whether updates of `collection` announce events, which need the record as it was before. */
export function announcesUpdates(collection: EntityName): boolean {
  return updatedAnnouncers[collection] !== undefined;
}

/** Emits the domain events a confirmed update from `previous` to `record` stands for. */
export function announceUpdated<N extends EntityName>(
  events: DomainEventBus,
  collection: N,
  record: EntityRecord<N>,
  previous: EntityRecord<N>,
): void {
  updatedAnnouncers[collection]?.(events, record, previous);
}
