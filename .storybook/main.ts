import type { StorybookConfig } from '@storybook/web-components-vite';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

// Vite lowers only legacy decorators; our sources use standard decorators with `accessor`,
// so the project's own TypeScript goes through esbuild at es2022 first.
const standardDecorators: Plugin = {
  name: 'rapport-standard-decorators',
  enforce: 'pre',
  async transform(code, id) {
    if (!/\/(packages|stories)\/.*\.ts$/.test(id) || id.includes('node_modules')) return undefined;
    const result = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id });
    return { code: result.code, map: result.map };
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [standardDecorators, ...(viteConfig.plugins ?? [])];
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['@rapport/source', 'browser', 'module', 'import', 'production', 'default'],
    };
    viteConfig.define = { ...viteConfig.define, 'process.env.NODE_ENV': JSON.stringify('production') };
    return viteConfig;
  },
};

export default config;
