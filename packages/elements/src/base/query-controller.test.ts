import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { QueryClient } from '@tanstack/query-core';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { MutationController } from './mutation-controller.js';
import { QueryController } from './query-controller.js';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
const fetched: string[] = [];
const failOnce = new Set<string>();

async function fetchGreeting(name: string): Promise<string> {
  fetched.push(name);
  await new Promise((resolve) => setTimeout(resolve, 5));
  if (failOnce.delete(name)) {
    throw new Error('offline');
  }
  return `hello ${name}`;
}

class GreetingHost extends LitElement {
  @property() accessor name = 'ada';
  readonly greeting = new QueryController<string>(this, () =>
    this.name ? { queryClient, options: { queryKey: ['greeting', this.name], queryFn: () => fetchGreeting(this.name) } } : undefined,
  );
  readonly rename = new MutationController<string, string>(this, () => ({
    queryClient,
    options: {
      mutationFn: async (next) => {
        if (next === '') throw new Error('empty');
        return next;
      },
    },
  }));

  override render() {
    const result = this.greeting.result;
    if (!result) return html`idle`;
    if (result.isError) return html`error`;
    return html`${result.data ?? 'pending'}${this.rename.result?.isError ? ' (rename failed)' : ''}`;
  }
}
customElements.define('greeting-host', GreetingHost);

const text = (el: Element) => el.shadowRoot?.textContent?.trim() ?? '';

describe('QueryController', () => {
  beforeEach(() => {
    queryClient.clear();
    fetched.length = 0;
  });

  it('renders pending, then the data once it arrives', async () => {
    const el = await fixture<GreetingHost>(html`<greeting-host></greeting-host>`);
    expect(text(el)).to.equal('pending');
    await waitUntil(() => text(el) === 'hello ada');
  });

  it('follows the host when its key changes, and observes nothing without one', async () => {
    const el = await fixture<GreetingHost>(html`<greeting-host></greeting-host>`);
    await waitUntil(() => text(el) === 'hello ada');
    el.name = 'grace';
    await waitUntil(() => text(el) === 'hello grace');
    expect(fetched).to.deep.equal(['ada', 'grace']);
    el.name = '';
    await el.updateComplete;
    expect(text(el)).to.equal('idle');
  });

  it('lets go of the query when the host leaves the page', async () => {
    const el = await fixture<GreetingHost>(html`<greeting-host></greeting-host>`);
    await waitUntil(() => text(el) === 'hello ada');
    const query = queryClient.getQueryCache().find({ queryKey: ['greeting', 'ada'] });
    expect(query?.getObserversCount()).to.equal(1);
    el.remove();
    expect(query?.getObserversCount()).to.equal(0);
    document.body.append(el);
    expect(query?.getObserversCount()).to.equal(1);
    el.remove();
  });

  it('shows an error, and recovers on refetch', async () => {
    failOnce.add('lin');
    const el = await fixture<GreetingHost>(html`<greeting-host name="lin"></greeting-host>`);
    await waitUntil(() => text(el) === 'error');
    await el.greeting.refetch();
    await waitUntil(() => text(el) === 'hello lin');
  });

  it('re-renders when the cache changes under it', async () => {
    const el = await fixture<GreetingHost>(html`<greeting-host></greeting-host>`);
    await waitUntil(() => text(el) === 'hello ada');
    queryClient.setQueryData(['greeting', 'ada'], 'hi again');
    await waitUntil(() => text(el) === 'hi again');
  });
});

describe('MutationController', () => {
  it('resolves with the data, and re-renders the host with a failure', async () => {
    const el = await fixture<GreetingHost>(html`<greeting-host></greeting-host>`);
    await waitUntil(() => text(el) === 'hello ada');
    expect(await el.rename.mutate('lin')).to.equal('lin');
    expect(el.rename.result?.isSuccess).to.equal(true);
    let failure: unknown;
    await el.rename.mutate('').catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(Error);
    await waitUntil(() => text(el).endsWith('(rename failed)'));
  });
});
