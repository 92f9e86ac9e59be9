// The local statistics: what is counted per day and per rule, that no text can get in, that the
// storage stays bounded (400 days, older folded), the CSV a team lead gets, and the background's
// handling (one writer; a reset only from extension pages, refused when the policy locks it;
// templates counted when they went in).

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RefusedError } from '../../../src/background/dispatcher';
import { createBackground } from '../../../src/background/index';
import { parseEvents, type StatEvent } from '../../../src/stats/events';
import { CSV_HEADER, addDays, applyEvents, chinaDay, emptyDay, errorsPerDay, firstKeptDay, outcomes, readDay, toCsv, topRules, totalSince, type StatsData } from '../../../src/stats/model';
import { ShownCounter, StatsRecorder } from '../../../src/stats/recorder';
import { DAY_KEY_PREFIX, OLDER_KEY, StatsKeeper, readStats } from '../../../src/stats/store';
import { contentScript, extensionPage, fakeApi } from '../background/fakes';

beforeEach(() => fakeBrowser.reset());

const shown = (rule: string, severity: 'error' | 'warning' = 'error'): StatEvent => ({ kind: 'shown', rule, category: 'insult', severity });
const at = (day: string, hhmm = '10:00') => Date.parse(`${day}T${hhmm}:00+08:00`);

describe('events from pages', () => {
  it('keeps valid events and drops anything that could carry text', () => {
    const got = parseEvents([
      shown('cn.insult.laolai'),
      { kind: 'fixed', rule: 'custom.3', category: 'pressure' },
      { kind: 'confirmed', reason: 'false_positive' },
      { kind: 'template', id: 'first_overdue.firm' },
      { kind: 'stopped' },
      { kind: 'shown', rule: '你这个老赖，再不还钱', category: 'insult', severity: 'error' },
      { kind: 'template', id: 'https://sms.example.com/console?to=138' },
      { kind: 'confirmed', reason: '客户说他会还' },
      { kind: 'fixed', rule: 'cn.x', category: 'nope' },
      { kind: 'typed', text: '老赖' },
      'hello',
    ]);
    expect(got).toEqual([shown('cn.insult.laolai'), { kind: 'fixed', rule: 'custom.3', category: 'pressure' }, { kind: 'confirmed', reason: 'false_positive' }, { kind: 'template', id: 'first_overdue.firm' }, { kind: 'stopped' }]);
    expect(parseEvents('x')).toEqual([]);
  });
});

describe('the model', () => {
  it('days are China days: 23:30 on the 8th is still the 8th, 00:30 on the 9th is the 9th', () => {
    expect(chinaDay(at('2026-12-08', '23:30'))).toBe('2026-12-08');
    expect(chinaDay(at('2026-12-09', '00:30'))).toBe('2026-12-09');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts per rule, errors apart, sends with their reason, templates by id', () => {
    const d = applyEvents(emptyDay(), [
      shown('r1'),
      shown('r1'),
      shown('r2', 'warning'),
      { kind: 'fixed', rule: 'r1', category: 'insult' },
      { kind: 'ignored', rule: 'r2', category: 'insult' },
      { kind: 'allowed', rule: 'r1', category: 'insult' },
      { kind: 'stopped' },
      { kind: 'stopped' },
      { kind: 'confirmed', reason: 'approved' },
      { kind: 'confirmed' },
      { kind: 'template', id: 'pre_due.gentle' },
    ]);
    expect(d.rules.r1).toEqual({ category: 'insult', shown: 2, errors: 2, fixed: 1, ignored: 0, allowed: 1 });
    expect(d.rules.r2).toEqual({ category: 'insult', shown: 1, errors: 0, fixed: 0, ignored: 1, allowed: 0 });
    expect([d.stopped, d.confirmed, d.reasons, d.templates]).toEqual([2, 2, { approved: 1 }, { 'pre_due.gentle': 1 }]);
    expect(outcomes(d)).toEqual({ shown: 3, errors: 2, fixed: 1, ignored: 1, allowed: 1 });
    expect(topRules(d, 1).map((r) => r.id)).toEqual(['r1']);
  });

  it('damaged stored days count as zero instead of failing', () => {
    expect(readDay('x')).toEqual(emptyDay());
    expect(readDay({ rules: { r: { category: 'insult', shown: -3, errors: 'x' }, bad: { category: 'nope' } }, stopped: 2.7 })).toEqual({
      ...emptyDay(),
      rules: { r: { category: 'insult', shown: 0, errors: 0, fixed: 0, ignored: 0, allowed: 0 } },
      stopped: 2,
    });
  });

  it('errors per day, zero-filled, and totals for a period', () => {
    const data: StatsData = {
      days: { '2026-12-06': applyEvents(emptyDay(), [shown('a'), shown('b', 'warning')]), '2026-12-08': applyEvents(emptyDay(), [shown('a'), shown('a'), { kind: 'stopped' }]) },
      older: { ...applyEvents(emptyDay(), [{ kind: 'stopped' }]), from: '2025-01-01', to: '2025-11-01' },
    };
    expect(errorsPerDay(data, '2026-12-08', 3)).toEqual([
      { day: '2026-12-06', errors: 1 },
      { day: '2026-12-07', errors: 0 },
      { day: '2026-12-08', errors: 2 },
    ]);
    expect(totalSince(data, '2026-12-07').stopped).toBe(1);
    expect(totalSince(data, null).stopped).toBe(2);
  });

  it('the CSV: one figure per row, long format, no text', () => {
    const data: StatsData = {
      days: { '2026-12-08': applyEvents(emptyDay(), [shown('cn.insult.laolai'), { kind: 'stopped' }, { kind: 'confirmed', reason: 'other' }, { kind: 'template', id: 'repaid.standard' }]) },
      older: null,
    };
    expect(toCsv(data).split('\r\n')).toEqual([
      CSV_HEADER,
      '2026-12-08,findings_shown,cn.insult.laolai,insult,1',
      '2026-12-08,errors_shown,cn.insult.laolai,insult,1',
      '2026-12-08,sends_stopped,,,1',
      '2026-12-08,sends_confirmed,,,1',
      '2026-12-08,confirmed_reason,other,,1',
      '2026-12-08,template_inserted,repaid.standard,,1',
      '',
    ]);
  });
});

describe('storage (the background keeper)', () => {
  it('one key per China day; a day is rewritten, not the whole history', async () => {
    let now = at('2026-12-08', '23:30');
    const k = new StatsKeeper(fakeBrowser.storage.local, () => now);
    await k.record([shown('r'), { kind: 'stopped' }]);
    now = at('2026-12-09', '00:30');
    await k.record([{ kind: 'confirmed' }]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).sort()).toEqual([`${DAY_KEY_PREFIX}2026-12-08`, `${DAY_KEY_PREFIX}2026-12-09`]);
    const s = await readStats(fakeBrowser.storage.local);
    expect(s.days['2026-12-08']!.stopped).toBe(1);
    expect(s.days['2026-12-09']!.confirmed).toBe(1);
    // Nothing but counts: no message text, no field content, no address anywhere.
    expect(JSON.stringify(all)).not.toMatch(/[\u4e00-\u9fff]|https?:/);
  });

  it('bounded: days older than 400 are folded into one total, whatever their number', async () => {
    const first = '2025-01-01';
    const writes: Record<string, unknown> = {};
    for (let i = 0; i < 450; i++) writes[DAY_KEY_PREFIX + addDays(first, i)] = applyEvents(emptyDay(), [shown('r'), { kind: 'stopped' }]);
    await fakeBrowser.storage.local.set(writes);
    const today = addDays(first, 449);
    const k = new StatsKeeper(fakeBrowser.storage.local, () => at(today));
    await k.record([{ kind: 'stopped' }]);
    const s = await readStats(fakeBrowser.storage.local);
    expect(Object.keys(s.days)).toHaveLength(400);
    expect(Object.keys(s.days).sort()[0]).toBe(firstKeptDay(today));
    expect(s.older).toMatchObject({ from: first, to: addDays(firstKeptDay(today), -1), stopped: 50 });
    expect(s.older!.rules.r!.shown).toBe(50);
    // Nothing is lost by folding.
    expect(totalSince(s, null).stopped).toBe(451);
  });

  it('writes one after another: events sent at once all count', async () => {
    const k = new StatsKeeper(fakeBrowser.storage.local, () => at('2026-12-08'));
    await Promise.all(Array.from({ length: 20 }, () => k.record([{ kind: 'stopped' }])));
    expect((await readStats(fakeBrowser.storage.local)).days['2026-12-08']!.stopped).toBe(20);
  });

  it('reset removes every count and nothing else', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 3 }, [OLDER_KEY]: { from: '2025-01-01', to: '2025-01-02' } });
    const k = new StatsKeeper(fakeBrowser.storage.local, () => at('2026-12-08'));
    await k.record([{ kind: 'stopped' }]);
    await k.reset();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { version: 3 } });
  });
});

describe('the page side', () => {
  it('a finding counts once per rule and message, not on every keystroke; an emptied field starts a new message', () => {
    const c = new ShownCounter();
    const field = {};
    const f = (ruleId: string, start: number) => ({ ruleId, category: 'insult' as const, severity: 'error' as const, start, end: start + 2, match: '老赖', message: '' });
    expect(c.observe(field, '你这个老赖', [f('r', 3)])).toHaveLength(1);
    expect(c.observe(field, '你这个老赖！', [f('r', 3)])).toEqual([]);
    expect(c.observe(field, '你这个老赖！老赖', [f('r', 3), f('r', 6)])).toHaveLength(1);
    expect(c.observe(field, '你', [])).toEqual([]);
    expect(c.observe(field, '你这个老赖', [f('r', 3)])).toEqual([]);
    expect(c.observe(field, '', [])).toEqual([]);
    expect(c.observe(field, '老赖', [f('r', 0)])).toHaveLength(1);
  });

  it('events are sent together after a moment; a stopped or confirmed send at once', async () => {
    vi.useFakeTimers();
    try {
      const sent: StatEvent[][] = [];
      const r = new StatsRecorder(async (e) => sent.push(e));
      r.count(shown('a'));
      r.count(shown('b'));
      expect(sent).toEqual([]);
      vi.advanceTimersByTime(1000);
      expect(sent).toEqual([[shown('a'), shown('b')]]);
      r.count(shown('c'));
      r.count({ kind: 'stopped' });
      expect(sent[1]).toEqual([shown('c'), { kind: 'stopped' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the background', () => {
  const webPage = contentScript(4, 0, 'https://sms.example.com/');

  it('records page events (dropping what is not a count), and resets only for an extension page', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    expect(await dispatch({ type: 'cg:stats', events: [{ kind: 'stopped' }, { kind: 'typed', text: 'x' }] }, webPage)).toBe(true);
    const day = Object.values((await readStats(fakeBrowser.storage.local)).days);
    expect(day.map((d) => d.stopped)).toEqual([1]);
    expect(JSON.stringify(day)).not.toContain('typed');
    await expect(dispatch({ type: 'cg:stats-reset' }, webPage)).rejects.toBeInstanceOf(RefusedError);
    expect(Object.keys((await readStats(fakeBrowser.storage.local)).days)).toHaveLength(1);
    expect(await dispatch({ type: 'cg:stats-reset' }, extensionPage(3))).toEqual({ ok: true });
    expect((await readStats(fakeBrowser.storage.local)).days).toEqual({});
  });

  it('the organisation can lock the reset', async () => {
    await fakeBrowser.storage.managed.set({ locked: { statistics: true } });
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    await dispatch({ type: 'cg:stats', events: [{ kind: 'stopped' }] }, webPage);
    expect(await dispatch({ type: 'cg:stats-reset' }, extensionPage())).toEqual({ ok: false, error: 'locked' });
    expect(Object.keys((await readStats(fakeBrowser.storage.local)).days)).toHaveLength(1);
  });

  it('counts a template the popup inserted, once it went in; one the page refused is not counted', async () => {
    const { api, tabs } = fakeApi();
    const { dispatch } = createBackground(api);
    await dispatch({ type: 'cg:field-focused', label: '短信内容' }, contentScript(1, 0, 'https://console.example/sms'));
    tabs.sendMessage.mockResolvedValueOnce({ ok: false, reason: 'refused' });
    await dispatch({ type: 'cg:insert', text: 'text', templateId: 'pre_due.gentle' }, extensionPage());
    await dispatch({ type: 'cg:insert', text: 'text', templateId: 'first_overdue.firm' }, extensionPage());
    await vi.waitFor(async () => expect(Object.values((await readStats(fakeBrowser.storage.local)).days)[0]?.templates).toEqual({ 'first_overdue.firm': 1 }));
  });

  it('counts a template the in-page picker inserted (when it is remembered)', async () => {
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    expect(await dispatch({ type: 'cg:remember-template', id: 'first_overdue.firm', scenario: 'first_overdue', values: {} }, webPage)).toBe(true);
    expect(await dispatch({ type: 'cg:remember-template', id: 'x', scenario: 'no-such-scenario', values: {} }, webPage)).toBe(false);
    await vi.waitFor(async () => expect(Object.values((await readStats(fakeBrowser.storage.local)).days)[0]?.templates).toEqual({ 'first_overdue.firm': 1 }));
  });

  it('the popup hears when a site is out of scope', async () => {
    await fakeBrowser.storage.managed.set({ sites: { only: ['crm.example.com'] } });
    const { api } = fakeApi();
    const { dispatch } = createBackground(api);
    expect(await dispatch({ type: 'cg:popup-state', host: 'sms.example.com' }, extensionPage())).toMatchObject({ outOfScope: true });
    expect(await dispatch({ type: 'cg:popup-state', host: 'a.crm.example.com' }, extensionPage())).toMatchObject({ outOfScope: false });
  });
});
