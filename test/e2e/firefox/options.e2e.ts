// The options page in real Firefox (moz-extension://…/options.html opened as a tab): the Firefox
// manifest as installed, no organisation policy (storage.managed has no manifest), and changes made
// there reaching an open console without a reload: a custom phrase, pausing the site, the
// language; a settings import.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type FxEditor,
  type FxEnv,
  FX_EXT_DIR,
  GECKO_ID,
  badge,
  findEditor,
  focusField,
  holdsFor,
  isClean,
  pageErrors,
  screenshot,
  setupFirefox,
  typeSlowly,
  waitFor,
  waitForBadge,
} from './harness';

const MESSAGE = '【安信贷】您好，您的借款已逾期3天，请加急处理，通过官方APP还款，客服4008001234。';
const PHRASE = '加急处理';

type Api = {
  runtime: { getManifest(): Record<string, unknown> };
  storage: { managed: { get(): Promise<unknown> }; local: { clear(): Promise<void> } };
};

let env: FxEnv;
beforeAll(async () => {
  env = await setupFirefox();
});
afterEach(async () => {
  // Every test starts from the default settings (one profile for the whole file).
  const p = await env.openExtensionPage('options.html');
  await p.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.clear());
  await env.closePages();
});
afterAll(async () => {
  await env?.close();
});

async function openOptions(): Promise<Page> {
  const page = await env.openExtensionPage('options.html');
  await page.waitForSelector('[data-cg-options] section#rules');
  return page;
}

async function consoleWithMessage(): Promise<FxEditor> {
  const page = await env.open('react-textarea');
  const editor = await findEditor(page);
  await focusField(editor);
  await typeSlowly(editor, MESSAGE, 5);
  return editor;
}

async function $(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const el = await page.waitForSelector(selector, { timeout: 5_000 });
  return el as ElementHandle<Element>;
}

describe('Firefox build as installed', () => {
  it('the manifest as Firefox read it: gecko id, icons, options in a tab; without a policy the options page has no locks', async () => {
    expect(env.addonId).toBe(GECKO_ID);
    const page = await openOptions();
    const manifest = await page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.getManifest());
    const built = JSON.parse(readFileSync(join(FX_EXT_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(built.manifest_version);
    expect((manifest.options_ui as { page: string }).page).toMatch(/^moz-extension:\/\/[^/]+\/options\.html$/);
    expect(manifest.options_ui).toMatchObject({ open_in_tab: true });
    expect(manifest.permissions).toEqual(built.permissions);
    // The icons rendered from assets/icon.svg are in the build at their declared sizes.
    const sizes = await page.evaluate(async () => {
      const icons = (globalThis as unknown as { browser: Api }).browser.runtime.getManifest().icons as Record<string, string>;
      const out: Record<string, number[]> = {};
      for (const [size, path] of Object.entries(icons)) {
        const bmp = await createImageBitmap(await (await fetch(new URL(path, location.origin))).blob());
        out[size] = [bmp.width, bmp.height];
      }
      return out;
    });
    expect(sizes).toEqual({ '16': [16, 16], '32': [32, 32], '48': [48, 48], '96': [96, 96], '128': [128, 128] });
    // Firefox has storage.managed only when policies.json has a 3rdparty entry for the add-on.
    const managed = await page.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.storage.managed.get().then(
        (v) => ({ ok: true, v }),
        (e: Error) => ({ ok: false, v: e.message }),
      ),
    );
    expect(managed).toEqual({ ok: false, v: 'Managed storage manifest not found' });
    expect(await page.$('[data-cg-org-banner]')).toBeNull();
    expect(await page.$eval('section#rules', (s) => s.getAttribute('data-locked'))).toBe('false');
    await screenshot(page, 'options-top');
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('settings reach open pages without reload', () => {
  it('a custom phrase added in the options page is flagged in the open console at once', async () => {
    const editor = await consoleWithMessage();
    expect(await holdsFor(() => isClean(editor), 500), 'clean before the phrase exists').toBe(true);
    const options = await openOptions();
    await (await $(options, 'section#phrases form input[name="phrase"]')).type(PHRASE);
    await options.select('section#phrases form select[name="category"]', 'pressure');
    await options.select('section#phrases form select[name="severity"]', 'error');
    await (await $(options, 'section#phrases form input[name="message"]')).type('不要催促对方“加急”');
    await (await $(options, 'section#phrases form [data-cg-phrase-add]')).click();
    await $(options, `section#phrases [data-cg-phrase="${PHRASE}"]`);
    await screenshot(options, 'options-phrase-added');

    await editor.page.bringToFront();
    await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'error');
    expect(await editor.handle.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(MESSAGE);
    await screenshot(editor.page, 'options-console-flags-custom-phrase');
    expect(pageErrors(editor.page)).toEqual([]);
    expect(pageErrors(options)).toEqual([]);
  });

  it('a custom regular expression is flagged in the open console too (pages get it parsed from the background)', async () => {
    const editor = await consoleWithMessage();
    expect(await holdsFor(() => isClean(editor), 500), 'clean before the pattern exists').toBe(true);
    const options = await openOptions();
    await (await $(options, 'section#phrases form input[name="regex"]')).click();
    await (await $(options, 'section#phrases form input[name="phrase"]')).type('加急.{1,2}理');
    await options.select('section#phrases form select[name="category"]', 'pressure');
    await (await $(options, 'section#phrases form [data-cg-phrase-add]')).click();
    await $(options, 'section#phrases [data-cg-phrase="加急.{1,2}理"]');
    await editor.page.bringToFront();
    await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'error');
    expect(pageErrors(editor.page)).toEqual([]);
    expect(pageErrors(options)).toEqual([]);
  });

  it('pausing the site removes the badge; resuming brings it back', async () => {
    const editor = await consoleWithMessage();
    await typeSlowly(editor, '你这个老赖', 5);
    await waitForBadge(editor);
    const host = new URL(editor.page.url()).hostname;
    const options = await openOptions();
    await (await $(options, 'section#sites form input[name="site"]')).type(host);
    await (await $(options, 'section#sites form button[type="submit"]')).click();
    await $(options, `section#sites [data-cg-site="${host}"]`);
    await waitFor(async () => ((await badge(editor)) === null ? true : undefined), 5_000, 'the badge to go');
    await (await $(options, `section#sites [data-cg-site="${host}"] button`)).click();
    await waitForBadge(editor);
  });

  it('switching the language to English reaches the console page', async () => {
    const editor = await consoleWithMessage();
    await typeSlowly(editor, '你这个老赖', 5);
    await waitForBadge(editor);
    const options = await openOptions();
    await (await $(options, 'section#language input[value="en"]')).click();
    await waitFor(async () => ((await options.$eval('section#language h2', (h) => h.textContent ?? '')).includes('Language') ? true : undefined), 5_000, 'the options page in English');
    await screenshot(options, 'options-en');
    const label = await waitFor(async () => {
      const l = await (await badge(editor))?.handle.evaluate((b) => b.getAttribute('aria-label'));
      return l && /issues/.test(l) ? l : undefined;
    }, 5_000, 'the badge label in English');
    expect(label).toMatch(/^CollectGuard: \d+ issues/);
  });

  it('a bad import changes nothing; a good one applies at once', async () => {
    const editor = await consoleWithMessage();
    const options = await openOptions();
    const dir = mkdtempSync(join(tmpdir(), 'cg-import-'));
    const bad = { format: 'collectguard-settings', version: 2, settings: { customPhrases: [{ phrase: PHRASE, category: 'pressure' }, { phrase: '(x+)+$', regex: true, category: 'threat' }] } };
    const good = { ...bad, settings: { customPhrases: [{ phrase: PHRASE, category: 'pressure', severity: 'warning' }] } };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    const input = (await $(options, 'section#transfer input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(dir, 'bad.json'));
    await $(options, '[data-cg-import-result="error"]');
    expect(await options.$eval('[data-cg-import-result="error"]', (e) => (e as HTMLElement).innerText)).toContain('第6个字符「$」处，不支持这种写法');
    expect(await holdsFor(() => isClean(editor), 500)).toBe(true);
    await input.uploadFile(join(dir, 'good.json'));
    await $(options, '[data-cg-import-result="ok"]');
    await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'warning');
  });
});
