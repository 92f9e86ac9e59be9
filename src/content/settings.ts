// The one settings source of a frame: every feature reads the settings from here. It asks the
// background for this frame's PageSettings, hears "the settings changed" from it and asks again,
// and tells its subscribers. A first read waits at most a moment (reading the organisation policy
// can hang in some browsers: start with the defaults and apply the stored settings when they
// come), a first read that failed (the background not listening yet after a browser start) is
// tried again a few times, and an old read answering late never undoes a newer one (LatestRead).

import { request } from '../messaging/client';
import type { PageSettings } from '../messaging/protocol';
import { LatestRead } from '../settings/latest';
import { SEVERE_CATEGORIES } from '../settings/schema';

/** How long start() waits for the first read before the features start with the defaults. */
export const FIRST_READ_TIMEOUT_MS = 150;
/** A first read that failed is tried again this often, backing off from this delay. */
const RETRIES = 5;
const RETRY_MS = 500;

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  inScope: true,
  active: true,
  language: 'zh',
  defaultAudience: 'auto',
  allowLocked: false,
  unallowable: [...SEVERE_CATEGORIES],
  lint: {},
  sendGuard: 'confirm',
  sendGuardReason: false,
  selectors: {},
};

type Listener = (s: PageSettings) => void;

export class SettingsSource {
  private value: PageSettings = DEFAULT_PAGE_SETTINGS;
  private json = JSON.stringify(DEFAULT_PAGE_SETTINGS);
  private readonly listeners = new Set<Listener>();
  private readonly latest: LatestRead<PageSettings>;
  private signal: AbortSignal | null = null;

  constructor(read: () => Promise<PageSettings> = () => request('cg:page-settings')) {
    this.latest = new LatestRead(read, (s) => this.apply(s));
  }

  get current(): PageSettings {
    return this.value;
  }

  /** Calls `listener` with every change from now on, until `signal` aborts. */
  subscribe(listener: Listener, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener));
  }

  /** Reads the settings; resolves once they are known or after FIRST_READ_TIMEOUT_MS with the defaults. */
  start(signal: AbortSignal): Promise<void> {
    this.signal = signal;
    const first = this.latest.refresh().catch(() => this.retry(0));
    return Promise.race([first.then(() => undefined), new Promise<void>((r) => setTimeout(r, FIRST_READ_TIMEOUT_MS))]);
  }

  /** The background said the settings changed: read them again. */
  refresh(): void {
    void this.latest.refresh().catch(() => undefined);
  }

  /** A change this frame makes itself (always allow a phrase), in force at once; a read answering later supersedes it. */
  update(edit: (s: PageSettings) => PageSettings): void {
    this.apply(edit(this.value));
  }

  private retry(attempt: number): void {
    if (attempt >= RETRIES) return;
    setTimeout(() => {
      if (this.signal?.aborted || this.latest.settled) return;
      this.latest.refresh().catch(() => this.retry(attempt + 1));
    }, RETRY_MS * 2 ** attempt);
  }

  private apply(s: PageSettings): void {
    const json = JSON.stringify(s);
    if (json === this.json || this.signal?.aborted) return;
    this.value = s;
    this.json = json;
    for (const l of this.listeners) l(s);
  }
}
