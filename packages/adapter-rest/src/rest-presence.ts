import type { PresenceJoin, PresenceMember, PresenceSession } from '@rapport/core';
import type { HttpClientOptions, send } from './http-client.js';
import type { LiveChanges } from './live-changes.js';

/** How often the page says it is still there: well within the server's 45 s time to live. */
const HEARTBEAT_MS = 15_000;

/** A page's own session id: random, so no one can guess another's. */
function sessionId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Presence through the server: the page says it is on the topic (`PUT /v1/presence/{session}`),
 * again every heartbeat and whenever its typing changes, and hears the others on the change
 * stream. Leaving says so at once, even as the page closes (`keepalive`); a page that vanishes
 * without a word is forgotten when its heartbeat stops.
 */
export function joinOverServer(http: HttpClientOptions, request: typeof send, live: LiveChanges, join: PresenceJoin): PresenceSession {
  const id = sessionId();
  let typing = false;
  let left = false;
  let last = '';
  const put = () => {
    if (left) return;
    const body = { topic: join.topic, userId: join.userId, ...(join.name === undefined ? {} : { name: join.name }), typing };
    // Presence is a courtesy: a failed heartbeat is retried by the next one.
    void request(http, { method: 'PUT', path: `/v1/presence/${id}`, body, subject: { collection: 'presence', id } }).catch(() => undefined);
  };
  const unsubscribe = live.watchPresence((topic, members) => {
    if (topic !== join.topic) return;
    const others: PresenceMember[] = members.filter((member) => member.sessionId !== id);
    const said = JSON.stringify(others);
    if (said !== last) join.onChange(others);
    last = said;
  });
  put();
  const heartbeat = setInterval(put, HEARTBEAT_MS);
  return {
    setTyping(next) {
      if (next === typing) return;
      typing = next;
      put();
    },
    leave() {
      if (left) return;
      left = true;
      clearInterval(heartbeat);
      unsubscribe();
      void leaveNow(http, id);
    },
  };
}

/** `keepalive`, so the request outlives a page that is closing. */
async function leaveNow(http: HttpClientOptions, id: string): Promise<void> {
  const headers: Record<string, string> = {};
  const token = typeof http.token === 'function' ? await http.token() : http.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  await http.fetch(`${http.baseUrl}/v1/presence/${id}`, { method: 'DELETE', headers, keepalive: true }).catch(() => undefined);
}
