// The CDN embed as a visitor meets it: one page with one script tag, on the built server and the
// built CDN bundle, in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startCdnEmbed } from '../../examples/cdn-embed/serve.mjs';
import { openExample } from './example-session.mjs';

describe('CDN embed example', () => {
  let session;
  let page;
  let problems;

  const countResponses = async () => (await session.listAsAdmin('surveyResponses', { limit: 1 })).total;

  before(async () => {
    session = await openExample(startCdnEmbed);
    ({ page, problems } = session);
  });

  after(() => session?.close());

  test('needs no script of its own: the one script tag is the CDN bundle', async () => {
    const scripts = await page.evaluate(() => [...document.scripts].map((script) => new URL(script.src).pathname));
    assert.deepEqual(scripts, ['/cdn/rapport.js']);
  });

  test("lists the signed-in customer's own requests", async () => {
    const widget = page.locator('crm-ticket-widget');
    await widget.getByRole('tab', { name: 'My requests' }).click();
    await widget.getByRole('button', { name: /收银终端无法开机/ }).waitFor();
  });

  test('stores a feedback response sent with the public key', async () => {
    const form = page.locator('crm-feedback-form');
    const recommend = form.getByRole('radiogroup', { name: /recommend us/ });
    await recommend.waitFor();
    const before = await countResponses();
    // The form holds back answers given faster than a person could give them.
    await page.waitForTimeout(3200);
    await recommend.getByRole('radio', { name: '9' }).check();
    await form.getByRole('radio', { name: /Very satisfied/ }).check();
    await form.getByRole('button', { name: 'Next' }).click();
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Thank you for your feedback!').waitFor();
    assert.equal(await countResponses(), before + 1);
  });

  test('loads without errors', () => {
    assert.deepEqual(problems, []);
  });
});
