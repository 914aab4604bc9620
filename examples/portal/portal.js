// The portal's own script: it hands each provider the credentials of the person it stands for
// (here the demo tenant's, from the server that `npm start` runs), and its language and colour
// scheme controls apply to every widget.
import { demo } from '/demo/config.js';

const tokens = { sales: demo.salesToken, agent: demo.agentToken, customer: demo.customerToken, public: demo.publicKey };
for (const provider of document.querySelectorAll('crm-provider.rapport')) {
  // Both in one go (Lit applies them together), so no request ever leaves without its token.
  provider.setAttribute('token', tokens[provider.dataset.token]);
  provider.setAttribute('endpoint', '/');
}

const language = document.getElementById('language');
const theme = document.getElementById('theme');

language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
});

theme.addEventListener('change', () => {
  const value = theme.value;
  if (value) document.documentElement.dataset.theme = value;
  else delete document.documentElement.dataset.theme;
  for (const widget of document.querySelectorAll('main *')) {
    if (!widget.localName.startsWith('crm-') || widget.localName === 'crm-provider') continue;
    if (value) widget.setAttribute('theme', value);
    else widget.removeAttribute('theme');
  }
});

// The contact card names the deal or ticket the user opened; the portal routes it to its own section.
document.addEventListener('crm-deal-open', () => document.getElementById('pipeline').scrollIntoView({ behavior: 'smooth' }));
document.addEventListener('crm-ticket-open', (event) => {
  if (event.target.localName !== 'crm-contact-card') return;
  document.getElementById('support').scrollIntoView({ behavior: 'smooth' });
});
