// Generates packages/elements/custom-elements.json from the elements' JSDoc; it feeds Storybook's
// docs tables and the React wrappers.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts', 'packages/elements/src/**/*.fixture.ts', 'packages/elements/src/**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
};
