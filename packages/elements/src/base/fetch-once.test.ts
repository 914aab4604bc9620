import { expect } from '@open-wc/testing';
import { fetchOnce } from './fetch-once.js';

describe('fetchOnce', () => {
  it('fetches once for every caller, keeps the value, and fetches again after a failure', async () => {
    let calls = 0;
    let online = false;
    const chunk = fetchOnce(async () => {
      calls += 1;
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return { ready: true };
    });

    const [first, second] = await Promise.allSettled([chunk(), chunk()]);
    expect([first.status, second.status, calls, chunk.value]).to.deep.equal(['rejected', 'rejected', 1, undefined]);

    online = true;
    const [third, fourth] = await Promise.all([chunk(), chunk()]);
    expect(third).to.equal(fourth);
    expect(chunk.value).to.equal(third);
    await chunk();
    expect(calls).to.equal(2);
  });
});
