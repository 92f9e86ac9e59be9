// The content script talks to the background through the browser's own API, not
// webextension-polyfill (wxt.config.ts). What the polyfill did for it, request and the inbox do
// themselves: a reply the background's polyfill marks as rejected rejects, Chrome's "no response"
// resolves undefined, and the inbox answers through sendResponse (Chrome ignores a returned promise).

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Inbox } from '../../../src/content/inbox';
import { request } from '../../../src/messaging/client';

beforeEach(() => fakeBrowser.reset());

describe('request without the polyfill', () => {
  it('rejects a reply the background’s polyfill sent as a rejection', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, respond: (r: unknown) => void) => {
      respond({ __mozWebExtensionPolyfillReject__: true, message: 'refused: cg:insert' });
      return true;
    });
    await expect(request('cg:page-settings')).rejects.toThrow('refused: cg:insert');
  });

  it('resolves undefined when nobody answered (Chrome’s message-port error), as the polyfill did', async () => {
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('The message port closed before a response was received.'));
    await expect(request('cg:page-settings')).resolves.toBeUndefined();
    spy.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(request('cg:page-settings')).rejects.toThrow('Receiving end');
  });

  it('passes other replies through', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, respond: (r: unknown) => void) => {
      respond({ ok: true });
      return true;
    });
    await expect(request('cg:allow-phrase', { phrase: '极速分期' })).resolves.toEqual({ ok: true });
  });
});

describe('the inbox answers through sendResponse', () => {
  it('answers a handled message, stays silent for others and for a failed handler', () => {
    const stop = new AbortController();
    const inbox = new Inbox();
    inbox.on('cg:quick-insert', () => true, stop.signal);
    inbox.on('cg:insert', () => Promise.reject(new Error('boom')), stop.signal);
    let listener: ((m: unknown, s: unknown, r: (x?: unknown) => void) => unknown) | undefined;
    const spy = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => {
      listener = l as typeof listener;
    });
    inbox.listen(stop.signal);
    spy.mockRestore();
    const respond = vi.fn();
    expect(listener!({ type: 'cg:quick-insert' }, {}, respond)).toBe(true);
    expect(listener!({ type: 'cg:settings-changed' }, {}, respond)).toBeUndefined();
    expect(listener!({ type: 'cg:insert', text: 'x' }, {}, respond)).toBe(true);
    return vi.waitFor(() => {
      expect(respond).toHaveBeenCalledWith(true);
      expect(respond).toHaveBeenCalledWith(undefined);
      expect(respond).toHaveBeenCalledTimes(2);
    });
  });
});
