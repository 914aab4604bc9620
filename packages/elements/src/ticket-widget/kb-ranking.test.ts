import { expect } from '@open-wc/testing';
import { rankArticles, searchTerms } from './kb-ranking.js';

const refund = { title: 'How do I return an item for a refund?', body: 'Open your order and choose Return. Refunds reach your card in 5 days.', tags: ['returns'] };
const password = { title: 'Reset a forgotten password', body: 'Use the sign-in page link to reset your password.', tags: ['account'] };
const tuihuo = { title: '如何办理退货退款', body: '在订单页面选择退货，退款将在五个工作日内原路退回。', tags: ['售后'] };
const invoice = { title: '如何開立發票', body: '在訂單頁面申請電子發票。', tags: ['發票'] };

describe('knowledge-base ranking', () => {
  it('splits words, drops filler words, and pairs Chinese characters', () => {
    expect([...searchTerms('How do I get a REFUND for my order?')]).to.deep.equal(['get', 'refund', 'order']);
    expect([...searchTerms('我要退货')]).to.deep.equal(['我要', '要退', '退货']);
    expect([...searchTerms('iPhone15退货')]).to.deep.equal(['退货', 'iphone15']);
  });

  it('puts a title match ahead of a body match, and leaves out unrelated articles', () => {
    expect(rankArticles([password, refund], 'I want a refund for my order')).to.deep.equal([refund]);
    expect(rankArticles([password, refund], 'forgot my password, the reset link does not work')).to.deep.equal([password]);
  });

  it('finds Chinese articles in simplified and traditional characters', () => {
    expect(rankArticles([refund, tuihuo, invoice], '收到的商品有破损，我想退货')).to.deep.equal([tuihuo]);
    expect(rankArticles([refund, tuihuo, invoice], '需要發票')).to.deep.equal([invoice]);
  });

  it('suggests nothing for text without searchable words, and at most the limit', () => {
    expect(rankArticles([refund, password], 'ok')).to.deep.equal([]);
    expect(rankArticles([refund, password, tuihuo], 'reset refund password return', 1)).to.have.length(1);
  });
});
