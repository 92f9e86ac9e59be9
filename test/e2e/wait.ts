// Waiting in the e2e suite: poll a condition, or check that one keeps holding.

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

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
