// The content script's one runtime.onMessage listener: the messages the background sends to a
// frame (PageMessages in src/messaging/protocol.ts), each routed to the feature that handles it.
// A handler answers with its reply, or undefined when the message is not for this frame (the
// quick-insert shortcut goes to every frame; only the one holding the focus answers).

import { browser } from 'wxt/browser';
import type { PageMessage, PageMessages, PageMessageType } from '../messaging/protocol';

export type PageHandler<K extends PageMessageType> = (payload: PageMessages[K]['req']) => PageMessages[K]['res'] | Promise<PageMessages[K]['res']> | undefined;

export class Inbox {
  private readonly handlers: { [K in PageMessageType]?: PageHandler<K> } = {};

  /** Routes messages of `type` to `handler` until `signal` aborts. */
  on<K extends PageMessageType>(type: K, handler: PageHandler<K>, signal: AbortSignal): void {
    (this.handlers as Record<string, unknown>)[type] = handler;
    signal.addEventListener('abort', () => {
      if (this.handlers[type] === handler) delete this.handlers[type];
    });
  }

  /** The listener itself (tests call it directly). */
  receive(message: unknown): Promise<unknown> | undefined {
    if (!message || typeof message !== 'object') return undefined;
    const { type, ...payload } = message as PageMessage;
    const handler = this.handlers[type] as PageHandler<PageMessageType> | undefined;
    const reply = handler?.(payload as PageMessages[PageMessageType]['req']);
    return reply === undefined ? undefined : Promise.resolve(reply);
  }

  /** Listens to the background until `signal` aborts. */
  listen(signal: AbortSignal): void {
    // Only the extension itself can message a content script (tabs.sendMessage): no sender check needed.
    // The reply goes through sendResponse, not a returned promise: the content script uses the
    // browser's own API (no webextension-polyfill), and Chrome's ignores a returned promise. A
    // handler that failed answers nothing, which the background takes as it takes a rejection
    // (no frame received it).
    const listener = (message: unknown, _sender: unknown, sendResponse: (reply?: unknown) => void): true | undefined => {
      const reply = this.receive(message);
      if (!reply) return undefined;
      reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    try {
      browser.runtime.onMessage.addListener(listener);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
    } catch {
      // No runtime (the context is already gone).
    }
  }
}
