import { expect, fixture, html } from '@open-wc/testing';
import { createCrmClient, type CrmClient, type StorageAdapter } from '@rapport/core';
import { CrmElement } from './crm-element.js';

class IntentProbe extends CrmElement {
  override render() {
    return html`<button>Edit</button>`;
  }
}
customElements.define('intent-probe', IntentProbe);

const adapter = { name: 'none' } as StorageAdapter;

describe('CrmElement', () => {
  it('fetches what writes need once a visitor reaches into the widget, not while it is only looked at', async () => {
    let prepared = 0;
    const client: CrmClient = { ...createCrmClient({ adapter }), prepareWrites: async () => void (prepared += 1) };
    const probe = await fixture<IntentProbe>(html`<intent-probe .client=${client}></intent-probe>`);
    expect(prepared).to.equal(0);
    const button = probe.shadowRoot!.querySelector('button')!;
    button.focus();
    expect(prepared).to.equal(1);
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    button.blur();
    button.focus();
    expect(prepared).to.equal(1);
  });
});
