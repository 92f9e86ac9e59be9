// The options page (opened as a tab of its own): the manifest as the browser read it, no
// organisation policy; changes made there reach an open console page without a reload (a custom
// phrase or pattern becomes flagged; pausing the site removes the badge; a rule switched off, the language),
// import applies atomically, and the page is looked at (screenshots in Chinese and English; the
// dark one is in dark.e2e.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { $, type BrowserName, type Tab, type WebExtGlobal, attr, badge, consoleWithText, count, driver, holdsFor, inputValue, isClean, screenshot, screenshotPath, setChecked, text, typeSlowly, useE2E, waitFor, waitForBadge } from '../harness';

/** Compliant under the default rules; "加急处理" is what the test adds as a custom phrase. */
const MESSAGE = '【安信贷】您好，您的借款已逾期3天，请加急处理，通过官方APP还款，客服4008001234。';
const PHRASE = '加急处理';

/**
 * How each build takes an administrator's policy: Chrome through the managed-storage schema its
 * manifest declares; Firefox through policies.json, with no declaration, so without a policy its
 * storage.managed has nothing to read from.
 */
const MANAGED_SCHEMA: Record<BrowserName, unknown> = { chromium: { managed_schema: 'managed_schema.json' }, firefox: undefined };
const UNMANAGED: Record<BrowserName, { ok: boolean; v: unknown }> = {
  chromium: { ok: true, v: {} },
  firefox: { ok: false, v: 'Managed storage manifest not found' },
};

const env = useE2E();
// Every test starts from default settings (the profile is shared by the tests of this file).
afterEach(() => env.clearStorage());

async function openOptions(): Promise<Tab> {
  const tab = await env.openExtensionPage('options.html');
  await $(tab, '[data-cg-options] section#rules');
  return tab;
}

async function language(options: Tab, lang: 'en' | 'zh', heading: string): Promise<void> {
  await setChecked(await $(options, `section#language input[value="${lang}"]`), true);
  await waitFor(async () => ((await text(await $(options, 'section#language h2'))).includes(heading) ? true : undefined), 5_000, `the options page in ${lang}`);
}

describe('the build as installed', () => {
  it('the manifest as the browser read it: options in a tab, permissions and icons as built; without a policy nothing is managed or locked', async () => {
    const page = await openOptions();
    const manifest = await page.mainFrame().evaluate(() => {
      const g = globalThis as unknown as WebExtGlobal;
      return (g.browser ?? g.chrome)!.runtime.getManifest();
    }, null);
    const built = JSON.parse(readFileSync(join(driver.extensionDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(built.manifest_version);
    expect(manifest.options_ui).toMatchObject({ open_in_tab: true });
    expect((manifest.options_ui as { page: string }).page).toMatch(/(^|\/)options\.html$/);
    expect(manifest.permissions).toEqual(built.permissions);
    expect(manifest.storage, 'managed-storage schema').toEqual(MANAGED_SCHEMA[driver.name]);
    // The icons rendered from assets/icon.svg are in the build at their declared sizes.
    const sizes = await page.mainFrame().evaluate(async () => {
      const g = globalThis as unknown as WebExtGlobal;
      const icons = (g.browser ?? g.chrome)!.runtime.getManifest().icons as Record<string, string>;
      const out: Record<string, number[]> = {};
      for (const [size, path] of Object.entries(icons)) {
        const bmp = await createImageBitmap(await (await fetch(new URL(path, location.origin))).blob());
        out[size] = [bmp.width, bmp.height];
      }
      return out;
    }, null);
    expect(sizes).toEqual({ '16': [16, 16], '32': [32, 32], '48': [48, 48], '96': [96, 96], '128': [128, 128] });
    const managed = await page.mainFrame().evaluate(() => {
      const g = globalThis as unknown as WebExtGlobal;
      return (g.browser ?? g.chrome)!.storage.managed.get().then(
        (v) => ({ ok: true, v: v as unknown }),
        (e: Error) => ({ ok: false, v: e.message as unknown }),
      );
    }, null);
    expect(managed, 'storage.managed without a policy').toEqual(UNMANAGED[driver.name]);
    expect(await count(page, '[data-cg-org-banner]')).toBe(0);
    expect(await attr(await $(page, 'section#rules'), 'data-locked')).toBe('false');
    await screenshot(page, 'settings-no-policy');
    expect(page.errors).toEqual([]);
  });
});

describe('settings reach open pages without reload', () => {
  it('a custom phrase added in the options page is flagged in the open console at once', async () => {
    const editor = await consoleWithText(env, MESSAGE);
    expect(await holdsFor(() => isClean(editor), 500), 'clean before the phrase exists').toBe(true);
    const navigations = () => editor.tab.mainFrame().evaluate(() => performance.getEntriesByType('navigation').length, null);
    const reloads = await navigations();

    const options = await openOptions();
    await (await $(options, 'section#phrases form input[name="phrase"]')).fill(PHRASE);
    await (await $(options, 'section#phrases form select[name="category"]')).select('pressure');
    await (await $(options, 'section#phrases form select[name="severity"]')).select('error');
    await (await $(options, 'section#phrases form input[name="message"]')).fill('不要催促对方“加急”');
    await (await $(options, 'section#phrases form [data-cg-phrase-add]')).click();
    await $(options, `section#phrases [data-cg-phrase="${PHRASE}"]`);
    await screenshot(options, 'settings-phrase-added');

    await editor.tab.bringToFront();
    const b = await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'error');
    expect(b.count).toBeGreaterThanOrEqual(1);
    // Same document: no navigation, the text the agent typed is still there.
    expect(await navigations()).toBe(reloads);
    expect(await inputValue(editor.el)).toBe(MESSAGE);
    await screenshot(editor.tab, 'settings-console-flags-custom-phrase');
    expect(editor.tab.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });

  it('a custom regular expression added in the options page is flagged in the open console too (pages get it parsed from the background)', async () => {
    const editor = await consoleWithText(env, MESSAGE);
    expect(await holdsFor(() => isClean(editor), 500), 'clean before the pattern exists').toBe(true);
    const options = await openOptions();
    await setChecked(await $(options, 'section#phrases form input[name="regex"]'), true);
    await (await $(options, 'section#phrases form input[name="phrase"]')).fill('加急.{1,2}理');
    await (await $(options, 'section#phrases form select[name="category"]')).select('pressure');
    await (await $(options, 'section#phrases form [data-cg-phrase-add]')).click();
    await $(options, 'section#phrases [data-cg-phrase="加急.{1,2}理"]');
    await editor.tab.bringToFront();
    await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'error');
    expect(editor.tab.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });

  it('pausing the site in the options page removes the badge; resuming brings it back', async () => {
    const editor = await consoleWithText(env, MESSAGE);
    // Make the message violate something so the badge is there to remove.
    await typeSlowly(editor, '你这个老赖', 5);
    await waitForBadge(editor);
    const host = new URL(editor.tab.url()).hostname;
    const noBadge = async () => ((await badge(editor)) === null ? true : undefined);

    const options = await openOptions();
    await (await $(options, 'section#sites form input[name="site"]')).fill(host);
    await (await $(options, 'section#sites form button[type="submit"]')).click();
    await $(options, `section#sites [data-cg-site="${host}"]`);
    await waitFor(noBadge, 5_000, 'the badge to go');
    expect(await holdsFor(async () => (await badge(editor)) === null, 500)).toBe(true);
    await screenshot(options, 'settings-site-paused');

    await (await $(options, `section#sites [data-cg-site="${host}"] button`)).click();
    await waitForBadge(editor);

    // Global pause too.
    const paused = await $(options, 'section#sites input[name="paused"]');
    await setChecked(paused, true);
    await waitFor(noBadge, 5_000, 'the badge to go (global pause)');
    await setChecked(paused, false);
    await waitForBadge(editor);
    expect(editor.tab.errors).toEqual([]);
    expect(options.errors).toEqual([]);
  });

  it('switching a rule off and the language to English reach the console page', async () => {
    const editor = await consoleWithText(env, MESSAGE);
    await typeSlowly(editor, '你这个老赖', 5);
    await waitForBadge(editor);
    const options = await openOptions();
    const insult = await $(options, 'section#rules li.cat[data-category="insult"] input[role="switch"]');
    await setChecked(insult, false);
    await waitFor(async () => ((await isClean(editor)) ? true : undefined), 5_000, 'insult off → clean');
    await setChecked(insult, true);
    await waitForBadge(editor);

    await language(options, 'en', 'Language');
    await screenshot(options, 'settings-options-en-switched');
    const label = await waitFor(async () => {
      const b = await badge(editor);
      const l = b && (await attr(b.el, 'aria-label'));
      return l && /issues/.test(l) ? l : undefined;
    }, 5_000, 'the badge label in English');
    expect(label).toMatch(/^CollectGuard: \d+ issues/);
  });

  it('an import that fails changes nothing; a good one applies at once', async () => {
    const editor = await consoleWithText(env, MESSAGE);
    const options = await openOptions();
    const dir = mkdtempSync(join(tmpdir(), 'cg-import-'));
    const bad = { format: 'collectguard-settings', version: 2, settings: { customPhrases: [{ phrase: PHRASE, category: 'pressure' }, { phrase: '(x+)+$', regex: true, category: 'threat' }] } };
    const good = { ...bad, settings: { customPhrases: [{ phrase: PHRASE, category: 'pressure', severity: 'warning' }] } };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    const input = await $(options, 'section#transfer input[type="file"]');

    await input.uploadFile(join(dir, 'bad.json'));
    expect(await text(await $(options, '[data-cg-import-result="error"]'))).toContain('第6个字符「$」处，不支持这种写法');
    expect(await holdsFor(() => isClean(editor), 500)).toBe(true);
    await (await $(options, 'section#transfer')).screenshot(screenshotPath('settings-import-refused'));

    await input.uploadFile(join(dir, 'good.json'));
    await $(options, '[data-cg-import-result="ok"]');
    await waitForBadge(editor, (x) => x.count >= 1 && x.maxSeverity === 'warning');
  });
});

describe('the options page, looked at', () => {
  it('Chinese and English screenshots; no page errors', async () => {
    const options = await openOptions();
    await screenshot(options, 'settings-options-top');
    await (await $(options, 'section#rules input[type="search"]')).fill('老赖');
    await (await $(options, 'section#rules li.rule button.link', { visible: true })).click();
    await (await $(options, 'section#rules')).screenshot(screenshotPath('settings-options-rules-search'));
    await (await $(options, 'section#phrases input[name="phrase"]')).fill('再不还[钱');
    await setChecked(await $(options, 'section#phrases input[name="regex"]'), true);
    await $(options, 'section#phrases .error-text');
    await (await $(options, 'section#phrases')).screenshot(screenshotPath('settings-options-phrase-refused'));
    await language(options, 'en', 'Language');
    await options.mainFrame().evaluate(() => scrollTo(0, 0), null);
    await screenshot(options, 'settings-options-en');
    await language(options, 'zh', '语言');
    expect(options.errors).toEqual([]);
  });
});
