import { expect } from '@open-wc/testing';
import { attachmentHref, attachmentProblem, parseAcceptedTypes } from './attachment-policy.js';

const policy = { maxSize: 1000, acceptedTypes: parseAcceptedTypes(' image/* , application/PDF ') };

describe('attachment policy', () => {
  it('accepts listed types and type families up to the size limit', () => {
    expect(attachmentProblem({ type: 'image/png', size: 1000 }, policy)).to.equal(undefined);
    expect(attachmentProblem({ type: 'application/pdf', size: 10 }, policy)).to.equal(undefined);
  });

  it('refuses other types before the size, and files over the limit', () => {
    expect(attachmentProblem({ type: 'text/html', size: 10 }, policy)).to.equal('type');
    expect(attachmentProblem({ type: '', size: 10 }, policy)).to.equal('type');
    expect(attachmentProblem({ type: 'image/jpeg', size: 1001 }, policy)).to.equal('size');
  });

  it('links stored files only when opening them cannot run script', () => {
    expect(attachmentHref({ url: 'https://files.example.cn/a.pdf' })).to.equal('https://files.example.cn/a.pdf');
    expect(attachmentHref({ url: 'data:image/png;base64,iVBORw0KGgo=' })).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(attachmentHref({ url: 'data:text/html;base64,PGI+eDwvYj4=' })).to.equal(undefined);
    expect(attachmentHref({ url: 'http://files.example.cn/a.pdf' })).to.equal(undefined);
    expect(attachmentHref({})).to.equal(undefined);
  });
});
