// The ERP screen's own script, as an ERP integrator would write it: it hands the signed-in user's
// role keys to the Rapport widgets, fetches the customer's orders and contacts over the Rapport
// protocol, reads the customer's RFM ranking as the Rapport server keeps it, and works out the
// customer's value from its own orders with Rapport's domain measures.
import { customerValues, summarizeOrders } from '@rapport/core/domain';
import { session } from '/session/session.js';

const record = document.querySelector('main.record');
const accountId = record.dataset.accountId;

// The ERP's rules for the value tier: yearly margin of at least 10,000 CNY is green, a loss is red.
const VALUE_RULES = { discountRate: 0.1, retentionRate: 0.85, growthRate: 0.1, thresholds: { greenAtLeast: 10_000, redBelow: 0 } };
// Orders recorded without a margin count with this share of their amount.
const DEFAULT_MARGIN_RATE = 0.2;

const SEGMENTS = { champions: 'Champions', loyal: 'Loyal', new: 'New', potential: 'Potential', 'at-risk': 'At risk', hibernating: 'Hibernating', lost: 'Lost' };
const TIERS = { green: 'Green · profitable', yellow: 'Yellow · break-even', red: 'Red · loss-making' };
const STATUSES = { placed: 'Placed', paid: 'Paid', shipped: 'Shipped', refunded: 'Refunded', cancelled: 'Cancelled' };

const money = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

for (const provider of document.querySelectorAll('crm-provider.rapport')) {
  // Both in one go (Lit applies them together), so no request ever leaves without its token.
  provider.setAttribute('token', session[`${provider.dataset.role}Key`]);
  provider.setAttribute('endpoint', '/');
}

// The board has no account of its own to filter by; the sales team names deals after the customer's short name.
document.querySelector('crm-pipeline-board').filter = { text: record.dataset.shortName };

/** A read of the Rapport protocol with the sales key; a refusal is thrown with the server's words. */
async function read(path) {
  const response = await fetch(path, { headers: { authorization: `Bearer ${session.salesKey}` } });
  if (!response.ok) throw new Error((await response.json()).title);
  return response.json();
}

/** One list request of the Rapport protocol: `GET /v1/{collection}`, every page. */
async function listAll(collection, where) {
  const items = [];
  let cursor = null;
  do {
    const query = new URLSearchParams({ limit: '1000', where: JSON.stringify(where) });
    if (cursor) query.set('cursor', cursor);
    const page = await read(`/v1/${collection}?${query}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderOrders(orders, contactNames, revenue) {
  const rows = [...orders]
    .sort((a, b) => b.orderedAt.localeCompare(a.orderedAt))
    .map((order) => {
      const row = element('tr');
      const items = order.items.map((item) => `${item.name} ×${item.quantity}`).join(', ');
      const status = element('td');
      status.append(element('span', STATUSES[order.status], `status status-${order.status}`));
      row.append(
        element('td', order.id, 'mono'),
        element('td', day.format(new Date(order.orderedAt)), 'mono'),
        element('td', contactNames.get(order.contactId) ?? '—'),
        Object.assign(element('td', items, 'items'), { title: items }),
        status,
        element('td', money.format(order.amount), 'number'),
        element('td', order.margin === undefined ? '—' : money.format(order.margin), 'number'),
      );
      return row;
    });
  const table = document.getElementById('orders');
  table.tBodies[0].replaceChildren(...(rows.length ? rows : [placeholderRow('No orders yet.')]));
  const label = Object.assign(element('th', `${orders.length} orders · revenue without cancelled and refunded orders`), { colSpan: 5, scope: 'row' });
  const total = element('tr');
  total.append(label, element('td', money.format(revenue), 'number'), element('td'));
  table.tFoot.replaceChildren(total);
}

function placeholderRow(text) {
  const row = element('tr');
  row.append(Object.assign(element('td', text, 'placeholder'), { colSpan: 7 }));
  return row;
}

function show(id, text, data) {
  const field = document.getElementById(id);
  field.textContent = text;
  Object.assign(field.dataset, data);
}

function renderAnalysis(rfm, lastOrderAt, value) {
  if (!rfm) {
    show('rfm-segment', 'No purchases yet');
    return;
  }
  show('rfm-segment', SEGMENTS[rfm.segment], { segment: rfm.segment });
  show('rfm-scores', `R ${rfm.r} · F ${rfm.f} · M ${rfm.m}`);
  const days = Math.floor((Date.now() - lastOrderAt) / 86_400_000);
  show('recency', days === 0 ? 'today' : `${days} ${days === 1 ? 'day' : 'days'} ago`);
  if (value) {
    show('value-tier', TIERS[value.tier], { tier: value.tier });
    show('current-value', `${money.format(value.currentValue)} CNY`);
    show('growth-potential', `${money.format(value.growthPotential)} CNY`);
  }
}

function renderContacts(contacts) {
  const cards = contacts.map((contact) => {
    const card = element('crm-contact-card');
    card.setAttribute('variant', 'compact');
    card.setAttribute('theme', 'light');
    card.setAttribute('contact-id', contact.id);
    return card;
  });
  // The ERP user adds a contact of this customer in place: a card in mode="new", shown as a compact card once saved.
  const add = element('button', 'Add contact');
  add.type = 'button';
  add.addEventListener('click', () => {
    const form = element('crm-contact-card');
    form.setAttribute('mode', 'new');
    form.setAttribute('theme', 'light');
    // New contacts belong to the customer whose record is open.
    form.setAttribute('account-id', accountId);
    form.addEventListener('crm-contact-created', () => form.setAttribute('variant', 'compact'));
    add.before(form);
  });
  document.getElementById('contacts').replaceChildren(...(cards.length ? cards : [element('p', 'No contacts recorded.', 'placeholder')]), add);
}

// A deal opened from a contact card shows in the board below, narrowed to it.
document.addEventListener('crm-deal-open', (event) => {
  if (event.target.localName !== 'crm-contact-card') return;
  const board = document.querySelector('crm-pipeline-board');
  board.filter = { text: event.detail.deal.name };
  board.scrollIntoView({ behavior: 'smooth' });
});

try {
  const [orders, contacts, measures] = await Promise.all([
    listAll('orders', { accountId }),
    listAll('contacts', { accountId }),
    // RFM scores rank a customer against all the others: the server keeps them, so the page never reads other customers' orders.
    read(`/v1/accounts/${encodeURIComponent(accountId)}/measures`),
  ]);
  // Value and revenue need this customer's orders alone.
  const summary = summarizeOrders(orders, { now: new Date(), by: 'account', defaultMarginRate: DEFAULT_MARGIN_RATE });
  const value = customerValues(summary, VALUE_RULES).find((row) => row.customerId === accountId);
  const own = summary.customerIds.indexOf(accountId);
  renderOrders(orders, new Map(contacts.map((contact) => [contact.id, contact.name])), own >= 0 ? summary.revenue[own] : 0);
  renderAnalysis(measures.rfm, own >= 0 ? summary.lastOrderAt[own] : NaN, value);
  renderContacts(contacts.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans')));
} catch (error) {
  document.getElementById('orders').tBodies[0].replaceChildren(placeholderRow(`The customer's data could not be loaded: ${error.message}`));
}
