export { createEventBus, type AnyEventOf, type EventBus, type EventBusOptions, type EventHandler } from './event-bus.js';
export type { DomainEventBus, DomainEventMap, DomainEventType, Notification, SlaTargetKind } from './domain-events.js';
