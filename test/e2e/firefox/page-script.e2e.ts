// Issue 10 in real Firefox: a web page's own script (page.evaluate runs in the page's main world)
// tries to press CollectGuard's buttons in its open shadow roots, fire its shortcuts, type `//`
// by script and steer the popup's insert by moving the focus. Nothing it does may change a
// setting, insert text or reveal stored data. Each failed against the build before this change
// (checked by loading that build with CG_E2E_FIREFOX_EXT_DIR).
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickAnywhere, existsAnywhere, readEverything, scriptFocusesNotes, scriptPressesAltJ, scriptTypesTrigger } from '../page-world';
import { type FxEditor, type FxEnv, badge, chord, clearField, fieldText, findEditor, focusField, holdsFor, inUi, screenshot, setupFirefox, sleep, typeSlowly, waitFor, waitForBadge } from './harness';

let env: FxEnv;
beforeAll(async () => {
  env = await setupFirefox();
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

type Local = { get(k: null | string): Promise<Record<string, unknown>>; set(o: object): Promise<void> };
type Ext = { browser: { storage: { local: Local } } };

/** Everything in extension storage, read from an extension page (a trusted context). */
async function stored(): Promise<Record<string, unknown>> {
  const ext = await env.openExtensionPage('options.html');
  try {
    return await ext.evaluate(() => (globalThis as unknown as Ext).browser.storage.local.get(null));
  } finally {
    await ext.close();
  }
}
async function store(items: Record<string, unknown>): Promise<void> {
  const ext = await env.openExtensionPage('options.html');
  try {
    await ext.evaluate((o: Record<string, unknown>) => (globalThis as unknown as Ext).browser.storage.local.set(o), items);
  } finally {
    await ext.close();
  }
}
const allowlist = async () => ((await stored()).settings as { allowlist?: string[] } | undefined)?.allowlist ?? [];

/** The page's own script clicks the first match of `selector` (our UI's open shadow roots included). */
const pageClicks = (page: Page, selector: string) => page.evaluate(clickAnywhere, selector);
const shows = (page: Page, selector: string) => page.evaluate(existsAnywhere, selector);

async function agentOpensCard(editor: FxEditor, text: string): Promise<void> {
  await focusField(editor);
  await typeSlowly(editor, text, 5);
  await waitForBadge(editor, (b) => b.count > 0);
  await chord(editor.page, 'Control+Home');
  await chord(editor.page, 'Alt+J');
  await waitFor(async () => ((await shows(editor.page, '[data-cg-card]')) ? true : undefined), 5_000, 'the card');
}

describe('a page’s own script cannot press CollectGuard’s buttons', () => {
  it('a synthetic Alt+J opens no card', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '你这个老赖，再不还钱就等着坐牢吧', 5);
    await waitForBadge(editor);
    await page.evaluate(scriptPressesAltJ);
    expect(await holdsFor(async () => !(await shows(page, '[data-cg-card]')), 600), 'no card').toBe(true);
  });

  it('"始终允许此词", "忽略一次", "应用修改" and the recipient switch clicked by the page change nothing', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await agentOpensCard(editor, '【安信贷】您好，请尽快还款，否则后果自负。');
    const count = (await badge(editor))!.count;
    for (const sel of ['[data-cg-allow]', '[data-cg-ignore]']) expect(await pageClicks(page, sel), sel).toBe(true);
    await sleep(500);
    expect(await allowlist()).toEqual([]);
    expect((await badge(editor))!.count).toBe(count);
    await chord(page, 'Escape');
    await clearField(editor);
    await agentOpensCard(editor, '你这个老赖，再不还钱就等着坐牢吧');
    const before = await fieldText(editor);
    expect(await pageClicks(page, '[data-cg-fix]')).toBe(true);
    await sleep(400);
    expect(await fieldText(editor)).toBe(before);
    // The panel's recipient switch.
    await chord(page, 'Escape');
    const b = await waitForBadge(editor, (x) => x.count > 0);
    await b.handle.click();
    await waitFor(async () => (await inUi(b, '[data-cg-audience="third_party"]')) ?? undefined, 3_000, 'the switch');
    expect(await pageClicks(page, '[data-cg-audience="third_party"]')).toBe(true);
    await sleep(400);
    expect(await (await inUi(b, '[data-cg-audience="third_party"]'))!.evaluate((e) => e.getAttribute('aria-pressed'))).toBe('false');
    expect(Object.keys(await stored()).filter((k) => k.startsWith('cg.audience'))).toEqual([]);
    await screenshot(page, 'page-script-refused');
  });
});

describe('a page’s own script cannot open the template picker or steer the popup’s insert', () => {
  it('`//` written by a script opens no picker; stored values never reach the page', async () => {
    await store({ templateValues: { platform: '秘密平台甲', hotline: '400-999-1234', agentId: '9527' } });
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '您好', 5);
    await page.evaluate(scriptTypesTrigger);
    expect(await holdsFor(async () => !(await shows(page, '[data-cg-quick-insert]')), 600), 'no picker').toBe(true);
    await pageClicks(page, '[data-template-id]');
    await sleep(300);
    const seen = await page.evaluate(readEverything);
    expect(seen).not.toContain('秘密平台甲');
    expect(seen).not.toContain('9527');
  });

  it('the popup inserts into the field the agent used, not the one the page focused afterwards', async () => {
    const page = await env.open('crm');
    const sms = await findEditor(page);
    await focusField(sms);
    await typeSlowly(sms, '您好，', 5);
    await page.evaluate(scriptFocusesNotes);
    const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
    await popup.waitForSelector('[data-template-id="repaid.standard"]');
    await popup.click('[data-template-id="repaid.standard"]');
    await popup.waitForSelector('[data-var]');
    for (const input of await popup.$$('[data-var]')) {
      const [key, type] = await input.evaluate((el) => [el.getAttribute('data-var'), el.getAttribute('type')]);
      const value = type === 'number' ? '5000' : type === 'date' ? '2025-12-10' : key === 'hotline' ? '400-800-1234' : '安信贷';
      await input.evaluate((el, v) => {
        const i = el as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(i, v);
        i.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    }
    await popup.click('[data-cg-insert]');
    await waitFor(async () => ((await popup.$('[data-cg-status="ok"]')) ? true : undefined), 5_000, 'the insert');
    const notes = await findEditor(page, { marker: 'notes' });
    expect(await fieldText(notes)).toBe('');
    expect((await fieldText(sms)).startsWith('您好，')).toBe(true);
    expect((await fieldText(sms)).length).toBeGreaterThan(10);
  });
});
