// The ERP example's agent desk over REST: looking at it writes nothing, and an escalation made by
// the server's automation worker appears in the open desk without a reload.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { startErpCustomerView } from '../../examples/erp-customer-view/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { watchForProblems } from './watch-for-problems.mjs';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The example's server, and a page on it that records every request that is not a read, from the first one. */
async function openDesk(options) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-desk-'));
  const example = await startErpCustomerView({ dataDir, ...options });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems = [];
  const writes = [];
  watchForProblems(page, problems);
  page.on('request', (request) => {
    if (!READS.has(request.method())) writes.push(`${request.method()} ${new URL(request.url()).pathname} ${request.postData() ?? ''}`);
  });
  await page.goto(example.url);
  const desk = page.locator('crm-ticket-widget[mode="agent"]');
  await desk.locator('[part~="queue-item"]').first().waitFor();
  const api = async (method, path, body) => {
    const response = await fetch(`${example.url}v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${example.demo.adminKey}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text);
  };
  const close = async () => {
    await browser.close();
    await example.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { page, desk, writes, problems, api, close };
}

describe('the agent desk over REST', () => {
  const sessions = [];
  after(() => Promise.all(sessions.map((session) => session.close())));

  test('sends no write when it is only viewed, breached tickets and all', async () => {
    // Without the worker, the demo's breached tickets stay unescalated: a desk that escalated on view would patch them.
    const session = await openDesk({ automation: false });
    sessions.push(session);
    const { page, desk, writes, problems, api } = session;
    const levels = async () => Object.fromEntries((await api('GET', 'tickets?limit=100')).items.map((ticket) => [ticket.id, ticket.escalationLevel]));
    const before = await levels();
    // Open a ticket too: its detail, clocks and requester card are all views.
    await desk.locator('[part~="queue-item"]').first().click();
    await desk.locator('[part~="sla-clock"]').first().waitFor();
    // The desk checks its queue's SLA as soon as the queue is ordered; give a write time to leave.
    await page.waitForTimeout(2_000);
    assert.deepEqual(writes, []);
    assert.deepEqual(await levels(), before);
    assert.deepEqual(problems, []);
  });

  test("shows an escalation made by the server's worker in the open desk, without a reload", async () => {
    const session = await openDesk({ automation: true });
    sessions.push(session);
    const { desk, writes, problems, api } = session;
    // A policy that escalates to level 3 when a one-minute first response is breached, round the
    // clock (SLA clocks count whole business minutes: the breach comes a minute after the ticket).
    const policy = await api('POST', 'slaPolicies', {
      name: 'One-minute test line',
      tier: 'platinum',
      targets: [{ priority: 'urgent', firstResponseMinutes: 1, resolutionMinutes: 60 }],
      calendar: { timeZone: 'UTC', weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })) },
      escalation: [{ level: 3, atPercent: 100 }],
    });
    const ticket = await api('POST', 'tickets', {
      subject: 'Scanner offline at the loading dock',
      description: 'The handheld scanner shows no network.',
      channel: 'phone',
      priority: 'urgent',
      requesterId: 'c-001',
      accountId: 'a-001',
      slaPolicyId: policy.id,
    });
    // The new ticket arrives over the live stream; open it and watch the server escalate it.
    await desk.getByRole('option', { name: /^#\d+ Scanner offline at the loading dock/ }).click();
    await desk.locator('[part~="ticket-subject"]').getByText('Scanner offline at the loading dock').waitFor();
    assert.equal(await desk.locator('[part~="escalation-badge"]').count(), 0);
    await desk.locator('[part~="escalation-badge"]').getByText('Escalated, level 3').waitFor({ timeout: 120_000 });
    const history = await api('GET', `tickets/${ticket.id}/history`);
    const escalation = history.items.find((change) => change.record?.escalationLevel === 3);
    assert.equal(escalation?.changedBy, 'rule:sla-breach-escalation');
    assert.deepEqual(writes, []);
    assert.deepEqual(problems, []);
  });
});
