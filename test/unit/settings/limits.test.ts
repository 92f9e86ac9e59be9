// One set of limits for every way in: the options page (saves), a settings file, the policy.

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fileTooLarge, LIMITS } from '../../../src/settings/limits';
import { parsePolicy } from '../../../src/settings/policy';
import { SETTINGS_VERSION } from '../../../src/settings/schema';
import { loadSettings, saveSettings, SettingsValidationError } from '../../../src/settings/store';
import { templatesPort } from '../../../src/settings/templates-port';
import { checkImport, EXPORT_FORMAT, exportSettings, importSettings } from '../../../src/settings/transfer';
import { saveCustomTemplates } from '../../../src/templates/storage';
import type { Template } from '../../../src/templates/types';

beforeEach(() => fakeBrowser.reset());

const file = (o: Record<string, unknown>) => JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, ...o });
const phrases = (n: number) => Array.from({ length: n }, (_, i) => ({ phrase: `禁用词${i}`, category: 'insult', severity: 'error' }));
const overrides = (n: number): Record<string, 'off'> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`cn.rule.${i}`, 'off' as const]));
const template = (i: number): Template => ({
  id: `t-${i}`,
  name: `模板${i}`.padEnd(40, '名').slice(0, 40),
  scenario: 'first_overdue',
  tone: 'standard',
  audience: 'debtor',
  segments: 7,
  body: `【{platform}】{salutation}您好，您的借款已逾期{overdueDays}天，请通过{channel}还款，客服电话{hotline}。${'感谢您的配合。'.repeat(50)}`.slice(0, 500),
});

describe('the same limits whichever way settings come in', () => {
  const tooMuch: [string, Record<string, unknown>, RegExp][] = [
    ['more custom phrases than allowed', { customPhrases: phrases(LIMITS.customPhrases + 1) }, /501 entries: at most 500/],
    ['200,000 per-rule severities', { severityOverrides: overrides(200_000) }, /200000 entries: at most 500/],
    ['a 4 MB custom-phrase message', { customPhrases: [{ phrase: '老赖', category: 'insult', message: '说'.repeat(4_000_000) }] }, /message: longer than 200 characters/],
    ['a long allowlist', { allowlist: Array.from({ length: 600 }, (_, i) => `词${i}`) }, /600 entries: at most 500/],
  ];

  it.each(tooMuch)('%s: the options page cannot save it', async (_, patch, why) => {
    await expect(saveSettings(patch as never)).rejects.toBeInstanceOf(SettingsValidationError);
    await saveSettings({ allowlist: ['keep'] });
    await saveSettings(patch as never).catch((x: SettingsValidationError) => expect(x.problems.map((p) => p.message.en).join('\n')).toMatch(why));
    expect((await loadSettings()).allowlist).toEqual(['keep']);
  });

  it.each(tooMuch)('%s: a settings file with it is refused whole', async (_, patch, why) => {
    const r = checkImport(file({ settings: patch }), templatesPort);
    expect(r.ok).toBe(false);
    // (The biggest ones are refused by the file's size already.)
    expect(!r.ok && r.errors.map((e) => e.en).join('\n')).toMatch(new RegExp(`${why.source}|The file is too large`));
  });

  it.each(tooMuch)('%s: a policy with it applies only up to the limit, and says so', (_, patch, why) => {
    const policy = { ...patch, ...(patch.severityOverrides ? { rules: { severityOverrides: patch.severityOverrides } } : {}) };
    delete (policy as Record<string, unknown>).severityOverrides;
    const r = parsePolicy(policy);
    expect(r.problems.map((p) => p.message.en).join('\n')).toMatch(why);
    const v = r.policy.values;
    expect((v.customPhrases ?? []).length).toBeLessThanOrEqual(LIMITS.customPhrases);
    expect((v.allowlist ?? []).length).toBeLessThanOrEqual(LIMITS.listEntries);
    expect(Object.keys(v.severityOverrides ?? {}).length).toBeLessThanOrEqual(LIMITS.listEntries);
  });

  it('templates: 20,000 in a settings file are refused before any is checked; a policy gets the first 500', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `t-${i}`, name: '模板', body: '您好' }));
    const r = checkImport(file({ templates: many }), templatesPort);
    expect(!r.ok && r.errors.map((e) => e.en)).toEqual(['Too many templates: 20000, at most 500']);
    const p = parsePolicy({ templates: many });
    expect(p.policy.templates).toHaveLength(LIMITS.templates);
    expect(p.problems.map((x) => x.message.en).join()).toContain('20000 templates: at most 500');
  });

  it('an export with every list at its limit imports back (the file limit leaves room for it)', async () => {
    const sites = Array.from({ length: LIMITS.listEntries }, (_, i) => `crm-${String(i).padStart(3, '0')}.${'x'.repeat(60)}.example.com`);
    await saveSettings({
      customPhrases: Array.from({ length: LIMITS.customPhrases }, (_, i) => ({ phrase: `禁用词${i}`.padEnd(LIMITS.phrase, '词'), category: 'insult', severity: 'error', message: '说'.repeat(LIMITS.phraseText), suggestion: '改'.repeat(LIMITS.phraseText) })),
      allowlist: Array.from({ length: LIMITS.listEntries }, (_, i) => `允许词${i}`.padEnd(LIMITS.phrase, '允')),
      disabledSites: sites,
      disabledRules: Array.from({ length: LIMITS.listEntries }, (_, i) => `cn.some.rule_${i}`.padEnd(60, '_')),
      severityOverrides: overrides(LIMITS.listEntries),
    });
    await saveCustomTemplates(Array.from({ length: LIMITS.templates }, (_, i) => template(i)));
    const text = `${JSON.stringify(await exportSettings(templatesPort), null, 2)}\n`;
    expect(text.length).toBeLessThan(LIMITS.fileChars);
    expect(fileTooLarge(new TextEncoder().encode(text).length)).toBe(false);
    fakeBrowser.reset();
    const r = await importSettings(text, 'replace', templatesPort);
    expect(r.errors).toEqual([]);
    expect((await loadSettings()).customPhrases).toHaveLength(LIMITS.customPhrases);
  }, 120_000);

  it('a file far larger than any settings file is refused from its size, before it is read', () => {
    expect(fileTooLarge(LIMITS.fileChars * 3 + 1)).toBe(true);
    expect(fileTooLarge(100_000)).toBe(false);
    const r = checkImport(' '.repeat(LIMITS.fileChars + 1));
    expect(!r.ok && r.errors[0]!.en).toMatch(/too large/);
  });
});
