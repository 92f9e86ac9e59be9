/**
 * CollectGuard end-to-end harness for real Firefox: Debian's `firefox-esr` (headless) with the
 * built extension installed, driven by puppeteer-core over WebDriver BiDi, against the same
 * fixture consoles and static server as the Chromium suite (test/e2e/harness.ts).
 *
 * ## Running
 *   npm run build                                            # → .output/firefox-mv2
 *   npx vitest run -c test/e2e/firefox/vitest.firefox.config.ts
 * The globalSetup (./global-setup.ts) builds the fixture pages and the Firefox extension when they
 * are missing or stale (CG_E2E_NO_BUILD=1 skips it). Needs /usr/bin/firefox-esr (override:
 * CG_FIREFOX) and, for readable screenshots, fonts-wqy-microhei. CG_E2E_FIREFOX_EXT_DIR loads
 * another build (e.g. `.output/firefox-mv3` from `wxt build -b firefox --mv3`).
 * Screenshots of every step: test-results/e2e-screens/firefox/.
 *
 * ## How Firefox is driven (verified traps)
 *   - `browser.installExtension(dir)` installs the unpacked build as a temporary add-on; the
 *     extension's internal UUID is fixed in advance with the pref `extensions.webextensions.uuids`
 *     so the test knows its moz-extension:// origin.
 *   - `--remote-allow-system-access` is required to open moz-extension:// pages, and Firefox sends
 *     no load event for them: `openExtensionPage` starts the navigation without awaiting it and
 *     polls `location.href` / `document.readyState`.
 *   - The `enableExtensions` launch option is not used (it is not awaited; a broken build would
 *     fail later as an unhandled rejection).
 *   - The clock: as in the Chromium suite, the e2e build (.output/firefox-mv2-e2e) reads a frozen
 *     instant from the profile's storage (10:00 China time unless `setClock` sets another).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { REPO, TEST_CLOCK_KEY, TIMEZONE, chinaTime, sleep, startServers, waitFor, type Servers } from '../harness';

export { COMPLIANT, VIOLATING, holdsFor, sleep, waitFor } from '../harness';

export const FIREFOX = process.env.CG_FIREFOX ?? '/usr/bin/firefox-esr';
export const FX_EXT_DIR = process.env.CG_E2E_FIREFOX_EXT_DIR ? resolve(process.env.CG_E2E_FIREFOX_EXT_DIR) : join(REPO, '.output/firefox-mv2-e2e');
export const FX_SCREENS_DIR = join(REPO, 'test-results/e2e-screens/firefox');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'collectguard@collectguard.local';
/** The moz-extension:// host the tests give the extension (pref extensions.webextensions.uuids). */
export const EXT_UUID = 'c0113c70-6a2d-4e5d-9f1a-000000e2e0ff';
export const EXT_ORIGIN = `moz-extension://${EXT_UUID}`;
/** Where policy.e2e.ts writes its policies.json (Firefox's system-wide policy file on Linux). */
export const FX_POLICY_FILE = process.env.CG_FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';
/** Top-level key that marks a policies.json as written by the tests (Firefox ignores it). */
export const FX_POLICY_MARK = 'collectguard-e2e';

export interface FxEnv {
  browser: Browser;
  servers: Servers;
  timezone: string;
  /** The id Firefox reported for the installed add-on (must equal GECKO_ID). */
  addonId: string;
  /** Open a fixture console (`kind` = folder under test/e2e/pages) and wait until it settled. */
  open(kind: string, opts?: { query?: Record<string, string> }): Promise<Page>;
  /** Open an extension page (popup.html, options.html) as a tab of its own. */
  openExtensionPage(path: string, opts?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** Close every page opened so far (call in afterEach). */
  closePages(): Promise<void>;
  /** Sets the e2e build's clock for every page (`at`: China time, HH:MM). */
  setClock(at: string): Promise<void>;
  close(): Promise<void>;
}

export interface FxLaunchOptions {
  extensionDir?: string;
  /** false: no extension (a control run). */
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  /** Extra Firefox prefs (e.g. dark mode: `ui.systemUsesDarkTheme: 1`). */
  prefs?: Record<string, unknown>;
}

const errors = new WeakMap<Page, string[]>();
/** Uncaught exceptions thrown by the page since it was opened. */
export function pageErrors(page: Page): string[] {
  return errors.get(page) ?? [];
}

export async function setupFirefox(opts: FxLaunchOptions = {}): Promise<FxEnv> {
  const extDir = resolve(opts.extensionDir ?? FX_EXT_DIR);
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`Firefox extension not built: ${extDir} (npm run build)`);
  }
  const viewport = opts.viewport ?? { width: 1280, height: 900 };
  const servers = await startServers();
  const timezone = TIMEZONE;
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, TZ: timezone, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      protocolTimeout: 60_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXT_UUID }),
        'intl.accept_languages': 'zh-CN, zh, en-US, en',
        // No first-run pages, no update checks, no telemetry: nothing but the test's own tabs.
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        ...opts.prefs,
      },
    });
  } catch (e) {
    await servers.close();
    throw e;
  }
  let addonId = '';
  try {
    if (withExtension) addonId = await browser.installExtension(extDir);
  } catch (e) {
    await browser.close().catch(() => {});
    await servers.close();
    throw e;
  }
  const pages: Page[] = [];
  const track = (page: Page) => {
    pages.push(page);
    const list: string[] = [];
    errors.set(page, list);
    page.on('pageerror', (e) => list.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  };
  const env: FxEnv = {
    browser,
    servers,
    timezone,
    addonId,
    async open(kind, o = {}) {
      const page = await browser.newPage();
      track(page);
      await setViewport(page, viewport);
      const q = new URLSearchParams({ xport: String(servers.otherPort), ...o.query });
      await page.goto(`${servers.origin}/${kind}/?${q}`, { waitUntil: 'load' });
      await settle(page);
      return page;
    },
    async openExtensionPage(path, o = {}) {
      const page = await browser.newPage();
      track(page);
      await setViewport(page, o.viewport ?? viewport);
      const url = `${EXT_ORIGIN}/${path.replace(/^\//, '')}`;
      // Never resolves for moz-extension:// (no load event): start it and poll instead.
      void page.goto(url, { timeout: 0 }).catch(() => {});
      await waitFor(
        async () => {
          const s = await page.evaluate(() => [location.href, document.readyState] as const);
          return s[0].startsWith(url.split(/[?#]/)[0]!) && s[1] === 'complete' ? true : undefined;
        },
        15_000,
        `${url} to load`,
      );
      return page;
    },
    async closePages() {
      await Promise.all(pages.splice(0).map((p) => p.close().catch(() => {})));
    },
    async setClock(at) {
      const page = await env.openExtensionPage('options.html');
      type Local = { set(v: object): Promise<void> };
      await page.evaluate(
        (key: string, value: string) => (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage.local.set({ [key]: value }),
        TEST_CLOCK_KEY,
        chinaTime(at),
      );
      pages.splice(pages.indexOf(page), 1);
      await page.close();
    },
    async close() {
      await browser.close().catch(() => {});
      await servers.close();
    },
  };
  return env;
}

/**
 * page.setViewport, on Firefox ESR 140 too: puppeteer sends the viewport and a screen-orientation
 * override together, and ESR 140 knows only the first (the viewport is set all the same).
 */
async function setViewport(page: Page, viewport: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(viewport);
  } catch (e) {
    if (!String(e).includes('setScreenOrientationOverride')) throw e;
  }
}

/** Wait until every frame has loaded and the content scripts (document_idle) had time to run. */
export async function settle(page: Page, ms = 300): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (const frame of page.frames()) {
    while (Date.now() < deadline) {
      const state = await frame.evaluate(() => document.readyState).catch(() => 'complete');
      if (state === 'complete') break;
      await sleep(50);
    }
  }
  await sleep(ms);
}

// ---------------------------------------------------------------------------------------------
// Keyboard

/** Press a chord like `Control+Z` (puppeteer key names joined by +). */
export async function chord(page: Page, keys: string): Promise<void> {
  const parts = keys.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const last = parts.pop()!;
  for (const k of parts) await page.keyboard.down(k);
  await page.keyboard.press(last);
  for (const k of parts.reverse()) await page.keyboard.up(k);
}

// ---------------------------------------------------------------------------------------------
// Editors

export type EditorKind = 'textarea' | 'input' | 'contenteditable';

export interface FxEditor {
  page: Page;
  frame: Frame;
  marker: string;
  handle: ElementHandle<Element>;
  kind: EditorKind;
}

/**
 * The element marked `data-e2e=marker` in any frame of the page (through open shadow roots);
 * `frameName` restricts the search to frames with that window.name.
 */
export async function findEditor(page: Page, opts: { marker?: string; frameName?: string; timeout?: number } = {}): Promise<FxEditor> {
  const marker = opts.marker ?? 'message';
  const deadline = Date.now() + (opts.timeout ?? 10_000);
  for (;;) {
    for (const frame of page.frames()) {
      if (opts.frameName !== undefined && (await frame.evaluate(() => window.name).catch(() => null)) !== opts.frameName) continue;
      const handle = await frame.$(`pierce/[data-e2e="${marker}"]`).catch(() => null);
      if (!handle) continue;
      const kind = await handle.evaluate((el): EditorKind => (el.tagName === 'TEXTAREA' ? 'textarea' : el.tagName === 'INPUT' ? 'input' : 'contenteditable'));
      return { page, frame, marker, handle, kind };
    }
    if (Date.now() > deadline) throw new Error(`no [data-e2e="${marker}"] in ${page.url()}`);
    await sleep(100);
  }
}

/** The text the agent sees in the field: value for textarea/input, innerText otherwise. */
export function fieldText(editor: FxEditor): Promise<string> {
  return editor.handle.evaluate((el) =>
    el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText.replace(/\n+$/, ''),
  );
}

/** The text held by the page's framework state (`window.__fixture.value(marker)`). */
export function fixtureValue(editor: FxEditor): Promise<string> {
  return editor.frame.evaluate((marker) => {
    const f = (window as unknown as { __fixture?: { value(m?: string): string } }).__fixture;
    if (!f) throw new Error(`no window.__fixture in ${location.href}`);
    return f.value(marker);
  }, editor.marker);
}

export function hasFocus(editor: FxEditor): Promise<boolean> {
  return editor.handle.evaluate((el) => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el || (a !== null && el.contains(a));
  });
}

/**
 * A real mouse click at the centre of an element of `frame`. Puppeteer's own click in a child
 * frame asks Firefox for the <iframe> element with a BiDi locator ESR 140 lacks; the frame's offset
 * comes instead from mozInnerScreenX/Y, which every frame knows, cross-origin ones too.
 */
export async function clickIn(page: Page, frame: Frame, handle: ElementHandle<Element>): Promise<void> {
  if (frame === page.mainFrame()) return handle.click();
  const screen = () => [(window as unknown as { mozInnerScreenX: number }).mozInnerScreenX, (window as unknown as { mozInnerScreenY: number }).mozInnerScreenY] as const;
  const [fx, fy] = await frame.evaluate(screen);
  const [tx, ty] = await page.mainFrame().evaluate(screen);
  await handle.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
  const r = await handle.evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
  await page.mouse.click(fx - tx + r.x, fy - ty + r.y);
}

/** Click into the field (a real click) and put the caret at the end. */
export async function focusField(editor: FxEditor): Promise<void> {
  await clickIn(editor.page, editor.frame, editor.handle);
  await chord(editor.page, 'Control+End');
}

export async function ensureFocus(editor: FxEditor): Promise<void> {
  if (!(await hasFocus(editor))) await editor.handle.focus();
}

/** Type like a person: one key event sequence per character. */
export async function typeSlowly(editor: FxEditor, text: string, delay = 20): Promise<void> {
  await ensureFocus(editor);
  await editor.page.keyboard.type(text, { delay });
}

/** Select all (Ctrl+A) and delete, as an agent clears the box. */
export async function clearField(editor: FxEditor): Promise<void> {
  await ensureFocus(editor);
  await chord(editor.page, 'Control+A');
  await editor.page.keyboard.press('Backspace');
  const left = await waitFor(async () => ((await fieldText(editor)) === '' ? true : undefined), 2_000).catch(() => false);
  if (!left) throw new Error(`field not cleared: ${JSON.stringify(await fieldText(editor))}`);
}

// ---------------------------------------------------------------------------------------------
// Badge, panel, card (SPEC "In-page UI")

export interface FxBadge {
  handle: ElementHandle<Element>;
  count: number;
  maxSeverity: string | null;
  box: { x: number; y: number; width: number; height: number };
}

export interface FxRow {
  ruleId: string;
  category: string | null;
  severity: string | null;
  start: number | null;
  end: number | null;
  hasFix: boolean;
  visible: boolean;
}

/** The visible `[data-cg-badge]` nearest to the field (all open shadow roots of its document), or null. */
export async function badge(editor: FxEditor): Promise<FxBadge | null> {
  const h = await editor.frame.evaluateHandle((field: Element) => {
    const found: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.matches('[data-cg-badge]')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(field.ownerDocument);
    const f = field.getBoundingClientRect();
    let best: Element | null = null;
    let bestD = Infinity;
    for (const b of found) {
      const r = b.getBoundingClientRect();
      if (!r.width || !r.height || getComputedStyle(b).visibility === 'hidden') continue;
      const dx = Math.max(0, f.x - (r.x + r.width), r.x - (f.x + f.width));
      const dy = Math.max(0, f.y - (r.y + r.height), r.y - (f.y + f.height));
      const d = Math.hypot(dx, dy);
      if (d < bestD) {
        bestD = d;
        best = b;
      }
    }
    return best;
  }, editor.handle);
  const el = h.asElement() as ElementHandle<Element> | null;
  if (!el) {
    await h.dispose();
    return null;
  }
  const info = await el.evaluate((b) => {
    const r = b.getBoundingClientRect();
    return { count: Number(b.getAttribute('data-count')), maxSeverity: b.getAttribute('data-max-severity'), box: { x: r.x, y: r.y, width: r.width, height: r.height } };
  });
  return { handle: el, ...info };
}

export function waitForBadge(
  editor: FxEditor,
  pred: (b: FxBadge) => boolean = (b) => b.count > 0 && b.maxSeverity === 'error',
  // The first lint of a document waits for the rule pack from the background and its compilation.
  timeout = 10_000,
): Promise<FxBadge> {
  return waitFor(async () => {
    const b = await badge(editor);
    return b && pred(b) ? b : undefined;
  }, timeout, `a badge for [data-e2e="${editor.marker}"] matching ${pred.toString()}`);
}

/** True when the field shows no error/warning badge. */
export async function isClean(editor: FxEditor): Promise<boolean> {
  const b = await badge(editor);
  return !b || (b.maxSeverity !== 'error' && b.maxSeverity !== 'warning');
}

/** The finding rows in the shadow root that holds the badge. */
export function panelRows(b: FxBadge): Promise<FxRow[]> {
  return b.handle.evaluate((badgeEl) => {
    const root = badgeEl.getRootNode() as ShadowRoot | Document;
    return Array.from(root.querySelectorAll('[data-rule-id]')).map((r) => {
      const rect = r.getBoundingClientRect();
      const num = (a: string) => (r.getAttribute(a) === null ? null : Number(r.getAttribute(a)));
      return {
        ruleId: r.getAttribute('data-rule-id') ?? '',
        category: r.getAttribute('data-category'),
        severity: r.getAttribute('data-severity'),
        start: num('data-start'),
        end: num('data-end'),
        hasFix: r.querySelector('[data-cg-fix]') !== null,
        visible: rect.width > 0 && rect.height > 0,
      };
    });
  });
}

/** Click the field's badge and wait for the panel's rows. */
export async function openPanel(editor: FxEditor): Promise<{ badge: FxBadge; rows: FxRow[] }> {
  const b = await waitForBadge(editor, (x) => x.count > 0);
  await clickIn(editor.page, editor.frame, b.handle);
  const rows = await waitFor(
    async () => {
      const rs = await panelRows(b);
      return rs.some((r) => r.visible) ? rs : undefined;
    },
    5_000,
    'the panel to list findings ([data-rule-id]) after clicking the badge',
  );
  return { badge: b, rows };
}

/** An element inside the badge's shadow root (first match of `selector`), or null. */
export async function inUi(b: FxBadge, selector: string): Promise<ElementHandle<Element> | null> {
  const h = await b.handle.evaluateHandle((badgeEl, sel) => (badgeEl.getRootNode() as ShadowRoot).querySelector(sel), selector);
  const el = h.asElement() as ElementHandle<Element> | null;
  if (!el) await h.dispose();
  return el;
}

/** Click the first `[data-cg-fix]` in the panel; returns the row it belongs to. */
export async function clickFirstFix(editor: FxEditor, b: FxBadge): Promise<FxRow> {
  const button = await inUi(b, '[data-cg-fix]');
  if (!button) throw new Error('no [data-cg-fix] button in the panel');
  const row = await button.evaluate((el) => {
    const r = el.closest('[data-rule-id]')!;
    const num = (a: string) => (r.getAttribute(a) === null ? null : Number(r.getAttribute(a)));
    return {
      ruleId: r.getAttribute('data-rule-id') ?? '',
      category: r.getAttribute('data-category'),
      severity: r.getAttribute('data-severity'),
      start: num('data-start'),
      end: num('data-end'),
      hasFix: true,
      visible: true,
    };
  });
  await clickIn(editor.page, editor.frame, button);
  return row;
}

/**
 * The centre of the first underline box in the field's UI, in viewport coordinates (for hovering
 * it like an agent's mouse). Null when there is no underline box (the CSS Highlight API draws
 * contenteditable underlines; it has no boxes).
 */
export function firstUnderline(b: FxBadge): Promise<{ x: number; y: number } | null> {
  return b.handle.evaluate((badgeEl) => {
    const u = (badgeEl.getRootNode() as ShadowRoot).querySelector('[data-cg-underline]');
    if (!u) return null;
    const r = u.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Save a PNG of the page's viewport to test-results/e2e-screens/firefox/<name>.png. */
export async function screenshot(page: Page, name: string, dir = FX_SCREENS_DIR): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`) as `${string}.png`;
  await page.screenshot({ path });
  return path;
}

export function removeScreens(): void {
  rmSync(FX_SCREENS_DIR, { recursive: true, force: true });
}
