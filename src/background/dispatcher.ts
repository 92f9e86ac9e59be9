// The background's one runtime.onMessage listener: it routes each request of the protocol
// (src/messaging/protocol.ts) to its handler and answers privileged requests only for the
// extension's own pages, as uBlock Origin does. A content script's word is never taken for where
// it runs: handlers read the tab, frame and URL from the sender the browser reports.

import { PRIVILEGED, type Payload, type Reply, type RequestType } from '../messaging/protocol';

/** What the browser reports about the sender of a message (runtime.MessageSender, the part we read). */
export interface Sender {
  id?: string;
  url?: string;
  /** Chrome: the origin of the sending frame (also for about:blank and srcdoc frames). */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Handler<K extends RequestType> = (payload: Payload<K>, sender: Sender) => Reply<K> | Promise<Reply<K>>;
export type Handlers = { [K in RequestType]?: Handler<K> };

/** The part of the browser API the dispatcher reads. */
export interface RuntimeIdentity {
  runtime: { id?: string; getURL(path: string): string };
}

/**
 * Whether a message comes from one of the extension's own pages: our id, and a URL under our
 * origin. The popup opened in a tab of its own has `sender.tab` too, so that alone says nothing;
 * a content script's URL is the page's, never ours (content scripts do not run in extension pages).
 */
export function isExtensionPage(sender: Sender, api: RuntimeIdentity): boolean {
  const base = api.runtime.getURL('');
  return !!sender.id && sender.id === api.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

export class RefusedError extends Error {
  constructor(type: string) {
    super(`${type} is answered only for the extension's own pages`);
    this.name = 'RefusedError';
  }
}

function isRequest(m: unknown): m is { type: RequestType } & Record<string, unknown> {
  return !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string';
}

/**
 * The onMessage listener for `handlers`: a promise of the reply for our requests, undefined for
 * anything else (so other listeners and the browser's default stay in charge of those). A
 * privileged request from anywhere but an extension page is refused without running its handler.
 */
export function createDispatcher(handlers: Handlers, api: RuntimeIdentity): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (!isRequest(message)) return undefined;
    const handler = handlers[message.type] as Handler<RequestType> | undefined;
    if (!handler) return undefined;
    if (PRIVILEGED.has(message.type) && !isExtensionPage(sender, api)) return Promise.reject(new RefusedError(message.type));
    const { type: _type, ...payload } = message;
    try {
      return Promise.resolve(handler(payload as Payload<RequestType>, sender));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  };
}

/** The sender's tab and frame when it is a content script in a real tab (not an extension page). */
export function contentFrame(sender: Sender, api: RuntimeIdentity): { tabId: number; frameId: number; url: string } | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || isExtensionPage(sender, api)) return null;
  return { tabId, frameId: sender.frameId ?? 0, url: typeof sender.url === 'string' ? sender.url : '' };
}

/** The host name of a sender's page: its URL's, or for about:blank and srcdoc frames its origin's (Chrome). */
export function senderHost(sender: Sender): string {
  for (const u of [sender.url, sender.origin]) {
    try {
      const host = u ? new URL(u).hostname : '';
      if (host) return host;
    } catch {
      // Not a URL: try the next.
    }
  }
  return '';
}

/** `origin + path` of a sender's page (what per-page memories are keyed by), or null for extension pages and unknown senders. */
export function senderPage(sender: Sender, api: RuntimeIdentity): string | null {
  if (!sender.url || isExtensionPage(sender, api)) return null;
  try {
    const u = new URL(sender.url);
    const origin = u.origin !== 'null' ? u.origin : (sender.origin ?? 'null');
    return `${origin}${u.pathname}`;
  } catch {
    return null;
  }
}
