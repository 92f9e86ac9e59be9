// Quiet hours: when sending is an error (default 22:00–08:00) and when it is a warning (default
// 21:00–22:00). A window whose start equals its end is off.

import { useState } from 'preact/hooks';
import type { QuietHours } from '../../core/types';
import { DEFAULT_QUIET_HOURS, minutesToTime, timeToMinutes } from '../../settings/schema';
import { useOptions } from '../context';
import { FieldErrors, Section } from '../ui';

type Level = 'error' | 'warning';

export function QuietHoursSection() {
  const o = useOptions();
  const q = o.state.effective.quietHours;
  const fixed = o.fixed('quietHours');
  const [bad, setBad] = useState<string[]>([]);

  const change = (level: Level, end: 'start' | 'end', value: string) => {
    const m = timeToMinutes(value);
    if (m === null) {
      setBad([o.tr('timeInvalid')]);
      return;
    }
    setBad([]);
    const next: QuietHours = { error: { ...q.error }, warning: { ...q.warning } };
    next[level][end] = m;
    void o.save({ quietHours: next });
  };

  const isDefault = JSON.stringify(q) === JSON.stringify(DEFAULT_QUIET_HOURS);
  const row = (level: Level) => {
    const w = q[level];
    const off = w.start === w.end;
    return (
      <div class="time-row" data-level={level}>
        <span class={`sev sev-${level}`}>{level === 'error' ? o.tr('quietError') : o.tr('quietWarning')}</span>
        <label class="inline">
          {o.tr('from')}
          <input type="time" name={`${level}-start`} value={minutesToTime(w.start)} disabled={fixed} onChange={(e) => change(level, 'start', (e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="inline">
          {o.tr('to')}
          <input type="time" name={`${level}-end`} value={minutesToTime(w.end)} disabled={fixed} onChange={(e) => change(level, 'end', (e.currentTarget as HTMLInputElement).value)} />
        </label>
        {off ? <span class="hint">{o.tr('windowOff')}</span> : null}
      </div>
    );
  };

  return (
    <Section id="quiet" section="quietHours" title={o.tr('quietTitle')} intro={o.tr('quietIntro')}>
      {row('error')}
      {row('warning')}
      <FieldErrors id="quiet-errors" errors={bad} />
      <p class="hint">{o.tr('quietHint')}</p>
      <div class="actions">
        <button type="button" disabled={fixed || isDefault} onClick={() => void o.save({ quietHours: structuredClone(DEFAULT_QUIET_HOURS) })}>
          {o.tr('resetDefault')}
        </button>
      </div>
    </Section>
  );
}
