import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, defaultSettings, type EffectiveSettings } from '../../../src/settings/schema';
import {
  BACKUPS_KEY,
  SETTINGS_KEY,
  SettingsLockedError,
  SettingsValidationError,
  loadSettings,
  loadSettingsState,
  saveSettings,
  watchSettings,
  watchSettingsState,
} from '../../../src/settings/store';

beforeEach(() => fakeBrowser.reset());

const raw = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown> | undefined;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('load and save', () => {
  it('empty storage: the defaults, nothing locked', async () => {
    const s = await loadSettings();
    const { locked, managed, siteSelectors, ...plain } = s;
    expect(plain).toEqual(defaultSettings());
    expect(siteSelectors).toEqual({});
    expect(Object.values(locked).every((x) => !x)).toBe(true);
    expect(managed).toEqual([]);
  });

  it('the old call shape keeps working: saveSettings(patch) returns the settings, loadSettings reads them', async () => {
    const s = await saveSettings({ allowlist: ['安信贷'], language: 'en' });
    expect(s.allowlist).toEqual(['安信贷']);
    expect((await loadSettings()).language).toBe('en');
    expect(await raw()).toMatchObject({ version: SETTINGS_VERSION, allowlist: ['安信贷'], language: 'en' });
  });

  it('an invalid value is refused and nothing is written', async () => {
    await saveSettings({ allowlist: ['keep me'] });
    const before = await raw();
    await expect(saveSettings({ customPhrases: [{ phrase: '(a)\\1', regex: true, category: 'threat', severity: 'error' }] })).rejects.toBeInstanceOf(SettingsValidationError);
    await expect(saveSettings({ language: 'fr' as never })).rejects.toThrow(/language/);
    await expect(saveSettings({ disabledSites: ['not a host'] })).rejects.toBeInstanceOf(SettingsValidationError);
    expect(await raw()).toEqual(before);
  });

  it('extra fields of an effective object (locked, managed, version) are not written', async () => {
    const s = await loadSettings();
    await saveSettings({ ...s, signature: '【安信贷】' });
    const r = (await raw())!;
    expect(r.signature).toBe('【安信贷】');
    expect(r).not.toHaveProperty('locked');
    expect(r).not.toHaveProperty('managed');
  });

  it('a save touches only its fields: a damaged part elsewhere stays for a later fix', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, quietHours: 'broken', allowlist: ['a'], futureField: { x: 1 } } });
    await saveSettings({ signature: '【安信贷】' });
    expect(await raw()).toMatchObject({ quietHours: 'broken', allowlist: ['a'], futureField: { x: 1 }, signature: '【安信贷】' });
    const st = await loadSettingsState();
    expect(st.problems.map((p) => p.path)).toEqual(['quietHours']);
    expect(st.effective.quietHours).toEqual(defaultSettings().quietHours);
  });

  it('replacing damaged data keeps a backup of the original first', async () => {
    const damaged = { version: 2, customPhrases: [{ phrase: '(a)\\1', regex: true, category: 'threat' }, { phrase: '老赖', category: 'insult' }] };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: damaged });
    const st = await loadSettingsState();
    expect(st.effective.customPhrases.map((c) => c.phrase)).toEqual(['老赖']);
    expect(st.problems).toHaveLength(1);
    await saveSettings({ customPhrases: [...st.user.customPhrases, { phrase: '骗子', category: 'insult', severity: 'error' }] });
    const backups = (await fakeBrowser.storage.local.get(BACKUPS_KEY))[BACKUPS_KEY] as { reason: string; settings: unknown }[];
    expect(backups[0]).toMatchObject({ reason: 'repair', settings: damaged });
    expect((await loadSettings()).customPhrases.map((c) => c.phrase)).toEqual(['老赖', '骗子']);
  });

  it('corrupted storage (not an object) reads as defaults and is backed up before the first save', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    const st = await loadSettingsState();
    expect(st.problems).toHaveLength(1);
    await saveSettings({ allowlist: ['x'] });
    const got = await fakeBrowser.storage.local.get([SETTINGS_KEY, BACKUPS_KEY]);
    expect(got[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, allowlist: ['x'] });
    expect(got[BACKUPS_KEY]).toEqual([expect.objectContaining({ reason: 'repair', settings: 'garbage' })]);
  });

  it('quick successive saves from one page never overwrite each other', async () => {
    await Promise.all([saveSettings({ allowlist: ['a'] }), saveSettings({ signature: '【x】' }), saveSettings({ paused: true })]);
    expect(await loadSettings()).toMatchObject({ allowlist: ['a'], signature: '【x】', paused: true });
  });
});

describe('live updates (storage change events)', () => {
  it('watchSettings reports changes made anywhere, once per real change', async () => {
    const seen: EffectiveSettings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ allowlist: ['安信贷'] });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.allowlist).toEqual(['安信贷']);
    // Another tab writes storage directly.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, paused: true } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]!.paused).toBe(true);
    // Writing the same values again, or an unrelated key, is not a change.
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, paused: true }, unrelated: 1 });
    await fakeBrowser.storage.local.set({ other: 2 });
    await flush();
    await flush();
    expect(seen).toHaveLength(2);
    stop();
    await saveSettings({ paused: false });
    await flush();
    expect(seen).toHaveLength(2);
  });

  it('a policy update reaches watchers with the merged settings', async () => {
    const seen: EffectiveSettings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.managed.set({ sites: { paused: true }, locked: { sites: true } });
    await vi.waitFor(() => expect(seen.at(-1)?.paused).toBe(true));
    expect(seen.at(-1)!.locked.sites).toBe(true);
    stop();
  });

  it('watchSettingsState: the newest read wins when changes come quickly', async () => {
    const states: string[][] = [];
    const stop = watchSettingsState((s) => states.push(s.effective.allowlist));
    for (let i = 0; i < 5; i++) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, allowlist: [`p${i}`] } });
    await vi.waitFor(() => expect(states.at(-1)).toEqual(['p4']));
    stop();
  });
});

describe('organisation policy over the user settings', () => {
  it('managed values win; list entries add up; locked sections ignore the user', async () => {
    await saveSettings({ allowlist: ['我的词'], customPhrases: [{ phrase: '小心点', category: 'pressure', severity: 'warning' }], disabledSites: ['mine.example.com'], signature: '【我的】' });
    await fakeBrowser.storage.managed.set({
      allowlist: ['安信贷'],
      customPhrases: [{ phrase: '上征信黑名单', category: 'misleading' }],
      sites: { disabled: ['org.example.com'] },
      signature: '【安信贷】',
      locked: { sites: true },
    });
    const st = await loadSettingsState();
    const s = st.effective;
    expect(s.allowlist).toEqual(['安信贷', '我的词']);
    expect(s.customPhrases.map((c) => c.phrase)).toEqual(['上征信黑名单', '小心点']);
    expect(s.disabledSites).toEqual(['org.example.com']);
    expect(s.signature).toBe('【安信贷】');
    expect(s.locked).toMatchObject({ sites: true, allowlist: false });
    expect(s.managed).toEqual(expect.arrayContaining(['allowlist', 'customPhrases', 'disabledSites', 'signature']));
    // The user's own values are still stored, untouched.
    expect(st.user.disabledSites).toEqual(['mine.example.com']);
    expect(st.user.signature).toBe('【我的】');
  });

  it('saving effective lists writes only the user entries; the policy entries are not copied', async () => {
    await fakeBrowser.storage.managed.set({ allowlist: ['安信贷'] });
    const s = await loadSettings();
    // What the in-page card does for "always allow this phrase".
    await saveSettings({ allowlist: [...s.allowlist, '老赖'] });
    expect((await raw())!.allowlist).toEqual(['老赖']);
    expect((await loadSettings()).allowlist).toEqual(['安信贷', '老赖']);
  });

  it('a locked section or a value the policy fixes cannot be saved; nothing is written', async () => {
    await fakeBrowser.storage.managed.set({ quietHours: { error: { start: '21:00', end: '09:00' } }, locked: { sites: true } });
    await expect(saveSettings({ paused: true })).rejects.toBeInstanceOf(SettingsLockedError);
    await expect(saveSettings({ disabledSites: ['x.com'] })).rejects.toMatchObject({ section: 'sites' });
    await expect(saveSettings({ quietHours: defaultSettings().quietHours })).rejects.toMatchObject({ section: 'quietHours' });
    expect(await raw()).toBeUndefined();
    // Writing back the value in force is not a change (e.g. a whole-object save).
    const s = await loadSettings();
    await saveSettings({ ...s, allowlist: ['x'] });
    expect((await raw())!.allowlist).toEqual(['x']);
  });

  it('severity overrides merge per key, the policy winning', async () => {
    await saveSettings({ severityOverrides: { pressure: 'info', 'cn.insult.stupid': 'warning' } });
    await fakeBrowser.storage.managed.set({ rules: { severityOverrides: { pressure: 'error' } } });
    const s = await loadSettings();
    expect(s.severityOverrides).toEqual({ pressure: 'error', 'cn.insult.stupid': 'warning' });
    await saveSettings({ severityOverrides: { ...s.severityOverrides, 'cn.threat.visit': 'warning' } });
    expect((await raw())!.severityOverrides).toEqual({ 'cn.insult.stupid': 'warning', 'cn.threat.visit': 'warning' });
  });

  it('no managed storage (Firefox without policies.json rejects): no policy', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const st = await loadSettingsState();
    expect(st.policyProblems).toEqual([]);
    expect(st.effective.managed).toEqual([]);
    spy.mockRestore();
  });
});
