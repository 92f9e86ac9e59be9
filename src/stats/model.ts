// The local statistics, pure: counts per day (China time, from the product clock) and per rule —
// findings shown, fixes applied, ignored once, allowed always — plus sends stopped and confirmed
// anyway (with the reason category) and templates inserted by id. Never any text: no message,
// field content or page address. At most KEEP_DAYS days are kept one by one; older days are
// folded into one total, so the storage stays bounded however long the extension runs.

import { CATEGORIES, type Category } from '../core/types';
import { REASON_CATEGORIES, type ReasonCategory, type StatEvent } from './events';

export interface RuleCounts {
  category: Category;
  /** Findings shown (all severities). */
  shown: number;
  /** Of those, error findings. */
  errors: number;
  fixed: number;
  ignored: number;
  allowed: number;
}

export interface DayStats {
  rules: Record<string, RuleCounts>;
  stopped: number;
  confirmed: number;
  reasons: Partial<Record<ReasonCategory, number>>;
  templates: Record<string, number>;
}

/** Days folded away: their totals and the first and last day they cover. */
export interface FoldedStats extends DayStats {
  from: string;
  to: string;
}

export interface StatsData {
  /** 'YYYY-MM-DD' (China time) → that day's counts. */
  days: Record<string, DayStats>;
  older: FoldedStats | null;
}

export const KEEP_DAYS = 400;
const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86400_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The day (China time, where the agents are and where the quiet hours are counted) of an instant. */
export function chinaDay(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `day` plus `n` days (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export const isDay = (s: string): boolean => DAY_RE.test(s) && addDays(s, 0) === s;

export function emptyDay(): DayStats {
  return { rules: {}, stopped: 0, confirmed: 0, reasons: {}, templates: {} };
}

const zeroRule = (category: Category): RuleCounts => ({ category, shown: 0, errors: 0, fixed: 0, ignored: 0, allowed: 0 });

/** `day` with the events added (a new object; `day` is left as it was). */
export function applyEvents(day: DayStats, events: readonly StatEvent[]): DayStats {
  const out = structuredClone(day);
  for (const e of events) {
    switch (e.kind) {
      case 'shown':
      case 'fixed':
      case 'ignored':
      case 'allowed': {
        const r = (out.rules[e.rule] ??= zeroRule(e.category));
        r.category = e.category;
        r[e.kind]++;
        if (e.kind === 'shown' && e.severity === 'error') r.errors++;
        break;
      }
      case 'stopped':
        out.stopped++;
        break;
      case 'confirmed':
        out.confirmed++;
        if (e.reason) out.reasons[e.reason] = (out.reasons[e.reason] ?? 0) + 1;
        break;
      case 'template':
        out.templates[e.id] = (out.templates[e.id] ?? 0) + 1;
        break;
    }
  }
  return out;
}

/** The sum of two days' counts. */
export function mergeDays(a: DayStats, b: DayStats): DayStats {
  const out = structuredClone(a);
  for (const [id, r] of Object.entries(b.rules)) {
    const t = (out.rules[id] ??= zeroRule(r.category));
    t.shown += r.shown;
    t.errors += r.errors;
    t.fixed += r.fixed;
    t.ignored += r.ignored;
    t.allowed += r.allowed;
  }
  out.stopped += b.stopped;
  out.confirmed += b.confirmed;
  for (const [k, n] of Object.entries(b.reasons) as [ReasonCategory, number][]) out.reasons[k] = (out.reasons[k] ?? 0) + n;
  for (const [k, n] of Object.entries(b.templates)) out.templates[k] = (out.templates[k] ?? 0) + n;
  return out;
}

/** The first day kept on its own when today is `today`. */
export const firstKeptDay = (today: string, keep = KEEP_DAYS): string => addDays(today, -(keep - 1));

/** Days before `firstKept` folded into `older`; returns the days to drop and the new folded total (null: unchanged). */
export function foldOld(data: StatsData, firstKept: string): { drop: string[]; older: FoldedStats | null } {
  const drop = Object.keys(data.days)
    .filter((d) => d < firstKept)
    .sort();
  if (!drop.length) return { drop, older: null };
  let total: DayStats = data.older ?? emptyDay();
  for (const d of drop) total = mergeDays(total, data.days[d]!);
  const from = data.older && data.older.from < drop[0]! ? data.older.from : drop[0]!;
  const to = data.older && data.older.to > drop[drop.length - 1]! ? data.older.to : drop[drop.length - 1]!;
  const { from: _f, to: _t, ...counts } = total as FoldedStats;
  return { drop, older: { ...counts, from, to } };
}

// ---- reading stored data ----------------------------------------------------------------------

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored day, whatever storage holds: anything broken counts as zero rather than failing. */
export function readDay(v: unknown): DayStats {
  const out = emptyDay();
  if (!isObject(v)) return out;
  if (isObject(v.rules)) {
    for (const [id, r] of Object.entries(v.rules)) {
      if (!isObject(r) || !CATEGORIES.includes(r.category as Category)) continue;
      out.rules[id] = { category: r.category as Category, shown: count(r.shown), errors: count(r.errors), fixed: count(r.fixed), ignored: count(r.ignored), allowed: count(r.allowed) };
    }
  }
  out.stopped = count(v.stopped);
  out.confirmed = count(v.confirmed);
  if (isObject(v.reasons)) for (const k of REASON_CATEGORIES) if (count(v.reasons[k])) out.reasons[k] = count(v.reasons[k]);
  if (isObject(v.templates)) for (const [k, n] of Object.entries(v.templates)) if (count(n)) out.templates[k] = count(n);
  return out;
}

export function readFolded(v: unknown): FoldedStats | null {
  if (!isObject(v) || typeof v.from !== 'string' || typeof v.to !== 'string' || !isDay(v.from) || !isDay(v.to)) return null;
  return { ...readDay(v), from: v.from, to: v.to };
}

// ---- what the statistics page shows -----------------------------------------------------------

/** The days from `from` (inclusive; null: every day, the folded ones too) summed up. */
export function totalSince(data: StatsData, from: string | null): DayStats {
  let t = from === null && data.older ? mergeDays(emptyDay(), data.older) : emptyDay();
  for (const [d, day] of Object.entries(data.days)) if (from === null || d >= from) t = mergeDays(t, day);
  return t;
}

/** Error findings per day for the `n` days up to `today`, oldest first, days without any as 0. */
export function errorsPerDay(data: StatsData, today: string, n: number): { day: string; errors: number }[] {
  const out: { day: string; errors: number }[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    const rules = data.days[day]?.rules ?? {};
    out.push({ day, errors: Object.values(rules).reduce((s, r) => s + r.errors, 0) });
  }
  return out;
}

/** The rules shown most often, most first (ties by id). */
export function topRules(total: DayStats, n: number): ({ id: string } & RuleCounts)[] {
  return Object.entries(total.rules)
    .map(([id, r]) => ({ id, ...r }))
    .filter((r) => r.shown > 0)
    .sort((a, b) => b.shown - a.shown || a.id.localeCompare(b.id))
    .slice(0, n);
}

/** Fixed, ignored once and allowed always, summed over every rule. */
export function outcomes(total: DayStats): { shown: number; errors: number; fixed: number; ignored: number; allowed: number } {
  const o = { shown: 0, errors: 0, fixed: 0, ignored: 0, allowed: 0 };
  for (const r of Object.values(total.rules)) {
    o.shown += r.shown;
    o.errors += r.errors;
    o.fixed += r.fixed;
    o.ignored += r.ignored;
    o.allowed += r.allowed;
  }
  return o;
}

export const templatesInserted = (total: DayStats): number => Object.values(total.templates).reduce((s, n) => s + n, 0);

// ---- CSV --------------------------------------------------------------------------------------

export const CSV_HEADER = 'date,metric,id,category,count';

/**
 * Every count as one CSV row (`date,metric,id,category,count`), oldest day first; the folded days
 * come first as one row set dated `from..to`. Long format, so a spreadsheet pivots it any way.
 */
export function toCsv(data: StatsData): string {
  const rows = [CSV_HEADER];
  const dayRows = (date: string, d: DayStats) => {
    for (const [id, r] of Object.entries(d.rules).sort(([a], [b]) => a.localeCompare(b))) {
      for (const [metric, n] of [
        ['findings_shown', r.shown],
        ['errors_shown', r.errors],
        ['fixed', r.fixed],
        ['ignored_once', r.ignored],
        ['allowed_always', r.allowed],
      ] as const) {
        if (n) rows.push(`${date},${metric},${id},${r.category},${n}`);
      }
    }
    if (d.stopped) rows.push(`${date},sends_stopped,,,${d.stopped}`);
    if (d.confirmed) rows.push(`${date},sends_confirmed,,,${d.confirmed}`);
    for (const k of REASON_CATEGORIES) if (d.reasons[k]) rows.push(`${date},confirmed_reason,${k},,${d.reasons[k]}`);
    for (const [id, n] of Object.entries(d.templates).sort(([a], [b]) => a.localeCompare(b))) rows.push(`${date},template_inserted,${id},,${n}`);
  };
  if (data.older) dayRows(`${data.older.from}..${data.older.to}`, data.older);
  for (const d of Object.keys(data.days).sort()) dayRows(d, data.days[d]!);
  return `${rows.join('\r\n')}\r\n`;
}
