// The half of a driver both libraries share: playwright-core and puppeteer-core pages, frames and
// element handles have the same shape where the suite needs it (evaluate, array handles, typing,
// the mouse, reload). driver/chromium.ts and driver/firefox.ts extend these classes with what
// differs: clicks, chords, filling inputs, viewports, screenshots.
import { portable } from './page-function';
import type { Browser, El, ElementFn, Frame, Ime, PageFn, Point, Size, Tab } from './types';

/** A JS handle of either library. */
interface RawHandle {
  getProperties(): Promise<Map<string, RawHandle>>;
  asElement(): object | null;
  dispose(): Promise<void>;
}

/** What evaluates page-side code: frames and element handles of either library. */
interface RawEvaluator {
  evaluate(fn: never, arg: never): Promise<unknown>;
  evaluateHandle(fn: never, arg: never): Promise<RawHandle>;
}

interface RawPage<F> {
  url(): string;
  on(event: 'request', listener: (r: { url(): string }) => void): unknown;
  mainFrame(): F;
  frames(): F[];
  reload(o: { waitUntil: 'load' }): Promise<unknown>;
  keyboard: { type(text: string, o: { delay: number }): Promise<void> };
  mouse: { move(x: number, y: number, o: { steps: number }): Promise<void>; click(x: number, y: number): Promise<void> };
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

const run = <R>(target: RawEvaluator, fn: unknown, arg: unknown) => target.evaluate(portable(fn) as never, arg as never) as Promise<R>;
const runForHandle = (target: RawEvaluator, fn: unknown, arg: unknown) => target.evaluateHandle(portable(fn) as never, arg as never);

export abstract class BaseEl<H extends RawEvaluator & { focus(): Promise<void> }> implements El {
  constructor(
    readonly handle: H,
    readonly frame: BaseFrame<RawEvaluator & { url(): string }>,
  ) {}
  evaluate<A, R>(fn: ElementFn<A, R>, arg: A): Promise<R> {
    return run<R>(this.handle, fn, arg);
  }
  async elements<A>(fn: ElementFn<A, Element[]>, arg: A): Promise<El[]> {
    return this.frame.toElements(await runForHandle(this.handle, fn, arg));
  }
  focus(): Promise<void> {
    return this.handle.focus();
  }
  abstract click(opts?: { count?: number; force?: boolean }): Promise<void>;
  abstract fill(value: string): Promise<void>;
  abstract select(value: string): Promise<void>;
  abstract uploadFile(path: string): Promise<void>;
  abstract screenshot(path: string): Promise<void>;
}

export abstract class BaseFrame<F extends RawEvaluator & { url(): string }> implements Frame {
  constructor(
    readonly raw: F,
    readonly tab: Tab,
  ) {}
  get isMain(): boolean {
    return this.tab.mainFrame() === this;
  }
  url(): string {
    return this.raw.url();
  }
  name(): Promise<string> {
    return this.evaluate(() => window.name, null);
  }
  evaluate<A, R>(fn: PageFn<A, R>, arg: A): Promise<R> {
    return run<R>(this.raw, fn, arg);
  }
  async elements<A>(fn: PageFn<A, Element[]>, arg: A): Promise<El[]> {
    return this.toElements(await runForHandle(this.raw, fn, arg));
  }
  /** The elements of an array handle, as this driver's El (other values are let go). */
  async toElements(array: RawHandle): Promise<El[]> {
    const out: El[] = [];
    for (const p of (await array.getProperties()).values()) {
      const el = p.asElement();
      if (el) out.push(this.element(el));
      else await p.dispose();
    }
    await array.dispose();
    return out;
  }
  protected abstract element(handle: object): El;
}

export abstract class BaseTab<F extends object> implements Tab {
  readonly errors: string[] = [];
  readonly requests: string[] = [];
  abstract readonly ime: Ime | null;
  private readonly wrapped = new WeakMap<F, Frame>();
  constructor(
    readonly page: RawPage<F>,
    readonly browser: Browser,
  ) {
    page.on('request', (r) => void this.requests.push(r.url()));
  }
  protected abstract newFrame(raw: F): Frame;
  private wrap(raw: F): Frame {
    let w = this.wrapped.get(raw);
    if (!w) this.wrapped.set(raw, (w = this.newFrame(raw)));
    return w;
  }
  url(): string {
    return this.page.url();
  }
  mainFrame(): Frame {
    return this.wrap(this.page.mainFrame());
  }
  frames(): Frame[] {
    return this.page.frames().map((f) => this.wrap(f));
  }
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }
  type(text: string, delay = 0): Promise<void> {
    return this.page.keyboard.type(text, { delay });
  }
  mouseMove(to: Point, steps = 1): Promise<void> {
    return this.page.mouse.move(to.x, to.y, { steps });
  }
  mouseClick(at: Point): Promise<void> {
    return this.page.mouse.click(at.x, at.y);
  }
  bringToFront(): Promise<void> {
    return this.page.bringToFront();
  }
  close(): Promise<void> {
    return this.page.close();
  }
  abstract press(keys: string): Promise<void>;
  abstract setViewport(size: Size): Promise<void>;
  abstract screenshot(path: string, opts?: { fullPage?: boolean }): Promise<void>;
}
