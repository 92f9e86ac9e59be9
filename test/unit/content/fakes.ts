// What the content script's tests pass for the browser: a background that answers the frame's
// requests (and records them all), and a content-script context like WXT's.

import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type Sent = { type: string; [k: string]: unknown };

/** A fake background: `replies` answers the request types it knows (with the request); every request is recorded. */
export function fakeBackground(replies: Record<string, (msg: Sent) => unknown>) {
  const requests: Sent[] = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, respond: (r: unknown) => void) => {
    const msg = m as Sent;
    requests.push(msg);
    const reply = replies[msg.type];
    if (!reply) return undefined;
    respond(reply(msg));
    return true;
  });
  return { requests, of: (type: string) => requests.filter((r) => r.type === type) };
}

/** A content-script context like WXT's: an abort signal and intervals that stop with it. */
export function fakeCtx() {
  const ac = new AbortController();
  const ctx = {
    signal: ac.signal,
    setInterval(fn: () => void, ms: number) {
      const id = setInterval(fn, ms);
      ac.signal.addEventListener('abort', () => clearInterval(id));
      return id;
    },
  };
  return { ctx: ctx as unknown as ContentScriptContext, stop: () => ac.abort() };
}
