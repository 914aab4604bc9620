// The shop's own script: it hands the signed-in customer's token to the Rapport widgets, tells them
// who the customer is and which order the feedback is about, and shows that order.
import { session } from '/session/session.js';

const STATUSES = { placed: '待付款', paid: '已付款', shipped: '已发货', refunded: '已退款', cancelled: '已取消' };

const provider = document.querySelector('crm-provider.rapport');
// Both in one go (Lit applies them together), so no request ever leaves without its token.
provider.setAttribute('token', session.customerToken);
provider.setAttribute('endpoint', '/');
document.querySelector('crm-ticket-widget').setAttribute('contact-id', session.contactId);

document.getElementById('greeting').textContent = `${session.customerName}，您好`;

function element(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

function renderOrder(order) {
  const money = new Intl.NumberFormat('zh-Hans', { style: 'currency', currency: order.currency });
  const date = new Intl.DateTimeFormat('zh-Hans', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(order.orderedAt));
  const head = element('p', '', 'order-head');
  head.append(element('span', `订单号 ${order.id}`), element('span', date), element('span', STATUSES[order.status], 'order-status'));
  const items = document.createElement('ul');
  items.className = 'order-items';
  for (const item of order.items) {
    const row = document.createElement('li');
    row.append(element('span', item.name), element('span', `${money.format(item.unitPrice)} × ${item.quantity}`, 'muted'));
    items.append(row);
  }
  const total = element('p', '实付 ', 'order-total');
  total.append(element('strong', money.format(order.amount)));
  document.getElementById('order').replaceChildren(head, items, total);
}

const form = document.querySelector('crm-feedback-form');
const confirmReceipt = document.getElementById('confirm-receipt');
if (session.lastOrder) {
  renderOrder(session.lastOrder);
  // The response is stored with the customer and the order it rates.
  form.setAttribute('contact-id', session.contactId);
  form.setAttribute('order-id', session.lastOrder.id);
  // The shop's own step that completes an order; the survey slider listens for the event.
  confirmReceipt.addEventListener('click', () => {
    confirmReceipt.disabled = true;
    confirmReceipt.textContent = '已确认收货';
    document.dispatchEvent(new CustomEvent('order-completed', { detail: { orderId: session.lastOrder.id } }));
  });
} else {
  document.getElementById('order-section').hidden = true;
}
