import type { StorageChunk } from './widget-loaders.js';

/**
 * Every chunk file a widget (or a provider's storage) needs before it runs, by its name in the
 * entry's `chunks/` folder. The CDN build writes the table in (see `rollup.config.mjs`); outside
 * that build it is empty and nothing is preloaded.
 */
const table: Record<string, readonly string[]> = parseTable('__RAPPORT_CHUNK_PRELOADS__');

function parseTable(text: string): Record<string, readonly string[]> {
  try {
    return JSON.parse(text) as Record<string, readonly string[]>;
  } catch {
    return {};
  }
}

const preloaded = new Set<string>();

/**
 * Asks the browser for every chunk `name` imports, all at once: without it, each static import is
 * found only once its importer has arrived, one round trip per link of the chain.
 */
export function preloadChunks(name: string | StorageChunk, base: string): void {
  for (const file of table[name] ?? []) {
    const href = new URL(`chunks/${file}`, base).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
