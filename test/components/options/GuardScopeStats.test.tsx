// @vitest-environment happy-dom
// The options page for issue 13: the send guard mode and reason, "只在这些网站检查", and the
// statistics section (figures, charts, CSV export, a reset the organisation may lock).

import { cleanup, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '../../../src/background/index';
import { clock } from '../../../src/clock/index';
import { loadSettings } from '../../../src/settings/store';
import { applyEvents, emptyDay } from '../../../src/stats/model';
import { DAY_KEY_PREFIX, StatsKeeper, readStats } from '../../../src/stats/store';
import { mount, section } from './mount';

const NOW = Date.parse('2026-12-08T23:30:00+08:00');

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(clock, 'now').mockReturnValue(NOW);
  // The background, as an extension page reaches it.
  const { dispatch } = createBackground(fakeBrowser);
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => dispatch(m, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') }));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});


describe('send guard section', () => {
  it('confirm by default; block and off are saved; the reason switch only matters in confirm mode', async () => {
    const { user } = await mount();
    const s = within(section('guard'));
    expect((s.getByLabelText(/确认（默认）/) as HTMLInputElement).checked).toBe(true);
    await user.click(s.getByLabelText(/仍然发送时必须填写理由/));
    await waitFor(async () => expect((await loadSettings()).sendGuardReason).toBe(true));
    await user.click(s.getByLabelText(/阻止/));
    await waitFor(async () => expect((await loadSettings()).sendGuard).toBe('block'));
    expect((s.getByLabelText(/仍然发送时必须填写理由/) as HTMLInputElement).disabled).toBe(true);
    await user.click(s.getByLabelText(/关闭/));
    await waitFor(async () => expect((await loadSettings()).sendGuard).toBe('off'));
  });

  it('locked by the organisation: read-only, with the note', async () => {
    await fakeBrowser.storage.managed.set({ sendGuard: 'block', locked: { sendGuard: true } });
    await mount();
    expect(section('guard').getAttribute('data-locked')).toBe('true');
    expect((within(section('guard')).getByLabelText(/阻止/) as HTMLInputElement).checked).toBe(true);
    expect(section('guard').querySelector('[data-cg-locked-note]')).not.toBeNull();
  });
});

describe('site scope', () => {
  it('"只在这些网站检查" with a list: patterns normalised, duplicates refused, entries removable', async () => {
    const { user } = await mount();
    const s = within(section('sites'));
    expect(section('sites').querySelector('[data-cg-scope-form]')).toBeNull();
    await user.click(s.getByLabelText(/只在这些网站检查/));
    await waitFor(async () => expect((await loadSettings()).onlyListed).toBe(true));
    expect(await s.findByText(/列表为空时仍在所有网站检查/)).toBeTruthy();
    const input = await s.findByLabelText('要检查的网站');
    await user.type(input, '*.crm.example.com');
    expect(s.getByText('将添加：crm.example.com（含子域名）')).toBeTruthy();
    await user.click(s.getByRole('button', { name: '添加网站' }));
    await waitFor(async () => expect((await loadSettings()).onlySites).toEqual(['crm.example.com']));
    await user.type(s.getByLabelText('要检查的网站'), 'crm.example.com');
    expect(s.getByText('这个网站已在列表中')).toBeTruthy();
    await user.clear(s.getByLabelText('要检查的网站'));
    await user.click(s.getByRole('button', { name: '从检查范围中移除 crm.example.com' }));
    await waitFor(async () => expect((await loadSettings()).onlySites).toEqual([]));
  });

  it('a scope the organisation sets is listed, tagged and read-only', async () => {
    await fakeBrowser.storage.managed.set({ sites: { only: ['sms.example.cn'] } });
    await mount();
    const row = section('sites').querySelector('[data-cg-scope="sms.example.cn"]')!;
    expect(row.querySelector('[data-cg-org]')).not.toBeNull();
    expect(section('sites').querySelector('[data-cg-scope-form]')).toBeNull();
    expect((within(section('sites')).getByLabelText(/只在这些网站检查/) as HTMLInputElement).disabled).toBe(true);
  });
});

describe('statistics section', () => {
  async function seed() {
    const shown = (rule: string, category: 'insult' | 'pressure', severity: 'error' | 'warning') => ({ kind: 'shown' as const, rule, category, severity });
    await fakeBrowser.storage.local.set({
      [`${DAY_KEY_PREFIX}2026-12-08`]: applyEvents(emptyDay(), [
        shown('cn.insult.laolai', 'insult', 'error'),
        shown('cn.insult.laolai', 'insult', 'error'),
        shown('cn.pressure.ultimatum', 'pressure', 'warning'),
        { kind: 'fixed', rule: 'cn.insult.laolai', category: 'insult' },
        { kind: 'ignored', rule: 'cn.pressure.ultimatum', category: 'pressure' },
        { kind: 'stopped' },
        { kind: 'stopped' },
        { kind: 'confirmed', reason: 'false_positive' },
        { kind: 'template', id: 'first_overdue.standard' },
      ]),
      [`${DAY_KEY_PREFIX}2026-10-01`]: applyEvents(emptyDay(), [{ kind: 'stopped' }]),
    });
  }
  const stat = (id: string) => section('stats').querySelector(`[data-cg-stat="${id}"] b`)!.textContent;

  it('shows the figures of the period, errors per day, the top rules and the outcomes', async () => {
    await seed();
    const { user } = await mount();
    await waitFor(() => expect(stat('stopped')).toBe('2'));
    expect([stat('shown'), stat('errors'), stat('fixed'), stat('ignored'), stat('confirmed'), stat('templates')]).toEqual(['3', '2', '1', '1', '1', '1']);
    const bars = [...section('stats').querySelectorAll('[data-cg-chart="errors-per-day"] rect')];
    expect(bars).toHaveLength(30);
    expect(bars.at(-1)!.getAttribute('data-day')).toBe('2026-12-08');
    expect(bars.at(-1)!.getAttribute('data-value')).toBe('2');
    expect([...section('stats').querySelectorAll('[data-cg-top-rule]')].map((r) => r.getAttribute('data-cg-top-rule'))).toEqual(['cn.insult.laolai', 'cn.pressure.ultimatum']);
    expect(section('stats').querySelector('[data-cg-reason="false_positive"]')!.textContent).toContain('规则误报');
    // "All" counts the older day too.
    await user.selectOptions(within(section('stats')).getByLabelText('时间范围'), '0');
    expect(stat('stopped')).toBe('3');
  });

  it('follows new counts live', async () => {
    await mount();
    await waitFor(() => expect(stat('stopped')).toBe('0'));
    // The background records a send stopped in a tab.
    await new StatsKeeper(fakeBrowser.storage.local, () => NOW).record([{ kind: 'stopped' }]);
    await waitFor(() => expect(stat('stopped')).toBe('1'));
  });

  it('exports a CSV and resets after a confirmation', async () => {
    await seed();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    const { user } = await mount();
    await waitFor(() => expect(stat('stopped')).toBe('2'));
    await user.click(within(section('stats')).getByRole('button', { name: '导出 CSV' }));
    const csv = await blobs[0]!.text();
    expect(csv).toContain('2026-12-08,sends_stopped,,,2');
    expect(blobs[0]!.type).toContain('text/csv');
    await user.click(section('stats').querySelector<HTMLElement>('[data-cg-stats-reset]')!);
    await user.click(section('stats').querySelector<HTMLElement>('[data-cg-stats-reset-confirm]')!);
    await waitFor(() => expect(stat('stopped')).toBe('0'));
    expect((await readStats(fakeBrowser.storage.local)).days).toEqual({});
  });

  it('the organisation can lock the reset; export still works', async () => {
    await seed();
    await fakeBrowser.storage.managed.set({ locked: { statistics: true } });
    await mount();
    await waitFor(() => expect(stat('stopped')).toBe('2'));
    expect(section('stats').querySelector<HTMLButtonElement>('[data-cg-stats-reset]')!.disabled).toBe(true);
    expect(section('stats').querySelector('[data-cg-locked-note]')!.textContent).toContain('不能在此重置');
    expect(section('stats').querySelector<HTMLButtonElement>('[data-cg-stats-export]')!.disabled).toBe(false);
  });
});
