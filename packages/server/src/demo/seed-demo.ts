import { entityNames, type AdapterRecord } from '@rapport/core';
import { entities, parseOrThrow } from '@rapport/core/schema';
import { createDemoData, DEMO_IDS } from '@rapport/core/demo';
import { createApiKey, findApiKey, revokeApiKeys } from '../auth/api-keys.js';
import { DEFAULT_CUSTOMER_TOKEN_LIFETIME_MS, signCustomerToken } from '../auth/customer-token.js';
import type { StaffRole } from '../auth/roles.js';
import type { Database } from '../database/database.js';
import { RecordStore } from '../storage/record-store.js';
import { ensureTenant } from '../tenancy/tenants.js';

export const DEMO_TENANT_ID = 'demo';
/** Public keys are meant to sit in pages; the demo portal's is fixed so the page can carry it. */
export const DEMO_PUBLIC_KEY = 'pk_demo';

export interface DemoCredentials {
  readonly tenantId: string;
  /** For the demo portal: submit tickets and survey responses, read the knowledge base. */
  readonly publicKey: string;
  /** Full access to the demo tenant, for scripts and servers: never handed to a browser. */
  readonly adminKey: string;
  /** For the pages of a support agent (the agent desk, the contact card). */
  readonly agentKey: string;
  /** For the pages of a salesperson (the pipeline board, the contact card). */
  readonly salesKey: string;
  /** A customer token for the demo contact, as a host backend would sign it. */
  readonly customerToken: string;
  readonly customerContactId: string;
  /** How many demo records this call added (none once the tenant has data). */
  readonly recordsAdded: number;
}

/**
 * Makes the `demo` tenant ready to try: the tenant, its fixed public key, fresh staff keys, and
 * the SDK's demo CRM data the first time (later starts keep whatever the demo tenant holds).
 */
export async function seedDemo(db: Database, now: () => Date = () => new Date()): Promise<DemoCredentials> {
  const tenant = await ensureTenant(db, { id: DEMO_TENANT_ID, name: 'Rapport demo' });
  if (!(await findApiKey(db, DEMO_PUBLIC_KEY))) await createApiKey(db, { tenantId: tenant.id, role: 'public', label: 'demo portal', key: DEMO_PUBLIC_KEY });
  // A staff key per role, new on every start: the previous ones stop working.
  const staffKey = async (role: StaffRole): Promise<string> => {
    const label = `demo ${role}`;
    await revokeApiKeys(db, tenant.id, label);
    return (await createApiKey(db, { tenantId: tenant.id, role, label })).key;
  };
  const [adminKey, agentKey, salesKey] = await Promise.all([staffKey('admin'), staffKey('agent'), staffKey('sales')]);
  const data = createDemoData({ now: now() });
  const recordsAdded = (await hasRecords(db, tenant.id)) ? 0 : await importDemoData(new RecordStore(db, now), tenant.id, data);
  const customerContactId = DEMO_IDS.contact;
  const exp = Math.floor((now().getTime() + DEFAULT_CUSTOMER_TOKEN_LIFETIME_MS) / 1000);
  return {
    tenantId: tenant.id,
    publicKey: DEMO_PUBLIC_KEY,
    adminKey,
    agentKey,
    salesKey,
    customerToken: signCustomerToken({ tenantId: tenant.id, contactId: customerContactId, exp }, tenant.customerTokenSecret),
    customerContactId,
    recordsAdded,
  };
}

async function hasRecords(db: Database, tenantId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM records WHERE tenant_id = $1 LIMIT 1', [tenantId])).length > 0;
}

async function importDemoData(store: RecordStore, tenantId: string, data: ReturnType<typeof createDemoData>): Promise<number> {
  let added = 0;
  for (const name of entityNames) {
    // Checked like any write, so the demo never holds what a client would reject.
    const records = (data[name] as readonly unknown[]).map((record) => parseOrThrow(entities[name].schema, record) as AdapterRecord);
    added += await store.import(tenantId, name, records);
  }
  return added;
}
