// Screenshots of the template UI in dark mode (for a human to look at), with a sanity check that
// the colours really switch.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, findEditor, focusField, screenshot, setupE2E, typeSlowly } from '../harness';

let env: E2E;
beforeAll(async () => {
  env = await setupE2E();
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

describe('template UI in dark mode', () => {
  it('popup and in-page picker follow prefers-color-scheme', async () => {
    const page = await env.open('react-textarea');
    await page.emulateMedia({ colorScheme: 'dark' });
    const editor = await findEditor(page);
    await focusField(editor);

    const popup = await env.context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.setViewportSize({ width: 720, height: 560 });
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    await popup.click('[data-template-id="promise_followup.gentle"]');
    await popup.locator('[data-var="salutation"]').fill('王女士');
    await popup.locator('[data-var="total"]').fill('1200');
    await popup.locator('[data-var="dueDate"]').fill('2025-12-20');
    const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(32, 33, 36)');
    await screenshot(popup, 'templates-dark-popup');
    await popup.close();

    await page.bringToFront();
    await typeSlowly(editor, '//', 20);
    const picker = page.locator('collectguard-ui[data-cg-quick-insert] [data-cg-quick-insert]');
    await picker.waitFor({ state: 'visible' });
    const pbg = await picker.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(pbg).toBe('rgb(32, 33, 36)');
    await screenshot(page, 'templates-dark-picker');
  });
});
