import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import { scopedTagName } from './base/registry.js';
import { CrmContactCard } from './contact-card/contact-card.js';
import { defineElements } from './define-elements.js';
import './define.js';
import type { CrmProvider } from './provider/provider.js';

describe('defineElements', () => {
  it('registers the default crm- names, and calling it again never throws', () => {
    expect(document.createElement('crm-contact-card')).to.be.instanceOf(CrmContactCard);
    expect(() => defineElements()).not.to.throw();
  });

  it('registers a second, working set under another prefix', async () => {
    defineElements({ prefix: 'acme' });
    const client = createCrmClient({ adapter: createMemoryAdapter({ seed: { contacts: [{ id: 'c1', name: 'Ada Lovelace' }] } }) });
    const provider = await fixture<CrmProvider>(html`<acme-provider .client=${client}><acme-contact-card contact-id="c1" variant="compact"></acme-contact-card></acme-provider>`);
    const card = provider.querySelector('acme-contact-card') as CrmContactCard;
    expect(card).to.be.instanceOf(CrmContactCard);
    expect(scopedTagName(card, 'contact-card')).to.equal('acme-contact-card');
    expect(scopedTagName(document.createElement('crm-contact-card'), 'provider')).to.equal('crm-provider');
    await waitUntil(() => card.shadowRoot?.querySelector('[part="avatar"]')?.textContent?.trim() === 'AL');
  });

  it('leaves a name another copy of the library already took, and registers the rest', () => {
    customElements.define('other-contact-card', class extends HTMLElement {});
    expect(() => defineElements({ prefix: 'other-' })).not.to.throw();
    expect(customElements.get('other-provider')).to.be.a('function');
  });

  it('refuses a prefix that cannot start a tag name', () => {
    for (const prefix of ['Acme', '1x', 'a b', '']) expect(() => defineElements({ prefix }), prefix).to.throw(SyntaxError);
  });
});
