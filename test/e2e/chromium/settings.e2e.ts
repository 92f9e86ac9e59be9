// The options page in real Chromium: a change made there reaches an open console page without a
// reload (a custom phrase or pattern becomes flagged; pausing the site removes the badge), import applies
// atomically, and the page is looked at (screenshots in light, dark and English).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type E2E,
  type Editor,
  badge,
  findEditor,
  focusField,
  holdsFor,
  isClean,
  pageErrors,
  screenshot,
  setupE2E,
  typeSlowly,
  waitFor,
  waitForBadge,
} from '../harness';

/** The extension API inside the pages and the service worker (types only; the code runs there). */
declare const chrome: {
  runtime: { getManifest(): unknown };
  storage: { managed: { get(): Promise<Record<string, unknown>> }; local: { clear(): Promise<void> } };
};

/** Compliant under the default rules; "加急处理" is what the test adds as a custom phrase. */
const MESSAGE = '【安信贷】您好，您的借款已逾期3天，请加急处理，通过官方APP还款，客服4008001234。';
const PHRASE = '加急处理';

let env: E2E;
beforeAll(async () => {
  env = await setupE2E();
});
afterEach(async () => {
  await env?.closePages();
  for (const p of env?.context.pages() ?? []) if (p.url().startsWith('chrome-extension://')) await p.close().catch(() => {});
  await resetStorage();
});

/** Every test starts from default settings (the profile is shared by the tests of this file). */
async function resetStorage(): Promise<void> {
  const sw = env.context.serviceWorkers()[0] ?? (await env.context.waitForEvent('serviceworker'));
  await sw.evaluate(() => chrome.storage.local.clear());
}
afterAll(async () => {
  await env?.close();
});

async function openOptions(): Promise<Page> {
  const page = await env.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { __errors?: string[] }).__errors = errors;
  await page.goto(`chrome-extension://${env.extensionId}/options.html`);
  await page.waitForSelector('[data-cg-options] section#rules');
  return page;
}

const optionsErrors = (p: Page) => (p as Page & { __errors?: string[] }).__errors ?? [];

async function consoleWithMessage(): Promise<Editor> {
  const page = await env.open('react-textarea');
  const editor = await findEditor(page);
  await focusField(editor);
  await typeSlowly(editor, MESSAGE, 5);
  return editor;
}

describe('settings reach open pages without reload', () => {
  it('the manifest opens the options page in a tab and declares the managed-storage schema', async () => {
    const page = await openOptions();
    const manifest = await page.evaluate(() => chrome.runtime.getManifest() as unknown as Record<string, unknown>);
    expect(manifest.options_ui).toMatchObject({ open_in_tab: true, page: 'options.html' });
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    // Without a policy the managed area is readable and empty.
    expect(await page.evaluate(() => chrome.storage.managed.get())).toEqual({});
    await page.close();
  });

  it('a custom phrase added in the options page is flagged in the open console at once', async () => {
    const editor = await consoleWithMessage();
    expect(await holdsFor(() => isClean(editor), 500), 'clean before the phrase exists').toBe(true);
    const reloads = await editor.page.evaluate(() => performance.getEntriesByType('navigation').length);

    const options = await openOptions();
    const form = options.locator('section#phrases form');
    await form.locator('input[name="phrase"]').fill(PHRASE);
    await form.locator('select[name="category"]').selectOption('pressure');
    await form.locator('select[name="severity"]').selectOption('error');
    await form.locator('input[name="message"]').fill('不要催促对方“加急”');
    await form.locator('[data-cg-phrase-add]').click();
    await options.locator(`section#phrases [data-cg-phrase="${PHRASE}"]`).waitFor();
    await screenshot(options, 'settings-phrase-added');

    const b = await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'error', 5_000);
    expect(b.count).toBeGreaterThanOrEqual(1);
    // Same document: no navigation, the text the agent typed is still there.
    expect(await editor.page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(reloads);
    expect(await editor.locator.inputValue()).toBe(MESSAGE);
    await screenshot(editor.page, 'settings-console-flags-custom-phrase');
    expect(pageErrors(editor.page)).toEqual([]);
    expect(optionsErrors(options)).toEqual([]);
  });

  it('a custom regular expression is flagged in the open console too (pages get it parsed from the background)', async () => {
    const editor = await consoleWithMessage();
    expect(await holdsFor(() => isClean(editor), 500), 'clean before the pattern exists').toBe(true);
    const options = await openOptions();
    const form = options.locator('section#phrases form');
    await form.locator('input[name="regex"]').check();
    await form.locator('input[name="phrase"]').fill('加急.{1,2}理');
    await form.locator('select[name="category"]').selectOption('pressure');
    await form.locator('[data-cg-phrase-add]').click();
    await options.locator('section#phrases [data-cg-phrase="加急.{1,2}理"]').waitFor();
    const b = await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'error', 5_000);
    expect(b.count).toBeGreaterThanOrEqual(1);
    expect(pageErrors(editor.page)).toEqual([]);
    expect(optionsErrors(options)).toEqual([]);
  });

  it('pausing the site in the options page removes the badge; resuming brings it back', async () => {
    const editor = await consoleWithMessage();
    // Make the message violate something so the badge is there to remove.
    await typeSlowly(editor, '你这个老赖', 5);
    await waitForBadge(editor);
    const host = new URL(editor.page.url()).hostname;

    const options = await openOptions();
    const form = options.locator('section#sites form');
    await form.locator('input[name="site"]').fill(host);
    await form.locator('button[type="submit"]').click();
    await options.locator(`section#sites [data-cg-site="${host}"]`).waitFor();
    await waitFor(async () => ((await badge(editor)) === null ? true : undefined), 5_000, 'the badge to go');
    expect(await holdsFor(async () => (await badge(editor)) === null, 500)).toBe(true);
    await screenshot(options, 'settings-site-paused');

    await options.locator(`section#sites [data-cg-site="${host}"] button`).click();
    await waitForBadge(editor);

    // Global pause too.
    await options.locator('section#sites input[name="paused"]').check({ force: true });
    await waitFor(async () => ((await badge(editor)) === null ? true : undefined), 5_000, 'the badge to go (global pause)');
    await options.locator('section#sites input[name="paused"]').uncheck({ force: true });
    await waitForBadge(editor);
    expect(pageErrors(editor.page)).toEqual([]);
    expect(optionsErrors(options)).toEqual([]);
  });

  it('switching a rule off and the language to English reach the console page', async () => {
    const editor = await consoleWithMessage();
    await typeSlowly(editor, '你这个老赖', 5);
    await waitForBadge(editor);
    const options = await openOptions();
    await options.locator('section#rules li.cat[data-category="insult"] input[role="switch"]').uncheck({ force: true });
    await waitFor(async () => ((await isClean(editor)) ? true : undefined), 5_000, 'insult off → clean');
    await options.locator('section#rules li.cat[data-category="insult"] input[role="switch"]').check({ force: true });
    await waitForBadge(editor);

    await options.locator('section#language input[value="en"]').check();
    await options.locator('section#language h2', { hasText: 'Language' }).waitFor();
    const label = await waitFor(async () => {
      const l = await (await badge(editor))?.locator.getAttribute('aria-label');
      return l && /issues/.test(l) ? l : undefined;
    }, 5_000, 'the badge label in English');
    expect(label).toMatch(/^CollectGuard: \d+ issues/);
  });

  it('an import that fails changes nothing; a good one applies at once', async () => {
    const editor = await consoleWithMessage();
    const options = await openOptions();
    const input = options.locator('section#transfer input[type="file"]');
    const bad = { format: 'collectguard-settings', version: 2, settings: { customPhrases: [{ phrase: PHRASE, category: 'pressure' }, { phrase: '(x+)+$', regex: true, category: 'threat' }] } };
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await options.locator('[data-cg-import-result="error"]').waitFor();
    expect(await options.locator('[data-cg-import-result="error"]').innerText()).toContain('第6个字符「$」处，不支持这种写法');
    expect(await holdsFor(() => isClean(editor), 500)).toBe(true);
    await options.locator('section#transfer').screenshot({ path: await screenshotPath('settings-import-refused') });

    const good = { ...bad, settings: { customPhrases: [{ phrase: PHRASE, category: 'pressure', severity: 'warning' }] } };
    await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await options.locator('[data-cg-import-result="ok"]').waitFor();
    await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'warning');
  });
});

describe('the options page, looked at', () => {
  it('light, dark and English screenshots; no page errors', async () => {
    const options = await openOptions();
    await options.setViewportSize({ width: 1280, height: 900 });
    await screenshot(options, 'settings-options-top');
    await options.locator('section#rules input[type="search"]').fill('老赖');
    await options.locator('section#rules li.rule button.link').first().click();
    await options.locator('section#rules').screenshot({ path: await screenshotPath('settings-options-rules-search') });
    await options.locator('section#phrases input[name="phrase"]').fill('再不还[钱');
    await options.locator('section#phrases input[name="regex"]').check();
    await options.locator('section#phrases .error-text').waitFor();
    await options.locator('section#phrases').screenshot({ path: await screenshotPath('settings-options-phrase-refused') });
    await options.emulateMedia({ colorScheme: 'dark' });
    await screenshot(options, 'settings-options-dark');
    await options.locator('section#language input[value="en"]').check();
    await options.locator('section#language h2', { hasText: 'Language' }).waitFor();
    await options.evaluate(() => scrollTo(0, 0));
    await screenshot(options, 'settings-options-en');
    await options.locator('section#language input[value="zh"]').check();
    expect(optionsErrors(options)).toEqual([]);
  });
});

async function screenshotPath(name: string): Promise<string> {
  const { SCREENS_DIR } = await import('../harness');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(SCREENS_DIR, { recursive: true });
  return `${SCREENS_DIR}/${name}.png`;
}
