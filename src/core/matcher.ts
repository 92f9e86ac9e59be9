// Matching every phrase family of a pack in one pass, without expanding the families.
//
// Each phrase ("(通知|告诉)(你的)?(家人|同事)") becomes a Glushkov automaton: one position per
// character of the phrase, with follow sets; its size is linear in the phrase's source, where the
// expanded literal list is the product of its groups (the cn pack expands to ~170,000 literals,
// a trie of ~500,000 nodes). All phrases' positions form one NFA for Σ*·L that is determinised
// lazily — a DFA state is the set of live positions, and transitions are computed on first use
// and cached — so after warm-up each input symbol costs one map lookup, like Aho–Corasick.
// A DFA reports which phrases end where; the start of each match (the longest one) is recovered
// by walking that phrase's automaton backwards from the end, which only happens on a hit.

import type { PhraseNode } from './expand';

export interface Hit {
  phrase: number;
  start: number;
  end: number;
}

/** Maps a phrase's UTF-16 unit to the symbols that stand for it (itself for text; readings for pinyin). */
export type Symbolize = (ch: string) => readonly number[] | null;

interface Frag {
  first: number[];
  last: number[];
  nullable: boolean;
  /** Shortest and longest length in symbols. */
  min: number;
  max: number;
  /** Holds a piece that cannot be symbolised: it can never match. */
  dead?: boolean;
}

const DEAD: Frag = { first: [], last: [], nullable: false, min: 0, max: 0, dead: true };

const MAX_STATES = 40000;

export class PhraseMatcher {
  private readonly accept: (readonly number[])[] = [];
  private readonly follow: number[][] = [];
  private readonly phraseOf: number[] = [];
  private readonly isFirst: boolean[] = [];
  private readonly isFinal: boolean[] = [];
  /** Per phrase: its length when all its spellings have the same length, else -1. */
  private readonly fixedLength: number[] = [];
  private readonly maxLen: number[] = [];
  private phrases = 0;
  private mark = new Int32Array(0);
  // Buffers of the backward walk: a phrase's positions, so the number of positions bounds them.
  private walkA = new Int32Array(0);
  private walkB = new Int32Array(0);
  private generation = 0;

  private firstsBySym = new Map<number, Int32Array>();
  private precede: Int32Array[] = [];
  private followBySym: (Map<number, Int32Array> | undefined)[] = [];
  /** Phrases whose occurrences only matter by their end (their start is never asked for). */
  private readonly endOnly = new Set<number>();

  // Lazy DFA: state 0 is the empty set (nothing live).
  private statePos: Int32Array[] = [];
  private stateHits: Int32Array[] = [];
  private readonly stateIds = new Map<string, number>();
  private readonly trans = new Map<number, number>();
  private built = false;

  constructor(private readonly symbolize: Symbolize) {}

  get size(): number {
    return this.phrases;
  }

  /**
   * Adds a parsed phrase; returns its id, or -1 when it matches nothing. Alternatives that cannot be
   * symbolised (Latin spellings in the pinyin matcher) are left out, not the whole phrase.
   */
  add(nodes: PhraseNode[]): number {
    if (this.built) throw new Error('matcher already built');
    const mark = this.accept.length;
    const id = this.phrases;
    const f = this.seq(nodes, id);
    if (f.dead || f.nullable || !f.first.length) {
      // Roll back the positions this phrase created.
      this.accept.length = mark;
      this.follow.length = mark;
      this.phraseOf.length = mark;
      this.isFirst.length = mark;
      this.isFinal.length = mark;
      return -1;
    }
    for (const p of f.first) this.isFirst[p] = true;
    for (const p of f.last) this.isFinal[p] = true;
    this.fixedLength[id] = f.min === f.max ? f.min : -1;
    this.maxLen[id] = f.max;
    this.phrases++;
    return id;
  }

  private position(symbols: readonly number[], phrase: number): number {
    const p = this.accept.length;
    this.accept.push(symbols);
    this.follow.push([]);
    this.phraseOf.push(phrase);
    this.isFirst.push(false);
    this.isFinal.push(false);
    return p;
  }

  private link(from: number[], to: number[]) {
    if (!to.length) return;
    for (const p of from) {
      const f = this.follow[p]!;
      for (const q of to) f.push(q);
    }
  }

  private seq(nodes: PhraseNode[], phrase: number): Frag {
    let acc: Frag = { first: [], last: [], nullable: true, min: 0, max: 0 };
    for (const node of nodes) {
      const f = node.kind === 'lit' ? this.lit(node.text, phrase) : this.group(node.alts, node.optional, phrase);
      if (f.dead) return DEAD;
      this.link(acc.last, f.first);
      acc = {
        first: acc.nullable ? [...acc.first, ...f.first] : acc.first,
        last: f.nullable ? [...acc.last, ...f.last] : f.last,
        nullable: acc.nullable && f.nullable,
        min: acc.min + f.min,
        max: acc.max + f.max,
      };
    }
    return acc;
  }

  private lit(text: string, phrase: number): Frag {
    let first: number[] = [];
    let prev: number[] = [];
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (this.symbolize(text[i]!) === null) return DEAD;
    }
    for (let i = 0; i < text.length; i++) {
      const syms = this.symbolize(text[i]!)!;
      if (!syms.length) continue;
      const p = this.position(syms, phrase);
      if (!first.length) first = [p];
      this.link(prev, [p]);
      prev = [p];
      n++;
    }
    return { first, last: prev, nullable: n === 0, min: n, max: n };
  }

  private group(alts: PhraseNode[][], optional: boolean, phrase: number): Frag {
    const out: Frag = { first: [], last: [], nullable: optional, min: Infinity, max: 0 };
    let live = false;
    for (const alt of alts) {
      const f = this.seq(alt, phrase);
      if (f.dead) continue;
      live = true;
      out.first.push(...f.first);
      out.last.push(...f.last);
      if (f.nullable) out.nullable = true;
      out.min = Math.min(out.min, f.min);
      out.max = Math.max(out.max, f.max);
    }
    if (!live) return optional ? { first: [], last: [], nullable: true, min: 0, max: 0 } : DEAD;
    if (optional) out.min = 0;
    return out;
  }

  build(): this {
    const n = this.accept.length;
    const firsts = new Map<number, number[]>();
    const precede: number[][] = Array.from({ length: n }, () => []);
    for (let p = 0; p < n; p++) {
      // Links are pushed without checks while adding; duplicates go here.
      const f = this.follow[p]!;
      if (f.length > 1) this.follow[p] = [...new Set(f)];
      if (this.isFirst[p]) for (const s of this.accept[p]!) (firsts.get(s) ?? firsts.set(s, []).get(s)!).push(p);
      for (const q of this.follow[p]!) precede[q]!.push(p);
    }
    for (const [s, list] of firsts) this.firstsBySym.set(s, Int32Array.from(list));
    this.precede = precede.map((l) => Int32Array.from(l));
    this.followBySym = new Array(n);
    this.mark = new Int32Array(n);
    this.walkA = new Int32Array(n);
    this.walkB = new Int32Array(n);
    this.resetStates();
    this.built = true;
    return this;
  }

  private resetStates() {
    this.statePos = [new Int32Array(0)];
    this.stateHits = [new Int32Array(0)];
    this.stateIds.clear();
    this.stateIds.set('', 0);
    this.trans.clear();
  }

  /** Longest spelling of a phrase, in symbols. */
  maxLength(phrase: number): number {
    return this.maxLen[phrase]!;
  }

  /** Marks a phrase whose hits need no start (reported as start = end). */
  endOnlyPhrase(phrase: number): void {
    this.endOnly.add(phrase);
  }

  /** `list` restricted to positions accepting `sym`, indexed per position on first use. */
  private bySym(cache: (Map<number, Int32Array> | undefined)[], list: ArrayLike<number>, p: number, sym: number): Int32Array {
    let idx = cache[p];
    if (!idx) {
      const groups = new Map<number, number[]>();
      for (let i = 0; i < list.length; i++) {
        const q = list[i]!;
        for (const s of this.accept[q]!) (groups.get(s) ?? groups.set(s, []).get(s)!).push(q);
      }
      idx = new Map();
      for (const [s, qs] of groups) idx.set(s, Int32Array.from(qs));
      cache[p] = idx;
    }
    return idx.get(sym) ?? EMPTY;
  }

  private next(state: number, sym: number): number {
    const key = state * 0x100000 + sym;
    const cached = this.trans.get(key);
    if (cached !== undefined) return cached;
    const set = new Set<number>();
    for (const p of this.statePos[state]!) for (const q of this.bySym(this.followBySym, this.follow[p]!, p, sym)) set.add(q);
    const firsts = this.firstsBySym.get(sym);
    if (firsts) for (const q of firsts) set.add(q);
    const pos = Int32Array.from(set).sort();
    const k = pos.join(',');
    let id = this.stateIds.get(k);
    if (id === undefined) {
      if (this.statePos.length >= MAX_STATES) {
        // Pathological input: start the cache afresh rather than grow without bound.
        this.resetStates();
        return this.next(0, sym);
      }
      id = this.statePos.length;
      this.statePos.push(pos);
      const hits = new Set<number>();
      for (const p of pos) if (this.isFinal[p]) hits.add(this.phraseOf[p]!);
      this.stateHits.push(Int32Array.from(hits));
      this.stateIds.set(k, id);
    }
    this.trans.set(key, id);
    return id;
  }

  /**
   * Every phrase occurrence in `input[from, to)` (the longest one ending at each end position).
   * `blocked(i)`: no match may span the boundary just before symbol i.
   */
  scan(
    input: ArrayLike<number>,
    blocked: (i: number) => boolean,
    onHit: (phrase: number, start: number, end: number) => void,
    from = 0,
    to = input.length,
    wanted?: (phrase: number, end: number) => boolean,
  ): void {
    if (!this.built) this.build();
    let state = 0;
    for (let i = from; i < to; i++) {
      if (state !== 0 && blocked(i)) state = 0;
      state = this.next(state, input[i]!);
      const hits = this.stateHits[state]!;
      if (!hits.length) continue;
      const pos = this.statePos[state]!;
      for (const phrase of hits) {
        if (wanted && !wanted(phrase, i + 1)) continue;
        const start = this.endOnly.has(phrase) ? i + 1 : this.startOf(phrase, pos, input, i, blocked);
        if (start >= 0) onHit(phrase, start, i + 1);
      }
    }
  }

  /** Walks the phrase's automaton backwards from its final positions live at `end`; earliest start. */
  private startOf(phrase: number, live: Int32Array, input: ArrayLike<number>, end: number, blocked: (i: number) => boolean): number {
    const fixed = this.fixedLength[phrase]!;
    if (fixed > 0) {
      // Every spelling has this length, and the DFA only reaches `end` through unblocked symbols.
      return end + 1 - fixed;
    }
    let cur = this.walkA;
    let next = this.walkB;
    let n = 0;
    for (const p of live) if (this.isFinal[p] && this.phraseOf[p] === phrase) cur[n++] = p;
    let best = -1;
    const mark = this.mark;
    for (let k = end; k >= 0 && n; k--) {
      for (let i = 0; i < n; i++) if (this.isFirst[cur[i]!]) best = k;
      if (k === 0 || blocked(k)) break;
      const sym = input[k - 1]!;
      const gen = ++this.generation;
      let m = 0;
      for (let i = 0; i < n; i++) {
        const pre = this.precede[cur[i]!]!;
        for (let j = 0; j < pre.length; j++) {
          const p = pre[j]!;
          if (mark[p] === gen) continue;
          mark[p] = gen;
          const acc = this.accept[p]!;
          if (acc.length === 1 ? acc[0] === sym : acc.includes(sym)) next[m++] = p;
        }
      }
      const t = cur;
      cur = next;
      next = t;
      n = m;
    }
    return best;
  }
}

const EMPTY = new Int32Array(0);
