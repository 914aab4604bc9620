// The shop's help page as its signed-in customer meets it: in simplified Chinese, in the shop's
// colours, on the built server and the built CDN bundle, in Chromium. What the customer sends must
// reach the server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startShopHelpPage } from '../../examples/ecommerce-self-service/serve.mjs';
import { openExample } from './example-session.mjs';
import { watchForProblems } from './watch-for-problems.mjs';
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

  /** The customer service panel, opened from the launcher the way a shopper on a keyboard does. */
  const openHelp = async () => {
    const widget = page.locator('crm-ticket-widget');
    const panel = widget.getByRole('dialog', { name: '客户服务' });
    if (await panel.isVisible()) return panel;
    await widget.getByRole('button', { name: '联系客服' }).focus();
    await page.keyboard.press('Enter');
    await panel.waitFor();
    return panel;
  };

  test("speaks simplified Chinese: labels, categories by name, the survey's scale and pages", async () => {
    const widget = await openHelp();
    await widget.getByRole('tab', { name: '提交服务请求', selected: true }).waitFor();
    await widget.getByRole('tab', { name: '我的服务请求' }).waitFor();
    for (const label of ['主题', '发生了什么？']) await widget.getByLabel(label, { exact: true }).waitFor();
    await widget.getByRole('group', { name: '附件' }).getByRole('button', { name: '添加文件' }).waitFor();
    await widget.getByText('图片、PDF和文本文件，每个不超过 1 MB。').waitFor();
    const categories = await widget.getByLabel('类别').locator('option').allTextContents();
    // The shop's own categories, as its tenant labels them.
    assert.deepEqual(categories, ['请选择类别', '订单与配送', '账单与付款', '硬件故障', '软件问题', '技术问题', '账户与登录', '其他']);
    await widget.getByRole('button', { name: '提交请求' }).waitFor();
    // The survey's own questions are the shop's (in two languages); the widgets' words are Chinese only.
    assert.deepEqual(englishLeftIn(await visibleText(widget), ['New request', 'My requests', 'Subject', 'Category', 'Choose a category', 'What happened?', 'Attachments', 'Add files', 'drop', 'image', 'text files', 'Send request', 'each', 'Help', 'Close']), []);

    // The survey is a slider that waits for the order to complete: until then the form is not even loaded.
    assert.equal(await page.evaluate(() => customElements.get('crm-feedback-form')), undefined);
    // The help panel is modal: the customer closes it to go back to the order.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '确认收货' }).click();
    const form = page.locator('crm-feedback-form');
    const slider = form.getByRole('dialog');
    await slider.waitFor();
    await form.getByRole('button', { name: '关闭' }).waitFor();
    await form.getByText('第 1 页，共 2 页').waitFor();
    await form.getByText('标有 * 的问题为必答题。').waitFor();
    await form.getByText('完全不可能').waitFor();
    await form.getByRole('button', { name: '下一页' }).waitFor();
    assert.deepEqual(englishLeftIn(await visibleText(form), ['Page 1 of 2', 'Questions marked', 'Not at all likely', 'Extremely likely', 'Very satisfied', 'Next', 'Back']), []);
  });

  test("wears the shop's brand colour", async () => {
    const launcher = page.locator('crm-ticket-widget [part~="launcher"]');
    assert.equal(await launcher.evaluate((button) => getComputedStyle(button).backgroundColor), SHOP_RED);
    await openHelp();
    const send = page.locator('crm-ticket-widget [part~="submit-button"]');
    assert.equal(await send.evaluate((button) => getComputedStyle(button).backgroundColor), SHOP_RED);
    const selectedTab = page.locator('crm-ticket-widget [part~="tab"][aria-selected="true"]');
    assert.equal(await selectedTab.evaluate((tab) => getComputedStyle(tab).borderBottomColor), SHOP_RED);
  });

  test('stores a service request sent from the page as the signed-in customer', async () => {
    const widget = await openHelp();
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
    // The help panel is modal: the page behind it waits until it is closed.
    const panel = page.locator('crm-ticket-widget').getByRole('dialog', { name: '客户服务' });
    if (await panel.isVisible()) await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    const order = page.locator('#order');
    const orderId = (await order.getByText(/^订单号 /).textContent()).replace('订单号 ', '');
    // The survey comes up once the customer confirms receipt (which the first test may have done).
    const confirm = page.getByRole('button', { name: '确认收货' });
    if (await confirm.isEnabled()) await confirm.click();
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

  test('does not ask again on another device once the customer has answered', async () => {
    // The test before answered the survey on the first device.
    const answered = await find('surveyResponses', { surveyId: 's-nps', contactId: example.demo.customerContactId });
    assert.ok(answered.length > 0, 'the customer answered on the first device');
    // The same signed-in customer on a second device: nothing on it remembers the first one's answer.
    const context = await session.browser.newContext();
    try {
      const phone = await context.newPage();
      const otherDeviceProblems = [];
      watchForProblems(phone, otherDeviceProblems);
      await phone.goto(example.url);
      await phone.locator('#order').getByText(/^订单号 /).waitFor();
      // Before it opens, the slider asks the store, with the customer's own rights, whether they answered.
      const asked = phone.waitForResponse((response) => new URL(response.url()).pathname === '/v1/surveyResponses');
      await phone.getByRole('button', { name: '确认收货' }).click();
      assert.equal((await asked).status(), 200);
      // The answer found is kept on this device, and the slider stays closed.
      await phone.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('rapport:feedback-asked:')));
      assert.equal(await phone.locator('crm-feedback-form').getByRole('dialog').isVisible(), false);
      assert.deepEqual(otherDeviceProblems, []);
    } finally {
      await context.close();
    }
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
      const widget = await openHelp();
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

  test('a shopper opens help from the keyboard, sends a request, sees its number, and Escape closes the panel', async () => {
    await page.reload();
    const widget = page.locator('crm-ticket-widget');
    const launcher = widget.getByRole('button', { name: '联系客服' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    const panel = widget.getByRole('dialog', { name: '客户服务' });
    await panel.getByLabel('主题').waitFor();
    // Focus went into the panel, and Tab keeps it there.
    const focusedPart = () => widget.evaluate((element) => element.shadowRoot.activeElement?.closest('dialog') !== null);
    assert.equal(await focusedPart(), true);
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Tab');
    assert.equal(await focusedPart(), true);

    const subject = `收银机无法开机 ${Date.now()}`;
    await panel.getByLabel('主题').fill(subject);
    await panel.getByLabel('类别').selectOption({ label: '技术问题' });
    await panel.getByLabel('发生了什么？').fill('按电源键没有反应。');
    await panel.getByRole('button', { name: '提交请求' }).click();
    await panel.getByText('谢谢！我们已收到您的服务请求').waitFor();
    await panel.getByText('您可以在“我的服务请求”中查看处理进展。').waitFor();
    const [stored] = (await session.listAsAdmin('tickets', { q: subject })).items.filter((ticket) => ticket.subject === subject);
    // The number the server gave the ticket is the one the shopper reads; a server without numbers shows none.
    if (Number.isInteger(stored.number)) await panel.getByText(`您的服务请求编号为 #${stored.number}。`).waitFor();
    else assert.equal(await panel.locator('[part~="ticket-number"]').count(), 0);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    assert.equal(await widget.evaluate((element) => element.shadowRoot.activeElement?.getAttribute('part')), 'launcher');
    assert.equal(await launcher.getAttribute('aria-expanded'), 'false');
  });

  test('loads and sends without errors', () => {
    assert.deepEqual(problems, []);
  });
});
