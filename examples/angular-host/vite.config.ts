// Builds the example with Vite and Analog's Angular plugin (Angular's compiler, ahead of time),
// the lightest Angular build that type-checks templates. It builds against the installed packages.
import angular from '@analogjs/vite-plugin-angular';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [angular({ tsconfig: 'tsconfig.json' })],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
