import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, PACKS } from '../../../src/core/index';
import {
  DEFAULT_SETTINGS,
  SECTION_FIELDS,
  SECTIONS,
  SETTINGS_VERSION,
  defaultSettings,
  isActiveOn,
  lintContextFor,
  minutesToTime,
  normalizeSite,
  ruleIdsOfPack,
  timeToMinutes,
} from '../../../src/settings/schema';
import { SETTINGS_FIELDS, allowlistError, humanPath, stripEntryPrefix, validatePatch, validateSettings } from '../../../src/settings/validate';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/settings/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

describe('schema', () => {
  it('every settings field belongs to exactly one section', () => {
    const all = SECTIONS.flatMap((s) => SECTION_FIELDS[s]);
    expect([...all].sort()).toEqual([...SETTINGS_FIELDS].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(DEFAULT_SETTINGS).filter((k) => k !== 'version').sort()).toEqual([...SETTINGS_FIELDS].sort());
  });

  it('defaults: Chinese, everything on, quiet hours 22:00–08:00 error and 21:00–22:00 warning', () => {
    const d = defaultSettings();
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(d.language).toBe('zh');
    expect(d.paused).toBe(false);
    expect(d.disabledSites).toEqual([]);
    expect(d.quietHours).toEqual({ error: { start: 22 * 60, end: 8 * 60 }, warning: { start: 21 * 60, end: 22 * 60 } });
    d.quietHours.error.start = 0;
    expect(DEFAULT_SETTINGS.quietHours.error.start).toBe(22 * 60);
  });

  it('normalises what users type as a site', () => {
    expect(normalizeSite('https://SMS.Example.com:8080/send?x=1#y')).toBe('sms.example.com');
    expect(normalizeSite('*.example.com')).toBe('example.com');
    expect(normalizeSite('  crm.example.org.  ')).toBe('crm.example.org');
    expect(normalizeSite('user@host.example.com/path')).toBe('host.example.com');
    expect(normalizeSite('localhost')).toBe('localhost');
    expect(normalizeSite('127.0.0.1:5173')).toBe('127.0.0.1');
    expect(normalizeSite('催收.中国')).toBe('催收.中国');
    expect(normalizeSite('[::1]:8080')).toBe('[::1]');
    for (const bad of ['', '   ', 'not a host', 'a..b', '-x.com', 'http://', 'exa mple.com']) expect(normalizeSite(bad), bad).toBeNull();
  });

  it('isActiveOn: global pause, paused sites and their subdomains', () => {
    const s = { ...defaultSettings(), disabledSites: ['example.com'] };
    expect(isActiveOn(s, 'example.com')).toBe(false);
    expect(isActiveOn(s, 'SMS.example.com')).toBe(false);
    expect(isActiveOn(s, 'notexample.com')).toBe(true);
    expect(isActiveOn({ ...s, paused: true }, 'other.org')).toBe(false);
  });

  it('times of day', () => {
    expect(minutesToTime(22 * 60)).toBe('22:00');
    expect(minutesToTime(8 * 60 + 5)).toBe('08:05');
    expect(timeToMinutes('21:30')).toBe(21 * 60 + 30);
    expect(timeToMinutes('7:05')).toBe(7 * 60 + 5);
    expect(timeToMinutes('24:00')).toBeNull();
    expect(timeToMinutes('12:60')).toBeNull();
  });

  it('lintContextFor: a switched-off pack disables all its rules and checks, custom phrases still run', () => {
    const s = { ...defaultSettings(), disabledPacks: ['cn'], customPhrases: [{ phrase: '小心点', category: 'pressure' as const, severity: 'warning' as const }] };
    const ctx = lintContextFor(s, PACKS, 'debtor');
    expect(ctx.disabledRules).toEqual(expect.arrayContaining(ruleIdsOfPack(PACKS.cn!)));
    const text = '你这个老赖，小心点';
    expect(lint(text, lintContextFor(defaultSettings(), PACKS, 'debtor')).some((f) => f.ruleId.startsWith('cn.insult'))).toBe(true);
    const found = lint(text, ctx);
    expect(found.map((f) => f.ruleId)).toEqual(['custom.0']);
  });

  it('lintContextFor: default audience and signature', () => {
    expect(lintContextFor({ ...defaultSettings(), defaultAudience: 'third_party' }, PACKS).audience).toBe('third_party');
    expect(lintContextFor({ ...defaultSettings(), defaultAudience: 'third_party' }, PACKS, 'debtor').audience).toBe('debtor');
    expect(lintContextFor(defaultSettings(), PACKS).audience).toBeUndefined();
    expect(lintContextFor({ ...defaultSettings(), signature: '【安信贷】' }, PACKS, 'debtor').signature).toBe('【安信贷】');
  });
});

describe('validateSettings: each broken part falls back on its own and is reported', () => {
  it('valid data passes through untouched', () => {
    const d = defaultSettings();
    expect(validateSettings(d)).toEqual({ value: d, problems: [] });
    expect(validateSettings(undefined)).toEqual({ value: d, problems: [] });
  });

  it('missing fields take their defaults silently (partial data)', () => {
    const r = validateSettings({ version: 2, allowlist: ['安信贷'] });
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({ ...defaultSettings(), allowlist: ['安信贷'] });
  });

  it('not an object at all: defaults, reported', () => {
    for (const raw of ['garbage', 42, [1, 2], true]) {
      const r = validateSettings(raw);
      expect(r.value).toEqual(defaultSettings());
      expect(r.problems).toHaveLength(1);
    }
  });

  it('corrupted data: good phrases, allowlist entries and sites survive; every dropped value is named', () => {
    const raw = { ...fixture('v1-corrupted.json'), version: 2, disabledPacks: [] };
    const r = validateSettings(raw);
    const v = r.value;
    // Phrases: the two valid ones stay, the three bad ones are dropped and reported one by one.
    expect(v.customPhrases.map((c) => c.phrase)).toEqual(['上征信黑名单', '爆你通讯录']);
    expect(v.allowlist).toEqual(['安信贷', '极速分期']);
    expect(v.disabledCategories).toEqual(['threat']);
    expect(v.disabledRules).toEqual(['cn.pressure.ultimatum']);
    expect(v.severityOverrides).toEqual({ insult: 'warning' });
    // Broken scalars and the broken quiet-hours window fall back to defaults.
    expect(v.language).toBe('zh');
    expect(v.paused).toBe(false);
    expect(v.disabledSites).toEqual([]);
    expect(v.quietHours).toEqual(DEFAULT_SETTINGS.quietHours);
    expect(v.defaultAudience).toBe('auto');
    expect(v.signature).toBe('');
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'language',
        'paused',
        'disabledSites',
        'disabledCategories[1]',
        'disabledRules[0]',
        'severityOverrides.pressure',
        'customPhrases[1]',
        'customPhrases[2]',
        'customPhrases[3]',
        'allowlist[1]',
        'allowlist[2]',
        'quietHours.error.end',
        'defaultAudience',
        'signature',
      ]),
    );
    const unsupported = r.problems.find((p) => p.path === 'customPhrases[1]')!;
    expect(unsupported.section).toBe('customPhrases');
    expect(unsupported.message.zh).toContain('自定义词语第2项');
    expect(unsupported.message.zh).toContain('第4个字符「\\1」处，不支持');
    expect(unsupported.message.en).toContain('at character 4 ("\\1"): not supported');
    expect(r.problems.find((p) => p.path === 'quietHours.error.end')!.section).toBe('quietHours');
  });

  it('dedupes repeated entries', () => {
    const r = validateSettings({ allowlist: ['a', 'a'], disabledSites: ['x.com', 'https://x.com/'], customPhrases: [{ phrase: '老赖', category: 'insult' }, { phrase: '老赖', category: 'insult' }] });
    expect(r.value.allowlist).toEqual(['a']);
    expect(r.value.disabledSites).toEqual(['x.com']);
    expect(r.value.customPhrases).toHaveLength(1);
  });

  it('validatePatch only looks at the fields given', () => {
    expect(validatePatch({ signature: '【安信贷】' })).toEqual({ value: { signature: '【安信贷】' }, problems: [] });
    const bad = validatePatch({ customPhrases: [{ phrase: '(a|ab)*', regex: true, category: 'threat' }] });
    expect(bad.problems).toHaveLength(1);
    expect(bad.value.customPhrases).toEqual([]);
  });

  it('allowlist entries are checked like phrases (literal text)', () => {
    expect(allowlistError('安信贷')).toBeNull();
    expect(allowlistError('安信(贷')).toBeNull();
    expect(allowlistError('  ')?.en).toMatch(/empty/);
    expect(allowlistError('！！！')?.zh).toContain('没有文字');
    expect(allowlistError('x'.repeat(201))?.en).toMatch(/longer/);
  });

  it('humanPath and stripEntryPrefix make messages readable', () => {
    expect(humanPath('customPhrases[2]')).toEqual({ zh: '自定义词语第3项', en: 'Custom phrases, entry 3' });
    expect(humanPath('quietHours.error.start').zh).toBe('发送时段 error.start');
    expect(stripEntryPrefix('第1条 phrase：词语不能为空')).toBe('词语不能为空');
    expect(stripEntryPrefix('Entry 3, phrase: the phrase is empty')).toBe('the phrase is empty');
    expect(stripEntryPrefix('Entry 1, : must be an object')).toBe('must be an object');
  });
});
