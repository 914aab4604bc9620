import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/memory-adapter.js';
import { createCrmClient } from './create-crm-client.js';
import { getDefaultClient, setDefaultClient } from './default-client.js';

afterEach(() => setDefaultClient(undefined));

describe('the default client', () => {
  it('is undefined until a page sets one, then that client', () => {
    expect(getDefaultClient()).toBeUndefined();
    const client = createCrmClient({ adapter: createMemoryAdapter() });
    setDefaultClient(client);
    expect(getDefaultClient()).toBe(client);
    client.dispose();
  });

  it('stays when another client is disposed', () => {
    const adapter = createMemoryAdapter();
    const main = createCrmClient({ adapter });
    const other = createCrmClient({ adapter });
    setDefaultClient(main);
    other.dispose();
    expect(getDefaultClient()).toBe(main);
    main.dispose();
    expect(getDefaultClient()).toBeUndefined();
  });
});
