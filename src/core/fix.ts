// Fix units: a finding's span is widened to the whole unit that is wrong — the address term with
// an insult (你这个老赖 → 您), the clause that carries a threat (再不还钱就等着坐牢吧 → 请尽快还款，
// 以免影响您的信用记录) — so that replacing the span with the suggestion leaves a sentence an agent
// would send. Findings whose units overlap, or clause units that only punctuation separates, become
// one finding with one fix: applying every fix never duplicates a fragment. Where no replacement
// reads well (telling a contact about the debt), the finding carries no fix and its message says
// what to do instead.

import type { CompiledRule } from './compile';
import { fold } from './normalize';
import type { Audience, Category, FixSpec, Finding, Lang, LocalText, RulePack } from './types';
import { CONTENT_CATEGORIES, SEVERITY_RANK } from './types';

interface Unit {
  start: number;
  end: number;
  kind: FixSpec['unit'];
  /** An address-unit insult with no address term before it: its clause goes, with `spec.clause`. */
  fallback: boolean;
  /** An address-unit insult that calls the reader by it ("老赖您好"): `spec.vocative` replaces it. */
  vocative: boolean;
  /** An address unit that is all its clause holds ("你这个老赖，…"): `spec.greeting` replaces it. */
  whole: boolean;
  findings: Finding[];
  /** The finding the unit is reported as. */
  winner: Finding;
}

/** Clause punctuation: a clause unit stops there (an enumeration comma does not). */
const CLAUSE_STOP = /[，,。！？!?；;：:\n\r…]/;
const SENTENCE_STOP = /[。！？!?；;\n\r…]/;

/** How far a clause unit reaches past its words at most (a line without punctuation is not one clause). */
const CLAUSE_REACH = 100;

function clauseBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  const sMin = Math.max(0, start - CLAUSE_REACH);
  while (s > sMin && !CLAUSE_STOP.test(text[s - 1]!)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + CLAUSE_REACH);
  while (e < eMax && !CLAUSE_STOP.test(text[e]!)) e++;
  // Leading and trailing spaces, brackets and a signature stay outside the unit.
  while (s < e && /[\s】\])）]/.test(text[s]!)) s++;
  const sig = /^【[^】]{1,20}】/.exec(text.slice(s, e));
  if (sig && s + sig[0].length <= start) s += sig[0].length;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [Math.min(s, start), Math.max(e, end)];
}

/** The address term before an insult ("你这个", "您这种", "你个"), or null when there is none. */
function addressStart(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 6), start);
  const m = /(你们这些|你们这帮|你这个|您这个|你这种|您这种|你这样的|你这|你个|你们|你|您)$/.exec(before);
  return m ? start - m[0].length : null;
}

/** Whether the words open their clause and call the reader by them ("老赖您好", "老赖，…"). */
function calledBy(text: string, start: number, end: number): boolean {
  const [cs] = clauseBounds(text, start, start);
  const before = text.slice(cs, start).replace(/^(喂|嘿|哎|诶|唉)/, '').trim();
  return before === '' && /^\s*(您好|你好|您|你|[，,：:！!。])/.test(text.slice(end));
}

const PHRASE: FixSpec = { unit: 'phrase' };

/**
 * How each finding's fix is shaped: the rule's own spec, else its category's, else the matched
 * words. The agent's own phrases are exact words with their own fix: always the words.
 */
function specOf(f: Finding, rules: Map<string, CompiledRule>, pack: RulePack): FixSpec {
  const cr = rules.get(f.ruleId);
  if (cr?.custom) return PHRASE;
  return cr?.rule.fix ?? pack.fixes?.[f.category] ?? PHRASE;
}

/** The rank of a category in the pack's order (One act, one category): lower files the act first. */
export function rankOf(pack: RulePack, c: Category): number {
  const i = pack.categoryOrder?.indexOf(c) ?? -1;
  return i < 0 ? 99 : i;
}

/** Whether `a` rather than `b` reports a unit: its category comes first in the pack's order, then severity, then position. */
function beats(a: Finding, b: Finding, pack: RulePack): boolean {
  return (rankOf(pack, a.category) - rankOf(pack, b.category) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start) < 0;
}

/** Adds findings to a unit, keeping its winner current (units of a long line hold thousands). */
function addTo(u: Unit, fs: Finding[], pack: RulePack): void {
  for (const f of fs) {
    u.findings.push(f);
    if (beats(f, u.winner, pack)) u.winner = f;
  }
}

type FixWords = Pick<Finding, 'suggestion' | 'suggestionGloss'>;

/** Every text the pack's fixes write, folded, longest first: made once per pack. */
const packWordings = new WeakMap<RulePack, string[]>();

export function fixWordings(pack: RulePack): string[] {
  let words = packWordings.get(pack);
  if (words) return words;
  const all = new Set<string>();
  const add = (t: LocalText | undefined) => {
    const f = t ? fold(t[pack.textLang], true).text : '';
    if (f.length >= 4) all.add(f);
  };
  for (const spec of Object.values(pack.fixes ?? {})) [spec.replacement, spec.clause, spec.greeting, spec.vocative].forEach(add);
  add(pack.thirdPartyClause);
  for (const r of pack.rules) add(r.suggestion);
  words = [...all].sort((a, b) => b.length - a.length);
  packWordings.set(pack, words);
  return words;
}

/**
 * A fix's words in the language of the messages, which is what gets inserted whatever the UI
 * speaks, with what they say in the UI's language when that is another one.
 */
export function fixWords(words: LocalText, pack: RulePack, lang: Lang, fill: (s: string) => string = (s) => s): FixWords {
  const suggestion = fill(words[pack.textLang]);
  const gloss = lang === pack.textLang ? suggestion : fill(words[lang]);
  return gloss === suggestion ? { suggestion } : { suggestion, suggestionGloss: gloss };
}

/** The words that replace a unit, if any. */
function fixText(u: Unit, rules: Map<string, CompiledRule>, pack: RulePack, lang: Lang, audience: Audience): FixWords | undefined {
  const winner = u.winner;
  const spec = specOf(winner, rules, pack);
  const words = (w: LocalText | undefined) => (w ? fixWords(w, pack, lang) : undefined);
  if (u.kind === 'phrase') return winner.suggestion === undefined ? undefined : { suggestion: winner.suggestion, ...(winner.suggestionGloss ? { suggestionGloss: winner.suggestionGloss } : {}) };
  if (u.vocative) return words(spec.vocative);
  if (u.whole && u.kind === 'address') return words(spec.greeting ?? spec.replacement);
  // To a contact, no clause about the debt reads well: ask for a call-back instead.
  if (audience === 'third_party' && u.kind === 'clause' && pack.thirdPartyClause) return words(pack.thirdPartyClause);
  if (u.fallback || (u.kind === 'clause' && spec.unit === 'address')) return words(spec.clause);
  return words(spec.replacement);
}

export function shapeFixes(text: string, findings: Finding[], rules: Map<string, CompiledRule>, pack: RulePack, lang: Lang, audience: Audience): Finding[] {
  const out: Finding[] = [];
  const units: Unit[] = [];
  for (const f of findings) {
    // Message structure, the learned fallback, the detectors and notes keep their spans.
    if (!CONTENT_CATEGORIES.includes(f.category) || f.severity === 'info' || f.ruleId.endsWith('.model') || !rules.has(f.ruleId)) {
      out.push(f);
      continue;
    }
    const spec = specOf(f, rules, pack);
    let start = f.start;
    let end = f.end;
    let kind = spec.unit;
    let fallback = false;
    let vocative = false;
    if (kind === 'address') {
      const a = addressStart(text, start);
      if (a !== null) start = a;
      else if (spec.vocative && calledBy(text, start, end)) vocative = true;
      else [kind, fallback] = ['clause', true];
    }
    if (kind === 'clause') [start, end] = clauseBounds(text, start, end);
    const [, ce] = clauseBounds(text, end, end);
    const whole = kind === 'address' && ce === end;
    units.push({ start, end, kind, fallback, vocative, whole, findings: [f], winner: f });
  }
  units.sort((a, b) => a.start - b.start || b.end - a.end);

  // One unit per stretch of wrong words: units on the same words, neighbouring wrong clauses, and
  // units that would get the same replacement close together (so applying every fix never writes a
  // fragment twice).
  const merged: Unit[] = [];
  for (const u of units) {
    const last = merged[merged.length - 1];
    const between = last ? text.slice(last.end, u.start) : '';
    const sameFix =
      last !== undefined &&
      last.kind === 'clause' &&
      u.kind === 'clause' &&
      between.length <= 12 &&
      fixText(last, rules, pack, lang, audience)?.suggestion === fixText(u, rules, pack, lang, audience)?.suggestion;
    // Neighbouring wrong clauses are one stretch: one fix replaces both, so no two replacements
    // follow each other (the other acts keep their words and category).
    const adjacent = last !== undefined && last.kind === 'clause' && u.kind === 'clause' && /^[\s，,、；;]*$/.test(between);
    const touching = last !== undefined && (u.start < last.end || sameFix || adjacent);
    if (last && touching) {
      last.end = Math.max(last.end, u.end);
      if (u.kind === 'clause' && last.kind !== 'clause') [last.kind, last.fallback] = ['clause', u.fallback];
      addTo(last, u.findings, pack);
    } else merged.push({ ...u, findings: [...u.findings] });
  }

  // Units that get a fix, in order and apart (merged units never overlap).
  const fixed: Finding[] = [];
  for (const u of merged) {
    const winner = u.winner;
    const spec = specOf(winner, rules, pack);
    const fix = fixText(u, rules, pack, lang, audience);
    // A clause replaced at the start of a sentence that went on with a question or an exclamation
    // reads as a statement.
    let end = u.end;
    if (fix && u.kind === 'clause' && /[？?！!]/.test(text[end] ?? '') && SENTENCE_STOP.test(text[end]!)) {
      end++;
      fix.suggestion += pack.textLang === 'zh' ? '。' : '.';
      if (fix.suggestionGloss !== undefined) fix.suggestionGloss += lang === 'zh' ? '。' : '.';
    }
    const suggestion = fix?.suggestion;
    const { suggestion: _old, suggestionGloss: _oldGloss, ...rest } = winner;
    const advice = spec.advice?.[lang];
    const unit: Finding = {
      ...rest,
      start: u.start,
      end,
      match: text.slice(u.start, end),
      ...(u.start !== winner.start || end !== winner.end ? { phrase: winner.match } : {}),
      ...fix,
      ...(suggestion === undefined && advice ? { message: `${winner.message}${lang === 'zh' ? '。' : '. '}${advice}` } : {}),
    };
    out.push(unit);
    if (suggestion !== undefined) fixed.push(unit);
    // Other acts inside the same unit keep their own words and category; the unit's one fix covers
    // them. More words of the winner's own rule in it are the same problem, counted once.
    for (const f of u.findings) {
      if (f === winner || f.ruleId === winner.ruleId) continue;
      const { suggestion: _s, suggestionGloss: _g, ...other } = f;
      out.push(other);
    }
  }
  // A finding kept as it was (an info note) inside a unit that gets a fix has no fix of its own:
  // applying both would write into words the unit's fix already replaced.
  const isUnit = new Set(fixed);
  return out.map((f) => {
    if (f.suggestion === undefined || isUnit.has(f) || !overlapsAny(fixed, f)) return f;
    const { suggestion: _drop, suggestionGloss: _dropGloss, ...rest } = f;
    return rest;
  });
}

/** Whether a span overlaps one of `sorted` (in order, apart): only the last to start before its end can. */
function overlapsAny(sorted: readonly Finding[], f: Finding): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < f.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1]!.end > f.start;
}

/**
 * The text with every suggested fix of `findings` applied, as an agent applying them all would get
 * it (the units of one lint never overlap where they carry a fix).
 */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  let out = text;
  for (const f of [...findings].filter((x) => x.suggestion !== undefined).sort((a, b) => b.start - a.start)) {
    out = out.slice(0, f.start) + f.suggestion + out.slice(f.end);
  }
  return out;
}
