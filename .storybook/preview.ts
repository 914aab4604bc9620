import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import '@rapport/elements/define';
import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const darkPage = { background: '#030712', color: '#f3f4f6' };

/**
 * Gives every widget of the story the toolbar's locale and theme. Stories set `lang` and `theme`
 * on their widgets, and the nearest `lang` wins, so the toolbar sets them on the widgets themselves;
 * "as written" leaves each story as it is. A new key re-creates the story, so going back to "as
 * written" starts from the story's own attributes again.
 */
const withToolbarLocaleAndTheme: Decorator = (story, { globals, viewMode }) => {
  const locale = typeof globals['locale'] === 'string' ? globals['locale'] : undefined;
  const theme = typeof globals['theme'] === 'string' ? globals['theme'] : undefined;
  const dark = theme === 'dark';
  if (viewMode === 'story') Object.assign(document.body.style, dark ? darkPage : { background: '', color: '' });
  const applyToWidgets = (frame: Element | undefined) => {
    if (!frame || (!locale && !theme)) return;
    // The story renders into the frame after this callback: wait for it.
    queueMicrotask(() => {
      for (const widget of frame.querySelectorAll('*')) {
        if (!widget.localName.startsWith('crm-')) continue;
        if (locale) widget.setAttribute('lang', locale);
        if (theme && 'theme' in widget) widget.setAttribute('theme', theme);
      }
    });
  };
  return html`<div
    ${ref(applyToWidgets)}
    lang=${ifDefined(locale)}
    data-theme=${ifDefined(theme)}
    style=${ifDefined(dark ? `background: ${darkPage.background}; color: ${darkPage.color}; padding: 1rem` : undefined)}
  >
    ${keyed(`${locale}|${theme}`, story())}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbarLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of every widget',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { type: 'reset', title: 'Locale as written' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'zh-Hans', title: '简体中文', right: 'zh-Hans' },
          { value: 'zh-Hant', title: '繁體中文', right: 'zh-Hant' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme of every widget, on a page of the same scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { type: 'reset', title: 'Theme as written' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
      },
    },
  },
  parameters: {
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Localization', 'Accessibility', 'Setup', 'Widgets'] },
    },
  },
};

export default preview;
