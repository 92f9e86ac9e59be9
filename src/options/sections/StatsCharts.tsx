// The statistics charts, drawn as plain SVG and HTML (no chart library): errors per day as bars,
// the top rules as horizontal bars, and fixed / ignored / allowed as one stacked bar. Each has a
// text equivalent (labels with the figures), so no figure is told by colour or length alone.

import { CATEGORY_LABELS } from '../../core/labels';
import type { Lang } from '../../core/types';
import type { RuleCounts } from '../../stats/model';

const W = 600;
const H = 120;

/** Bars of errors per day, oldest on the left; each bar's title says the day and the count. */
export function DayBars({ days, label }: { days: { day: string; errors: number }[]; label: string }) {
  const max = Math.max(1, ...days.map((d) => d.errors));
  const bw = W / Math.max(1, days.length);
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H + 16}`} role="img" aria-label={label} data-cg-chart="errors-per-day" preserveAspectRatio="none">
      <line x1="0" y1={H} x2={W} y2={H} class="axis" />
      {days.map((d, i) => {
        const h = (d.errors / max) * (H - 4);
        return (
          <rect key={d.day} x={i * bw + 1} y={H - h} width={Math.max(1, bw - 2)} height={h} class="bar" data-day={d.day} data-value={String(d.errors)}>
            <title>{`${d.day}: ${d.errors}`}</title>
          </rect>
        );
      })}
      {days.length ? (
        <>
          <text x="0" y={H + 13} class="tick">
            {days[0]!.day.slice(5)}
          </text>
          <text x={W} y={H + 13} class="tick" text-anchor="end">
            {days[days.length - 1]!.day.slice(5)}
          </text>
        </>
      ) : null}
    </svg>
  );
}

/** The rules shown most often: category, rule id, a bar and the count. */
export function TopRules({ rules, lang, times }: { rules: ({ id: string } & RuleCounts)[]; lang: Lang; times: (n: number) => string }) {
  const max = Math.max(1, ...rules.map((r) => r.shown));
  return (
    <ol class="hbars" data-cg-chart="top-rules">
      {rules.map((r) => (
        <li key={r.id} data-cg-top-rule={r.id} data-value={String(r.shown)}>
          <span class="hbar-label" title={r.id}>
            {CATEGORY_LABELS[r.category][lang]} <code>{r.id}</code>
          </span>
          <span class="hbar-track" aria-hidden="true">
            <span class={`hbar${r.errors ? ' err' : ''}`} style={{ width: `${(r.shown / max) * 100}%` }} />
          </span>
          <span class="hbar-n">{times(r.shown)}</span>
        </li>
      ))}
    </ol>
  );
}

/** One stacked bar with a legend: the parts and their counts. */
export function Stacked({ parts, name }: { parts: { key: string; label: string; n: number }[]; name: string }) {
  const total = parts.reduce((s, p) => s + p.n, 0);
  return (
    <div class="stacked" data-cg-chart={name}>
      <div class="stack" aria-hidden="true">
        {total
          ? parts.map((p) => (p.n ? <span key={p.key} class={`part part-${p.key}`} style={{ width: `${(p.n / total) * 100}%` }} /> : null))
          : null}
      </div>
      <ul class="legend">
        {parts.map((p) => (
          <li key={p.key} data-cg-part={p.key} data-value={String(p.n)}>
            <span class={`swatch part-${p.key}`} aria-hidden="true" />
            {p.label} <b>{p.n}</b>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const STATS_CSS = `
.stats-bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 16px; }
.tiles { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px; margin-bottom: 16px; }
@media (max-width: 900px) { .tiles { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
.tile { background: var(--soft); border-radius: 6px; padding: 8px 12px; display: flex; flex-direction: column; }
.tile b { font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; }
.tile span { color: var(--muted); font-size: 12px; }
.chart { width: 100%; height: 136px; display: block; }
.chart .axis { stroke: var(--line); stroke-width: 1; }
.chart .bar { fill: var(--error); }
.chart .tick { fill: var(--muted); font-size: 11px; }
.hbars { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.hbars li { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) 56px; gap: 8px; align-items: center; font-size: 13px; }
.hbar-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.hbar-track { background: var(--soft); border-radius: 4px; height: 10px; overflow: hidden; }
.hbar { display: block; height: 100%; background: var(--warning); border-radius: 4px; }
.hbar.err { background: var(--error); }
.hbar-n { text-align: right; font-variant-numeric: tabular-nums; color: var(--muted); }
.stack { display: flex; height: 14px; border-radius: 4px; overflow: hidden; background: var(--soft); }
.part-fixed { background: var(--ok); }
.part-ignored { background: var(--warning); }
.part-allowed { background: var(--info); }
.part-stopped { background: var(--error); }
.part-confirmed { background: var(--warning); }
.legend { list-style: none; margin: 8px 0 0; padding: 0; display: flex; gap: 16px; flex-wrap: wrap; font-size: 13px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { width: 10px; height: 10px; border-radius: 2px; display: inline-block; }
.stats-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 16px 24px; }
@media (max-width: 900px) { .stats-grid { grid-template-columns: 1fr; } }
.stats-grid h3 { margin-top: 8px; }
`;
