// The Vue example as its developer meets it: built with Vite and Vue's plugin, served as static files
// and used in Chromium. The app's `@crm-…` listeners must receive the widgets' events (and its veto
// must hold). Its template is type-checked with vue-tsc in published-packages.e2e.mjs. The checks
// of the screen are shared with the React and Angular examples, which build the same workspace.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openWorkspace, showsTheCustomerAndTheDesk, switchesToTraditionalChinese, vetoesATagWithASpace } from './account-workspace.mjs';

describe('Vue host example', () => {
  let workspace;

  before(async () => {
    workspace = await openWorkspace({ viteConfig: 'examples/vue-host/vite.config.ts' });
  });

  after(() => workspace?.close());

  test('shows the customer by name, with her account, owner and fields named, and the service desk', () => showsTheCustomerAndTheDesk(workspace.page));

  test("passes the card's events to the app's listener, which can veto them", () => vetoesATagWithASpace(workspace.page));

  test('switches the widgets to traditional Chinese from a Vue ref', () => switchesToTraditionalChinese(workspace.page));

  test('loads without errors', () => {
    assert.deepEqual(workspace.problems, []);
  });
});
