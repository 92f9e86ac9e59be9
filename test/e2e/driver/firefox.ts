// The e2e driver for real Firefox: Debian's `firefox-esr` (headless) driven by puppeteer-core over
// WebDriver BiDi, with the built extension installed. Verified traps it works around:
//   - `browser.installExtension(dir)` installs the unpacked build as a temporary add-on; its
//     internal UUID is fixed in advance with the pref `extensions.webextensions.uuids`, so the
//     tests know its moz-extension:// origin. The `enableExtensions` launch option is not used (it
//     is not awaited: a broken build would fail later as an unhandled rejection).
//   - `--remote-allow-system-access` is required to open moz-extension:// pages, and Firefox sends
//     no load event for them: `openTab` starts the navigation without awaiting it and polls
//     `location.href` / `document.readyState`.
//   - BiDi does not reach the background page: `inExtension` runs in an options.html tab.
//   - ESR 140: puppeteer's click in a child frame asks for the <iframe> element with a BiDi locator
//     ESR 140 lacks, so the frame's offset comes from mozInnerScreenX/Y instead; setViewport sends a
//     screen-orientation override ESR 140 does not know (the viewport is set all the same).
//   - Chords are pressed key by key; date and time inputs take no typed ISO text, so `fill` sets
//     them as their picker does.
//   - Dark mode is the system-theme pref, set at launch (BiDi has no media emulation here).
//   - Policies: /etc/firefox/policies/policies.json (CG_FIREFOX_POLICY_FILE), read at start-up only.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser as PpBrowser, type ElementHandle, type Frame as PpFrame, type KeyInput, type Page } from 'puppeteer-core';
import { REPO, TIMEZONE } from '../constants';
import { waitFor } from '../wait';
import { BaseEl, BaseFrame, BaseTab } from './base';
import type { Browser, Driver, El, Frame, LaunchOptions, PageFn, PolicyFile, Size, Tab } from './types';

const FIREFOX = process.env.CG_FIREFOX ?? '/usr/bin/firefox-esr';
const EXT_DIR = process.env.CG_E2E_FIREFOX_EXT_DIR ? resolve(process.env.CG_E2E_FIREFOX_EXT_DIR) : join(REPO, '.output/firefox-mv2-e2e');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'collectguard@collectguard.local';
/** The moz-extension:// host the tests give the extension (pref extensions.webextensions.uuids). */
const EXT_UUID = 'c0113c70-6a2d-4e5d-9f1a-000000e2e0ff';
/** Firefox's system-wide policy file on Linux. */
const POLICY_FILE = process.env.CG_FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';
/** Top-level key that marks a policies.json as written by the tests (Firefox ignores it). */
const POLICY_MARK = 'collectguard-e2e';

/** window.mozInnerScreenX/Y: where a frame's viewport is on the screen. */
const screenOffset = (f: Frame) =>
  f.evaluate(() => {
    const w = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
    return { x: w.mozInnerScreenX, y: w.mozInnerScreenY };
  }, null);

class FirefoxEl extends BaseEl<ElementHandle<Element>> {
  async click(opts: { count?: number } = {}): Promise<void> {
    if (this.frame.isMain) return this.handle.click({ count: opts.count ?? 1 });
    const [inner, top] = await Promise.all([screenOffset(this.frame), screenOffset(this.frame.tab.mainFrame())]);
    await this.handle.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    const c = await this.handle.evaluate((el) => {
      const b = el.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await this.frame.tab.mouseClick({ x: inner.x - top.x + c.x, y: inner.y - top.y + c.y });
  }
  async fill(value: string): Promise<void> {
    const type = await this.handle.evaluate((el) => (el instanceof HTMLInputElement ? el.type : ''));
    if (['date', 'time', 'datetime-local', 'month', 'week'].includes(type)) {
      await this.handle.evaluate((el, v) => {
        const i = el as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(i, v);
        i.dispatchEvent(new Event('input', { bubbles: true }));
        i.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
      return;
    }
    await this.click({ count: 3 });
    await this.handle.evaluate((el) => (el as HTMLInputElement).select?.());
    if (value) await this.handle.type(value);
    else await this.frame.tab.press('Backspace');
  }
  async select(value: string): Promise<void> {
    await this.handle.select(value);
  }
  uploadFile(path: string): Promise<void> {
    return (this.handle as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
  async screenshot(path: string): Promise<void> {
    await this.handle.screenshot({ path: path as `${string}.png` });
  }
}

class FirefoxFrame extends BaseFrame<PpFrame> {
  protected element(handle: object): El {
    return new FirefoxEl(handle as ElementHandle<Element>, this);
  }
}

class FirefoxTab extends BaseTab<PpFrame> {
  readonly ime = null;
  constructor(
    override readonly page: Page,
    browser: FirefoxBrowser,
  ) {
    super(page, browser);
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  }
  protected newFrame(raw: PpFrame): Frame {
    return new FirefoxFrame(raw, this);
  }
  async press(keys: string): Promise<void> {
    const parts = keys.split('+') as KeyInput[];
    const last = parts.pop()!;
    for (const k of parts) await this.page.keyboard.down(k);
    await this.page.keyboard.press(last);
    for (const k of parts.reverse()) await this.page.keyboard.up(k);
  }
  async setViewport(size: Size): Promise<void> {
    try {
      await this.page.setViewport(size);
    } catch (e) {
      if (!String(e).includes('setScreenOrientationOverride')) throw e;
    }
  }
  async screenshot(path: string, opts: { fullPage?: boolean } = {}): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: opts.fullPage ?? false });
  }
}

class FirefoxBrowser implements Browser {
  readonly extensionOrigin = `moz-extension://${EXT_UUID}`;
  constructor(
    readonly raw: PpBrowser,
    readonly extensionId: string,
    private readonly viewport: Size,
  ) {}
  async openTab(url: string, opts: { viewport?: Size } = {}): Promise<Tab> {
    const tab = new FirefoxTab(await this.raw.newPage(), this);
    await tab.setViewport(opts.viewport ?? this.viewport);
    if (!url.startsWith('moz-extension:')) {
      await tab.page.goto(url, { waitUntil: 'load' });
      return tab;
    }
    // Never resolves for moz-extension:// (no load event): start it and poll instead.
    void tab.page.goto(url, { timeout: 0 }).catch(() => {});
    const base = url.split(/[?#]/)[0]!;
    await waitFor(
      async () => {
        const [href, state] = await tab.page.evaluate(() => [location.href, document.readyState] as const);
        return href.startsWith(base) && state === 'complete' ? true : undefined;
      },
      15_000,
      `${url} to load`,
    );
    return tab;
  }
  async inExtension<A, R>(fn: PageFn<A, R>, arg: A): Promise<R> {
    const tab = await this.openTab(`${this.extensionOrigin}/options.html`);
    try {
      return await tab.mainFrame().evaluate(fn, arg);
    } finally {
      await tab.close();
    }
  }
  async close(): Promise<void> {
    await this.raw.close().catch(() => {});
  }
}

/**
 * The environment without libfaketime: Firefox ESR segfaults at start with it preloaded (even
 * `firefox-esr --version`). The suite does not need it there: the e2e build's clock is set by the
 * tests, and the test process itself still runs at the faked hour.
 */
function withoutFaketime(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('FAKETIME') && !k.startsWith('DONT_FAKE')) out[k] = v;
  const preload = (env.LD_PRELOAD ?? '').split(/[:\s]+/).filter((lib) => lib && !lib.includes('faketime'));
  if (preload.length) out.LD_PRELOAD = preload.join(':');
  else delete out.LD_PRELOAD;
  return out;
}

async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  if (opts.policyInstalledId) throw new Error('force-installing by policy is not implemented for Firefox');
  const extDir = resolve(opts.extensionDir ?? EXT_DIR);
  const withExtension = opts.withExtension ?? true;
  if (withExtension && !existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`Firefox extension not built: ${extDir} (npm run build:e2e)`);
  }
  const raw = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    env: { ...withoutFaketime(process.env), TZ: TIMEZONE, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXT_UUID }),
      'intl.accept_languages': 'zh-CN, zh, en-US, en',
      // No first-run pages, no update checks, no telemetry: nothing but the test's own tabs.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      ...(opts.colorScheme === 'dark' ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
    },
  });
  try {
    const extensionId = withExtension ? await raw.installExtension(extDir) : '';
    return new FirefoxBrowser(raw, extensionId, opts.viewport ?? { width: 1280, height: 900 });
  } catch (e) {
    await raw.close().catch(() => {});
    throw e;
  }
}

/** True when policies.json is one the tests wrote (so it may be replaced or removed). */
const ours = () => readFileSync(POLICY_FILE, 'utf8').includes(POLICY_MARK);

/** Remove a test policies.json an interrupted run left behind: it would apply to every Firefox run. */
export function removeStalePolicy(): void {
  try {
    if (existsSync(POLICY_FILE) && ours()) rmSync(POLICY_FILE);
  } catch {
    // Not ours to remove.
  }
}

function policyFile(): PolicyFile {
  let problem: string | null = null;
  /** The first folder mkdir created (removed again afterwards), if any. */
  let created: string | undefined;
  try {
    if (existsSync(POLICY_FILE) && !ours()) problem = `${POLICY_FILE} is an administrator's own policy file; it is left alone`;
    else {
      created = mkdirSync(dirname(POLICY_FILE), { recursive: true });
      accessSync(dirname(POLICY_FILE), constants.W_OK);
    }
  } catch (e) {
    problem = `cannot write ${POLICY_FILE} (run as root, as CI does): ${(e as Error).message}`;
  }
  return {
    problem,
    async install(values) {
      writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: values } } }, [POLICY_MARK]: true }, null, 2));
      return {};
    },
    update: null,
    updateMissing: 'Firefox reads policies.json only at start-up',
    remove() {
      rmSync(POLICY_FILE, { force: true });
      if (created) rmSync(created, { recursive: true, force: true });
    },
  };
}

export const firefox: Driver = {
  name: 'firefox',
  extensionIdPattern: new RegExp(`^${GECKO_ID.replace(/[.]/g, '\\.')}$`),
  extensionDir: EXT_DIR,
  launch,
  policyFile,
  imeMissing: 'IME composition is simulated over CDP (Input.imeSetComposition); WebDriver BiDi has no IME input',
};
