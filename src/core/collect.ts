// Every phrase occurrence of a compiled pack in one sentence's folded text: the main pass over the
// characters, the sound pass (pinyin spellings and homophones), the pack's patterns, and the
// exceptions that matter. This runs for every new sentence while an agent types, so it allocates
// little: the matchers' callbacks are made once and read the sentence from module state.

import { Kind, type Compiled, type PhraseSet } from './compile';
import { STOP_BLOCK, STOP_CLAUSE, type ScanOptions } from './matcher';
import { Break, type Folded } from './normalize';
import { toSyllables, type SyllableText } from './pinyin';

export interface Span {
  start: number;
  end: number;
}
export interface RuleHit extends Span {
  rule: number;
  literal: string;
}
export interface Collected {
  matches: RuleHit[];
  /** Benign contexts found, by rule. */
  exceptions: Map<number, Span[]>;
  /** Negation cues (those inside 是不是 / 会不会 left out) and anti-fraud cues. */
  negs: Span[];
  protective: Span[];
}

/** Largest number of separators tolerated between two characters of a phrase. */
const MAX_GAP = 3;
/** A homophone (蹲大劳) counts only in a match this long, with every other character exact. */
const HOMOPHONE_MIN_LENGTH = 3;
/** Pronouns and particles: a homophone match needs two exact characters besides these (您来电 ≠ 您来垫). */
const FUNCTION_CHARS = '你您我他她它们的地得了着过是在有就都也还来去给把被让要会这那个一不吗呢吧啊';
const COMMON_CHARS = '以已于与之而其及或和为所如即若则因此并且从对向由将到自上下中大小多少';

const isAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** No phrase spans a sentence end or a wide gap of separators. */
function blockedAt(f: Folded, k: number): boolean {
  return f.brk[k] === Break.Sentence || f.gap[k]! > MAX_GAP;
}

/** A Latin or digit end of a match must stand at a word boundary. */
function atWordBoundaries(f: Folded, s: number, e: number): boolean {
  const t = f.codes;
  if (isAlnum(t[s]!) && s > 0 && f.gap[s] === 0 && isAlnum(t[s - 1]!)) return false;
  if (isAlnum(t[e - 1]!) && e < t.length && f.gap[e] === 0 && isAlnum(t[e]!)) return false;
  return true;
}

export function noBreakBetween(f: Folded, from: number, to: number, level: Break): boolean {
  for (let k = from; k <= to && k < f.brk.length; k++) if (f.brk[k]! >= level) return false;
  return true;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// The sentence being collected, and the phrase set being scanned.
let c!: Compiled;
let set!: PhraseSet;
let sets!: PhraseSet[];
let f!: Folded;
let live!: boolean[];
let st!: SyllableText;
let soundPhrase!: number[];
let out!: { matches: RuleHit[]; exceptions: Map<number, Span[]>; negs: Span[]; falseNegs: Span[]; protective: Span[] };
/** Rules whose trigger occurs. */
const triggered = new Set<number>();
/** Exception hits whose start may be looked for later: (set, phrase, end) triples. */
const deferred: number[] = [];
// Scratch: what lies before each folded unit and each syllable (see STOP_BLOCK).
let stops = new Uint8Array(256);
let soundStops = new Uint8Array(256);


/** bySound: 'pinyin' (a Latin spelling) or 'homophone' (a sound-alike character); false when exact. */
function dispatch(id: number, s: number, e: number, bySound: false | 'pinyin' | 'homophone') {
  // Word boundaries matter for what a rule flags (sb in usb), not for contexts and cues.
  const bounded = atWordBoundaries(f, s, e);
  let literal: string | undefined;
  for (const p of set.payloads[id]!) {
    switch (p.kind) {
      case Kind.Match:
        if (live[p.rule] && bounded) out.matches.push({ rule: p.rule, start: s, end: e, literal: (literal ??= f.text.slice(s, e)) });
        break;
      case Kind.Exception: {
        // A sound-alike must not silence a rule (一步通知 is not 不通知); a pinyin spelling may.
        if (bySound === 'homophone') break;
        // A benign context is one clause: an exception spanning a comma describes nothing.
        if (!noBreakBetween(f, s + 1, e - 1, Break.Clause)) break;
        let list = out.exceptions.get(p.rule);
        if (!list) out.exceptions.set(p.rule, (list = []));
        list.push({ start: s, end: e });
        break;
      }
      case Kind.Trigger:
        if (!bySound) triggered.add(p.rule);
        break;
      case Kind.Negation:
        if (!bySound) out.negs.push({ start: s, end: e });
        break;
      case Kind.FalseNegation:
        if (!bySound) out.falseNegs.push({ start: s, end: e });
        break;
      case Kind.Protective:
        if (!bySound) out.protective.push({ start: s, end: e });
        break;
    }
  }
}

const mainPass: ScanOptions = {
  onHit: (id, s, e) => dispatch(id, s, e, false),
  defer: (id, end) => {
    // Starts are needed now for live rules' matches and for cues; never for rules that do not
    // apply (third-party rules in a message to the debtor); later, perhaps, for exceptions.
    let now = false;
    let exception = false;
    for (const p of set.payloads[id]!) {
      if (p.kind === Kind.Trigger) triggered.add(p.rule);
      else if (p.kind === Kind.Exception) exception ||= live[p.rule]!;
      else if (p.kind !== Kind.Match || live[p.rule]) now = true;
    }
    if (now) return false;
    // Exceptions only matter for rules that matched: their starts are looked for afterwards.
    if (exception) deferred.push(sets.indexOf(set), id, end);
    return true;
  },
};

// The sound pass: pinyin spellings (every character of the match written exactly or in pinyin,
// at least one in pinyin) and single homophones in phrases of three or more characters.
const soundPass: ScanOptions = {
  onHit: (sid, s, e) => {
    const id = soundPhrase[sid]!;
    const fs = st.from[s]!;
    const fe = st.to[e - 1]!;
    let latin = false;
    for (let k = s; k < e; k++) if (st.latin[k]) latin = true;
    const chars = set.phraseChars(id);
    let alike = 0;
    let content = 0;
    for (let k = fs; k < fe; k++) {
      const code = f.codes[k]!;
      const ch = f.text[k]!;
      if (code < 0x80) continue;
      if (!chars.has(code)) {
        // Very common characters (以, 已, 一…) stand for themselves, not for a sound-alike.
        alike += FUNCTION_CHARS.includes(ch) || COMMON_CHARS.includes(ch) ? 2 : 1;
      } else if (!FUNCTION_CHARS.includes(ch)) content++;
    }
    const homophone = !latin && alike === 1 && fe - fs >= HOMOPHONE_MIN_LENGTH && content >= 2;
    if (latin && alike === 0) dispatch(id, fs, fe, 'pinyin');
    else if (homophone) dispatch(id, fs, fe, 'homophone');
  },
  wanted: (sid, end) => {
    // Most sound hits are exact spellings the main pass found already: skip them before their
    // start is looked for, by checking the longest window the phrase can occupy.
    const id = soundPhrase[sid]!;
    if (!set.payloads[id]!.some((p) => live[p.rule])) return false;
    const maxLen = set.syllables().matcher.maxLength(sid);
    const from = Math.max(0, end - maxLen);
    if (st.latinBefore[end]! > st.latinBefore[from]!) return true;
    // Without pinyin, only a homophone in a long enough match counts.
    if (maxLen < HOMOPHONE_MIN_LENGTH) return false;
    const chars = set.phraseChars(id);
    const codes = f.codes;
    for (let u = st.from[from]!, to = st.to[end - 1]!; u < to; u++) if (!chars.has(codes[u]!)) return true;
    return false;
  },
};

/** Finds every phrase occurrence of the compiled pack in the folded text; `live[i]`: rule i applies. */
export function collect(compiled: Compiled, folded: Folded, liveRules: boolean[]): Collected {
  c = compiled;
  f = folded;
  live = liveRules;
  sets = c.sets;
  out = { matches: [], exceptions: new Map(), negs: [], falseNegs: [], protective: [] };
  triggered.clear();
  deferred.length = 0;

  const n = f.codes.length;
  if (stops.length < n) stops = new Uint8Array(Math.max(n, stops.length * 2));
  const { brk, gap } = f;
  for (let k = 0; k < n; k++) stops[k] = brk[k] === Break.Sentence || gap[k]! > MAX_GAP ? STOP_BLOCK : brk[k] === Break.Clause ? STOP_CLAUSE : 0;
  for (const s of sets) {
    set = s;
    s.matcher.scan(f.codes, stops, mainPass, n);
  }

  st = toSyllables(f);
  const m = st.length;
  if (soundStops.length < m) soundStops = new Uint8Array(Math.max(m, soundStops.length * 2));
  for (let i = 0; i < m; i++) soundStops[i] = stops[st.from[i]!]!;
  for (const s of sets) {
    set = s;
    const sound = s.syllables();
    soundPhrase = sound.phrase;
    sound.matcher.scan(st.symbols, soundStops, soundPass, m);
  }

  const { matches } = out;
  for (let index = 0; index < c.rules.length; index++) {
    const cr = c.rules[index]!;
    if (!cr.regexes.length || !live[index]) continue;
    if (cr.rule.triggers?.length && !triggered.has(index)) continue;
    for (const re of cr.regexes) {
      re.lastIndex = 0;
      for (const m of f.text.matchAll(re)) {
        const s = m.index!;
        const e = s + m[0].length;
        if (e <= s || !atWordBoundaries(f, s, e)) continue;
        let spans = true;
        for (let k = s + 1; k < e; k++) if (blockedAt(f, k)) spans = false;
        if (spans) matches.push({ rule: index, start: s, end: e, literal: m[0] });
      }
    }
  }
  // Rule matches are all known now (phrases, sounds, patterns): look up the exceptions that matter.
  if (deferred.length && matches.length) {
    const matched = new Set(matches.map((x) => x.rule));
    for (let i = 0; i < deferred.length; i += 3) {
      set = sets[deferred[i]!]!;
      const id = deferred[i + 1]!;
      const end = deferred[i + 2]!;
      if (!set.payloads[id]!.some((p) => p.kind === Kind.Exception && matched.has(p.rule))) continue;
      const s = set.matcher.startAt(id, f.codes, stops, end);
      if (s >= 0) dispatch(id, s, end, false);
    }
  }

  // A cue inside 是不是 / 会不会 negates nothing.
  const { negs, falseNegs } = out;
  const realNegs = falseNegs.length ? negs.filter((x) => !falseNegs.some((y) => overlaps(y, x))) : negs;
  return { matches, exceptions: out.exceptions, negs: realNegs, protective: out.protective };
}
