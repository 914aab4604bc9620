import { PermissionError, type EntityName } from '@rapport/core';
import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { accessFor } from '../access/access-policy.js';
import type { Principal } from '../auth/principal.js';
import type { PresenceMember } from '@rapport/core/adapter';
import type { ChangeFeed, StoredChange } from '../live/change-feed.js';
import type { TenantPresence } from '../live/tenant-presence.js';
import { isWithinScope } from '../live/visibility.js';
import type { RecordStore } from '../storage/record-store.js';
import type { AppEnv } from './app-env.js';
import { isEntityName, UnknownCollectionError } from './record-routes.js';

const KEEP_ALIVE_MS = 20_000;
/** Read from the database per step of a replay. */
const REPLAY_PAGE = 1000;
/** Changes the caller may see, at most, in one replay: past it, reloading is cheaper than replaying. */
const MAX_REPLAYED = 10_000;

/** Ends every open stream, so a server can shut down while clients are still listening. */
export type CloseStreams = () => void;

/**
 * `GET /stream?collection=…`: the changes the caller may see, as Server-Sent Events. The stream
 * opens with `event: ready` (its id is where a reconnect resumes); each change follows as
 * `event: change` whose id is its sequence number. With `Last-Event-ID`, every change after that
 * event the caller may see is replayed first, page by page; when some may be gone (older than the
 * change log keeps) or there are more than `MAX_REPLAYED`, an `event: reset` says instead that the
 * client must read again what it shows.
 */
export function changeStreamRoute(feed: ChangeFeed, store: RecordStore, presence?: TenantPresence): { routes: Hono<AppEnv>; closeStreams: CloseStreams } {
  const open = new Set<SSEStreamingApi>();
  const routes = new Hono<AppEnv>();

  routes.get('/stream', (c) => {
    const principal = c.get('principal');
    const requested = c.req.query('collection') ?? '*';
    if (requested !== '*' && !isEntityName(requested)) throw new UnknownCollectionError(requested);
    if (requested !== '*' && !accessFor(principal, requested).actions.has('read')) throw new PermissionError();
    const lastEventId = c.req.header('Last-Event-ID')?.trim() ?? '';
    const resumeAfter = /^\d{1,15}$/.test(lastEventId) ? Number(lastEventId) : undefined;

    return streamSSE(c, async (stream) => {
      open.add(stream);
      let queue = Promise.resolve();
      // Events go out one at a time and in order, each after its visibility check.
      const enqueue = (task: () => Promise<void>) => {
        queue = queue.then(task).catch(() => stream.abort());
      };
      const replayed = new Set<number>();
      /** Sends the change if the caller may see it; says whether it did. */
      const deliver = async (change: StoredChange): Promise<boolean> => {
        if (!(await mayReceive(store, principal, requested, change))) return false;
        await stream.writeSSE({ event: 'change', id: String(change.seq), data: JSON.stringify(eventOf(change)) });
        return true;
      };
      /** Every change after `seq`, paged; the last sequence number read, or `reset` when the client must reload. */
      const replayAfter = async (seq: number, send: (change: StoredChange) => Promise<boolean>): Promise<number | 'reset'> => {
        if (seq + 1 < (await feed.oldest())) return 'reset';
        let sent = 0;
        for (let after = seq; ; ) {
          const page = await feed.since(principal.tenantId, after, REPLAY_PAGE);
          for (const change of page) {
            if (await send(change)) sent += 1;
            if (sent > MAX_REPLAYED) return 'reset';
            after = change.seq;
          }
          if (page.length < REPLAY_PAGE) return after;
        }
      };
      const unsubscribe = feed.subscribe(principal.tenantId, (change) =>
        enqueue(async () => {
          if (!replayed.has(change.seq)) await deliver(change);
        }),
      );
      // Staff who read tickets hear who has which ticket open: `event: presence`, never replayed.
      const hub = principal.kind === 'staff' && accessFor(principal, 'tickets').actions.has('read') ? presence?.of(principal.tenantId) : undefined;
      const tellPresence = (topic: string, members: readonly PresenceMember[]) =>
        enqueue(() => stream.writeSSE({ event: 'presence', data: JSON.stringify({ topic, members: members.map(withoutKey) }) }));
      const unsubscribePresence = hub?.subscribe('*', (members, topic) => tellPresence(topic, members));
      const keepAlive = setInterval(() => enqueue(() => stream.write(': keep-alive\n\n').then(() => undefined)), KEEP_ALIVE_MS);
      // The stream stays open until the client leaves or the server closes it.
      const closed = new Promise<void>((resolve) =>
        stream.onAbort(() => {
          clearInterval(keepAlive);
          unsubscribe();
          unsubscribePresence?.();
          open.delete(stream);
          resolve();
        }),
      );
      enqueue(async () => {
        let position = await feed.head(principal.tenantId);
        if (resumeAfter !== undefined) {
          const replay = await replayAfter(resumeAfter, async (change) => {
            replayed.add(change.seq);
            return deliver(change);
          });
          if (replay === 'reset') await stream.writeSSE({ event: 'reset', id: String(position), data: '{}' });
          else position = Math.max(position, replay);
        }
        await stream.writeSSE({ event: 'ready', id: String(position), data: '{}' });
        for (const [topic, members] of hub?.topics() ?? []) tellPresence(topic, members);
      });
      await closed;
    });
  });

  return {
    routes,
    closeStreams: () => {
      for (const stream of open) stream.abort();
      open.clear();
    },
  };
}

async function mayReceive(store: RecordStore, principal: Principal, requested: EntityName | '*', change: StoredChange): Promise<boolean> {
  if (requested !== '*' && change.collection !== requested) return false;
  if (!isEntityName(change.collection)) return false;
  const access = accessFor(principal, change.collection);
  return access.actions.has('read') && isWithinScope(store, principal.tenantId, access.scope, change.record);
}

/** A session as other desks see it: the id its page chose, without the key it came with. */
function withoutKey(member: PresenceMember): PresenceMember {
  return { ...member, sessionId: member.sessionId.slice(member.sessionId.lastIndexOf(':') + 1) };
}

/** The event as the adapter's `ChangeEvent`: no record for a removal. */
function eventOf({ collection, type, id, record }: StoredChange) {
  return type === 'removed' ? { collection, type, id } : { collection, type, id, record };
}
