/** Controls every widget's playground story shares: its language and its colour scheme. */
export const localeAndTheme = {
  args: { lang: 'en', theme: 'light' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-Hans', 'zh-Hant'], description: 'Language of the widget (its `lang` attribute).' },
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'Colour scheme (the `theme` attribute).' },
  },
} as const;

/** One client for every render of a story, so changing a control keeps the data and what was edited. */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
