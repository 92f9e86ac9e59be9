/**
 * CollectGuard end-to-end harness: the built extension in real browsers — Debian's Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi), both headless — against
 * fixture "SMS console" pages built with real UI libraries. One set of spec files runs in both.
 * (The e2e docs live in these comments; there is no separate README.)
 *
 * ## Running
 *   npm run build && npm run build:e2e      # shipped builds, and the e2e builds the suite loads
 *   npx vitest run -c test/e2e/vitest.e2e.config.ts                      # both browsers
 *   npx vitest run -c test/e2e/vitest.e2e.config.ts --project firefox    # one browser
 *   npx vitest run -c test/e2e/vitest.e2e.config.ts --project chromium sanity   # one spec file
 * `npm test` runs each browser's project and lists skipped tests with their reasons.
 * The globalSetup (test/e2e/global-setup.ts) rebuilds the fixture pages
 * (`npx vite build -c test/e2e/pages/vite.config.ts` → test/e2e/.pages-dist, gitignored) and the
 * project's e2e build (.output/chrome-mv3-e2e, .output/firefox-mv2-e2e) when they are missing or
 * older than their sources (CG_E2E_NO_BUILD=1 skips both; CG_E2E_EXT_DIR / CG_E2E_FIREFOX_EXT_DIR
 * load another unpacked build). Needs /usr/bin/chromium and /usr/bin/firefox-esr (CG_CHROMIUM,
 * CG_FIREFOX) and, for readable screenshots, fonts-wqy-microhei. Screenshots of every step:
 * test-results/e2e-screens/<browser>/ (and `<kind>-FAIL-no-badge.png` when a badge never came).
 *
 * ## Layout
 *   test/e2e/specs/*.e2e.ts    the spec files, each run once per browser (Vitest projects
 *                              `chromium` and `firefox`, told apart by CG_E2E_BROWSER)
 *   test/e2e/driver/           the one place that knows the browsers: types.ts (the interface),
 *                              chromium.ts, firefox.ts (launch with the extension, tabs, frames,
 *                              clicks, keys, screenshots, the extension's storage, policy files)
 *   test/e2e/harness.ts        this file: the per-file environment (servers, browser, tabs, clock)
 *                              and every shared helper, re-exported from editor.ts (find, read,
 *                              focus, type, clear a field), badge.ts (badge, panel, fixes,
 *                              underlines), dom.ts (selectors through shadow roots), wait.ts,
 *                              page-integrity.ts, server.ts, send-consoles.ts (the send consoles,
 *                              the send guard's dialog, changing a setting in the options page)
 *   test/e2e/flow.ts           the SPEC "In-page UI" flow every editor kind goes through
 *   test/e2e/page-world.ts     what a web page's own script does to CollectGuard (page-script.e2e.ts)
 *                              and the box checks of the layout specs (in-page-trust.e2e.ts)
 *   test/e2e/pages/<kind>/     one fixture console per editor kind (see pages/index.html);
 *                              pages/shared/ holds the console skeleton and `window.__fixture`
 *
 * ## Writing a spec
 *   One file in specs/, written once against this harness: `const env = useE2E()` at the top
 *   (the browser starts before the file's tests, tabs close after each, the browser at the end);
 *   `env.open(kind)` gives a Tab, `findEditor(tab)` its field, then `focusField`, `typeSlowly`,
 *   `waitForBadge`, `openPanel`, `contractFlow`… Elements are found with `$`/`$$` (CSS through
 *   open shadow roots) and handled as `El`s. Never import playwright-core or puppeteer-core in a
 *   spec: what a browser does differently belongs in the driver. A capability only one browser
 *   has is a driver field that says why it is missing in the other (`driver.imeMissing`,
 *   `policy.updateMissing`), and the spec skips visibly with `describeUnless(reason, …)` from
 *   test/skip.ts, so `npm test` prints the reason. Page-side callbacks (`evaluate`, `elements`)
 *   are serialised into the page: they must not use anything from their module.
 *
 * ## Fixture page contract (what the pages guarantee to the harness)
 *   - `[data-e2e="message"]` on the element the agent types into: the <textarea>/<input> itself,
 *     or the contenteditable root (Quill's .ql-editor, ProseMirror's view.dom, Lexical's root).
 *     Other markers: recipient, password, search, readonly, message-nested (shadow-dom), swap
 *     (spa-late). The marker may sit inside open shadow roots and iframes.
 *   - `window.__fixture.value(marker?)` in the editor's frame returns the text held by the page's
 *     FRAMEWORK state (React state, Vue ref, Quill getText(), ProseMirror doc, Lexical state,
 *     custom-element property), so a change the framework did not see shows up as a mismatch.
 *   - The send consoles (send-antd, send-element-plus, send-plain-form, send-chat) mark their send
 *     control `[data-e2e="send"]` and record every message their own send logic sent in
 *     `window.__fixture.sent()`; send-plain-form also has a note field (`note`).
 *
 * ## Extension contract relied on (SPEC "In-page UI" plus the agreed hooks)
 *   - badge: `[data-cg-badge]` with `data-count`, `data-max-severity`, inside an open shadow root
 *     whose host is `<collectguard-ui>` in the field's document. Several badges may exist in one
 *     document (one per watched field): `badge(editor)` picks the one nearest to the field's box.
 *   - clicking the badge opens a panel in the same shadow root; each finding row carries
 *     `data-rule-id`, `data-category`, `data-severity`, `data-start`, `data-end` (offsets into the
 *     field text) and contains `[data-cg-fix]` when it has a suggestion.
 *   - compliant text: no badge for the field, or one whose data-max-severity is neither
 *     `error` nor `warning`.
 *
 * ## Clock
 *   The e2e builds' one clock (src/clock) reads a frozen instant from the test profile's storage:
 *   10:00 China time unless a test sets another with `env.setClock` (quiet-hours.e2e.ts does). The
 *   shipped builds have no such hook. The browsers run in Asia/Shanghai, as agents' machines do.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { SCREENS_ROOT } from './constants';
import { type Browser, type LaunchOptions, type Size, type Tab, driver } from './driver';
import { type Editor, findEditor, focusField, typeSlowly } from './editor';
import { type Servers, startServers } from './server';
import { sleep } from './wait';

export * from './badge';
export * from './constants';
export * from './dom';
export { driver } from './driver';
export type { Browser, BrowserName, El, Frame, LaunchOptions, Tab } from './driver';
export * from './editor';
export * from './page-integrity';
export * from './send-consoles';
export * from './server';
export * from './wait';

/** 老赖 (insult) and 坐牢 (misleading): two error findings, at least one with a suggestion. */
export const VIOLATING = '你这个老赖，再不还钱就等着坐牢吧';
/** Signed, lawful, gives a channel: must leave no error/warning badge. */
export const COMPLIANT = '【安信贷】您好，您的借款已逾期3天，请通过官方APP还款，客服4008001234。';

/**
 * The storage key the e2e build's clock reads (src/clock/test-clock.ts); a test writes an instant
 * there through `env.setClock`. Only the e2e build reads it.
 */
export const TEST_CLOCK_KEY = 'cg.e2e.clock';

/** China time on the suite's fixed day: `chinaTime('23:30')` → 2026-12-08T23:30:00+08:00. */
export function chinaTime(hhmm: string): string {
  return `2026-12-08T${hhmm}:00+08:00`;
}

/** The extension API in an extension context (`browser` in Firefox, `chrome` in Chromium). */
export interface WebExtGlobal {
  browser?: WebExtApi;
  chrome?: WebExtApi;
}
export interface WebExtApi {
  runtime: { getManifest(): Record<string, unknown>; sendMessage(m: object): Promise<unknown> };
  storage: { local: { set(v: object): Promise<void>; clear(): Promise<void> }; managed: { get(): Promise<Record<string, unknown>> } };
  tabs: { sendMessage(id: number, m: object): Promise<unknown> };
}

/** Screenshots of this browser's run. */
export const SCREENS_DIR = join(SCREENS_ROOT, driver.name);

/** Save a PNG of the tab's viewport to test-results/e2e-screens/<browser>/<name>.png; returns the path. */
export async function screenshot(tab: Tab, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  const path = screenshotPath(name);
  await tab.screenshot(path, opts);
  return path;
}

/** Where `screenshot` puts <name> (for element screenshots). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENS_DIR, { recursive: true });
  return join(SCREENS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
}

/** Wait until every frame has loaded and the content scripts (document_idle) had time to run. */
export async function settle(tab: Tab, ms = 300): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (const frame of tab.frames()) {
    while (Date.now() < deadline) {
      const state = await frame.evaluate(() => document.readyState, null).catch(() => 'complete');
      if (state === 'complete') break;
      await sleep(50);
    }
  }
  await sleep(ms);
}

/** One environment per test file: the fixture servers, one browser with the extension, its tabs. */
export interface E2E {
  browser: Browser;
  servers: Servers;
  extensionId: string;
  /** Open a fixture console (`kind` = folder under test/e2e/pages) and wait until it has settled. */
  open(kind: string, opts?: { query?: Record<string, string>; origin?: string }): Promise<Tab>;
  /** Open an extension page (popup.html, options.html) as a tab of its own. */
  openExtensionPage(path: string, opts?: { viewport?: Size }): Promise<Tab>;
  /** Open any URL in a tab closed by `closePages`. */
  openTab(url: string, opts?: { viewport?: Size }): Promise<Tab>;
  /** Close every tab opened so far (call in afterEach). */
  closePages(): Promise<void>;
  /** Set the e2e build's clock for every page of the profile (`at`: China time, HH:MM). */
  setClock(at: string): Promise<void>;
  /** Back to the default settings: clear the extension's storage.local. */
  clearStorage(): Promise<void>;
  close(): Promise<void>;
}

/** Open a console (React textarea unless told), click into its field and type `text`: where many specs start. */
export async function consoleWithText(env: E2E, text: string, kind = 'react-textarea'): Promise<Editor> {
  const editor = await findEditor(await env.open(kind));
  await focusField(editor);
  await typeSlowly(editor, text, 5);
  return editor;
}

/** The URL of a fixture console on `origin` (default: the first server). */
export function consoleUrl(servers: Servers, kind: string, opts: { query?: Record<string, string>; origin?: string } = {}): string {
  const q = new URLSearchParams({ xport: String(servers.otherPort), ...opts.query });
  return `${opts.origin ?? servers.origin}/${kind}/?${q}`;
}

export async function setupE2E(opts: LaunchOptions = {}): Promise<E2E> {
  const servers = await startServers();
  let browser: Browser;
  try {
    browser = await driver.launch(opts);
  } catch (e) {
    await servers.close();
    throw e;
  }
  const tabs: Tab[] = [];
  const track = (tab: Tab) => (tabs.push(tab), tab);
  const env: E2E = {
    browser,
    servers,
    extensionId: browser.extensionId,
    async open(kind, o = {}) {
      const tab = track(await browser.openTab(consoleUrl(servers, kind, o)));
      await settle(tab);
      return tab;
    },
    async openExtensionPage(path, o = {}) {
      return track(await browser.openTab(`${browser.extensionOrigin}/${path.replace(/^\//, '')}`, o));
    },
    async openTab(url, o = {}) {
      return track(await browser.openTab(url, o));
    },
    async closePages() {
      await Promise.all(tabs.splice(0).map((t) => t.close().catch(() => {})));
    },
    setClock(at) {
      return browser.inExtension(
        ([key, value]) => {
          const g = globalThis as unknown as WebExtGlobal;
          return (g.browser ?? g.chrome)!.storage.local.set({ [key]: value });
        },
        [TEST_CLOCK_KEY, chinaTime(at)] as const,
      );
    },
    clearStorage() {
      return browser.inExtension(() => {
        const g = globalThis as unknown as WebExtGlobal;
        return (g.browser ?? g.chrome)!.storage.local.clear();
      }, null);
    },
    async close() {
      await browser.close();
      await servers.close();
    },
  };
  return env;
}

/**
 * A value the enclosing suite (spec file or describe block) creates before its tests and disposes
 * of after them, usable at once: it stands in for the value, which exists from beforeAll on.
 */
function suiteScoped<T extends object>(create: () => Promise<T>, dispose: (v: T) => Promise<void>, afterEachTest?: (v: T) => Promise<void>): T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await create();
  });
  if (afterEachTest) afterEach(async () => value && afterEachTest(value));
  afterAll(async () => {
    if (value) await dispose(value);
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!value) throw new Error('used before the suite set it up (beforeAll)');
      const v = value[key as keyof T];
      return typeof v === 'function' ? v.bind(value) : v;
    },
  });
}

/**
 * The e2e environment of the suite it is called in: set up before its tests (with these launch
 * options, or the ones `options` resolves to), tabs closed after each test, closed at the end.
 */
export function useE2E(options: LaunchOptions | (() => Promise<LaunchOptions>) = {}): E2E {
  return suiteScoped(
    async () => setupE2E(typeof options === 'function' ? await options() : options),
    (env) => env.close(),
    (env) => env.closePages(),
  );
}

/** A second browser for the suite, e.g. without the extension for a control run. */
export function useBrowser(options: LaunchOptions): Browser {
  return suiteScoped(
    () => driver.launch(options),
    (b) => b.close(),
  );
}
