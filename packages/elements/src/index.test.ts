import { expect } from '@open-wc/testing';
import { CrmContactCard, defineElements } from './index.js';

describe('@rapport/elements', () => {
  it('defines nothing on import; defineElements() registers every widget', () => {
    expect(CrmContactCard).to.be.a('function');
    expect(customElements.get('crm-contact-card')).to.equal(undefined);
    expect(customElements.get('crm-provider')).to.equal(undefined);
    defineElements();
    expect(document.createElement('crm-contact-card')).to.be.instanceOf(CrmContactCard);
    expect(customElements.get('crm-provider')).to.be.a('function');
  });
});
