import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from './memory-adapter.js';
import { PRESENCE_TTL_MS, PresenceHub, type PresenceMember } from './presence.js';

describe('presence', () => {
  it('tells each session who else is on its topic, as they join, type and leave', () => {
    const adapter = createMemoryAdapter();
    const heard: Record<string, string[]> = { emma: [], lin: [] };
    const seen = (who: string) => (others: readonly PresenceMember[]) => heard[who]!.push(others.map((other) => `${other.name}${other.typing ? ' typing' : ''}`).join());
    const emma = adapter.presence({ topic: 'tickets/t-1', userId: 'u-emma', name: 'Emma', onChange: seen('emma') });
    const lin = adapter.presence({ topic: 'tickets/t-1', userId: 'u-lin', name: 'Lin', onChange: seen('lin') });
    adapter.presence({ topic: 'tickets/t-2', userId: 'u-ada', name: 'Ada', onChange: () => {} });
    lin.setTyping(true);
    lin.leave();
    emma.leave();
    expect(heard.emma).toEqual(['', 'Lin', 'Lin typing', '']);
    expect(heard.lin).toEqual(['Emma']);
  });

  it('forgets a session whose page stopped saying it is there', () => {
    let now = 0;
    const hub = new PresenceHub(() => now);
    hub.put('tickets/t-1', { sessionId: 's-1', userId: 'u-lin', typing: false });
    now = PRESENCE_TTL_MS - 1;
    hub.sweep();
    expect(hub.members('tickets/t-1')).toHaveLength(1);
    now = PRESENCE_TTL_MS;
    hub.sweep();
    expect(hub.members('tickets/t-1')).toEqual([]);
  });
});
