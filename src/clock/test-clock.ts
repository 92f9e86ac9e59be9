// The end-to-end test build's clock: a frozen instant the test harness writes into the test
// profile's extension storage (TEST_CLOCK_KEY: an ISO time or epoch milliseconds). Frozen, so a
// test at 23:30 stays at 23:30 however slow the machine is; a new value takes effect at once
// (pages re-check the time about twice a second). Extension pages and the background read the
// storage; content scripts, which may not read it, hear the value from the background
// (src/background/test-clock-relay.ts). Only compiled into `--mode e2e` builds.

import { browser } from 'wxt/browser';
import type { Clock } from './index';

export const TEST_CLOCK_KEY = 'cg.e2e.clock';
/** Until the test sets one: 10:00 China time, outside every quiet window. */
const DEFAULT_INSTANT = Date.parse('2026-12-08T10:00:00+08:00');

let instant = DEFAULT_INSTANT;

function parse(v: unknown): number | null {
  const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** Sets the clock from a stored value (no value: back to the default instant). */
export function setTestInstant(v: unknown): void {
  instant = parse(v) ?? DEFAULT_INSTANT;
}

export function startTestClock(): Clock {
  try {
    const storage = browser.storage?.local;
    if (storage) {
      void storage.get(TEST_CLOCK_KEY).then(
        (r) => (instant = parse(r[TEST_CLOCK_KEY]) ?? instant),
        () => {},
      );
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && TEST_CLOCK_KEY in changes) setTestInstant(changes[TEST_CLOCK_KEY]!.newValue);
      });
    }
  } catch {
    // A content script where storage is for trusted contexts only: the background relays the value.
  }
  return { now: () => instant };
}
