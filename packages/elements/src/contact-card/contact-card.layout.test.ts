import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createCrmClient, type CrmClient } from '@rapport/core';
import { createMemoryAdapter } from '@rapport/core/adapter';
import '../define.js';
import { seedNow as NOW, seedAccount, seedActivities, seedContact, seedOwnerNames } from './contact-card.fixture.js';
import type { CrmContactCard } from './contact-card.js';

/** A contact with the long, unbroken values real data has: an address, an email, a tag, a custom field. */
const longContact = {
  ...seedContact,
  name: 'Maximiliane Konstanze Oberhuber-Wittelsbach',
  title: 'Head of Procurement, Industrial Components and Raw Materials',
  channels: [
    { kind: 'email', value: 'maximiliane.oberhuber-wittelsbach@industrial-components.example.com' },
    { kind: 'mobile', value: '+49 170 1234 5678 9012' },
    { kind: 'address', value: 'Industriestraße 123, 80939 München, Deutschland' },
  ],
  tags: ['Key-account-procurement-2025', 'VIP'],
  customFields: { Vertragsnummer: 'RAHMENVERTRAG-2025-000123456789', 年采购额: 1_200_000_000 },
};

function clientWith(): CrmClient {
  const adapter = createMemoryAdapter({ seed: { contacts: [longContact], accounts: [seedAccount], activities: seedActivities(30) }, now: () => NOW });
  return createCrmClient({ adapter, now: () => NOW });
}

/** Every element inside the card (through its shadow root) whose right edge passes `limit`. */
function overflowing(card: CrmContactCard, limit: number): string[] {
  const found: string[] = [];
  const walk = (root: ParentNode) => {
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 0.5) found.push(`${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}.${element.className} → ${Math.round(box.right)}`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(card.shadowRoot as ShadowRoot);
  return found;
}

describe('<crm-contact-card> layout', () => {
  for (const variant of ['full', 'compact'] as const) {
    it(`stays inside a 320 px container with long values (${variant})`, async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px; padding: 0; margin: 0">
          <crm-contact-card .client=${clientWith()} .ownerNames=${seedOwnerNames} contact-id="c-wang" variant=${variant} lang="en"></crm-contact-card>
        </div>`,
      );
      const card = box.querySelector('crm-contact-card') as CrmContactCard;
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="name"]'), 'the contact never rendered');
      if (variant === 'full') {
        await waitUntil(() => card.shadowRoot?.querySelector('[part~="activity"]'), 'the timeline never rendered', { timeout: 4000 });
        // Opened rows and the activity form are the widest states.
        card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="activity-toggle"]')?.click();
        card.shadowRoot?.querySelector<HTMLButtonElement>('[part~="quick-actions"] [data-kind="meeting"]')?.click();
        await waitUntil(() => card.shadowRoot?.querySelector('[part~="composer"]'), 'no composer', { timeout: 4000 });
        await waitUntil(() => card.shadowRoot?.querySelector('[part~="activity-actions"]'), 'the row never opened');
      }
      const left = box.getBoundingClientRect().left;
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
      expect(overflowing(card, left + 320)).to.deep.equal([]);
    });
  }
});
