// The few things the e2e specs need from a browser, in one shape for both browsers:
// driver/chromium.ts (playwright-core) and driver/firefox.ts (puppeteer-core over WebDriver BiDi)
// implement it; test/e2e/harness.ts builds every shared helper on it. Anything one browser does
// differently (launching with the extension, opening moz-extension:// pages, clicks in child
// frames, chords, the test clock's storage, policy files) lives behind this interface.

export type BrowserName = 'chromium' | 'firefox';

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Page-side code: serialised and run in the page, so it must not use anything from its module. */
export type PageFn<A, R> = (arg: A) => R | Promise<R>;
export type ElementFn<A, R> = (el: Element, arg: A) => R | Promise<R>;

export interface LaunchOptions {
  /** The unpacked build to load; default: this browser's e2e build (.output/*-e2e). */
  extensionDir?: string;
  /** false: no extension (a control run). */
  withExtension?: boolean;
  viewport?: Size;
  /** prefers-color-scheme of every page. */
  colorScheme?: 'light' | 'dark';
  /**
   * Chromium only: the extension is not loaded from a folder but force-installed by an enterprise
   * policy file the test wrote; this is its id, and the launch waits until it is installed.
   */
  policyInstalledId?: string;
}

/** A launched browser with one profile. */
export interface Browser {
  /** Chromium: the extension id; Firefox: the add-on id Firefox reported (gecko id). '' without extension. */
  readonly extensionId: string;
  /** chrome-extension://ID or moz-extension://UUID. */
  readonly extensionOrigin: string;
  /** A new tab at `url`, loaded (extension pages too). */
  openTab(url: string, opts?: { viewport?: Size }): Promise<Tab>;
  /**
   * Run `fn` where the extension API is (`chrome`/`browser` with storage, tabs, runtime):
   * Chromium's service worker; in Firefox an options.html tab opened for it (BiDi does not reach
   * the background page).
   */
  inExtension<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface Tab {
  readonly browser: Browser;
  url(): string;
  mainFrame(): Frame;
  frames(): Frame[];
  /** Uncaught exceptions the page threw since the tab opened. */
  readonly errors: string[];
  /** The URL of every request the tab's page and frames made since it opened. */
  readonly requests: string[];
  reload(): Promise<void>;
  /** Type text like a person, one key sequence per character. */
  type(text: string, delay?: number): Promise<void>;
  /** A key or a chord: `Enter`, `Control+Z`, `Alt+Shift+I`. */
  press(keys: string): Promise<void>;
  /** Mouse in the tab's viewport coordinates. */
  mouseMove(to: Point, steps?: number): Promise<void>;
  mouseClick(at: Point): Promise<void>;
  setViewport(size: Size): Promise<void>;
  screenshot(path: string, opts?: { fullPage?: boolean }): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
  /** Chinese IME input, where the browser can simulate it (Chromium over CDP); null elsewhere. */
  readonly ime: Ime | null;
}

export interface Ime {
  /**
   * Composition text grows key by key (`z`, `zu`, `zuo`), then the candidate (`坐牢`) is shown as
   * composition text and committed: compositionstart/update, `input` with isComposing=true,
   * compositionend. `whileComposing` runs before the commit. Main-frame fields only.
   */
  compose(pinyin: string, result: string, opts?: { whileComposing?: () => Promise<void>; delay?: number }): Promise<void>;
  /**
   * Type as an IME does: each non-ASCII character inserted between the keydown/keyup of keyCode
   * 229 ("Process"), for editors whose undo starts a typing step on keydown (TinyMCE).
   */
  typeWithProcessKeys(text: string, delay: number): Promise<void>;
}

export interface Frame {
  readonly tab: Tab;
  readonly isMain: boolean;
  url(): string;
  /** window.name of the frame. */
  name(): Promise<string>;
  evaluate<A, R>(fn: PageFn<A, R>, arg: A): Promise<R>;
  /** The elements `fn` returns (an array), as handles. */
  elements<A>(fn: PageFn<A, Element[]>, arg: A): Promise<El[]>;
}

/** A handle on one element of a frame. */
export interface El {
  readonly frame: Frame;
  evaluate<A, R>(fn: ElementFn<A, R>, arg: A): Promise<R>;
  /** The elements `fn` returns for this element (an array), as handles. */
  elements<A>(fn: ElementFn<A, Element[]>, arg: A): Promise<El[]>;
  /**
   * A real mouse click at its centre (scrolled into view), as a person clicks. `force`: click even
   * where the element says it is disabled (to see that the click does nothing).
   */
  click(opts?: { count?: number; force?: boolean }): Promise<void>;
  focus(): Promise<void>;
  /** Replace an input's value the way a person does (date and time inputs: as their picker does). */
  fill(value: string): Promise<void>;
  /** Choose the <option> with this value. */
  select(value: string): Promise<void>;
  /** Give an <input type=file> this file. */
  uploadFile(path: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

/**
 * An organisation policy for the extension, written where this browser reads policies on Linux.
 * Writing there needs root (as in CI's container).
 */
export interface PolicyFile {
  /** Why the policy cannot be written here, or null when it can. */
  readonly problem: string | null;
  /** Write the policy; returns what to launch the browser with so that it applies. */
  install(values: Record<string, unknown>): Promise<LaunchOptions>;
  /** Change the policy of a running browser; null where the browser reads policies only at start-up. */
  readonly update: ((browser: Browser, values: Record<string, unknown>) => Promise<void>) | null;
  /** Why `update` is null. */
  readonly updateMissing: string | null;
  remove(): void;
}

export interface Driver {
  readonly name: BrowserName;
  /** What a loaded extension's id looks like in this browser. */
  readonly extensionIdPattern: RegExp;
  /** This browser's e2e build. */
  readonly extensionDir: string;
  launch(opts?: LaunchOptions): Promise<Browser>;
  policyFile(): PolicyFile;
  /** Why there is no IME simulation, or null (see Tab.ime). */
  readonly imeMissing: string | null;
}
