// The settings of issue 13: the send guard mode and reason, the site scope (sites.only) and the
// per-site selectors — stored, migrated, validated with a clear message, pushed by policy and
// locked.

import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/settings/migrate';
import { isFieldFixed, mergePolicy, parsePolicy, toUserPatch } from '../../../src/settings/policy';
import { defaultSettings, inScope, isActiveOn, selectorsFor } from '../../../src/settings/schema';
import { validatePatch, validateSettings } from '../../../src/settings/validate';

describe('defaults and migration to version 3', () => {
  it('a new install asks before a send with an error and checks everywhere', () => {
    const d = defaultSettings();
    expect(d.sendGuard).toBe('confirm');
    expect(d.sendGuardReason).toBe(false);
    expect(d.onlyListed).toBe(false);
    expect(d.onlySites).toEqual([]);
  });

  it('version 2 data gains the send guard (confirm) and the scope (everywhere), keeping everything else', () => {
    const v2 = { version: 2, language: 'en', allowlist: ['安信贷'], disabledSites: ['sms.example.com'], disabledPacks: [] };
    const m = migrate(structuredClone(v2));
    expect(m.from).toBe(2);
    expect(m.data).toMatchObject({ ...v2, version: 3, sendGuard: 'confirm', sendGuardReason: false, onlyListed: false, onlySites: [] });
    expect(validateSettings(m.data).problems).toEqual([]);
  });

  it('values a hand-edited version 2 file already had are kept for validation to judge', () => {
    const m = migrate({ version: 2, sendGuard: 'block', onlySites: ['crm.example.com'] }).data as Record<string, unknown>;
    expect(m.sendGuard).toBe('block');
    expect(m.onlySites).toEqual(['crm.example.com']);
  });
});

describe('validation', () => {
  it('a mode that does not exist falls back to confirm and says what was wrong', () => {
    const r = validateSettings({ version: 3, sendGuard: 'strict' });
    expect(r.value.sendGuard).toBe('confirm');
    expect(r.problems.map((p) => [p.section, p.path, p.message.zh, p.message.en])).toEqual([
      ['sendGuard', 'sendGuard', '发送拦截：应为 off、confirm 或 block，实际为「strict」', 'Send guard: should be off, confirm or block, got "strict"'],
    ]);
  });

  it('scope sites are normalised like paused sites; a bad one is named and dropped on its own', () => {
    const r = validatePatch({ onlyListed: true, onlySites: ['https://*.CRM.example.com/x', 'sms.example.cn', 'not a site', 'sms.example.cn'] });
    expect(r.value.onlySites).toEqual(['crm.example.com', 'sms.example.cn']);
    expect(r.problems.map((p) => [p.path, p.message.zh])).toEqual([['onlySites[2]', '检查的网站第3项：「not a site」不是网站地址']]);
  });

  it('switches must be true or false', () => {
    const r = validatePatch({ sendGuardReason: 'yes', onlyListed: 1 });
    expect(r.value).toEqual({});
    expect(r.problems.map((p) => p.path)).toEqual(['sendGuardReason', 'onlyListed']);
  });
});

describe('site scope', () => {
  const only = (sites: string[]) => ({ ...defaultSettings(), onlyListed: true, onlySites: sites });

  it('everywhere by default; with a list, only the listed sites and their subdomains', () => {
    expect(inScope(defaultSettings(), 'anything.example')).toBe(true);
    const s = only(['crm.example.com', 'sms.example.cn']);
    expect(inScope(s, 'crm.example.com')).toBe(true);
    expect(inScope(s, 'a.b.crm.example.com')).toBe(true);
    expect(inScope(s, 'SMS.example.cn')).toBe(true);
    expect(inScope(s, 'example.com')).toBe(false);
    expect(inScope(s, 'evilcrm.example.com')).toBe(false);
    expect(inScope(s, '127.0.0.1')).toBe(false);
    // Switched on before any site is listed: still everywhere, never nowhere.
    expect(inScope(only([]), 'anything.example')).toBe(true);
  });

  it('outside the scope checking is off, whatever else is set', () => {
    expect(isActiveOn(only(['crm.example.com']), 'www.example.org')).toBe(false);
    expect(isActiveOn(only(['crm.example.com']), 'x.crm.example.com')).toBe(true);
    expect(isActiveOn({ ...only(['crm.example.com']), disabledSites: ['x.crm.example.com'] }, 'x.crm.example.com')).toBe(false);
  });
});

describe('policy', () => {
  it('reads sendGuard, sendGuardReason and sites.only; the scope and the mode are final', () => {
    const { policy, problems } = parsePolicy({ sendGuard: 'block', sendGuardReason: true, sites: { only: ['*.crm.example.com', 'sms.example.cn'] } });
    expect(problems).toEqual([]);
    expect(policy.values).toEqual({ sendGuard: 'block', sendGuardReason: true, onlyListed: true, onlySites: ['crm.example.com', 'sms.example.cn'] });
    const user = { ...defaultSettings(), sendGuard: 'off' as const, onlyListed: true, onlySites: ['mine.example.com'] };
    const eff = mergePolicy(user, policy);
    expect(eff.sendGuard).toBe('block');
    expect(eff.onlySites).toEqual(['crm.example.com', 'sms.example.cn']);
    for (const f of ['sendGuard', 'sendGuardReason', 'onlyListed', 'onlySites'] as const) expect(isFieldFixed(policy, f), f).toBe(true);
    expect(() => toUserPatch({ sendGuard: 'off' }, policy)).toThrow(/managed by the organisation/);
  });

  it('an empty sites.only says "everywhere"; a list of nothing but bad entries is ignored, never "nowhere"', () => {
    expect(parsePolicy({ sites: { only: [] } }).policy.values).toEqual({ onlyListed: false, onlySites: [] });
    const r = parsePolicy({ sites: { only: ['not a site'] } });
    expect(r.policy.values).toEqual({});
    expect(r.problems.map((p) => p.path)).toEqual(['policy.onlySites[0]']);
    expect(parsePolicy({ sites: { only: 'crm.example.com' } }).policy.values).toEqual({});
  });

  it('a bad mode is ignored and reported; the user keeps theirs', () => {
    const r = parsePolicy({ sendGuard: 'never' });
    expect(r.policy.values).toEqual({});
    expect(r.problems[0]!.message.en).toBe('Organisation policy: Send guard: should be off, confirm or block, got "never"');
  });

  it('locked.sendGuard fixes the section at the defaults (confirm) when the policy sets no mode', () => {
    const { policy } = parsePolicy({ locked: { sendGuard: true, statistics: true } });
    expect(policy.locked.sendGuard).toBe(true);
    expect(policy.locked.statistics).toBe(true);
    const eff = mergePolicy({ ...defaultSettings(), sendGuard: 'off' }, policy);
    expect(eff.sendGuard).toBe('confirm');
  });

  it('siteSelectors: host names normalised, unknown keys and non-selectors reported and left out', () => {
    const r = parsePolicy({
      siteSelectors: {
        'https://SMS.example.cn/console': { send: '#sendSms', note: 'textarea[name=remark]' },
        'crm.example.com': { message: '.sms textarea', colour: 'red', note: 42 },
        'not a site': { send: 'button' },
        'x.example.com': 'button',
      },
    });
    expect(r.policy.siteSelectors).toEqual({ 'sms.example.cn': { send: '#sendSms', note: 'textarea[name=remark]' }, 'crm.example.com': { message: '.sms textarea' } });
    expect(r.problems.map((p) => p.path)).toEqual([
      'policy.siteSelectors.crm.example.com.colour',
      'policy.siteSelectors.crm.example.com.note',
      'policy.siteSelectors.not a site',
      'policy.siteSelectors.x.example.com',
    ]);
    expect(mergePolicy(defaultSettings(), r.policy).siteSelectors).toEqual(r.policy.siteSelectors);
  });

  it('selectorsFor: the page gets the selectors of the sites it falls under, the most specific first', () => {
    const map = { 'example.com': { send: '.send', note: '.note' }, 'crm.example.com': { send: '#crm-send' } };
    expect(selectorsFor(map, 'a.crm.example.com')).toEqual({ send: '#crm-send', note: '.note' });
    expect(selectorsFor(map, 'www.example.com')).toEqual({ send: '.send', note: '.note' });
    expect(selectorsFor(map, 'example.org')).toEqual({});
    expect(selectorsFor(undefined, 'example.org')).toEqual({});
  });
});
