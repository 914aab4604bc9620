// The shop's help page as its signed-in customer meets it: in simplified Chinese, in the shop's
// colours, on the built server and the built CDN bundle, in Chromium. What the customer sends must
// reach the server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startShopHelpPage } from '../../examples/ecommerce-self-service/serve.mjs';
import { openExample } from './example-session.mjs';
import { englishLeftIn, visibleText } from './visible-text.mjs';

const SHOP_RED = 'rgb(200, 29, 37)';

describe('e-commerce self-service example', () => {
  let session;
  let example;
  let page;
  let problems;

  /** The records of a collection that match `where`, read with the admin key. */
  const find = async (collection, where) => (await session.listAsAdmin(collection, { where })).items;

  before(async () => {
    session = await openExample(startShopHelpPage);
    ({ example, page, problems } = session);
  });

  after(() => session?.close());

  test("speaks simplified Chinese: labels, categories by name, the survey's scale and pages", async () => {
    const widget = page.locator('crm-ticket-widget');
    await widget.getByRole('tab', { name: '提交服务请求', selected: true }).waitFor();
    await widget.getByRole('tab', { name: '我的服务请求' }).waitFor();
    for (const label of ['主题', '发生了什么？', '附件']) await widget.getByLabel(label, { exact: true }).waitFor();
    const categories = await widget.getByLabel('类别').locator('option').allTextContents();
    assert.deepEqual(categories, ['请选择类别', '订单与配送', '账单与付款', '产品咨询', '技术问题', '账户与登录', '其他']);
    await widget.getByRole('button', { name: '提交请求' }).waitFor();

    // The survey is a slider that waits for the order to complete: until then the form is not even loaded.
    assert.equal(await page.evaluate(() => customElements.get('crm-feedback-form')), undefined);
    await page.getByRole('button', { name: '确认收货' }).click();
    const form = page.locator('crm-feedback-form');
    const slider = form.getByRole('dialog');
    await slider.waitFor();
    await form.getByRole('button', { name: '关闭' }).waitFor();
    await form.getByText('第 1 页，共 2 页').waitFor();
    await form.getByText('标有 * 的问题为必答题。').waitFor();
    await form.getByText('完全不可能').waitFor();
    await form.getByRole('button', { name: '下一页' }).waitFor();

    // The survey's own questions are the shop's (in two languages); the widgets' words are Chinese only.
    assert.deepEqual(englishLeftIn(await visibleText(widget), ['New request', 'My requests', 'Subject', 'Category', 'Choose a category', 'What happened?', 'Attachments', 'Send request', 'each']), []);
    assert.deepEqual(englishLeftIn(await visibleText(form), ['Page 1 of 2', 'Questions marked', 'Not at all likely', 'Extremely likely', 'Very satisfied', 'Next', 'Back']), []);
  });

  test("wears the shop's brand colour", async () => {
    const send = page.locator('crm-ticket-widget [part~="submit-button"]');
    assert.equal(await send.evaluate((button) => getComputedStyle(button).backgroundColor), SHOP_RED);
    const selectedTab = page.locator('crm-ticket-widget [part~="tab"][aria-selected="true"]');
    assert.equal(await selectedTab.evaluate((tab) => getComputedStyle(tab).borderBottomColor), SHOP_RED);
  });

  test('stores a service request sent from the page as the signed-in customer', async () => {
    const widget = page.locator('crm-ticket-widget');
    const subject = `小票打印机卡纸 ${Date.now()}`;
    await widget.getByLabel('主题').fill(subject);
    await widget.getByLabel('类别').selectOption({ label: '技术问题' });
    await widget.getByLabel('发生了什么？').fill('打印到一半就卡纸，重新装纸也不行。');
    await widget.getByRole('button', { name: '提交请求' }).click();
    await widget.getByText('谢谢！我们已收到您的服务请求').waitFor();

    // A ticket's subject is searched, not filtered: lists filter only on indexed fields.
    const [stored] = (await session.listAsAdmin('tickets', { q: subject })).items.filter((ticket) => ticket.subject === subject);
    assert.equal(stored?.requesterId, example.demo.customerContactId);
    assert.equal(stored.category, 'technical');
    assert.equal(stored.channel, 'web');
  });

  test('stores feedback with the order it rates', async () => {
    const order = page.locator('#order');
    const orderId = (await order.getByText(/^订单号 /).textContent()).replace('订单号 ', '');
    const form = page.locator('crm-feedback-form');
    const recommend = form.getByRole('radiogroup', { name: /推荐我们/ });
    await recommend.waitFor();
    // The form holds back answers given faster than a person could give them.
    await page.waitForTimeout(3200);
    await recommend.getByRole('radio', { name: '8' }).check();
    await form.getByRole('radio', { name: '4 满意', exact: true }).check();
    await form.getByRole('button', { name: '下一页' }).click();
    await form.getByRole('button', { name: '提交' }).click();
    await form.getByText('感谢您的反馈！').waitFor();
    // A passive score (8) is thanked as such; the slider then closes and leaves the page to the customer.
    await form.getByText('谢谢！您的回答能帮助我们做得更好。').waitFor();
    await form.getByRole('button', { name: '关闭' }).click();
    await form.getByRole('dialog').waitFor({ state: 'hidden' });

    const responses = await find('surveyResponses', { orderId });
    assert.equal(responses.length, 1);
    assert.equal(responses[0].contactId, example.demo.customerContactId);
  });

  test('asks once for a rating of a resolved request, and shows the rating after a reload', async () => {
    const subject = `发票抬头有误 ${Date.now()}`;
    const filed = await fetch(`${example.url}v1/tickets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${example.demo.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject, description: '请重开发票。', channel: 'web', requesterId: example.demo.customerContactId, status: 'resolved', resolvedAt: new Date().toISOString() }),
    });
    assert.equal(filed.status, 201);
    const ticket = await filed.json();
    const openTicket = async () => {
      await page.reload();
      const widget = page.locator('crm-ticket-widget');
      await widget.getByRole('tab', { name: '我的服务请求' }).click();
      await widget.getByRole('button', { name: new RegExp(subject) }).click();
      return widget;
    };

    const widget = await openTicket();
    await widget.getByRole('radio', { name: '4 · 满意', exact: true }).check();
    await widget.getByRole('button', { name: '提交评价' }).click();
    await widget.getByText('感谢您的反馈。').waitFor();

    await (await openTicket()).getByText('您已为此工单评分：4 · 满意。感谢您的反馈。').waitFor();
    const ratings = await find('surveyResponses', { ticketId: ticket.id });
    assert.deepEqual(
      ratings.map((rating) => [rating.surveyId, rating.contactId, rating.answers.csat]),
      [['s-ticket', example.demo.customerContactId, 4]],
    );
  });

  test('loads and sends without errors', () => {
    assert.deepEqual(problems, []);
  });
});
