// Import/export of all settings and custom templates as one versioned JSON file: checked
// completely first, applied atomically, or nothing changes and the user is told why.

import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '../../../src/settings/schema';
import { BACKUPS_KEY, SETTINGS_KEY, loadSettings, loadSettingsState, saveSettings } from '../../../src/settings/store';
import { templatesPort } from '../../../src/settings/templates-port';
import { EXPORT_FORMAT, checkImport, exportFileName, exportSettings, importSettings, restoreBackup } from '../../../src/settings/transfer';
import { loadCustomTemplates, saveCustomTemplates } from '../../../src/templates/storage';
import type { Template } from '../../../src/templates/types';

beforeEach(() => fakeBrowser.reset());

const TEMPLATE: Template = {
  id: 'my-first-overdue',
  name: '首次逾期（本司版）',
  scenario: 'first_overdue',
  tone: 'standard',
  audience: 'debtor',
  segments: 2,
  body: '【{platform}】{salutation}您好，您在{platform}的借款已逾期{overdueDays}天，应还{total}。请通过{channel}还款，客服电话{hotline}。',
};

async function snapshot() {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

async function seed() {
  await saveSettings({
    allowlist: ['安信贷'],
    customPhrases: [{ phrase: '小心点', category: 'pressure', severity: 'warning' }],
    disabledSites: ['crm.example.org'],
    signature: '【安信贷】',
  });
  await saveCustomTemplates([TEMPLATE]);
}

const file = (o: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, ...o });

describe('export', () => {
  it('one JSON file: format, version, the user’s settings and custom templates', async () => {
    await seed();
    await fakeBrowser.storage.managed.set({ allowlist: ['组织词'] });
    const f = await exportSettings(templatesPort, new Date('2025-03-01T08:00:00Z'));
    expect(f).toMatchObject({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: '2025-03-01T08:00:00.000Z' });
    expect(f.settings.allowlist).toEqual(['安信贷']); // not the organisation's entries
    expect(f.settings).not.toHaveProperty('version');
    expect(f.templates).toEqual([TEMPLATE]);
    expect(exportFileName(new Date('2025-03-01T08:00:00Z'))).toBe('collectguard-settings-2025-03-01.json');
  });

  it('round trip: export, wipe, import gives back the same settings and templates', async () => {
    await seed();
    const text = JSON.stringify(await exportSettings(templatesPort));
    const before = await loadSettings();
    fakeBrowser.reset();
    const r = await importSettings(text, 'replace', templatesPort);
    expect(r.ok).toBe(true);
    expect(await loadSettings()).toEqual(before);
    expect(await loadCustomTemplates()).toEqual([TEMPLATE]);
  });
});

describe('import: everything is checked first; a bad file changes nothing', () => {
  const BAD: [string, string, RegExp][] = [
    ['not JSON', '{"format": ', /JSON/],
    ['not an object', '[1,2]', /object/],
    ['another file kind', JSON.stringify({ format: 'something-else', version: 1 }), /CollectGuard/],
    ['no version', JSON.stringify({ format: EXPORT_FORMAT, settings: {} }), /version/],
    ['a newer version', file({ version: SETTINGS_VERSION + 1, settings: {} }), /newer/],
    ['an unknown setting', file({ settings: { allowlist: [], colour: 'red' } }), /colour/],
    ['an unsupported pattern among good phrases', file({ settings: { customPhrases: [{ phrase: '老赖', category: 'insult' }, { phrase: '(\\w+)*$', regex: true, category: 'threat' }] } }), /at character 7 \("\$"\): not supported/],
    ['a bad quiet-hours time', file({ settings: { quietHours: { error: { start: 1500, end: 480 }, warning: { start: 1260, end: 1320 } } } }), /0–1439/],
    ['a bad template among good ones', file({ settings: { allowlist: ['x'] }, templates: [TEMPLATE, { ...TEMPLATE, id: 'second', body: '还钱{nope}' }] }), /Template 2/],
    ['a template that fails the compliance check', file({ templates: [{ ...TEMPLATE, id: 'rude', body: '【{platform}】你这个老赖，再不还钱就等着坐牢' }] }), /compliance/],
    ['nothing in it', file({}), /no settings/],
  ];

  for (const [what, text, why] of BAD) {
    it(what, async () => {
      await seed();
      const before = await snapshot();
      const r = await importSettings(text, 'replace', templatesPort);
      expect(r.ok).toBe(false);
      expect(r.errors.map((e) => e.en).join('\n')).toMatch(why);
      expect(r.errors.every((e) => e.zh.trim() && e.en.trim())).toBe(true);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('every problem is listed, not just the first', () => {
    const r = checkImport(file({ settings: { language: 'fr', allowlist: [1], disabledSites: ['a b'] } }), templatesPort);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(3);
  });

  it('a failing storage write leaves settings and templates as they were', async () => {
    await seed();
    const before = await snapshot();
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(importSettings(file({ settings: { allowlist: ['新'] }, templates: [] }), 'replace', templatesPort)).rejects.toThrow(/quota/);
    spy.mockRestore();
    expect(await snapshot()).toEqual(before);
  });
});

describe('import: applied atomically', () => {
  it('settings, templates and a backup land in one storage write', async () => {
    await seed();
    const writes: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => void writes.push(Object.keys(changes).sort()));
    const r = await importSettings(file({ settings: { allowlist: ['极速分期'] }, templates: [{ ...TEMPLATE, id: 'other', name: '另一个' }] }), 'merge', templatesPort);
    expect(r).toMatchObject({ ok: true, fields: ['allowlist'], templates: 1, lockedSections: [] });
    expect(writes).toEqual([[BACKUPS_KEY, templatesPort.storageKey, SETTINGS_KEY].sort()]);
  });

  it('merge keeps the user’s entries and adds the file’s; replace takes the file’s', async () => {
    await seed();
    const text = file({
      settings: { allowlist: ['极速分期', '安信贷'], customPhrases: [{ phrase: '上征信黑名单', category: 'misleading', severity: 'error' }], signature: '【新】' },
      templates: [{ ...TEMPLATE, name: '改过的名字' }, { ...TEMPLATE, id: 'added', name: '新增' }],
    });
    expect((await importSettings(text, 'merge', templatesPort)).ok).toBe(true);
    let s = await loadSettings();
    expect(s.allowlist).toEqual(['安信贷', '极速分期']);
    expect(s.customPhrases.map((c) => c.phrase)).toEqual(['小心点', '上征信黑名单']);
    expect(s.signature).toBe('【新】');
    expect(s.disabledSites).toEqual(['crm.example.org']); // not in the file: untouched
    expect((await loadCustomTemplates()).map((t) => [t.id, t.name])).toEqual([
      ['my-first-overdue', '改过的名字'],
      ['added', '新增'],
    ]);

    expect((await importSettings(file({ settings: { allowlist: ['只有这个'] }, templates: [{ ...TEMPLATE, id: 'only' }] }), 'replace', templatesPort)).ok).toBe(true);
    s = await loadSettings();
    expect(s.allowlist).toEqual(['只有这个']);
    expect(s.customPhrases.map((c) => c.phrase)).toEqual(['小心点', '上征信黑名单']);
    expect((await loadCustomTemplates()).map((t) => t.id)).toEqual(['only']);
  });

  it('a settings-only file never touches the custom templates', async () => {
    await seed();
    expect((await importSettings(file({ settings: { paused: true } }), 'replace', templatesPort)).ok).toBe(true);
    expect(await loadCustomTemplates()).toEqual([TEMPLATE]);
  });

  it('an older file goes through the migrations (version 1: sites typed as URLs)', async () => {
    const v1 = JSON.parse(readFileSync(new URL('../../fixtures/settings/v1-customised.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const { version: _v, ...settings } = v1;
    const r = await importSettings(JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings }), 'replace', templatesPort);
    expect(r.ok).toBe(true);
    const s = await loadSettings();
    expect(s.disabledSites).toEqual(['sms.example.com', 'crm.example.org', 'tickets.example.net']);
    expect(s.language).toBe('en');
    expect(s.customPhrases).toHaveLength(2);
  });

  it('sections the organisation locks are written but reported as not in force', async () => {
    await fakeBrowser.storage.managed.set({ locked: { sites: true } });
    const r = await importSettings(file({ settings: { disabledSites: ['x.com'], allowlist: ['y'] } }), 'replace', templatesPort);
    expect(r.ok).toBe(true);
    expect(r.lockedSections).toEqual(['sites']);
    const st = await loadSettingsState();
    expect(st.user.disabledSites).toEqual(['x.com']);
    expect(st.effective.disabledSites).toEqual([]);
  });

  it('undo: restoring the backup brings back settings and templates (and can itself be undone)', async () => {
    await seed();
    const before = await loadSettings();
    await importSettings(file({ settings: { allowlist: ['别的'] }, templates: [{ ...TEMPLATE, id: 'x' }] }), 'replace', templatesPort);
    const st = await loadSettingsState();
    expect(st.backups[0]!.reason).toBe('import');
    expect(await restoreBackup(0)).toBe(true);
    expect(await loadSettings()).toEqual(before);
    expect(await loadCustomTemplates()).toEqual([TEMPLATE]);
    const after = await loadSettingsState();
    expect(after.backups[0]!.reason).toBe('restore');
    expect(await restoreBackup(0)).toBe(true);
    expect((await loadSettings()).allowlist).toEqual(['别的']);
    expect(await restoreBackup(99)).toBe(false);
  });
});
