// The ERP customer view as an ERP user meets it: the ERP's orders table and customer analysis beside
// the Rapport widgets, on the built server, the built CDN bundle and @rapport/core's published
// modules, in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { rfmAnalysis, summarizeOrders } from '@rapport/core/domain';
import { startErpCustomerView } from '../../examples/erp-customer-view/serve.mjs';
import { openExample } from './example-session.mjs';

const ACCOUNT_ID = 'a-001';

describe('ERP customer view example', () => {
  let session;
  let page;
  let problems;

  /** Every record of a collection that matches `where`, read with the admin key. */
  const listAll = async (collection, where = {}) => {
    const result = await session.listAsAdmin(collection, { where, limit: 1000 });
    assert.equal(result.nextCursor, null);
    return result.items;
  };

  before(async () => {
    session = await openExample(startErpCustomerView, { viewport: { width: 1440, height: 900 } });
    ({ page, problems } = session);
  });

  after(() => session?.close());

  test("lists the account's orders in the ERP table, newest first", async () => {
    const orders = await listAll('orders', { accountId: ACCOUNT_ID });
    const newest = orders.reduce((latest, order) => (order.orderedAt > latest.orderedAt ? order : latest));
    await page.locator('#orders tfoot th').waitFor();
    const rows = page.locator('#orders tbody tr');
    assert.ok(orders.length > 0);
    assert.equal(await rows.count(), orders.length);
    assert.equal(await rows.first().locator('td').first().textContent(), newest.id);
  });

  test("shows the account's RFM segment, ranked against every customer's orders", async () => {
    const summary = summarizeOrders(await listAll('orders'), { now: new Date(), by: 'account' });
    const expected = rfmAnalysis(summary).find((row) => row.customerId === ACCOUNT_ID);
    const segment = page.locator('#rfm-segment');
    await segment.and(page.locator('[data-segment]')).waitFor();
    assert.equal(await segment.getAttribute('data-segment'), expected.segment);
    assert.equal(await page.locator('#rfm-scores').textContent(), `R ${expected.r} · F ${expected.f} · M ${expected.m}`);
    assert.match(await page.locator('#value-tier').getAttribute('data-tier'), /^(green|yellow|red)$/);
    // The ranking is the server's: the page reads this customer's orders, never everyone's.
    const orderReads = session.requests.map((url) => new URL(url)).filter((url) => url.pathname === '/v1/orders');
    assert.ok(orderReads.length > 0);
    for (const url of orderReads) assert.deepEqual(JSON.parse(url.searchParams.get('where') ?? '{}'), { accountId: ACCOUNT_ID }, url.search);
  });

  test('shows a compact card with the value tier for each contact of the account', async () => {
    const contacts = await listAll('contacts', { accountId: ACCOUNT_ID });
    const card = page.locator('crm-contact-card[contact-id="c-001"]');
    await card.getByRole('heading', { name: '王芳' }).waitFor();
    await card.getByText(/^Value tier: /).waitFor();
    assert.equal(await page.locator('#contacts crm-contact-card[variant="compact"]').count(), contacts.length);
    assert.equal(await card.getByRole('heading', { name: 'Activities' }).count(), 0);
  });

  test("narrows the pipeline board to the account's open deals", async () => {
    const deals = await listAll('deals', { accountId: ACCOUNT_ID, pipelineId: 'p-sales', status: 'open' });
    const board = page.locator('crm-pipeline-board');
    await board.getByText('门店收银系统升级（云杉科技）').waitFor();
    const names = await board.locator('[part~="card-name"]').allTextContents();
    assert.deepEqual(names.map((name) => name.trim()).sort(), deals.map((deal) => deal.name).sort());
  });

  test("queues only the account's unresolved tickets, each with its number", async () => {
    const tickets = await listAll('tickets', { accountId: ACCOUNT_ID, status: { in: ['new', 'open', 'pending'] } });
    const desk = page.locator('crm-ticket-widget[mode="agent"]');
    await desk.locator('[part~="queue-item"]').first().waitFor();
    // Rows out of view are not rendered: every rendered one is the account's, and the count is all of them.
    const numbers = await desk.locator('[part~="queue-item"] .row-number').allTextContents();
    const accountNumbers = new Set(tickets.map((ticket) => `#${ticket.number}`));
    assert.ok(numbers.length > 0 && numbers.every((number) => accountNumbers.has(number.trim())), numbers.join(', '));
    assert.match(await desk.locator('.count').textContent(), new RegExp(`\\b${tickets.length}\\b`));
  });

  test("opens 王芳's ticket from the agent queue", async () => {
    const desk = page.locator('crm-ticket-widget[mode="agent"]');
    // Two of the account's tickets share the subject: 王芳's is the one whose row names her.
    await desk.getByRole('option', { name: /^#\d+ 收银终端无法开机/ }).filter({ hasText: '王芳' }).click();
    await desk.locator('[part~="ticket-subject"]').getByText('收银终端无法开机').waitFor();
    await desk.locator('[part~="requester"]').getByRole('heading', { name: '王芳' }).waitFor();
  });

  test('loads without errors', () => {
    assert.deepEqual(problems, []);
  });
});
