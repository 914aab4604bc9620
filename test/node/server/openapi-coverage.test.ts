import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entityNames } from '@rapport/core';
import { externallyKeyedCollections } from '@rapport/core/schema';
import { createRapportApp, openDatabase, type Database, type RapportApp } from '@rapport/server';
import { migratedDataDir } from './data-dir.js';

vi.setConfig({ hookTimeout: 120_000 });

// A client generated from the document must be able to call everything the server answers.

let database: Database;
let rapport: RapportApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = await migratedDataDir();
  database = await openDatabase({ dataDir });
  rapport = await createRapportApp({ database });
});

afterAll(async () => {
  await rapport?.close();
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `/v1/:collection/:id` → one OpenAPI path per collection, `{id}` style. */
function documentedPathsOf(route: string): string[] {
  const openApiStyle = route.replace(/:(\w+)/g, '{$1}');
  if (!openApiStyle.includes('{collection}')) return [openApiStyle];
  // Bulk upsert goes by externalId: other collections answer it with a 400.
  const collections: readonly string[] = openApiStyle.endsWith('/bulk') ? externallyKeyedCollections : entityNames;
  return collections.map((name) => openApiStyle.replace('{collection}', name));
}

describe('the OpenAPI document', () => {
  it('describes every route the server answers, for every collection', async () => {
    const document = (await (await rapport.app.request('/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const undocumented: string[] = [];
    for (const { method, path } of rapport.app.routes) {
      // Middleware (`ALL`) and the document itself are not operations.
      if (method === 'ALL' || path === '/v1/openapi.json') continue;
      for (const documented of documentedPathsOf(path)) {
        if (!document.paths[documented]?.[method.toLowerCase()]) undocumented.push(`${method} ${documented}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
