// lint: folded text → literal hits (one automaton pass, plus the pinyin pass when the text holds
// Latin letters) → context filters (exceptions, allowlist, negation, anti-fraud quotes) →
// findings with offsets into the original text, plus the detectors and the structure checks.

import type { Compiled, CompiledRule } from './compile';
import { Kind } from './compile';
import { findNumbers } from './detectors/numbers';
import { Break, fold, type Folded } from './normalize';
import { toSyllables } from './pinyin';
import {
  formatMinutes,
  givesChannel,
  identifiesSender,
  minutesOfDay,
  quietLevel,
  SMS_MAX_LENGTH,
  smsSegments,
} from './structure';
import type { Category, CheckId, Finding, LintContext, Severity } from './types';
import { SEVERITY_RANK } from './types';

interface Span {
  start: number;
  end: number;
}
interface RuleHit extends Span {
  rule: number;
  literal: string;
}

/** Largest number of separators tolerated between two characters of a phrase. */
const MAX_GAP = 3;
/** How far (folded characters) a negation cue may stand before the match it negates. */
const NEGATION_REACH = 6;
/** How far an anti-fraud cue reaches before / after the match, within its sentence. */
const PROTECTIVE_BEFORE = 30;
const PROTECTIVE_AFTER = 12;
/** Structure checks wait until the draft looks like a message. */
const STRUCTURE_MIN_LENGTH = 20;

const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** A literal's occurrence is real when it spans no sentence end and no wide gap, and a Latin/digit
 * literal stands at word boundaries. */
function validSpan(f: Folded, s: number, e: number, literal: string): boolean {
  for (let k = s + 1; k < e; k++) if (f.brk[k] === Break.Sentence || f.gap[k]! > MAX_GAP) return false;
  const t = f.text;
  if (isAlnum(literal.charCodeAt(0)) && s > 0 && f.gap[s] === 0 && isAlnum(t.charCodeAt(s - 1))) return false;
  if (isAlnum(literal.charCodeAt(literal.length - 1)) && e < t.length && f.gap[e] === 0 && isAlnum(t.charCodeAt(e))) return false;
  return true;
}

function noBreakBetween(f: Folded, from: number, to: number, level: Break): boolean {
  for (let k = from; k <= to && k < f.brk.length; k++) if (f.brk[k]! >= level) return false;
  return true;
}

function negated(f: Folded, negs: Span[], hit: Span, breakers: string): boolean {
  for (const n of negs) {
    if (n.end > hit.start || hit.start - n.end > NEGATION_REACH) continue;
    if (!noBreakBetween(f, n.end, hit.start, Break.Clause)) continue;
    let blocked = false;
    for (let k = n.end; k < hit.start; k++) if (breakers.includes(f.text[k]!)) blocked = true;
    if (!blocked) return true;
  }
  return false;
}

function protectedBy(f: Folded, cues: Span[], hit: Span): boolean {
  for (const p of cues) {
    if (p.end <= hit.start) {
      if (hit.start - p.end <= PROTECTIVE_BEFORE && noBreakBetween(f, p.end, hit.start, Break.Sentence)) return true;
    } else if (p.start >= hit.end) {
      if (p.start - hit.end <= PROTECTIVE_AFTER && noBreakBetween(f, hit.end, p.start, Break.Sentence)) return true;
    }
  }
  return false;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Finds every literal occurrence of the compiled pack in the folded text. */
function collect(c: Compiled, f: Folded) {
  const matches: RuleHit[] = [];
  const exceptions = new Map<number, Span[]>();
  const triggered = new Set<number>();
  const negs: Span[] = [];
  const protective: Span[] = [];
  const allowed: Span[] = [];

  const dispatch = (id: number, s: number, e: number, fromPinyin: boolean) => {
    const literal = c.literals[id]!;
    if (!validSpan(f, s, e, literal)) return;
    for (const p of c.payloads[id]!) {
      switch (p.kind) {
        case Kind.Match:
          matches.push({ rule: p.rule, start: s, end: e, literal });
          break;
        case Kind.Exception: {
          let list = exceptions.get(p.rule);
          if (!list) exceptions.set(p.rule, (list = []));
          list.push({ start: s, end: e });
          break;
        }
        case Kind.Trigger:
          if (!fromPinyin) triggered.add(p.rule);
          break;
        case Kind.Negation:
          if (!fromPinyin) negs.push({ start: s, end: e });
          break;
        case Kind.Protective:
          if (!fromPinyin) protective.push({ start: s, end: e });
          break;
        case Kind.Allow:
          if (!fromPinyin) allowed.push({ start: s, end: e });
          break;
      }
    }
  };
  c.automaton.scan(f.text, (id, s, e) => dispatch(id, s, e, false));

  if (f.hasLatin) {
    const st = toSyllables(f);
    const index = c.syllables();
    index.automaton.scan(st.symbols, (sid, s, e) => {
      let latin = false;
      for (let k = s; k < e; k++) if (st.latin[k]) latin = true;
      // Pure-character readings would turn every homophone into a match; only mixed spellings count.
      if (latin) dispatch(index.literal[sid]!, st.from[s]!, st.to[e - 1]!, true);
    });
  }

  c.rules.forEach((cr, index) => {
    if (!cr.regexes.length) return;
    if (cr.rule.triggers?.length && !triggered.has(index)) return;
    for (const re of cr.regexes) {
      re.lastIndex = 0;
      for (const m of f.text.matchAll(re)) {
        const s = m.index!;
        const e = s + m[0].length;
        if (e > s && validSpan(f, s, e, m[0])) matches.push({ rule: index, start: s, end: e, literal: m[0] });
      }
    }
  });
  return { matches, exceptions, negs, protective, allowed };
}

function effectiveSeverity(ctx: LintContext, id: string, category: Category, base: Severity): Severity | null {
  if (ctx.disabledRules.includes(id) || ctx.disabledCategories.includes(category)) return null;
  const o = ctx.severityOverrides[id] ?? ctx.severityOverrides[category];
  if (o === 'off') return null;
  return o ?? base;
}

function fill(template: string, match: string): string {
  return template.split('{match}').join(match);
}

/** Keeps, per category, the strongest and then longest of overlapping hits. */
function resolveOverlaps<T extends Span & { category: Category; severity: Severity }>(items: T[]): T[] {
  const sorted = [...items].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const it of sorted) if (!kept.some((k) => k.category === it.category && overlaps(k, it))) kept.push(it);
  return kept;
}

export function lintCompiled(c: Compiled, text: string, ctx: LintContext): Finding[] {
  const lang = ctx.lang;
  const f = fold(text);
  const { matches, exceptions, negs, protective, allowed } = collect(c, f);

  type Cand = Span & { cr: CompiledRule; category: Category; severity: Severity; literal: string };
  const cands: Cand[] = [];
  for (const h of matches) {
    const cr = c.rules[h.rule]!;
    const r = cr.rule;
    const severity = effectiveSeverity(ctx, r.id, r.category, r.severity);
    if (!severity) continue;
    const aud = r.audience ?? 'any';
    if (aud !== 'any' && aud !== ctx.audience) continue;
    if (exceptions.get(h.rule)?.some((x) => overlaps(x, h))) continue;
    if (allowed.some((a) => a.start <= h.start && a.end >= h.end)) continue;
    if (r.negatable !== false && (negated(f, negs, h, c.pack.breakers) || protectedBy(f, protective, h))) continue;
    cands.push({ start: h.start, end: h.end, cr, category: r.category, severity, literal: h.literal });
  }

  const findings: Finding[] = [];
  for (const k of resolveOverlaps(cands)) {
    const start = f.start[k.start]!;
    const end = f.end[k.end - 1]!;
    const match = text.slice(start, end);
    const r = k.cr.rule;
    const suggestion = k.cr.replacements.get(k.literal) ?? r.suggestion?.[lang];
    findings.push({
      ruleId: r.id,
      category: r.category,
      severity: k.severity,
      start,
      end,
      match,
      message: fill(r.message[lang], match),
      ...(suggestion ? { suggestion } : {}),
      ...(r.source ? { source: r.source[lang] } : {}),
    });
  }

  const check = (id: CheckId, category: Category, base: Severity, start: number, end: number, vars: Record<string, string> = {}) => {
    const t = c.pack.checks[id];
    const severity = effectiveSeverity(ctx, t.id, category, base);
    if (!severity) return;
    const match = text.slice(start, end);
    const vars2: Record<string, string> = { ...vars, match };
    const sub = (template: string) => template.replace(/\{(\w+)\}/g, (all, key: string) => vars2[key] ?? all);
    findings.push({
      ruleId: t.id,
      category,
      severity,
      start,
      end,
      match,
      message: sub(t.message[lang]),
      ...(t.suggestion ? { suggestion: sub(t.suggestion[lang]) } : {}),
      ...(t.source ? { source: t.source[lang] } : {}),
    });
  };

  for (const n of findNumbers(text)) {
    const digits = text.slice(n.start, n.end).replace(/[^0-9０-９xXＸ]/g, '');
    check(n.kind, 'privacy', 'error', n.start, n.end, { last4: digits.slice(-4) });
  }

  if (f.text.length >= STRUCTURE_MIN_LENGTH) {
    if (ctx.signature && !text.includes(ctx.signature)) check('identity_signature', 'identity', 'warning', 0, 0, { signature: ctx.signature });
    else if (!ctx.signature && !identifiesSender(text, f.text)) check('identity', 'identity', 'warning', 0, 0);
    if (ctx.audience === 'debtor' && !givesChannel(f.text)) check('channel', 'channel', 'info', 0, 0);
  }
  const segments = smsSegments(text);
  const chars = [...text].length;
  if (chars > SMS_MAX_LENGTH) check('length_max', 'length', 'warning', 0, 0, { chars: String(chars), max: String(SMS_MAX_LENGTH) });
  else if (segments > 1) check('length', 'length', 'info', 0, 0, { chars: String(chars), segments: String(segments) });

  if (ctx.now !== undefined && text.trim()) {
    const q = ctx.quietHours ?? c.pack.quietHours;
    const minute = minutesOfDay(ctx.now, c.pack.utcOffsetMinutes);
    const level = quietLevel(minute, q);
    if (level) {
      const w = level === 'error' ? q.error : q.warning;
      check(level === 'error' ? 'time_window_error' : 'time_window_warning', 'time_window', level, 0, 0, {
        time: formatMinutes(minute),
        from: formatMinutes(w.start),
        to: formatMinutes(w.end),
      });
    }
  }

  return findings.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end);
}

