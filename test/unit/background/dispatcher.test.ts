// The background obeys content scripts only within their narrow set: privileged requests are
// answered for the extension's own pages alone, and what a content script says about where it
// runs is never believed (the browser's sender record says it).

import { MAX_CHOICES, PURPOSES_KEY } from '../../../src/background/field-memory';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../../src/background/index';
import { isExtensionPage, RefusedError } from '../../../src/background/dispatcher';
import { PRIVILEGED, type Payload, type PrivilegedRequests } from '../../../src/messaging/protocol';
import { dropAudienceMemory, LEGACY_AUDIENCE_PREFIX } from '../../../src/background/legacy-storage';
import { loadSettings, loadSettingsState, saveSettings } from '../../../src/settings/store';
import { loadRemembered } from '../../../src/templates/storage';
import { contentScript, extensionPage, fakeApi } from './fakes';

beforeEach(() => fakeBrowser.reset());

/** One well-formed request of every privileged type (the compiler insists on all of them). */
const PRIVILEGED_REQUESTS: { [K in keyof PrivilegedRequests]: Payload<K> } = {
  'cg:get-target': {},
  'cg:insert': { text: '您好', target: { tabId: 1, frameId: 0 } },
  'cg:lint': { text: '你这个老赖', audience: 'debtor' },
  'cg:popup-state': { host: 'sms.example.com' },
  'cg:pause-site': { host: 'sms.example.com', paused: true },
  'cg:stats-reset': {},
};

describe('privileged requests', () => {
  it('lists every privileged type once', () => {
    expect([...PRIVILEGED].sort()).toEqual(Object.keys(PRIVILEGED_REQUESTS).sort());
  });

  it('refuses every privileged type from a content script, and nothing happens', async () => {
    const { api, tabs } = fakeApi();
    const { dispatch } = createBackground(api);
    // The agent's console tab has a focused field: the target a hostile page would like to learn or write to.
    await dispatch({ type: 'cg:field-focused', label: '短信内容' }, contentScript(1, 0, 'https://console.example/sms'));
    tabs.sendMessage.mockClear();
    for (const [type, payload] of Object.entries(PRIVILEGED_REQUESTS)) {
      // A content script in another tab, and one in a frame of the very same tab.
      for (const sender of [contentScript(2, 0, 'https://evil.example/'), contentScript(1, 3, 'https://ads.example/frame')]) {
        await expect(dispatch({ type, ...payload }, sender), type).rejects.toBeInstanceOf(RefusedError);
      }
    }
    expect(tabs.sendMessage).not.toHaveBeenCalled();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('answers every privileged type for the toolbar popup and for popup.html opened in a tab', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    await dispatch({ type: 'cg:field-focused', label: '短信内容' }, contentScript(1, 0, 'https://console.example/sms'));
    for (const sender of [extensionPage(), extensionPage(8)]) {
      for (const [type, payload] of Object.entries(PRIVILEGED_REQUESTS)) {
        await expect(dispatch({ type, ...payload }, sender), type).resolves.toBeDefined();
      }
    }
    expect(await dispatch({ type: 'cg:get-target' }, extensionPage())).toMatchObject({ tabId: 1, url: 'https://console.example/sms', label: '短信内容' });
    expect((await loadSettings()).disabledSites).toContain('sms.example.com');
  });

  it('an extension page is ours by id and URL, not by the absence of a tab', () => {
    const api = fakeBrowser;
    expect(isExtensionPage(extensionPage(), api)).toBe(true);
    expect(isExtensionPage(extensionPage(4), api)).toBe(true);
    expect(isExtensionPage({ id: api.runtime.id, url: 'https://evil.example/' }, api)).toBe(false);
    expect(isExtensionPage({ id: api.runtime.id, url: `https://evil.example/?${api.runtime.getURL('popup.html')}` }, api)).toBe(false);
    expect(isExtensionPage({ id: 'another-extension', url: api.runtime.getURL('popup.html') }, api)).toBe(false);
    expect(isExtensionPage({}, api)).toBe(false);
  });
});

describe('what a content script says about itself', () => {
  it('the insert target is the sender’s tab, frame and URL, whatever the payload claims', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const claim = { label: '正文', tabId: 99, frameId: 5, url: 'https://victim.example/' };
    expect(await dispatch({ type: 'cg:field-focused', ...claim }, contentScript(3, 1, 'https://a.example/page'))).toBe(true);
    expect(await dispatch({ type: 'cg:get-target' }, extensionPage())).toMatchObject({ tabId: 3, frameId: 1, url: 'https://a.example/page', label: '正文' });
    // An extension page is no field.
    expect(await dispatch({ type: 'cg:field-focused', label: 'x' }, extensionPage(6))).toBe(false);
    expect(await dispatch({ type: 'cg:get-target' }, extensionPage())).toMatchObject({ tabId: 3 });
  });

  it('a frame gets the settings for its own site, and nothing about other sites', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    await saveSettings({ disabledSites: ['paused.example', 'intranet.corp'], allowlist: ['安信贷'] });
    const paused = (await dispatch({ type: 'cg:page-settings', host: 'open.example' }, contentScript(1, 0, 'https://sms.paused.example/'))) as { active: boolean };
    expect(paused.active).toBe(false);
    const open = await dispatch({ type: 'cg:page-settings' }, contentScript(1, 0, 'https://open.example/'));
    expect(open).toMatchObject({ active: true, language: 'zh', lint: { allowlist: ['安信贷'] } });
    expect(JSON.stringify(open)).not.toContain('intranet.corp');
  });

  it('nothing a page sends is stored per page: there is no recipient memory, and an old one is removed at start', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const page = contentScript(1, 0, 'https://console.example/sms?id=1');
    expect(dispatch({ type: 'cg:remember-audience', field: 'body', audience: 'third_party' }, page)).toBeUndefined();
    expect(dispatch({ type: 'cg:recall-audience', field: 'body' }, page)).toBeUndefined();
    // What an earlier version left (a page could grow it without bound) goes; the settings stay.
    await saveSettings({ signature: '【安信贷】' });
    await fakeBrowser.storage.local.set({ [`${LEGACY_AUDIENCE_PREFIX}https://console.example/sms|body`]: 'third_party', [`${LEGACY_AUDIENCE_PREFIX}https://x.example/|${'a'.repeat(5000)}`]: 'debtor' });
    expect(await dropAudienceMemory(fakeBrowser.storage.local)).toBe(2);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith(LEGACY_AUDIENCE_PREFIX))).toEqual([]);
    expect((await loadSettings()).signature).toBe('【安信贷】');
  });

  it('remembered template values are only what the form lets an agent type', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const page = contentScript(1);
    await dispatch({ type: 'cg:remember-template', id: 'first_overdue.firm', scenario: 'first_overdue', values: { platform: '安信贷', hotline: '9'.repeat(100000), salutation: '张先生' } }, page);
    expect(await loadRemembered()).toEqual({ platform: '安信贷' });
  });

  it('"always allow" refuses the words of an insult or a threat unless the organisation allows them', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const page = contentScript(1);
    expect(await dispatch({ type: 'cg:allow-phrase', phrase: '老赖' }, page)).toEqual({ ok: false });
    expect(await dispatch({ type: 'cg:allow-phrase', phrase: '打断你的腿' }, page)).toEqual({ ok: false });
    expect(await dispatch({ type: 'cg:allow-phrase', phrase: '后果自负' }, page)).toEqual({ ok: true });
    await fakeBrowser.storage.managed.set({ allowSevereAllowlist: true });
    expect(await dispatch({ type: 'cg:allow-phrase', phrase: '老赖' }, page)).toEqual({ ok: true });
    expect((await loadSettings()).allowlist).toEqual(['后果自负', '老赖']);
  });

  it('the purpose memory is keyed by the sender’s site: every page of the site shares it, another site cannot read or write it', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const crm = contentScript(1, 0, 'https://crm.example.com/case/1');
    expect(await dispatch({ type: 'cg:remember-purpose', field: 'summary', purpose: 'message' }, crm)).toBe(true);
    expect(await dispatch({ type: 'cg:recall-purpose', field: 'summary' }, contentScript(1, 0, 'https://crm.example.com/case/2'))).toBe('message');
    expect(await dispatch({ type: 'cg:recall-purpose', field: 'summary', host: 'crm.example.com' }, contentScript(2, 0, 'https://evil.example/'))).toBeNull();
    expect(await dispatch({ type: 'cg:remember-purpose', field: 'summary', purpose: 'secret' }, crm)).toBe(false);
    expect(await dispatch({ type: 'cg:recall-purpose', field: 'summary' }, extensionPage())).toBeNull();
  });

  it('however many fields a page names, the purpose memory keeps only the most recent choices, in one storage entry', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const crm = contentScript(1, 0, 'https://crm.example.com/case/1');
    for (let i = 0; i < MAX_CHOICES + 50; i++) await dispatch({ type: 'cg:remember-purpose', field: `f${i}`, purpose: 'note' }, crm);
    await dispatch({ type: 'cg:remember-purpose', field: 'f60', purpose: 'message' }, crm);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('cg.purpose'))).toEqual([PURPOSES_KEY]);
    expect(Object.keys(stored[PURPOSES_KEY] as object)).toHaveLength(MAX_CHOICES);
    expect(await dispatch({ type: 'cg:recall-purpose', field: 'f0' }, crm)).toBeNull();
    expect(await dispatch({ type: 'cg:recall-purpose', field: 'f60' }, crm)).toBe('message');
    expect(await dispatch({ type: 'cg:recall-purpose', field: `f${MAX_CHOICES + 49}` }, crm)).toBe('note');
  });

  it('a frame gets its site’s scope, send guard and selectors, never another site’s', async () => {
    await fakeBrowser.storage.managed.set({
      sendGuard: 'block',
      sites: { only: ['crm.example.com'] },
      siteSelectors: { 'crm.example.com': { send: '#send', note: '.remark' }, 'sms.example.cn': { send: '#sendSms' } },
    });
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const inside = await dispatch({ type: 'cg:page-settings' }, contentScript(1, 0, 'https://a.crm.example.com/'));
    expect(inside).toMatchObject({ inScope: true, active: true, sendGuard: 'block', selectors: { send: '#send', note: '.remark' } });
    expect(JSON.stringify(inside)).not.toContain('sms.example.cn');
    const outside = await dispatch({ type: 'cg:page-settings' }, contentScript(2, 0, 'https://www.example.org/'));
    expect(outside).toMatchObject({ inScope: false, active: false, selectors: {} });
  });

  it('"always allow" adds one phrase, and is refused when the organisation locks the allowlist', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    const page = contentScript(1);
    expect(await dispatch({ type: 'cg:allow-phrase', phrase: ' 极速分期 ' }, page)).toEqual({ ok: true });
    expect((await loadSettings()).allowlist).toEqual(['极速分期']);
    await fakeBrowser.storage.managed.set({ locked: { allowlist: true } });
    expect(await dispatch({ type: 'cg:allow-phrase', phrase: '老赖' }, page)).toEqual({ ok: false });
    expect((await loadSettingsState()).user.allowlist).toEqual(['极速分期']);
  });
});
