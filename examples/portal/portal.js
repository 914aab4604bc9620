// The portal's own controls: language and colour scheme apply to every widget inside the provider.
const provider = document.getElementById('provider');
const language = document.getElementById('language');
const theme = document.getElementById('theme');

language.addEventListener('change', () => {
  provider.setAttribute('lang', language.value);
  document.documentElement.lang = language.value;
});

theme.addEventListener('change', () => {
  const value = theme.value;
  if (value) document.documentElement.dataset.theme = value;
  else delete document.documentElement.dataset.theme;
  for (const widget of provider.querySelectorAll('*')) {
    if (!widget.localName.startsWith('crm-')) continue;
    if (value) widget.setAttribute('theme', value);
    else widget.removeAttribute('theme');
  }
});
