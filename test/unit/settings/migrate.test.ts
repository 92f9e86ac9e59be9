// Migrations from every earlier stored version. Each version n < SETTINGS_VERSION has fixtures
// test/fixtures/settings/v<n>-*.json of the shape that version wrote; each must migrate to a
// current-version object that validates without losing any user data.

import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIGRATIONS, migrate, versionOf } from '../../../src/settings/migrate';
import { SETTINGS_VERSION, normalizeSite } from '../../../src/settings/schema';
import { BACKUPS_KEY, SETTINGS_KEY, loadSettings, loadSettingsState, migrateStoredSettings, saveSettings } from '../../../src/settings/store';
import { validateSettings } from '../../../src/settings/validate';

const DIR = new URL('../../fixtures/settings/', import.meta.url);
const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+-.*\.json$/.test(f))
  .map((name) => ({ name, version: Number(/^v(\d+)/.exec(name)![1]), data: JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as Record<string, unknown> }));

beforeEach(() => fakeBrowser.reset());

describe('migrations', () => {
  it('there is a step and a fixture for every earlier version', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) {
      expect(MIGRATIONS[v], `migration ${v} → ${v + 1}`).toBeTypeOf('function');
      expect(fixtures.some((f) => f.version === v), `fixture test/fixtures/settings/v${v}-*.json`).toBe(true);
    }
  });

  it('versionOf: no version field means version 1', () => {
    expect(versionOf({})).toBe(1);
    expect(versionOf({ version: 'x' })).toBe(1);
    expect(versionOf({ version: 2 })).toBe(2);
  });

  for (const f of fixtures) {
    it(`${f.name}: migrates to version ${SETTINGS_VERSION} keeping every phrase, allowlist entry and site`, () => {
      const m = migrate(structuredClone(f.data));
      expect(m.from).toBe(f.version);
      expect(m.migrated).toBe(f.version < SETTINGS_VERSION);
      expect((m.data as { version: number }).version).toBe(SETTINGS_VERSION);
      const v = validateSettings(m.data);
      const rawPhrases = Array.isArray(f.data.customPhrases) ? f.data.customPhrases : [];
      const validRaw = rawPhrases.filter((p) => typeof p === 'object' && p && !['(a)\\1'].includes((p as { phrase: string }).phrase) && (p as { severity?: string }).severity !== 'fatal');
      expect(v.value.customPhrases.map((c) => c.phrase)).toEqual(validRaw.map((p) => (p as { phrase: string }).phrase));
      if (Array.isArray(f.data.allowlist)) {
        expect(v.value.allowlist).toEqual(f.data.allowlist.filter((a) => typeof a === 'string' && a.trim()));
      }
      if (Array.isArray(f.data.disabledSites)) {
        const want = [...new Set((f.data.disabledSites as string[]).map((s) => normalizeSite(s)).filter(Boolean))];
        expect(v.value.disabledSites).toEqual(want);
      }
      if (!f.name.includes('corrupted')) expect(v.problems, JSON.stringify(v.problems)).toEqual([]);
    });
  }

  it('v1 → v2 in detail: sites become host names, disabledPacks appears, the rest is as it was', () => {
    const v1 = fixtures.find((f) => f.name === 'v1-customised.json')!.data;
    const m = migrate(structuredClone(v1)).data as Record<string, unknown>;
    expect(m.disabledSites).toEqual(['sms.example.com', 'crm.example.org', 'tickets.example.net']);
    expect(m.disabledPacks).toEqual([]);
    for (const k of ['language', 'customPhrases', 'allowlist', 'severityOverrides', 'disabledRules', 'disabledCategories', 'quietHours', 'defaultAudience', 'signature']) {
      expect(m[k], k).toEqual(v1[k]);
    }
  });

  it('a migration keeps what it cannot read for validation to report', () => {
    const m = migrate({ version: 1, disabledSites: ['not a host', 'x.com', 7] }).data as Record<string, unknown>;
    expect(m.disabledSites).toEqual(['not a host', 'x.com', 7]);
  });

  it('data from a newer version is read as far as understood and flagged, never migrated down', () => {
    const m = migrate({ version: SETTINGS_VERSION + 1, allowlist: ['a'], futureThing: 1 });
    expect(m).toMatchObject({ newer: true, migrated: false, from: SETTINGS_VERSION + 1 });
    expect(validateSettings(m.data).value.allowlist).toEqual(['a']);
  });
});

describe('migrations in storage', () => {
  it('readers migrate in memory; migrateStoredSettings writes the result and keeps a backup of the old data', async () => {
    const v1 = fixtures.find((f) => f.name === 'v1-customised.json')!.data;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v1 });
    const s = await loadSettings();
    expect(s.disabledSites).toContain('sms.example.com');
    expect(s.customPhrases).toHaveLength(2);
    // Reading did not write.
    expect(((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { version: number }).version).toBe(1);

    expect(await migrateStoredSettings()).toEqual({ from: 1, to: SETTINGS_VERSION, migrated: true });
    const got = await fakeBrowser.storage.local.get([SETTINGS_KEY, BACKUPS_KEY]);
    expect((got[SETTINGS_KEY] as { version: number }).version).toBe(SETTINGS_VERSION);
    expect(got[BACKUPS_KEY]).toEqual([expect.objectContaining({ reason: 'migration', settings: v1 })]);
    // Running it again changes nothing.
    expect(await migrateStoredSettings()).toEqual({ from: SETTINGS_VERSION, to: SETTINGS_VERSION, migrated: false });
    expect(((await fakeBrowser.storage.local.get(BACKUPS_KEY))[BACKUPS_KEY] as unknown[]).length).toBe(1);
  });

  it('the first save after an update also migrates (and backs up) the stored data', async () => {
    const v1 = fixtures.find((f) => f.name === 'v1-customised.json')!.data;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: v1 });
    await saveSettings({ signature: '【新签名】' });
    const st = await loadSettingsState();
    expect(st.storedVersion).toBe(SETTINGS_VERSION);
    expect(st.user.signature).toBe('【新签名】');
    expect(st.user.customPhrases).toHaveLength(2);
    expect(st.user.disabledSites).toEqual(['sms.example.com', 'crm.example.org', 'tickets.example.net']);
    expect(st.backups[0]).toMatchObject({ reason: 'migration', settings: v1 });
  });
});
