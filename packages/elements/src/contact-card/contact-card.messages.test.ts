import { expect } from '@open-wc/testing';
import { contactCardMessages } from './contact-card.messages.js';

describe('contact card churn reasons', () => {
  it('speak of one request in the singular and of several in the plural', () => {
    const { churnReasons } = contactCardMessages.en.relationship;
    expect(churnReasons.complaints('1')).to.equal('1 service request in the last 6 months');
    expect(churnReasons.complaints('3')).to.equal('3 service requests in the last 6 months');
    expect(churnReasons['sla-breaches']('1')).to.equal('1 escalated service request');
    expect(churnReasons.recency('12')).to.equal('No order for 12 days longer than usual');
  });
});
