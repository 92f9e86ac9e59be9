// Typed senders for the protocol (protocol.ts): the popup and the content scripts ask the
// background with `request`, the background tells a tab's content scripts with `tellPage`.
// The reply's type comes from the request map, in this one place.

import { browser } from 'wxt/browser';
import type { PageMessages, PageMessageType, Payload, Reply, RequestType } from './protocol';

type Args<P> = Record<string, never> extends P ? [payload?: P] : [payload: P];

// The content script uses the browser's own API, not webextension-polyfill (wxt.config.ts), while
// the background answers through the polyfill. In Chrome the polyfill sends a rejected reply as
// this marker object, and the polyfill on the asking side turns it back into a rejection and
// Chrome's "no response" error into undefined; `request` does both itself, so a request resolves
// and rejects alike with and without the polyfill (where the polyfill is loaded both are no-ops).
const REJECTED = '__mozWebExtensionPolyfillReject__';
const NO_RESPONSE = 'The message port closed before a response was received.';

/** Sends a request to the background; rejects when nobody answers (the background is reloading) or it refuses. */
export function request<K extends RequestType>(type: K, ...[payload]: Args<Payload<K>>): Promise<Reply<K>> {
  return (browser.runtime.sendMessage({ ...payload, type }) as Promise<unknown>).then(
    (reply) => {
      if (reply && typeof reply === 'object' && (reply as Record<string, unknown>)[REJECTED] === true) {
        throw new Error(String((reply as { message?: unknown }).message));
      }
      return reply as Reply<K>;
    },
    (e: unknown) => {
      if (e instanceof Error && e.message === NO_RESPONSE) return undefined as Reply<K>;
      throw e;
    },
  );
}

/** The part of the browser API `tellPage` uses (the background passes its own, tests a fake). */
export interface TabsApi {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
}

/** Sends a message to the content scripts of a tab (every frame, or the one `frameId` names). */
export function tellPage<K extends PageMessageType>(
  api: TabsApi,
  tabId: number,
  type: K,
  payload: PageMessages[K]['req'],
  frameId?: number,
): Promise<PageMessages[K]['res'] | undefined> {
  const message = { ...payload, type };
  return (frameId === undefined ? api.tabs.sendMessage(tabId, message) : api.tabs.sendMessage(tabId, message, { frameId })) as Promise<PageMessages[K]['res'] | undefined>;
}

/** Sends a message to the content scripts of every tab (tabs without ours just do not answer). */
export async function tellEveryPage<K extends PageMessageType>(api: TabsApi & { tabs: { query(q: object): Promise<{ id?: number }[]> } }, type: K, payload: PageMessages[K]['req']): Promise<void> {
  let tabs: { id?: number }[] = [];
  try {
    tabs = await api.tabs.query({});
  } catch {
    return;
  }
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : tellPage(api, t.id, type, payload).catch(() => undefined))));
}
