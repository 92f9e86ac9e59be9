import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../../src/background/index';
import { InsertTargets } from '../../../src/background/targets';
import { loadSettings } from '../../../src/settings/store';
import { contentScript, extensionPage, fakeApi } from './fakes';

beforeEach(() => fakeBrowser.reset());

const focus = (t: InsertTargets, tabId: number, frameId: number, label: string, at: number) => t.fieldFocused(contentScript(tabId, frameId), label, at);

describe('insert targets', () => {
  it('remembers the last focused field per tab and across tabs', async () => {
    const { api } = fakeApi();
    const t = new InsertTargets(api);
    focus(t, 1, 0, 'a', 100);
    focus(t, 2, 3, 'b', 200);
    expect(await t.target()).toMatchObject({ tabId: 2, frameId: 3, label: 'b', url: 'https://t2.example/' });
    expect(await t.target(1)).toMatchObject({ tabId: 1, frameId: 0, label: 'a' });
    expect(await t.target(99)).toMatchObject({ tabId: 2 }); // popup.html in its own tab: the latest of all
    t.tabRemoved(2);
    expect(await t.target()).toMatchObject({ tabId: 1, label: 'a' });
    t.tabRemoved(1);
    expect(await t.target()).toBeNull();
  });

  it('keeps the targets in session storage, so a restarted service worker still knows them', async () => {
    const { api } = fakeApi();
    const t1 = new InsertTargets(api);
    focus(t1, 5, 1, 'msg', 300);
    await new Promise((ok) => setTimeout(ok, 0));
    const t2 = new InsertTargets(api);
    expect(await t2.target()).toMatchObject({ tabId: 5, frameId: 1, label: 'msg' });
  });

  it('forwards an insert to the tab and frame of the field, and only to a field reported there', async () => {
    const { api, tabs } = fakeApi();
    const t = new InsertTargets(api);
    expect(await t.insert('x')).toEqual({ ok: false, reason: 'no-field' });
    focus(t, 7, 2, 'msg', 1);
    expect(await t.insert('你好')).toEqual({ ok: true });
    expect(tabs.sendMessage).toHaveBeenLastCalledWith(7, { type: 'cg:insert', text: '你好' }, { frameId: 2 });
    expect(await t.insert('b', { tabId: 7, frameId: 2 })).toEqual({ ok: true });
    // A tab or frame where no field was focused is no target, whatever the request says.
    tabs.sendMessage.mockClear();
    expect(await t.insert('b', { tabId: 9, frameId: 4 })).toEqual({ ok: false, reason: 'no-field' });
    expect(await t.insert('b', { tabId: 7, frameId: 0 })).toEqual({ ok: false, reason: 'no-field' });
    expect(tabs.sendMessage).not.toHaveBeenCalled();
    tabs.sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(await t.insert('c')).toEqual({ ok: false, reason: 'no-receiver' });
    tabs.sendMessage.mockResolvedValueOnce(undefined);
    expect(await t.insert('d')).toEqual({ ok: false, reason: 'no-receiver' });
  });

  it('turns the quick-insert command into a message to the active tab', async () => {
    const { api, tabs } = fakeApi();
    await new InsertTargets(api).quickInsert();
    expect(tabs.sendMessage).toHaveBeenCalledWith(42, { type: 'cg:quick-insert' });
  });
});

describe('background requests', () => {
  it('routes requests by type and ignores foreign messages', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    expect(dispatch({ type: 'other' }, {})).toBeUndefined();
    expect(dispatch('hello', {})).toBeUndefined();
    await dispatch({ type: 'cg:field-focused', label: 'L' }, contentScript(3, 0, 'https://a.example/'));
    expect(await dispatch({ type: 'cg:get-target' }, extensionPage())).toMatchObject({ tabId: 3, url: 'https://a.example/', label: 'L' });
    const findings = (await dispatch({ type: 'cg:lint', text: '你这个老赖', audience: 'debtor' }, extensionPage())) as { category: string }[];
    expect(findings.map((f) => f.category)).toContain('insult');
  });

  it('pauses and resumes checking on a site through the settings store', async () => {
    const { settings } = createBackground(fakeApi().api);
    expect(await settings.popupState('sms.example.com')).toMatchObject({ language: 'zh', sitePaused: false, sitesLocked: false });
    expect(await settings.pauseSite('sms.example.com', true)).toMatchObject({ sitePaused: true });
    expect((await loadSettings()).disabledSites).toContain('sms.example.com');
    expect(await settings.pauseSite('sms.example.com', false)).toMatchObject({ sitePaused: false });
    expect((await loadSettings()).disabledSites).not.toContain('sms.example.com');
  });
});
