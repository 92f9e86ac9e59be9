// What the background's tests pass for the browser: the fake browser with tabs and a session
// storage area, and the sender records the browser makes for content scripts and extension pages.

import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A browser API with what the background touches: tabs and a session storage area. */
export function fakeApi() {
  const session = new Map<string, unknown>();
  const api = {
    ...fakeBrowser,
    storage: {
      ...fakeBrowser.storage,
      session: {
        get: vi.fn(async (k: string) => (session.has(k) ? { [k]: structuredClone(session.get(k)) } : {})),
        set: vi.fn(async (o: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(o)) session.set(k, structuredClone(v));
        }),
      },
    },
    tabs: {
      ...fakeBrowser.tabs,
      sendMessage: vi.fn(async (_tabId: number, _msg: unknown, _opts?: unknown): Promise<unknown> => ({ ok: true })),
      query: vi.fn(async () => [{ id: 42 }]),
    },
  };
  return { api: api as unknown as typeof fakeBrowser, tabs: api.tabs, session };
}

/** What the browser reports for a content script in `tabId`/`frameId` on `url`. */
export const contentScript = (tabId: number, frameId = 0, url = `https://t${tabId}.example/`) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId, url });
/** What the browser reports for the toolbar popup (no tab) or popup.html opened in a tab. */
export const extensionPage = (tabId?: number) => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('popup.html'), frameId: 0, ...(tabId !== undefined ? { tab: { id: tabId } } : {}) });

