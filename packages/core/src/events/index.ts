export { createEventBus, type AnyEventOf, type EventBus, type EventBusOptions, type EventHandler, type Unsubscribe } from './event-bus.js';
