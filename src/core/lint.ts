// lint: folded text → literal hits (one automaton pass, plus the pinyin pass when the text holds
// Latin letters) → context filters (exceptions, allowlist, negation, anti-fraud quotes) →
// findings with offsets into the original text, plus the detectors and the structure checks.

import { collect, noBreakBetween, overlaps, type Span } from './collect';
import type { Compiled, CompiledRule } from './compile';
import { findNumbers } from './detectors/numbers';
import { Break, fold, foldPhrase, simplified, type Folded } from './normalize';
import {
  formatMinutes,
  givesChannel,
  hasSignature,
  identifiesSender,
  minutesOfDay,
  quietLevel,
  SMS_MAX_LENGTH,
  smsSegments,
  codePoints,
} from './structure';
import type { Category, CheckId, Finding, LintContext, RulePack, Severity } from './types';
import { MAX_SENTENCE, SEVERITY_RANK } from './types';
import { CATEGORY_LABELS } from './labels';
import { rankCategories, violationScore } from './model/score';
import { analyze, inRegion, type Discourse } from './discourse/index';
import { fixWordings, fixWords, rankOf, shapeFixes } from './fix';

/** How far (folded characters) a negation cue may stand before the match it negates. */
const NEGATION_REACH = 10;
/** …and before a match at the end of a list it governs. */
const LIST_NEGATION_REACH = 20;
/** How far an anti-fraud cue reaches before / after the match, within its sentence. */
const PROTECTIVE_BEFORE = 30;
/** Characters between two items of a list that one negation governs. */
const LIST_GAP = 6;
const PROTECTIVE_AFTER = 20;
/** Structure checks wait until the draft looks like a message. */
const STRUCTURE_MIN_LENGTH = 20;

function negated(f: Folded, negs: Span[], hit: Span, breakers: readonly string[]): boolean {
  for (const n of negs) {
    // A cue may also end inside the match ("不会" in 我们不会报警 overlapping 会报警).
    if (n.start < hit.start && n.end > hit.start) return true;
    if (n.end > hit.start) continue;
    // A cue governs a list further on (无权让您转到个人微信、支付宝或私人银行卡).
    const reach = listBetween(f, n.end, hit.start) ? LIST_NEGATION_REACH : NEGATION_REACH;
    if (hit.start - n.end > reach) continue;
    if (!noBreakBetween(f, n.end, hit.start, Break.Clause)) continue;
    let blocked = false;
    const between = f.text.slice(n.end, hit.start);
    for (const b of breakers) if (between.includes(b)) blocked = true;
    if (!blocked) return true;
  }
  return false;
}

/** Whether the folded text between two points runs through a list (、 between items, or 或/和/及). */
function listBetween(f: Folded, from: number, to: number): boolean {
  if (to - from > LIST_NEGATION_REACH) return false;
  if (/(或|或者|和|及|以及|与)/.test(f.text.slice(from, to))) return true;
  for (let k = from + 1; k < to; k++) if (f.gap[k]! > 0) return true;
  return false;
}

/** Whether `hit` follows a negated hit as the next item of a list (、 或 和 及 以及 与). */
function listContinues(f: Folded, negatedSpans: Span[], hit: Span): boolean {
  for (const n of negatedSpans) {
    if (n.end > hit.start || hit.start - n.end > LIST_GAP) continue;
    if (!noBreakBetween(f, n.end + 1, hit.start, Break.Clause)) continue;
    const between = f.text.slice(n.end, hit.start);
    if (between === '' || /^(或|或者|和|及|以及|与|跟|或是|乃至|甚至|、)+$/.test(between) || between.length <= 2) return true;
    // A short item between (个人微信、支付宝或私人银行卡: 支付宝 is an item the rules need not know).
    if (between.length <= 6 && /(或|或者|和|及|以及|与|跟|或是)$/.test(between)) return true;
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

function effectiveSeverity(ctx: LintContext, id: string, category: Category, base: Severity): Severity | null {
  if (ctx.disabledRules.includes(id) || ctx.disabledCategories.includes(category)) return null;
  const o = ctx.severityOverrides[id] ?? ctx.severityOverrides[category];
  if (o === 'off') return null;
  return o ?? base;
}

function fill(template: string, match: string): string {
  return template.replaceAll('{match}', () => match);
}

/** Keeps, per category, the strongest, then a specific rule over a frame, then the longest of overlapping hits. */
function resolveOverlaps<T extends Span & { category: Category; severity: Severity; frame: boolean }>(items: T[]): T[] {
  const sorted = [...items].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      Number(a.frame) - Number(b.frame) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: T[] = [];
  for (const it of sorted) if (!kept.some((k) => k.category === it.category && overlaps(k, it))) kept.push(it);
  return kept;
}

/** What one sentence contributes: its content findings (offsets within it) and structure clues. */
interface SentenceResult {
  findings: Finding[];
  folded: string;
  foldedLength: number;
  organisation: boolean;
  channel: boolean;
}

/**
 * Whether a message carries the words of one of the pack's fixes: then the rules have been through
 * it (an agent applied a fix), and the learned fallback, which is for text the rules never touched,
 * stays quiet.
 */
function carriesOwnWording(folded: string, pack: RulePack): boolean {
  return fixWordings(pack).some((w) => folded.includes(w));
}

/** Where the folded allowlist phrases occur in the folded text. */
function allowedSpans(folded: string, allow: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const a of allow) {
    for (let i = folded.indexOf(a); i >= 0; i = folded.indexOf(a, i + 1)) out.push({ start: i, end: i + a.length });
  }
  return out;
}

/** Content findings of one sentence. Matches never cross a sentence end, so sentences are independent. */
function lintSentence(c: Compiled, text: string, ctx: LintContext, severities: (Severity | null)[], live: boolean[], allow: readonly string[]): SentenceResult {
  const lang = ctx.lang;
  const f = fold(text, true);
  const allowed = allowedSpans(f.text, allow);
  const { matches, exceptions, negs, protective } = collect(c, f, live);

  type Cand = Span & { cr: CompiledRule; category: Category; severity: Severity; literal: string; frame: boolean };
  const cands: Cand[] = [];
  // Hits silenced by a negation, so that a negation carries along a list
  // (我司从不通过个人微信、个人支付宝或个人银行卡收款).
  const negatedSpans: Span[] = [];
  for (const h of [...matches].sort((a, b) => a.start - b.start)) {
    const cr = c.rules[h.rule]!;
    const r = cr.rule;
    const severity = severities[h.rule]!;
    if (exceptions.get(h.rule)?.some((x) => overlaps(x, h))) continue;
    if (allowed.some((a) => a.start <= h.start && a.end >= h.end)) continue;
    if (r.negatable !== false) {
      if (negated(f, negs, h, c.pack.breakers) || listContinues(f, negatedSpans, h)) {
        negatedSpans.push(h);
        continue;
      }
      if (protectedBy(f, protective, h)) continue;
    }
    cands.push({ start: h.start, end: h.end, cr, category: r.category, severity, literal: h.literal, frame: r.frame === true });
  }

  const findings: Finding[] = [];
  for (const k of resolveOverlaps(cands)) {
    const start = f.start[k.start]!;
    const end = f.end[k.end - 1]!;
    const match = text.slice(start, end);
    const r = k.cr.rule;
    const replacement = k.cr.replacements.get(k.literal);
    const fix = replacement !== undefined ? { suggestion: replacement } : r.suggestion ? fixWords(r.suggestion, c.pack, lang) : {};
    findings.push({
      ruleId: r.id,
      category: r.category,
      severity: k.severity,
      start,
      end,
      match,
      message: fill(r.message[lang], match),
      ...fix,
      ...(r.source ? { source: r.source[lang] } : {}),
    });
  }
  return { findings, folded: f.text, foldedLength: f.text.length, organisation: identifiesSender('', f.text), channel: givesChannel(f.text) };
}

/** Sentences of the original text, each with its terminators: [start, end) pairs. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < text.length && isSentenceEnd(text.charCodeAt(j))) j++;
      out.push([start, j]);
      start = i = j;
    } else if (i - start >= MAX_SENTENCE) {
      const cut = cutBefore(text, start, i);
      out.push([start, cut]);
      start = i = cut;
    } else i++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** Where to cut text[start, end) short of `end`: after its last comma or space near the end, else at `end` (not inside a surrogate pair). */
function cutBefore(text: string, start: number, end: number): number {
  for (let k = end; k > start + 1 && k > end - 200; k--) if (/[，,、：:\s]/.test(text[k - 1]!)) return k;
  return /[\ud800-\udbff]/.test(text[end - 1]!) ? end - 1 : end;
}
/** 。！？!?；;\n\r…｡ (a test per character of every message: no Set lookup). */
function isSentenceEnd(c: number): boolean {
  return c < 0x80
    ? c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x0d
    : c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x2026 || c === 0xff61;
}

/**
 * Sentence results by context and text. Typing changes one sentence at a time, and batches of
 * messages share template sentences, so most sentences are linted once.
 */
const memo = new Map<string, Map<string, SentenceResult>>();
const MEMO_SIZE = 4000;

/** Each rule's severity under a context (null: off), with a key naming that configuration. */
const scopes = new Map<string, { severities: (Severity | null)[]; live: boolean[]; allow: string[]; scope: string }>();
function scopeOf(c: Compiled, ctx: LintContext) {
  const key = `${c.id}|${ctx.audience}|${ctx.lang}|${ctx.disabledRules.join(',')}|${ctx.disabledCategories.join(',')}|${JSON.stringify(ctx.severityOverrides)}|${ctx.allowlist.join('\u0001')}`;
  let s = scopes.get(key);
  if (!s) {
    const allow = [...new Set(ctx.allowlist.map(foldPhrase).filter(Boolean))];
    const severities = c.rules.map((cr) => {
      const r = cr.rule;
      const aud = r.audience ?? 'any';
      return aud === 'any' || aud === ctx.audience ? effectiveSeverity(ctx, r.id, r.category, r.severity) : null;
    });
    s = { severities, live: severities.map((x) => x !== null), allow, scope: `${key}|` };
    if (scopes.size > 64) scopes.clear();
    scopes.set(key, s);
  }
  return s;
}

export function lintCompiled(c: Compiled, text: string, ctx: LintContext): Finding[] {
  const lang = ctx.lang;
  const { severities, live, allow, scope } = scopeOf(c, ctx);

  const findings: Finding[] = [];
  let foldedLength = 0;
  let organisation = false;
  let channel = false;
  const parts: { from: number; to: number; folded: string }[] = [];
  for (const [from, to] of sentences(text)) {
    const sentence = text.slice(from, to);
    let byText = memo.get(scope);
    if (!byText) {
      if (memo.size > 16) memo.clear();
      memo.set(scope, (byText = new Map()));
    }
    let r = byText.get(sentence);
    if (!r) {
      // Full: start afresh. (Deleting the oldest entry one at a time leaves holes at the front of
      // the Map that every later deletion walks over: it was the hottest line on unseen text.)
      if (byText.size >= MEMO_SIZE) byText.clear();
      byText.set(sentence, (r = lintSentence(c, sentence, ctx, severities, live, allow)));
    }
    for (const x of r.findings) findings.push(from ? { ...x, start: x.start + from, end: x.end + from } : { ...x });
    foldedLength += r.foldedLength;
    parts.push({ from, to, folded: r.folded });
    organisation ||= r.organisation;
    channel ||= r.channel;
  }

  // Who says what: phrase findings inside quoted, reported, listed, corrected or warned-about
  // wording are not the writer's own act. (Privacy stays: a full ID number leaks wherever it stands.)
  let discourse: Discourse | null = null;
  const said = () => (discourse ??= analyze(text, c.pack.discourse));
  // A text that neither addresses anybody nor speaks of a debt, and tells of third persons (a news
  // item, a story, a manual), is about something else: its words threaten or mislead nobody.
  if (findings.length && ctx.discourse !== false) {
    const d = said();
    const unrelated = d.narration;
    if (d.regions.length || unrelated) {
      for (let i = findings.length - 1; i >= 0; i--) {
        const f = findings[i]!;
        const r = unrelated ? null : inRegion(d, f.start, f.end);
        // A lawful statement ("法院可依法采取拘留措施", a court serving the employer) covers claims
        // of law and of a court's own notices, not threats.
        const aside = unrelated || (r !== null && (r.kind !== 'lawful' || f.category === 'misleading' || f.category === 'impersonation' || f.category === 'exposure'));
        if (aside) findings.splice(i, 1);
      }
    }
    // Rules that keep quiet in a message from their words' lawful owner (a law firm's 律师函).
    if (c.quiet.size) {
      const plain = simplified(text);
      for (let i = findings.length - 1; i >= 0; i--) {
        const words = c.quiet.get(findings[i]!.ruleId);
        if (words?.some((w) => plain.includes(w))) findings.splice(i, 1);
      }
    }
  }

  // Each wrong stretch of words becomes one finding whose fix reads as a sentence (fix.ts).
  if (findings.length) {
    const shaped = shapeFixes(text, findings, c.byId, c.pack, lang, ctx.audience);
    findings.length = 0;
    findings.push(...shaped);
  }

  const check = (id: CheckId, category: Category, base: Severity, start: number, end: number, vars: Record<string, string> = {}, ruleId?: string) => {
    const t = c.pack.checks[id];
    // A per-category id (cn.threat.model) is also switched off with its check's id (cn.model).
    const severity = ruleId && ctx.disabledRules.includes(t.id) ? null : effectiveSeverity(ctx, ruleId ?? t.id, category, base);
    if (!severity) return;
    const match = text.slice(start, end);
    const vars2: Record<string, string> = { ...vars, match };
    const sub = (template: string) => template.replace(/\{(\w+)\}/g, (all, key: string) => vars2[key] ?? all);
    findings.push({
      ruleId: ruleId ?? t.id,
      category,
      severity,
      start,
      end,
      match,
      message: sub(t.message[lang]),
      ...(t.suggestion ? fixWords(t.suggestion, c.pack, lang, sub) : {}),
      ...(t.source ? { source: t.source[lang] } : {}),
    });
  };

  // The learned fallback: only for a message no rule flags at error or warning.
  const model = c.model;
  // Only for a message about a debt: never for a note, a notice or a story.
  if (
    model &&
    ctx.model !== false &&
    foldedLength >= model.model.minLength &&
    !findings.some((x) => x.severity !== 'info') &&
    said().debt &&
    said().genre === 'message'
  ) {
    const whole = parts.map((p) => p.folded).join('');
    if (!carriesOwnWording(whole, c.pack) && violationScore(model, whole) >= model.model.threshold) {
      // Point at the sentence that reads worst, named by the likeliest category that applies.
      let best = parts[0]!;
      let bestScore = -1;
      for (const p of parts) {
        if (p.folded.length < 2) continue;
        const s = violationScore(model, p.folded);
        if (s > bestScore) [best, bestScore] = [p, s];
      }
      const category = rankCategories(model, whole).find((cat) => cat !== 'third_party_disclosure' || ctx.audience === 'third_party');
      if (category) {
        let from = best.from;
        let to = best.to;
        while (from < to && /[\s。！？!?；;，,…]/u.test(text[from]!)) from++;
        while (to > from && /[\s。！？!?；;，,…]/u.test(text[to - 1]!)) to--;
        check('model', category, 'warning', from, to, { label: CATEGORY_LABELS[category][lang] }, `${c.pack.id}.${category}.model`);
      }
    }
  }

  for (const n of findNumbers(text)) {
    const digits = text.slice(n.start, n.end).replace(/[^0-9０-９xXＸ]/g, '');
    check(n.kind, 'privacy', 'error', n.start, n.end, { last4: digits.slice(-4) });
  }

  if (foldedLength >= STRUCTURE_MIN_LENGTH) {
    if (ctx.signature && !text.includes(ctx.signature)) check('identity_signature', 'identity', 'warning', 0, 0, { signature: ctx.signature });
    else if (!ctx.signature && !organisation && !hasSignature(text)) check('identity', 'identity', 'warning', 0, 0);
    if (ctx.audience === 'debtor' && !channel) check('channel', 'channel', 'info', 0, 0);
  }
  const segments = smsSegments(text);
  const chars = codePoints(text);
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

  // Findings that start together are listed in the pack's category order (One act, one category):
  // the first is the one a reviewer files the act under, as the unit's fix already says.
  return findings.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || rankOf(c.pack, a.category) - rankOf(c.pack, b.category) || a.end - b.end);
}

