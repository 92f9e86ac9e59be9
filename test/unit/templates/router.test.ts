import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Router } from '../../../src/background/router';
import { loadSettings } from '../../../src/settings/store';

beforeEach(() => fakeBrowser.reset());

/** A browser API with what the router touches: tabs and a session storage area. */
function fakeApi() {
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
  return { api: api as unknown as ConstructorParameters<typeof Router>[0], tabs: api.tabs, session };
}

const focus = (r: Router, tabId: number, frameId: number, label: string, at: number) => r.fieldFocused({ tab: { id: tabId }, frameId }, `https://t${tabId}.example/`, label, at);

describe('background router', () => {
  it('remembers the last focused field per tab and across tabs', async () => {
    const { api } = fakeApi();
    const r = new Router(api);
    focus(r, 1, 0, 'a', 100);
    focus(r, 2, 3, 'b', 200);
    expect(await r.target()).toMatchObject({ tabId: 2, frameId: 3, label: 'b' });
    expect(await r.target(1)).toMatchObject({ tabId: 1, frameId: 0, label: 'a' });
    expect(await r.target(99)).toMatchObject({ tabId: 2 }); // popup.html in its own tab: the latest of all
    r.tabRemoved(2);
    expect(await r.target()).toMatchObject({ tabId: 1, label: 'a' });
    r.tabRemoved(1);
    expect(await r.target()).toBeNull();
  });

  it('keeps the targets in session storage, so a restarted service worker still knows them', async () => {
    const { api } = fakeApi();
    const r1 = new Router(api);
    focus(r1, 5, 1, 'msg', 300);
    await new Promise((ok) => setTimeout(ok, 0));
    const r2 = new Router(api);
    expect(await r2.target()).toMatchObject({ tabId: 5, frameId: 1, label: 'msg' });
  });

  it('forwards an insert to the tab and frame of the field', async () => {
    const { api, tabs } = fakeApi();
    const r = new Router(api);
    expect(await r.insert('x')).toEqual({ ok: false, reason: 'no-field' });
    focus(r, 7, 2, 'msg', 1);
    expect(await r.insert('你好')).toEqual({ ok: true });
    expect(tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'cg:insert', text: '你好' }, { frameId: 2 });
    await r.insert('b', { tabId: 9, frameId: 4 });
    expect(tabs.sendMessage).toHaveBeenLastCalledWith(9, { type: 'cg:insert', text: 'b' }, { frameId: 4 });
    tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(await r.insert('c')).toEqual({ ok: false, reason: 'no-receiver' });
    tabs.sendMessage.mockResolvedValueOnce(undefined);
    expect(await r.insert('d')).toEqual({ ok: false, reason: 'no-receiver' });
  });

  it('routes messages by type and ignores foreign ones', async () => {
    const { api } = fakeApi();
    const r = new Router(api);
    expect(r.handle({ type: 'other' }, {})).toBeUndefined();
    expect(r.handle('hello', {})).toBeUndefined();
    await r.handle({ type: 'cg:field-focused', url: 'https://a.example/', label: 'L' }, { tab: { id: 3 }, frameId: 0 });
    expect(await r.handle({ type: 'cg:get-target' }, {})).toMatchObject({ tabId: 3, url: 'https://a.example/', label: 'L' });
    const findings = (await r.handle({ type: 'cg:lint', text: '你这个老赖', audience: 'debtor' }, {})) as { category: string }[];
    expect(findings.map((f) => f.category)).toContain('insult');
  });

  it('turns the quick-insert command into a message to the active tab', async () => {
    const { api, tabs } = fakeApi();
    await new Router(api).quickInsert();
    expect(tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'cg:quick-insert' });
  });

  it('pauses and resumes checking on a site through the settings store', async () => {
    const { api } = fakeApi();
    const r = new Router(api);
    expect(await r.popupState('sms.example.com')).toMatchObject({ language: 'zh', sitePaused: false, sitesLocked: false });
    expect(await r.pauseSite('sms.example.com', true)).toMatchObject({ sitePaused: true });
    expect((await loadSettings()).disabledSites).toContain('sms.example.com');
    expect(await r.pauseSite('sms.example.com', false)).toMatchObject({ sitePaused: false });
    expect((await loadSettings()).disabledSites).not.toContain('sms.example.com');
  });
});
