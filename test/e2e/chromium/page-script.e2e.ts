// Issue 10 in real Chromium: what a web page's own script can do to CollectGuard. Our in-page UI
// lives in open shadow roots (tests pierce them; so can the page), so every control that changes
// stored state, inserts text or reveals stored data must act on a person's events only. Each test
// is an attack the page mounts from its main world (page.evaluate runs there, as the page's own
// script would): pressing our buttons, firing our shortcuts, typing `//` by script, moving the
// focus to steer the popup's insert. Each failed against the build before this change (checked
// by loading that build with CG_E2E_EXT_DIR).
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ChromeWorkerApi, clickAnywhere, readEverything, scriptFocusesNotes, scriptPressesAltJ, scriptTypesTrigger } from '../page-world';
import { type E2E, type Editor, badge, fieldText, findEditor, focusField, holdsFor, screenshot, setupE2E, sleep, typeSlowly, waitFor, waitForBadge } from '../harness';

/** The extension API in Chromium's service worker (types only; the code runs there). */
declare const chrome: ChromeWorkerApi;

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

const worker = async (): Promise<Worker> => env.context.serviceWorkers()[0] ?? (await env.context.waitForEvent('serviceworker'));

/** Everything in the extension's local storage (read by the background, a trusted context). */
async function stored(): Promise<Record<string, unknown>> {
  return (await worker()).evaluate(() => chrome.storage.local.get(null));
}
async function store(items: Record<string, unknown>): Promise<void> {
  await (await worker()).evaluate((o) => chrome.storage.local.set(o), items);
}
const allowlist = async () => ((await stored()).settings as { allowlist?: string[] } | undefined)?.allowlist ?? [];

/** The page's own script clicks the first match of `selector` (our UI's open shadow roots included). */
const pageClicks = (page: Page, selector: string) => page.evaluate(clickAnywhere, selector);

const card = (page: Page) => page.locator('[data-cg-card]');
const picker = (page: Page) => page.locator('collectguard-ui[data-cg-quick-insert] [data-cg-quick-insert]');

/** The agent types `text` and opens the first finding's card with Alt+J (a person's keys). */
async function agentOpensCard(editor: Editor, text: string): Promise<void> {
  await focusField(editor);
  await typeSlowly(editor, text, 5);
  await waitForBadge(editor, (b) => b.count > 0);
  await editor.page.keyboard.press('Control+Home');
  await editor.page.keyboard.press('Alt+J');
  await card(editor.page).waitFor({ state: 'visible', timeout: 5_000 });
}

describe('a page’s own script cannot press CollectGuard’s buttons', () => {
  it('a synthetic Alt+J opens no card; a synthetic click on an underline neither', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '你这个老赖，再不还钱就等着坐牢吧', 5);
    await waitForBadge(editor);
    await page.evaluate(scriptPressesAltJ);
    await page.evaluate(() => {
      const ta = document.querySelector<HTMLTextAreaElement>('[data-e2e="message"]')!;
      const r = ta.getBoundingClientRect();
      ta.dispatchEvent(new MouseEvent('click', { clientX: r.left + 30, clientY: r.top + 14, bubbles: true, composed: true }));
    });
    expect(await holdsFor(async () => (await card(page).count()) === 0, 600), 'no card').toBe(true);
    // The agent's own Alt+J still works.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+J');
    await card(page).waitFor({ state: 'visible', timeout: 5_000 });
  });

  it('"始终允许此词" and its confirmation clicked by the page store nothing', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    // A warning (offered and allowed at once) …
    await agentOpensCard(editor, '【安信贷】您好，请尽快还款，否则后果自负。');
    expect(await pageClicks(page, '[data-cg-allow]'), 'the page found the button').toBe(true);
    await sleep(500);
    expect(await allowlist()).toEqual([]);
    expect(await card(page).count(), 'the card is still open').toBe(1);
    // … and an error, whose confirmation the agent opened: the page presses "确定允许".
    await page.keyboard.press('Escape');
    await editor.locator.fill('');
    await agentOpensCard(editor, '再不还钱就等着坐牢吧');
    await card(page).locator('[data-cg-allow]').click();
    expect(await pageClicks(page, '[data-cg-allow-confirm]'), 'the page found the confirmation').toBe(true);
    await sleep(500);
    expect(await allowlist()).toEqual([]);
    await screenshot(page, 'page-script-allow-refused');
  });

  it('"忽略一次", "应用修改" and Enter in the card do nothing for the page', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await agentOpensCard(editor, '你这个老赖，再不还钱就等着坐牢吧');
    const before = await fieldText(editor);
    const count = (await badge(editor))!.count;
    expect(await pageClicks(page, '[data-cg-fix]')).toBe(true);
    expect(await pageClicks(page, '[data-cg-ignore]')).toBe(true);
    await page.evaluate(() => {
      const c = document.querySelector('collectguard-ui')!.shadowRoot!.querySelector('[data-cg-card]')!;
      c.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    });
    await sleep(500);
    expect(await fieldText(editor)).toBe(before);
    expect((await badge(editor))!.count).toBe(count);
    expect(await card(page).count(), 'the card is still open').toBe(1);
  });

  it('the recipient switch clicked by the page changes nothing and stores nothing', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '【安信贷】您好，您的借款已逾期3天，欠款5000元，请尽快还款。', 5);
    const b = await waitForBadge(editor, () => true);
    await b.locator.click();
    await page.locator('[data-cg-audience="third_party"]').waitFor();
    expect(await pageClicks(page, '[data-cg-audience="third_party"]')).toBe(true);
    await sleep(500);
    expect(await page.locator('[data-cg-audience="third_party"]').getAttribute('aria-pressed')).toBe('false');
    expect((await badge(editor))!.maxSeverity).not.toBe('error');
    expect(Object.keys(await stored()).filter((k) => k.startsWith('cg.audience'))).toEqual([]);
  });
});

describe('a page’s own script cannot open the template picker or read what it holds', () => {
  const SECRET = { platform: '秘密平台甲', hotline: '400-999-1234', agentId: '9527' };

  it('`//` written by a script (synthetic input, execCommand) opens no picker; nothing stored reaches the page', async () => {
    await store({
      templateValues: SECRET,
      customTemplates: { version: 1, templates: [{ id: 'own-secret', name: '内部专用话术乙', scenario: 'custom', tone: 'standard', audience: 'debtor', body: '【{platform}】您好，请联系{hotline}。' }] },
    });
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '您好', 5);
    await page.evaluate(scriptTypesTrigger);
    expect(await holdsFor(async () => (await picker(page).count()) === 0, 600), 'no picker after a synthetic input or execCommand').toBe(true);
    // Had it opened, the page would now pick a template and read the form.
    await pageClicks(page, '[data-template-id]');
    await sleep(300);
    const seen = await page.evaluate(readEverything);
    for (const secret of [...Object.values(SECRET), '内部专用话术乙']) expect(seen, secret).not.toContain(secret);
  });

  it('in the picker the agent opened, the page can neither choose a template nor insert one', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '您好//', 20);
    await picker(page).waitFor({ state: 'visible', timeout: 5_000 });
    expect(await pageClicks(page, '[data-template-id]')).toBe(true);
    expect(await holdsFor(async () => (await picker(page).locator('[data-var]').count()) === 0, 500), 'no form from the page’s click').toBe(true);
    // The agent chooses; the page submits the form with requestSubmit (a trusted submit event).
    await page.keyboard.press('Enter');
    await picker(page).locator('[data-var]').first().waitFor();
    await page.evaluate(() => {
      const host = document.querySelector('collectguard-ui[data-cg-quick-insert]')!;
      host.shadowRoot!.querySelector('form')!.requestSubmit();
      host.shadowRoot!.querySelector<HTMLElement>('[data-cg-qi-insert]')!.click();
    });
    await sleep(500);
    expect(await fieldText(editor)).toBe('您好//');
    expect(await picker(page).count(), 'the picker is still open').toBe(1);
  });
});

describe('a page’s own script cannot steer the popup’s insert', () => {
  it('the insert goes to the field the agent used, not the one the page focused afterwards', async () => {
    const page = await env.open('crm');
    const sms = await findEditor(page);
    await focusField(sms);
    await typeSlowly(sms, '您好，', 5);
    // The page moves the focus to its notes field (a focus the browser reports as trusted) and
    // fakes a press in it.
    await page.evaluate(scriptFocusesNotes);
    const popup = await env.context.newPage();
    await popup.setViewportSize({ width: 720, height: 560 });
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    await popup.waitForSelector('[data-template-id]');
    await popup.click('[data-template-id="repaid.standard"]');
    const inputs = popup.locator('[data-var]');
    await inputs.first().waitFor();
    for (let i = 0; i < (await inputs.count()); i++) {
      const input = inputs.nth(i);
      const type = await input.getAttribute('type');
      await input.fill(type === 'number' ? '5000' : type === 'date' ? '2025-12-10' : (await input.getAttribute('data-var')) === 'hotline' ? '400-800-1234' : '安信贷');
    }
    await popup.click('[data-cg-insert]');
    await waitFor(async () => ((await popup.locator('[data-cg-status="ok"]').count()) ? true : undefined), 5_000, 'the insert');
    await page.bringToFront();
    const notes = await findEditor(page, { marker: 'notes' });
    expect(await fieldText(notes)).toBe('');
    expect((await fieldText(sms)).startsWith('您好，')).toBe(true);
    expect((await fieldText(sms)).length).toBeGreaterThan(10);
  });
});

describe('a page’s own script cannot reach the background', () => {
  it('has no channel to the extension: settings and the allowlist stay as they were', async () => {
    const page = await env.open('react-textarea');
    const tried = await page.evaluate(async (id) => {
      const rt = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
      if (!rt?.sendMessage) return 'no runtime';
      try {
        await rt.sendMessage(id, { type: 'cg:allow-phrase', phrase: '老赖' });
        await rt.sendMessage(id, { type: 'cg:pause-site', host: location.hostname, paused: true });
        return 'sent';
      } catch (e) {
        return `refused: ${String(e)}`;
      }
    }, env.extensionId);
    expect(tried).not.toBe('sent');
    expect(await allowlist()).toEqual([]);
    expect(((await stored()).settings as { disabledSites?: string[] } | undefined)?.disabledSites ?? []).toEqual([]);
  });
});
