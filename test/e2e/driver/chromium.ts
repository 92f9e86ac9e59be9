// The e2e driver for real Debian Chromium (headless), through playwright-core.
//   - The extension is loaded with --load-extension; --disable-extensions-except is essential
//     (Playwright passes --disable-extensions by default). Its id comes from the service worker.
//   - Keys and chords, clicks (with Playwright's actionability checks) and screenshots are
//     Playwright's own; IME composition is simulated over CDP.
//   - Policies: JSON files in /etc/chromium/policies/managed (CG_CHROMIUM_POLICY_DIR), re-read on
//     chrome://policy's "Reload policies".
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium as playwright, type BrowserContext, type ElementHandle, type Frame as PwFrame, type Page } from 'playwright-core';
import { idFromBytes } from '../../../tools/self-hosted/key';
import { REPO, TIMEZONE } from '../constants';
import { sleep, waitFor } from '../wait';
import { BaseEl, BaseFrame, BaseTab } from './base';
import { portable } from './page-function';
import type { Browser, Driver, El, Frame, Ime, LaunchOptions, PageFn, PolicyFile, Size, Tab } from './types';

const CHROMIUM = process.env.CG_CHROMIUM ?? '/usr/bin/chromium';
/** The unpacked build to load; CG_E2E_EXT_DIR points the suite at another build. */
const EXT_DIR = process.env.CG_E2E_EXT_DIR ? resolve(process.env.CG_E2E_EXT_DIR) : join(REPO, '.output/chrome-mv3-e2e');
/** Where Chromium on Linux reads managed policy files. */
export const CHROMIUM_POLICY_DIR = process.env.CG_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

class ChromiumEl extends BaseEl<ElementHandle<Element>> {
  click(opts: { count?: number; force?: boolean } = {}): Promise<void> {
    return this.handle.click({ timeout: 5_000, clickCount: opts.count ?? 1, force: opts.force ?? false });
  }
  fill(value: string): Promise<void> {
    return this.handle.fill(value);
  }
  async select(value: string): Promise<void> {
    await this.handle.selectOption(value);
  }
  uploadFile(path: string): Promise<void> {
    return this.handle.setInputFiles(path);
  }
  async screenshot(path: string): Promise<void> {
    await this.handle.screenshot({ path });
  }
}

class ChromiumFrame extends BaseFrame<PwFrame> {
  protected element(handle: object): El {
    return new ChromiumEl(handle as ElementHandle<Element>, this);
  }
}

class ChromiumTab extends BaseTab<PwFrame> {
  readonly ime: Ime;
  constructor(
    override readonly page: Page,
    browser: ChromiumBrowser,
  ) {
    super(page, browser);
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    this.ime = cdpIme(page);
  }
  protected newFrame(raw: PwFrame): Frame {
    return new ChromiumFrame(raw, this);
  }
  press(keys: string): Promise<void> {
    return this.page.keyboard.press(keys);
  }
  setViewport(size: Size): Promise<void> {
    return this.page.setViewportSize(size);
  }
  async screenshot(path: string, opts: { fullPage?: boolean } = {}): Promise<void> {
    await this.page.screenshot({ path, fullPage: opts.fullPage ?? false });
  }
}

/** Chinese IME input over CDP (Input.imeSetComposition, Input.insertText). */
function cdpIme(page: Page): Ime {
  const session = async <T>(use: (send: (method: string, params: object) => Promise<unknown>) => Promise<T>): Promise<T> => {
    const cdp = await page.context().newCDPSession(page);
    try {
      return await use((method, params) => cdp.send(method as 'Input.insertText', params as { text: string }));
    } finally {
      await cdp.detach().catch(() => {});
    }
  };
  return {
    compose: (pinyin, result, opts = {}) =>
      session(async (send) => {
        for (let i = 1; i <= pinyin.length; i++) {
          const t = pinyin.slice(0, i);
          await send('Input.imeSetComposition', { text: t, selectionStart: t.length, selectionEnd: t.length });
          await sleep(opts.delay ?? 30);
        }
        await send('Input.imeSetComposition', { text: result, selectionStart: result.length, selectionEnd: result.length });
        await sleep(opts.delay ?? 30);
        if (opts.whileComposing) await opts.whileComposing();
        await send('Input.insertText', { text: result });
      }),
    typeWithProcessKeys: (text, delay) =>
      session(async (send) => {
        const key = { key: 'Process', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 };
        for (const ch of text) {
          if (ch.charCodeAt(0) < 128) await page.keyboard.type(ch);
          else {
            await send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
            await send('Input.insertText', { text: ch });
            await send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
          }
          await sleep(delay);
        }
      }),
  };
}

class ChromiumBrowser implements Browser {
  constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly userDataDir: string,
  ) {}
  get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}`;
  }
  async openTab(url: string, opts: { viewport?: Size } = {}): Promise<Tab> {
    const tab = new ChromiumTab(await this.context.newPage(), this);
    if (opts.viewport) await tab.setViewport(opts.viewport);
    await tab.page.goto(url, { waitUntil: 'load' });
    return tab;
  }
  async inExtension<A, R>(fn: PageFn<A, R>, arg: A): Promise<R> {
    const sw = this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker'));
    return sw.evaluate(portable(fn) as never, arg as never) as Promise<R>;
  }
  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  const extDir = resolve(opts.extensionDir ?? EXT_DIR);
  const byPolicy = opts.policyInstalledId;
  const withExtension = !byPolicy && (opts.withExtension ?? true);
  if (withExtension && !existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`extension not built: ${extDir} (npm run build:e2e)`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'cg-e2e-profile-'));
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
  const context = await playwright.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    // Force-installing needs extensions and the update manifest's fetch allowed.
    ...(byPolicy ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
    env: { ...process.env, TZ: TIMEZONE },
    timezoneId: TIMEZONE,
    locale: 'zh-CN',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  try {
    let extensionId = byPolicy ?? '';
    if (withExtension) {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      extensionId = new URL(sw.url()).host;
    }
    const browser = new ChromiumBrowser(context, extensionId, userDataDir);
    if (byPolicy) {
      const tab = await browser.openTab('chrome://extensions');
      await waitFor(async () => ((await installedExtension(tab, byPolicy)) ? true : undefined), 60_000, `policy to install extension ${byPolicy}`);
      await tab.close();
    }
    return browser;
  } catch (e) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
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

/** The extension as chrome://extensions sees it (`tab` must be on chrome://extensions), or null. */
export function installedExtension(tab: Tab, id: string): Promise<InstalledExtension | null> {
  type DevPrivate = { developerPrivate: { getExtensionsInfo(o: object, cb: (l: InstalledExtension[]) => void): void } };
  return tab.mainFrame().evaluate(
    (id) =>
      new Promise<InstalledExtension | null>((ok) =>
        (globalThis as unknown as { chrome: DevPrivate }).chrome.developerPrivate.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, (list) =>
          ok(list.find((e) => e.id === id) ?? null),
        ),
      ),
    id,
  );
}

/** The Playwright page behind a Chromium tab (for CDP measurements and request routing). */
export function playwrightPage(tab: Tab): Page {
  if (!(tab instanceof ChromiumTab)) throw new Error('not a Chromium tab');
  return tab.page;
}

/** The Playwright context behind a Chromium browser. */
export function playwrightContext(browser: Browser): BrowserContext {
  if (!(browser instanceof ChromiumBrowser)) throw new Error('not a Chromium browser');
  return browser.context;
}

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a–p. */
function unpackedId(dir: string): string {
  return idFromBytes(createHash('sha256').update(dir).digest());
}

/**
 * A policy file for a private copy of the build: its id (derived from the folder's path) is
 * unique, so the policy cannot reach other test files' browsers.
 */
function policyFile(): PolicyFile {
  let problem: string | null = null;
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    accessSync(CHROMIUM_POLICY_DIR, constants.W_OK);
  } catch (e) {
    problem = `cannot write Chromium's policy folder ${CHROMIUM_POLICY_DIR} (run as root, as CI does): ${(e as Error).message}`;
  }
  let extDir = '';
  let file = '';
  let id = '';
  const write = (values: Record<string, unknown>) => writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
  return {
    problem,
    async install(values) {
      extDir = join(tmpdir(), `cg-policy-ext-${randomBytes(4).toString('hex')}`);
      cpSync(EXT_DIR, extDir, { recursive: true });
      id = unpackedId(extDir);
      file = join(CHROMIUM_POLICY_DIR, `collectguard-e2e-${id}.json`);
      write(values);
      return { extensionDir: extDir };
    },
    async update(browser, values) {
      write(values);
      const tab = await browser.openTab('chrome://policy');
      await playwrightPage(tab).locator('#reload-policies').click();
      await sleep(300);
      await tab.close();
    },
    updateMissing: null,
    remove() {
      if (file) rmSync(file, { force: true });
      if (extDir) rmSync(extDir, { recursive: true, force: true });
    },
  };
}

export const chromium: Driver = {
  name: 'chromium',
  extensionIdPattern: /^[a-p]{32}$/,
  extensionDir: EXT_DIR,
  launch,
  policyFile,
  imeMissing: null,
};
