// The product's one clock for wall time. Everything that depends on the hour — the quiet-hours check in pages,
// popup previews and the background, "today" in statistics — reads `clock.now()`, never Date.now() (which stays for
// durations and orderings, where only differences count).
// The engine itself takes the time as `now` in its context and reads no clock at all.
//
// The shipped build reads the system time. The end-to-end test build (`wxt build --mode e2e`, see
// test-clock.ts) reads an instant the test writes into its own profile's storage; Vite drops that
// branch from the shipped build, so no page or profile can move a real agent's clock.

import { startTestClock } from './test-clock';

export interface Clock {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export const clock: Clock = import.meta.env?.MODE === 'e2e' ? startTestClock() : systemClock;
