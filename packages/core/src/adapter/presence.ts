import type { Unsubscribe } from './storage-adapter.js';

/** Who is somewhere (a topic such as `tickets/t-1`) right now: one entry per open page. */
export interface PresenceMember {
  /** One per page that joined: the same user in two tabs is two sessions. */
  readonly sessionId: string;
  readonly userId: string;
  readonly name?: string | undefined;
  /** Writing a reply at this moment. */
  readonly typing: boolean;
}

/** The caller's own presence on a topic: changed while it types, ended when it leaves. */
export interface PresenceSession {
  setTyping(typing: boolean): void;
  leave(): void;
}

/** Joining a topic: who the caller is, and who to tell when the others there change. */
export interface PresenceJoin {
  readonly topic: string;
  readonly userId: string;
  readonly name?: string | undefined;
  /** Called with everyone else on the topic (other sessions), whenever that changes. */
  readonly onChange: (others: readonly PresenceMember[]) => void;
}

/** How long a session stays without a word from its page: a closed tab disappears after this. */
export const PRESENCE_TTL_MS = 45_000;
/** How often a page says it is still there, well within the time to live. */
export const PRESENCE_HEARTBEAT_MS = 15_000;

interface Entry {
  readonly topic: string;
  member: PresenceMember;
  expiresAt: number;
}

/**
 * Who is on which topic, in memory and never stored: sessions join, change and leave, and expire
 * when their page stops saying it is there. Listeners of a topic hear its members after every
 * change. The memory adapter keeps one per adapter (widgets over it on one page see each other);
 * the server keeps one per tenant.
 */
export class PresenceHub {
  readonly #entries = new Map<string, Entry>();
  readonly #listeners = new Map<string, Set<(members: readonly PresenceMember[], topic: string) => void>>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Joins or refreshes a session; `false` when nothing others see changed. */
  put(topic: string, member: PresenceMember): boolean {
    const entry = this.#entries.get(member.sessionId);
    const changed = !entry || entry.topic !== topic || entry.member.typing !== member.typing || entry.member.name !== member.name;
    if (entry && entry.topic !== topic) this.leave(member.sessionId);
    this.#entries.set(member.sessionId, { topic, member, expiresAt: this.#now() + PRESENCE_TTL_MS });
    if (changed) this.#announce(topic);
    return changed;
  }

  leave(sessionId: string): void {
    const entry = this.#entries.get(sessionId);
    if (!entry) return;
    this.#entries.delete(sessionId);
    this.#announce(entry.topic);
  }

  /** Ends the sessions whose page has not said it is there for the time to live. */
  sweep(): void {
    const now = this.#now();
    for (const [sessionId, entry] of this.#entries) if (entry.expiresAt <= now) this.leave(sessionId);
  }

  /** Every topic someone is on, with its members. */
  topics(): Map<string, PresenceMember[]> {
    const topics = new Map<string, PresenceMember[]>();
    for (const { topic, member } of this.#entries.values()) topics.set(topic, [...(topics.get(topic) ?? []), member]);
    return topics;
  }

  members(topic: string): PresenceMember[] {
    return [...this.#entries.values()].filter((entry) => entry.topic === topic).map((entry) => entry.member);
  }

  /** Hears every change of `topic` (`*` for every topic, with the topic). */
  subscribe(topic: string, listener: (members: readonly PresenceMember[], topic: string) => void): Unsubscribe {
    let set = this.#listeners.get(topic);
    if (!set) this.#listeners.set(topic, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  #announce(topic: string): void {
    const members = this.members(topic);
    for (const key of [topic, '*']) for (const listener of this.#listeners.get(key) ?? []) listener(members, topic);
  }
}

/**
 * Presence over a hub in the same page (the memory adapter's): the caller joins at once, and hears
 * the other sessions of its topic; leaving or closing the page ends it.
 */
export function joinHub(hub: PresenceHub, join: PresenceJoin, sessionId: string): PresenceSession {
  const others = (members: readonly PresenceMember[]) => members.filter((member) => member.sessionId !== sessionId);
  let typing = false;
  const put = () => hub.put(join.topic, { sessionId, userId: join.userId, name: join.name, typing });
  put();
  // Each session hears only changes of the others: its own typing is no news to it.
  let last = '';
  const tell = (members: readonly PresenceMember[]) => {
    const now = others(members);
    const said = JSON.stringify(now);
    if (said !== last) join.onChange(now);
    last = said;
  };
  const unsubscribe = hub.subscribe(join.topic, tell);
  tell(hub.members(join.topic));
  return {
    setTyping(next) {
      typing = next;
      put();
    },
    leave() {
      unsubscribe();
      hub.leave(sessionId);
    },
  };
}
