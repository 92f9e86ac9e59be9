// "统计 / Statistics": the local counts (src/stats) for a period — tiles, errors per day, the top
// rules, fixed versus ignored, the sends stopped — a CSV export for a team lead, and a reset the
// organisation may lock. The figures follow new events live (the background writes them).

import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clock } from '../../clock/index';
import { request } from '../../messaging/client';
import { REASON_CATEGORIES } from '../../stats/events';
import { addDays, chinaDay, errorsPerDay, outcomes, templatesInserted, toCsv, topRules, totalSince, type StatsData } from '../../stats/model';
import { isStatsKey, readStats } from '../../stats/store';
import type { MessageKey } from '../../ui/i18n/index';
import { useOptions } from '../context';
import { LockIcon, Section } from '../ui';
import { DayBars, Stacked, STATS_CSS, TopRules } from './StatsCharts';
import { download } from './TransferSection';

const RANGES = [
  { days: 7, key: 'statsRange7' },
  { days: 30, key: 'statsRange30' },
  { days: 90, key: 'statsRange90' },
  { days: 0, key: 'statsRangeAll' },
] as const satisfies readonly { days: number; key: MessageKey }[];

const CHART_DAYS = 30;
const TOP_N = 8;

/** The stored statistics, kept up to date while the page is open. */
function useStats(): StatsData | null {
  const [data, setData] = useState<StatsData | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => void readStats(browser.storage.local).then((d) => alive && setData(d), () => alive && setData({ days: {}, older: null }));
    load();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isStatsKey)) load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, []);
  return data;
}

export function StatsSection() {
  const o = useOptions();
  const data = useStats();
  const [range, setRange] = useState(30);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const locked = o.locked('statistics');
  const today = chinaDay(clock.now());

  const total = useMemo(() => (data ? totalSince(data, range ? addDays(today, -(range - 1)) : null) : null), [data, range, today]);
  if (!data || !total) return null;
  const out = outcomes(total);
  const times = (n: number) => o.tr('statsTimes', { n });
  const perDay = errorsPerDay(data, today, CHART_DAYS);
  const top = topRules(total, TOP_N);
  const tiles: [string, MessageKey, number][] = [
    ['shown', 'statsShown', out.shown],
    ['errors', 'statsErrors', out.errors],
    ['fixed', 'statsFixed', out.fixed],
    ['ignored', 'statsIgnored', out.ignored],
    ['allowed', 'statsAllowed', out.allowed],
    ['stopped', 'statsStopped', total.stopped],
    ['confirmed', 'statsConfirmed', total.confirmed],
    ['templates', 'statsTemplates', templatesInserted(total)],
  ];

  const reset = async () => {
    setConfirming(false);
    const r = await request('cg:stats-reset').catch((x: unknown) => ({ ok: false, error: String(x) }));
    setNote(r?.ok ? { ok: true, text: o.tr('statsResetDone') } : { ok: false, text: r?.error === 'locked' ? o.tr('statsResetLocked') : o.tr('statsResetFailed', { why: r?.error ?? '?' }) });
  };

  return (
    <Section id="stats" title={o.tr('statsTitle')} intro={o.tr('statsIntro')}>
      <style>{STATS_CSS}</style>
      <div class="stats-bar">
        <label class="inline">
          {o.tr('statsRange')}
          <select name="statsRange" value={String(range)} onChange={(e) => setRange(Number((e.currentTarget as HTMLSelectElement).value))}>
            {RANGES.map((r) => (
              <option key={r.days} value={String(r.days)}>
                {o.tr(r.key)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="tiles">
        {tiles.map(([id, key, n]) => (
          <div class="tile" key={id} data-cg-stat={id}>
            <b>{n}</b>
            <span>{o.tr(key)}</span>
          </div>
        ))}
      </div>
      <h3>{o.tr('statsErrorsPerDay')}</h3>
      <DayBars
        days={perDay}
        label={o.tr('statsErrorsPerDayLabel', { total: perDay.reduce((s, d) => s + d.errors, 0), max: Math.max(0, ...perDay.map((d) => d.errors)) })}
      />
      <div class="stats-grid">
        <div>
          <h3>{o.tr('statsTopRules')}</h3>
          {top.length ? <TopRules rules={top} lang={o.lang} times={times} /> : <p class="empty">{o.tr('statsNoData')}</p>}
        </div>
        <div>
          <h3>{o.tr('statsFixedVsIgnored')}</h3>
          <Stacked
            name="outcomes"
            parts={[
              { key: 'fixed', label: o.tr('statsFixed'), n: out.fixed },
              { key: 'ignored', label: o.tr('statsIgnored'), n: out.ignored },
              { key: 'allowed', label: o.tr('statsAllowed'), n: out.allowed },
            ]}
          />
          <h3>{o.tr('statsSends')}</h3>
          <Stacked
            name="sends"
            parts={[
              { key: 'stopped', label: o.tr('statsStopped'), n: total.stopped },
              { key: 'confirmed', label: o.tr('statsConfirmed'), n: total.confirmed },
            ]}
          />
          {total.confirmed && Object.keys(total.reasons).length ? (
            <>
              <h3>{o.tr('statsReasons')}</h3>
              <ul class="legend" data-cg-chart="reasons">
                {REASON_CATEGORIES.filter((r) => total.reasons[r]).map((r) => (
                  <li key={r} data-cg-reason={r} data-value={String(total.reasons[r])}>
                    {o.tr(`reason_${r}`)} <b>{total.reasons[r]}</b>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
      {data.older ? <p class="hint">{o.tr('statsOlder', { from: data.older.from, to: data.older.to })}</p> : null}
      <div class="actions">
        <button type="button" data-cg-stats-export="" onClick={() => download(`collectguard-statistics-${today}.csv`, toCsv(data), document, 'text/csv;charset=utf-8')}>
          {o.tr('statsExport')}
        </button>
        {confirming ? (
          <>
            <span>{o.tr('statsResetConfirm')}</span>
            <button type="button" class="link danger" data-cg-stats-reset-confirm="" onClick={() => void reset()}>
              {o.tr('statsReset')}
            </button>
            <button type="button" class="link" onClick={() => setConfirming(false)}>
              {o.tr('cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-cg-stats-reset="" disabled={locked} onClick={() => setConfirming(true)}>
            {o.tr('statsReset')}
          </button>
        )}
      </div>
      <p class="hint">{o.tr('statsExportHint')}</p>
      {locked ? (
        <p class="note lock" role="note" data-cg-locked-note="">
          <LockIcon /> {o.tr('statsResetLocked')}
        </p>
      ) : null}
      {note ? (
        <p class={note.ok ? 'hint' : 'error-text'} role="status">
          {note.text}
        </p>
      ) : null}
    </Section>
  );
}
