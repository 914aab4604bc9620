// The React example as its developer meets it: type-checked against @rapport/react, built with
// Vite, served as static files and used in Chromium. The app's typed handler must receive the
// widgets' events (and its veto must hold). The checks of the screen are shared with the Vue and
// Angular examples, which build the same workspace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { openWorkspace, showsTheCustomerAndTheDesk, switchesToTraditionalChinese, vetoesATagWithASpace } from './account-workspace.mjs';

describe('React host example', () => {
  let workspace;

  before(async () => {
    workspace = await openWorkspace({ viteConfig: 'examples/react-host/vite.config.ts' });
  });

  after(() => workspace?.close());

  test('type-checks against the generated wrappers', () => {
    const result = spawnSync('npx', ['--no-install', 'tsc', '-p', 'examples/react-host/tsconfig.json'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  test('shows the customer by name, with her account, owner and fields named, and the service desk', () => showsTheCustomerAndTheDesk(workspace.page));

  test("passes the card's events to the app's typed handler, which can veto them", () => vetoesATagWithASpace(workspace.page));

  test('switches the widgets to traditional Chinese from a React state', () => switchesToTraditionalChinese(workspace.page));

  test('loads without errors', () => {
    assert.deepEqual(workspace.problems, []);
  });
});
