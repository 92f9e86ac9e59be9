/**
 * CollectGuard end-to-end harness: real Debian Chromium (headless) with the built extension
 * loaded, driven by playwright-core, against fixture "SMS console" pages built with real UI
 * libraries. (The e2e docs live in these comments; there is no separate README.)
 *
 * ## Running
 *   npm run build                                   # extension → .output/chrome-mv3
 *   npx vitest run -c test/e2e/vitest.e2e.config.ts # all e2e files, serially
 *   npx vitest run -c test/e2e/vitest.e2e.config.ts sanity   # just the page sanity checks
 * The globalSetup (test/e2e/global-setup.ts) rebuilds the fixture pages
 * (`npx vite build -c test/e2e/pages/vite.config.ts` → test/e2e/.pages-dist, gitignored) when they
 * are missing or older than their sources, rebuilds the Chrome extension when .output/chrome-mv3
 * is missing or older than src/, entrypoints/, public/ or wxt.config.ts (set CG_E2E_NO_BUILD=1 to
 * skip both; CG_E2E_EXT_DIR=<dir> loads another unpacked build instead and skips the extension
 * build), and prints the screenshot folder (test-results/e2e-screens/). Needs /usr/bin/chromium
 * (override: CG_CHROMIUM) and, for readable screenshots, fonts-wqy-microhei.
 *
 * ## Layout
 *   test/e2e/pages/<kind>/index.html   one fixture console per editor kind (see pages/index.html)
 *   test/e2e/pages/shared/             console CSS/skeleton and the `window.__fixture` contract
 *   test/e2e/harness.ts                this file: server, browser, page/editor/badge helpers
 *   test/e2e/flow.ts                   the SPEC "In-page UI" flow every editor kind goes through
 *   test/e2e/chromium/*.e2e.ts         test files (one browser per file)
 *   test/e2e/firefox/                  reserved for the Firefox suite
 *
 * ## Test files (test/e2e/chromium/)
 *   sanity          pages load, typing reaches field and framework state, IME simulation works,
 *                   browser clock is daytime (independent of what the content script does)
 *   textareas       flow on react/antd/vue/element-plus textareas and the <input>; password,
 *                   search and readonly inputs get no badge
 *   rich-editors    flow on contenteditable, Quill, ProseMirror, Lexical
 *   frames          flow in same-origin, cross-origin (OOPIF), srcdoc and about:blank iframes
 *   shadow-spa      flow in open shadow roots (1 and 2 deep), late-mounted and swapped SPA
 *                   fields, the 5,000-node mutating page
 *   hostile-css     flow and UI usability under aggressive page CSS
 *   ime             no lint while composing (CDP IME), badge after compositionend
 *   page-integrity  page DOM/attributes/layout/field text identical to a browser without the
 *                   extension after the same typing (MutationObserver records, snapshots)
 *   self-hosted     (root only) `npm run package:self-hosted` output served from 127.0.0.1 and
 *                   force-installed by a managed policy file: installs by itself, flags a
 *                   violation, cannot be turned off or removed, picks up a version bump
 *   Reading failures: each step's expect() names the step; screenshots of every step (and
 *   `<kind>-FAIL-no-badge.png`) are in test-results/e2e-screens/.
 *
 * ## Fixture page contract (what the pages guarantee to the harness)
 *   - `[data-e2e="message"]` on the element the agent types into: the <textarea>/<input> itself,
 *     or the contenteditable root (Quill's .ql-editor, ProseMirror's view.dom, Lexical's root).
 *     Other markers: recipient, password, search, readonly, message-nested (shadow-dom), swap
 *     (spa-late). The marker may sit inside open shadow roots and iframes.
 *   - `window.__fixture.value(marker?)` in the editor's frame returns the text held by the page's
 *     FRAMEWORK state (React state, Vue ref, Quill getText(), ProseMirror doc, Lexical state,
 *     custom-element property), so a change the framework did not see shows up as a mismatch.
 *
 * ## Extension contract relied on (SPEC "In-page UI" plus the agreed hooks)
 *   - badge: `[data-cg-badge]` with `data-count`, `data-max-severity`, inside an open shadow root
 *     whose host is `<collectguard-ui>` in the field's document (Playwright CSS pierces it).
 *     Several badges may exist in one document (one per watched field): the harness picks the one
 *     nearest to the field's box (`badge(editor)`).
 *   - clicking the badge opens a panel in the same shadow root; each finding row carries
 *     `data-rule-id`, `data-category`, `data-severity`, `data-start`, `data-end` (offsets into the
 *     field text) and contains `[data-cg-fix]` when it has a suggestion. If no row is found in the
 *     badge's shadow root, the harness falls back to any `[data-rule-id]` in the frame.
 *   - compliant text: no badge for the field, or one whose data-max-severity is neither
 *     `error` nor `warning`.
 *
 * ## Clock
 *   The suite loads the e2e build (`npm run build:e2e` → .output/chrome-mv3-e2e), whose one clock
 *   (src/clock) reads a frozen instant from the test profile's storage: 10:00 China time unless a
 *   test sets another with `setClock` (quiet-hours.e2e.ts does). The shipped build has no such
 *   hook. The browser runs in Asia/Shanghai, as agents' machines do.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type ElementHandle, type Frame, type Locator, type Page } from 'playwright-core';
import type { Fixture } from './pages/shared/fixture';

export type { Fixture };

// ---------------------------------------------------------------------------------------------
// Paths and test texts

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The unpacked extension to load; CG_E2E_EXT_DIR points the suite at another build. */
export const EXT_DIR = process.env.CG_E2E_EXT_DIR ? resolve(process.env.CG_E2E_EXT_DIR) : join(REPO, '.output/chrome-mv3-e2e');
export const PAGES_DIST = join(REPO, 'test/e2e/.pages-dist');
export const SCREENS_DIR = join(REPO, 'test-results/e2e-screens');
export const CHROMIUM = process.env.CG_CHROMIUM ?? '/usr/bin/chromium';

/** 老赖 (insult) and 坐牢 (misleading): two error findings, at least one with a suggestion. */
export const VIOLATING = '你这个老赖，再不还钱就等着坐牢吧';
/** Signed, lawful, gives a channel: must leave no error/warning badge. */
export const COMPLIANT = '【安信贷】您好，您的借款已逾期3天，请通过官方APP还款，客服4008001234。';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Static server: serves test/e2e/.pages-dist on two loopback ports. Page URLs are
// `${origin}/<kind>/`; the second origin (different port AND host name: 127.0.0.1 vs localhost)
// serves the cross-origin iframe, and pages learn its port from `?xport=`.

export interface Servers {
  origin: string; // http://127.0.0.1:PORT
  otherOrigin: string; // http://localhost:PORT2
  otherPort: number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.xml': 'text/xml; charset=utf-8',
  '.crx': 'application/x-chrome-extension',
};

function serveStatic(root: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let rel = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      let file = resolve(root, rel);
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) {
        rel = join(rel, 'index.html');
        file = join(file, 'index.html');
      }
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}`);
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      res.end(readFileSync(file));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  };
}

function listen(root: string, onRequest?: (url: string) => void): Promise<Server> {
  const serve = serveStatic(root);
  return new Promise((ok, fail) => {
    const server = createServer((req, res) => {
      onRequest?.(req.url ?? '');
      serve(req, res);
    });
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

const closeServer = (s: Server) =>
  new Promise<void>((r) => {
    s.closeAllConnections();
    s.close(() => r());
  });

export interface StaticServer {
  origin: string; // http://127.0.0.1:PORT
  /** Request URLs served so far (path and query). */
  requests: string[];
  close(): Promise<void>;
}

/** A plain static server for any folder on 127.0.0.1 (e.g. a self-hosted extension package). */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = await listen(resolve(root), (u) => requests.push(u));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests, close: () => closeServer(server) };
}

export async function startServers(root = PAGES_DIST): Promise<Servers> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`fixture pages not built: ${root} (npx vite build -c test/e2e/pages/vite.config.ts)`);
  }
  const [a, b] = await Promise.all([listen(root), listen(root)]);
  const port = (s: Server) => (s.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port(a)}`,
    otherOrigin: `http://localhost:${port(b)}`,
    otherPort: port(b),
    close: () => Promise.all([a, b].map(closeServer)).then(() => undefined),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser

/** The browsers' time zone: China, where the agents are (the quiet hours are China time anyway). */
export const TIMEZONE = 'Asia/Shanghai';

/**
 * The storage key the e2e build's clock reads (src/clock/test-clock.ts); a test writes an instant
 * there through `setClock`. Only the e2e build reads it.
 */
export const TEST_CLOCK_KEY = 'cg.e2e.clock';

/** China time on the suite's fixed day: `chinaTime('23:30')` → 2026-12-08T23:30:00+08:00. */
export function chinaTime(hhmm: string): string {
  return `2026-12-08T${hhmm}:00+08:00`;
}

/** Sets the e2e build's clock for every page of the profile (`at`: China time, HH:MM). */
export async function setClock(context: BrowserContext, at: string): Promise<void> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await sw.evaluate(
    ([key, value]) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ [key]: value }),
    [TEST_CLOCK_KEY, chinaTime(at)] as const,
  );
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  timezone: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** false: no extension (a control run). */
  withExtension?: boolean;
  viewport?: { width: number; height: number };
  /**
   * The extension is not loaded from a folder: enterprise policy force-installs it (a managed
   * policy file written by the test) and this is its id. Chromium must then be allowed to install
   * extensions and to fetch the update manifest, so Playwright's default `--disable-extensions`
   * and `--disable-background-networking` are left out; the launch waits until the extension is
   * installed.
   */
  policyInstalledId?: string;
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extDir = resolve(opts.extensionDir ?? EXT_DIR);
  const byPolicy = opts.policyInstalledId;
  const withExtension = !byPolicy && (opts.withExtension ?? true);
  if (withExtension && !existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`extension not built: ${extDir} (npm run build)`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'cg-e2e-profile-'));
  const timezone = TIMEZONE;
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    ...(byPolicy ? [] : ['--disable-background-networking']),
    '--disable-component-update',
    '--disable-sync',
    ...(withExtension ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ...(byPolicy ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
    env: { ...process.env, TZ: timezone },
    timezoneId: timezone,
    locale: 'zh-CN',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
  });
  let extensionId = '';
  try {
    if (withExtension) {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      extensionId = new URL(sw.url()).host;
    } else if (byPolicy) {
      const page = await context.newPage();
      await page.goto('chrome://extensions');
      await waitFor(async () => ((await installedExtension(page, byPolicy)) ? true : undefined), 60_000, `policy to install extension ${byPolicy}`);
      await page.close();
      extensionId = byPolicy;
    }
  } catch (e) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    context,
    extensionId,
    userDataDir,
    timezone,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** What chrome://extensions knows about an installed extension (chrome.developerPrivate.ExtensionInfo). */
export interface InstalledExtension {
  id: string;
  version: string;
  state: string;
  /** Set when the extension is controlled by policy: the text chrome://extensions shows. */
  controlledInfo?: { text: string };
  userMayModify: boolean;
  mustRemainInstalled: boolean;
  updateUrl?: string;
}

/** The extension as chrome://extensions sees it (`page` must be on chrome://extensions), or null. */
export function installedExtension(page: Page, id: string): Promise<InstalledExtension | null> {
  type DevPrivate = { developerPrivate: { getExtensionsInfo(o: object, cb: (l: InstalledExtension[]) => void): void } };
  return page.evaluate(
    (id) =>
      new Promise<InstalledExtension | null>((ok) =>
        (globalThis as unknown as { chrome: DevPrivate }).chrome.developerPrivate.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, (list) =>
          ok(list.find((e) => e.id === id) ?? null),
        ),
      ),
    id,
  );
}

// ---------------------------------------------------------------------------------------------
// One environment per test file: servers + browser + page tracking.

export interface E2E extends LaunchedBrowser {
  servers: Servers;
  /** Open a fixture page (`kind` = folder under test/e2e/pages) and wait until it has settled. */
  open(kind: string, opts?: { query?: Record<string, string>; origin?: string }): Promise<Page>;
  /** Close every page opened so far (call in afterEach). */
  closePages(): Promise<void>;
}

export async function setupE2E(opts: LaunchOptions = {}): Promise<E2E> {
  const servers = await startServers();
  let browser: LaunchedBrowser;
  try {
    browser = await launchChromium(opts);
  } catch (e) {
    await servers.close();
    throw e;
  }
  const pages: Page[] = [];
  return {
    ...browser,
    servers,
    async open(kind, o = {}) {
      const page = await browser.context.newPage();
      pages.push(page);
      trackErrors(page);
      const q = new URLSearchParams({ xport: String(servers.otherPort), ...o.query });
      await page.goto(`${o.origin ?? servers.origin}/${kind}/?${q}`, { waitUntil: 'load' });
      await settle(page);
      return page;
    },
    async closePages() {
      await Promise.all(pages.splice(0).map((p) => p.close().catch(() => {})));
    },
    async close() {
      await browser.close();
      await servers.close();
    },
  };
}

const errors = new WeakMap<Page, string[]>();
function trackErrors(page: Page): void {
  const list: string[] = [];
  errors.set(page, list);
  page.on('pageerror', (e) => list.push(`pageerror: ${e.message}`));
}
/** Uncaught exceptions thrown by the page (any frame) since it was opened. */
export function pageErrors(page: Page): string[] {
  return errors.get(page) ?? [];
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
// Editors

export type EditorKind = 'textarea' | 'input' | 'contenteditable';

export interface Editor {
  page: Page;
  frame: Frame;
  marker: string;
  /** `[data-e2e=marker]` in `frame` (pierces open shadow roots). */
  locator: Locator;
  kind: EditorKind;
}

/**
 * Find the element marked `data-e2e=marker` in any frame of the page (also inside open shadow
 * roots; waits for late-mounted fields). `frameName` restricts the search to frames with that
 * name (iframe-srcdoc has frames "srcdoc" and "blank").
 */
export async function findEditor(
  page: Page,
  opts: { marker?: string; frameName?: string; timeout?: number } = {},
): Promise<Editor> {
  const marker = opts.marker ?? 'message';
  const deadline = Date.now() + (opts.timeout ?? 10_000);
  for (;;) {
    for (const frame of page.frames()) {
      if (opts.frameName !== undefined && frame.name() !== opts.frameName) continue;
      const locator = frame.locator(`[data-e2e="${marker}"]`);
      if ((await locator.count().catch(() => 0)) !== 1) continue;
      const kind = await locator
        .evaluate((el): EditorKind => (el.tagName === 'TEXTAREA' ? 'textarea' : el.tagName === 'INPUT' ? 'input' : 'contenteditable'))
        .catch(() => null);
      if (kind) return { page, frame, marker, locator, kind };
    }
    if (Date.now() > deadline) {
      throw new Error(`no [data-e2e="${marker}"] in ${page.url()} (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
    }
    await sleep(100);
  }
}

/**
 * The text the agent sees in the field: value for textarea/input, innerText otherwise, less what
 * is not text: placeholders drawn inside the editable as non-editable, unselectable,
 * click-through islands (Slate), and the U+FEFF caret anchors editors put in empty lines.
 */
export function fieldText(editor: Editor): Promise<string> {
  return editor.locator.evaluate((el) => {
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return (el as HTMLTextAreaElement).value;
    let text = (el as HTMLElement).innerText;
    for (const island of Array.from(el.querySelectorAll<HTMLElement>('[contenteditable="false"]'))) {
      const cs = getComputedStyle(island);
      if (cs.pointerEvents === 'none' && cs.userSelect === 'none' && island.innerText) text = text.replace(island.innerText, '');
    }
    return text.replace(/\uFEFF/g, '').replace(/\n+$/, '');
  });
}

/** The text held by the page's framework state (`window.__fixture.value(marker)` in the field's frame). */
export function fixtureValue(editor: Editor): Promise<string> {
  return editor.frame.evaluate((marker) => {
    const f = window.__fixture;
    if (!f) throw new Error(`no window.__fixture in ${location.href}`);
    return f.value(marker);
  }, editor.marker);
}

/** Is focus (through shadow roots) on the field, in the field's frame? */
export function hasFocus(editor: Editor): Promise<boolean> {
  return editor.locator.evaluate((el) => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el || (a !== null && el.contains(a));
  });
}

/** Click into the field (a real click: fails if something covers it) and put the caret at the end. */
export async function focusField(editor: Editor, opts: { click?: boolean } = {}): Promise<void> {
  if (opts.click ?? true) await editor.locator.click({ timeout: 5_000 });
  else await editor.locator.focus();
  await editor.page.keyboard.press('Control+End');
}

/** Make sure the field has focus (without moving the caret when it already has). */
export async function ensureFocus(editor: Editor): Promise<void> {
  if (!(await hasFocus(editor))) await editor.locator.focus();
}

/**
 * Type like a person: one key event sequence per character (Chinese characters via insertText,
 * with no key events). `imeKeys`: each non-ASCII character comes with the keydown/keyup of
 * keyCode 229 ("Process") that a real IME sends around its text, for editors whose undo manager
 * starts a typing step on keydown (TinyMCE) and so never records text that came without one.
 */
export async function typeSlowly(editor: Editor, text: string, delay = 25, opts: { imeKeys?: boolean } = {}): Promise<void> {
  await ensureFocus(editor);
  if (!opts.imeKeys) return editor.page.keyboard.type(text, { delay });
  const cdp = await editor.page.context().newCDPSession(editor.page);
  const key = { key: 'Process', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
  try {
    for (const ch of text) {
      if (ch.charCodeAt(0) < 128) await editor.page.keyboard.type(ch);
      else {
        await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
        await cdp.send('Input.insertText', { text: ch });
        await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
      }
      await sleep(delay);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Select all (Ctrl+A) and delete, as an agent clears the box. */
export async function clearField(editor: Editor): Promise<void> {
  await ensureFocus(editor);
  await editor.page.keyboard.press('Control+A');
  await editor.page.keyboard.press('Backspace');
  const left = await waitFor(async () => ((await fieldText(editor)) === '' ? true : undefined), 2_000).catch(() => false);
  if (!left) throw new Error(`field not cleared: ${JSON.stringify(await fieldText(editor))}`);
}

/**
 * Simulate a Chinese pinyin IME over CDP: composition text grows key by key (`z`, `zu`, `zuo`),
 * then the candidate (`坐牢`) is shown as composition text, then committed with Input.insertText.
 * The page sees compositionstart/update, `input` with isComposing=true, compositionend.
 * `whileComposing` runs before the commit (to assert nothing is linted mid-composition).
 * Main-frame fields only (an out-of-process iframe needs its own CDP session).
 */
export async function imeCompose(
  page: Page,
  pinyin: string,
  result: string,
  opts: { whileComposing?: () => Promise<void>; delay?: number } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 1; i <= pinyin.length; i++) {
      const t = pinyin.slice(0, i);
      await cdp.send('Input.imeSetComposition', { text: t, selectionStart: t.length, selectionEnd: t.length });
      await sleep(opts.delay ?? 30);
    }
    await cdp.send('Input.imeSetComposition', { text: result, selectionStart: result.length, selectionEnd: result.length });
    await sleep(opts.delay ?? 30);
    if (opts.whileComposing) await opts.whileComposing();
    await cdp.send('Input.insertText', { text: result });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Badge and panel (the SPEC contract)

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BadgeInfo {
  count: number;
  maxSeverity: string | null;
  /** In the frame's viewport coordinates. */
  box: Box;
  visible: boolean;
  /** Distance from the field's box (0 = overlapping); Infinity when not matched to a field. */
  distance: number;
  /** This badge: `frame.locator('[data-cg-badge]').nth(i)`. */
  locator: Locator;
}

export interface FindingRow {
  ruleId: string;
  category: string | null;
  severity: string | null;
  start: number | null;
  end: number | null;
  hasFix: boolean;
  visible: boolean;
  text: string;
}

function isEditor(x: Editor | Page | Frame): x is Editor {
  return 'marker' in x && 'locator' in x;
}

function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/** Every `[data-cg-badge]` in a frame (through open shadow roots). */
export async function allBadges(frame: Frame): Promise<BadgeInfo[]> {
  const all = frame.locator('[data-cg-badge]');
  const raw = await all
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          count: Number(el.getAttribute('data-count')),
          maxSeverity: el.getAttribute('data-max-severity'),
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
          visible: r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden',
        };
      }),
    )
    .catch(() => []);
  return raw.map((b, i) => ({ ...b, distance: Infinity, locator: all.nth(i) }));
}

/**
 * The badge of a field: the visible badge nearest to the field's box in the field's frame (or,
 * given a page or frame, its first badge). null when there is none.
 */
export async function badge(target: Editor | Page | Frame): Promise<BadgeInfo | null> {
  if (!isEditor(target)) {
    const frame = 'mainFrame' in target ? target.mainFrame() : target;
    return (await allBadges(frame))[0] ?? null;
  }
  const list = await allBadges(target.frame);
  if (list.length === 0) return null;
  const field = await target.locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  for (const b of list) b.distance = boxDistance(b.box, field);
  const visible = list.filter((b) => b.visible);
  const pool = visible.length ? visible : list;
  pool.sort((a, b) => a.distance - b.distance);
  return pool[0] ?? null;
}

/**
 * The shadow hosts above a badge, innermost first, and whether the outermost one sits in a
 * Document (not in one of the page's shadow roots). Contract: outermost is `collectguard-ui`.
 */
export function badgeHosts(b: BadgeInfo): Promise<{ hosts: string[]; inDocument: boolean; open: boolean }> {
  return b.locator.evaluate((el) => {
    const hosts: string[] = [];
    let n: Node = el;
    let open = true;
    for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) {
      hosts.push(root.host.localName);
      open &&= root.mode === 'open';
      n = root.host;
    }
    return { hosts, inDocument: n.getRootNode() instanceof Document, open };
  });
}

/** Poll `fn` until it returns something other than undefined; throws after `timeout` ms. */
export async function waitFor<T>(fn: () => Promise<T | undefined>, timeout = 5_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(40);
  }
}

/** Wait for the field's badge to satisfy `pred` (default: has findings with an error). */
export function waitForBadge(
  editor: Editor,
  pred: (b: BadgeInfo) => boolean = (b) => b.count > 0 && b.maxSeverity === 'error',
  timeout = 5_000,
): Promise<BadgeInfo> {
  return waitFor(async () => {
    const b = await badge(editor);
    return b && pred(b) ? b : undefined;
  }, timeout, `a badge for [data-e2e="${editor.marker}"] matching ${pred.toString()}`);
}

/** True when the field shows no error/warning: no badge, or one below warning. */
export async function isClean(editor: Editor): Promise<boolean> {
  const b = await badge(editor);
  return !b || !b.visible || (b.maxSeverity !== 'error' && b.maxSeverity !== 'warning');
}

/** `check` must hold on every poll for `ms` milliseconds (after `settleMs`). */
export async function holdsFor(check: () => Promise<boolean>, ms = 800, settleMs = 300): Promise<boolean> {
  await sleep(settleMs);
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!(await check())) return false;
    await sleep(50);
  }
  return check();
}

/**
 * The finding rows listed in the panel of `b`: `[data-rule-id]` in the badge's shadow root (and
 * open shadow roots below it); falls back to any `[data-rule-id]` in the frame.
 * (Page-side code is inlined in each evaluate callback: Playwright serialises the callback's
 * source, so it must not call module-level helpers.)
 */
export async function panelRows(editor: Editor, b: BadgeInfo): Promise<FindingRow[]> {
  const fromRoot = await b.locator
    .evaluate((badgeEl) => {
      const rows: Element[] = [];
      const walk = (n: Element | ShadowRoot | Document) => {
        for (const c of Array.from(n.children)) {
          if (c.matches('[data-rule-id]')) rows.push(c);
          if (c.shadowRoot) walk(c.shadowRoot);
          walk(c);
        }
      };
      walk(badgeEl.getRootNode() as ShadowRoot | Document);
      return rows.map((r) => {
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
          text: ((r as HTMLElement).innerText || r.textContent || '').trim().slice(0, 200),
        };
      });
    })
    .catch(() => [] as FindingRow[]);
  if (fromRoot.length) return fromRoot;
  return editor.frame
    .locator('[data-rule-id]')
    .evaluateAll((rows) =>
      rows.map((r) => {
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
          text: ((r as HTMLElement).innerText || r.textContent || '').trim().slice(0, 200),
        };
      }),
    )
    .catch(() => [] as FindingRow[]);
}

/** Click the field's badge and wait for the panel's rows; returns them. */
export async function openPanel(editor: Editor, timeout = 5_000): Promise<{ badge: BadgeInfo; rows: FindingRow[] }> {
  const b = await waitForBadge(editor, (x) => x.count > 0);
  await b.locator.click({ timeout: 5_000 });
  const rows = await waitFor(
    async () => {
      const rs = await panelRows(editor, b);
      return rs.some((r) => r.visible) ? rs : undefined;
    },
    timeout,
    'the panel to list findings ([data-rule-id]) after clicking the badge',
  );
  return { badge: b, rows };
}

/**
 * The first `[data-cg-fix]` in the badge's shadow root (falls back to the frame) and the finding
 * row that holds it.
 */
export async function firstFix(editor: Editor, b: BadgeInfo): Promise<{ button: ElementHandle<Element>; row: FindingRow | null }> {
  const handle = await b.locator.evaluateHandle((badgeEl) => {
    const walk = (n: Element | ShadowRoot | Document): Element | null => {
      for (const c of Array.from(n.children)) {
        if (c.matches('[data-cg-fix]')) return c;
        const inner = (c.shadowRoot && walk(c.shadowRoot)) || walk(c);
        if (inner) return inner;
      }
      return null;
    };
    return walk(badgeEl.getRootNode() as ShadowRoot | Document);
  });
  let button = handle.asElement();
  if (!button) button = await editor.frame.locator('[data-cg-fix]').first().elementHandle({ timeout: 2_000 });
  if (!button) throw new Error('no [data-cg-fix] button in the panel');
  const row = await button.evaluate((el) => {
    const r = el.closest('[data-rule-id]');
    if (!r) return null;
    const num = (a: string) => (r.getAttribute(a) === null ? null : Number(r.getAttribute(a)));
    return {
      ruleId: r.getAttribute('data-rule-id') ?? '',
      category: r.getAttribute('data-category'),
      severity: r.getAttribute('data-severity'),
      start: num('data-start'),
      end: num('data-end'),
      hasFix: true,
      visible: true,
      text: ((r as HTMLElement).innerText || '').trim().slice(0, 200),
    };
  });
  return { button, row };
}

/**
 * Click the first `[data-cg-fix]` with the real mouse. The panel may re-render between finding
 * the button and clicking it, so a detached button is looked up again (same rule id) and retried.
 */
export async function clickFirstFix(editor: Editor, b: BadgeInfo): Promise<FindingRow> {
  let lastError: unknown;
  let wanted: string | null = null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const { button, row } = await firstFix(editor, b);
    if (!row) throw new Error('the first [data-cg-fix] is not inside a [data-rule-id] row');
    if (wanted !== null && row.ruleId !== wanted) throw new Error(`the first fix changed from ${wanted} to ${row.ruleId} while clicking`);
    wanted = row.ruleId;
    try {
      await button.click({ timeout: 5_000 });
      return row;
    } catch (e) {
      lastError = e;
      if (!/not attached|detached/i.test(String(e))) throw e;
      await sleep(50);
    }
  }
  throw lastError;
}

// ---------------------------------------------------------------------------------------------
// Page integrity: the extension must not touch the page's own DOM, attributes or layout.

/**
 * Start recording DOM mutations of the page's own nodes in `frame` (document and open shadow
 * roots of page components). Ignored: the extension's `<collectguard-ui>` hosts being inserted or
 * removed, and anything inside them. Read with `pageMutations(frame)`.
 */
export async function recordPageMutations(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    type Rec = { type: string; target: string; detail: string };
    const w = window as unknown as { __cgMutations: Rec[]; __cgObserver?: MutationObserver };
    w.__cgObserver?.disconnect();
    w.__cgMutations = [];
    const isUi = (n: Node | null): boolean => {
      for (let x: Node | null = n; x; x = x.parentNode ?? (x instanceof ShadowRoot ? x.host : null)) {
        if (x instanceof Element && x.localName === 'collectguard-ui') return true;
      }
      return false;
    };
    const name = (n: Node) =>
      n instanceof Element ? `<${n.localName}${n.id ? `#${n.id}` : ''}${n.getAttribute('data-e2e') ? `[data-e2e=${n.getAttribute('data-e2e')}]` : ''}>` : n.nodeName;
    const obs = new MutationObserver((list) => {
      for (const m of list) {
        if (isUi(m.target)) continue;
        if (m.type === 'childList') {
          const nodes = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)].filter((n) => !(n instanceof Element && n.localName === 'collectguard-ui'));
          if (!nodes.length) continue;
          w.__cgMutations.push({
            type: 'childList',
            target: name(m.target),
            detail: `+[${Array.from(m.addedNodes).map(name).join(',')}] -[${Array.from(m.removedNodes).map(name).join(',')}]`,
          });
        } else if (m.type === 'attributes') {
          w.__cgMutations.push({ type: 'attributes', target: name(m.target), detail: `${m.attributeName}: ${m.oldValue} → ${(m.target as Element).getAttribute(m.attributeName!)}` });
        } else {
          w.__cgMutations.push({ type: 'characterData', target: name(m.target.parentNode ?? m.target), detail: String(m.target.nodeValue).slice(0, 60) });
        }
      }
    });
    const opts = { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true };
    obs.observe(document, opts);
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot && el.localName !== 'collectguard-ui') {
          obs.observe(el.shadowRoot, opts);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    w.__cgObserver = obs;
  });
}

export function pageMutations(frame: Frame): Promise<{ type: string; target: string; detail: string }[]> {
  return frame.evaluate(() => (window as unknown as { __cgMutations?: { type: string; target: string; detail: string }[] }).__cgMutations ?? []);
}

/**
 * Every page element (outside `<collectguard-ui>`) with its box and attributes, for
 * before/after comparison. Open shadow roots of page components are included.
 */
export function pageSnapshot(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.localName === 'collectguard-ui' || el.closest('collectguard-ui')) continue;
        const r = el.getBoundingClientRect();
        const attrs = Array.from(el.attributes)
          .map((a) => `${a.name}=${a.value}`)
          .join(' ');
        out.push(`${path}<${el.localName}> ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)} ${attrs}`);
        if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName}::shadow `);
      }
    };
    walk(document, '');
    out.push(`scroll ${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`);
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Save a PNG of the page (viewport) to test-results/e2e-screens/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: opts.fullPage ?? false });
  return path;
}
