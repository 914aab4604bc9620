// What a write needs beyond the validators, fetched with them on the first write (in parallel, not
// one after the other): the optimistic cache changes and the domain events. A widget that only
// reads never loads it.
export { applyOptimistic, findCachedRecord, insertIntoCachedLists } from './optimistic.js';
export { announceCreated, announcesUpdates, announceUpdated } from './announce-write.js';
