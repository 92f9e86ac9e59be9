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
//
// Storage is flat (typed arrays in compressed-row form): a content script compiles the pack in
// every frame where an agent types, so memory matters as much as speed.

import type { PhraseNode } from './expand';

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

export interface ScanOptions {
  onHit: (phrase: number, start: number, end: number) => void;
  blocked: (i: number) => boolean;
  clause?: (i: number) => boolean;
  from?: number;
  to?: number;
  wanted?: (phrase: number, end: number) => boolean;
  defer?: (phrase: number, end: number, live: Int32Array) => boolean;
}

/** Cap on cached DFA states; past it the cache starts afresh (pathological input only). */
const MAX_STATES = 50000;
/** Key of the clause-break transition in the transition cache (never a real symbol). */
const CLAUSE_SYMBOL = 0xffffe;

/** Compressed rows: row i is data[start[i] .. start[i + 1]). */
interface Rows {
  start: Int32Array;
  data: Int32Array;
}

function rows(n: number, pairs: number[]): Rows {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < pairs.length; i += 2) start[pairs[i]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const data = new Int32Array(pairs.length / 2);
  for (let i = 0; i < pairs.length; i += 2) data[fill[pairs[i]!]!++] = pairs[i + 1]!;
  return { start, data };
}

export class PhraseMatcher {
  // While adding: growable lists. build() turns them into the flat arrays below.
  private acceptPairs: number[] = [];
  private followPairs: number[] = [];
  private phraseOfList: number[] = [];
  private firstList: number[] = [];
  private finalList: number[] = [];
  private positions = 0;
  private anyList: number[] = [];
  private epsList: number[] = [];

  private accept: Rows = { start: new Int32Array(1), data: new Int32Array(0) };
  private follow: Rows = { start: new Int32Array(1), data: new Int32Array(0) };
  private precede: Rows = { start: new Int32Array(1), data: new Int32Array(0) };
  private phraseOf = new Int32Array(0);
  private isFirst = new Uint8Array(0);
  private isFinal = new Uint8Array(0);
  /** Gap positions: they accept any symbol. */
  private isAny = new Uint8Array(0);
  /** Positions followed by a gap position. */
  private beforeAny = new Uint8Array(0);
  /** Junctions: they consume no symbol (see link). */
  private isEps = new Uint8Array(0);
  private firstsBySym = new Map<number, Int32Array>();

  /** Per phrase: its length when all its spellings have the same length, else -1. */
  private readonly fixedLength: number[] = [];
  private readonly maxLen: number[] = [];
  private phrases = 0;
  /** Phrases whose occurrences only matter by their end (their start is never asked for). */
  private readonly endOnly = new Set<number>();

  // Scratch of the backward walk and of state construction, sized to the number of positions.
  private mark = new Int32Array(0);
  private walkA = new Int32Array(0);
  private walkB = new Int32Array(0);
  private generation = 0;

  // Lazy DFA: state 0 is the empty set (nothing live). States are found again by a hash of their
  // positions, so no long string keys are kept.
  private statePos: Int32Array[] = [];
  private stateHits: Int32Array[] = [];
  private readonly stateByHash = new Map<number, number[]>();
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
    const saved = [this.positions, this.acceptPairs.length, this.followPairs.length, this.phraseOfList.length] as const;
    const id = this.phrases;
    const f = this.seq(nodes, id);
    // A phrase may neither start nor end with a gap (it would match around any text).
    const gapEnd = f.first.some((p) => this.anyList.includes(p)) || f.last.some((p) => this.anyList.includes(p));
    if (f.dead || f.nullable || !f.first.length || gapEnd) {
      // Roll back the positions this phrase created.
      [this.positions] = saved;
      this.acceptPairs.length = saved[1];
      this.followPairs.length = saved[2];
      this.phraseOfList.length = saved[3];
      this.anyList = this.anyList.filter((p) => p < saved[0]);
      this.epsList = this.epsList.filter((p) => p < saved[0]);
      return -1;
    }
    this.firstList.push(...f.first);
    this.finalList.push(...f.last);
    this.fixedLength[id] = f.min === f.max ? f.min : -1;
    this.maxLen[id] = f.max;
    this.phrases++;
    return id;
  }

  private position(symbols: readonly number[], phrase: number): number {
    const p = this.positions++;
    for (const s of symbols) this.acceptPairs.push(p, s);
    this.phraseOfList.push(phrase);
    return p;
  }

  private link(from: number[], to: number[]) {
    if (from.length > 2 && to.length > 2 && from.length * to.length > 24) {
      // Many ends meeting many starts (optional groups in a row): a junction that consumes nothing
      // keeps the links linear instead of quadratic.
      const j = this.position([], this.phraseOfList[from[0]!]!);
      this.epsList.push(j);
      for (const p of from) this.followPairs.push(p, j);
      for (const q of to) this.followPairs.push(j, q);
      return;
    }
    for (const p of from) for (const q of to) this.followPairs.push(p, q);
  }

  private seq(nodes: PhraseNode[], phrase: number): Frag {
    let acc: Frag = { first: [], last: [], nullable: true, min: 0, max: 0 };
    for (const node of nodes) {
      const f =
        node.kind === 'lit'
          ? this.lit(node.text, phrase)
          : node.kind === 'class'
            ? this.charClass(node.chars, phrase)
            : node.kind === 'gap'
              ? this.gap(node.min, node.max, phrase)
              : this.group(node.alts, node.optional, phrase);
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
    for (let i = 0; i < text.length; i++) if (this.symbolize(text[i]!) === null) return DEAD;
    let first: number[] = [];
    let prev: number[] = [];
    let n = 0;
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

  /** `[…]`: one position accepting any character of the set. */
  private charClass(chars: string, phrase: number): Frag {
    const symbols = new Set<number>();
    for (let i = 0; i < chars.length; i++) {
      const syms = this.symbolize(chars[i]!);
      if (syms === null) return DEAD;
      for (const x of syms) symbols.add(x);
    }
    if (!symbols.size) return { first: [], last: [], nullable: true, min: 0, max: 0 };
    const p = this.position([...symbols], phrase);
    return { first: [p], last: [p], nullable: false, min: 1, max: 1 };
  }

  /** `.{min,max}`: a chain of any-symbol positions, the first `min` of them required. */
  private gap(min: number, max: number, phrase: number): Frag {
    const first: number[] = [];
    let last: number[] = [];
    for (let k = 0; k < max; k++) {
      const p = this.position([], phrase);
      this.anyList.push(p);
      if (k === 0) first.push(p);
      this.link(last, [p]);
      // Leaving the gap is possible after at least `min` characters.
      last = k >= min ? [...last, p] : [p];
    }
    return { first, last, nullable: min === 0, min, max };
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
    const n = this.positions;
    this.accept = rows(n, this.acceptPairs);
    // Duplicate links (the same pair reached through two groups) are harmless but dropped here.
    const seen = new Set<number>();
    const pairs: number[] = [];
    for (let i = 0; i < this.followPairs.length; i += 2) {
      const key = this.followPairs[i]! * n + this.followPairs[i + 1]!;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push(this.followPairs[i]!, this.followPairs[i + 1]!);
    }
    this.follow = rows(n, pairs);
    const reversed: number[] = [];
    for (let i = 0; i < pairs.length; i += 2) reversed.push(pairs[i + 1]!, pairs[i]!);
    this.precede = rows(n, reversed);
    this.phraseOf = Int32Array.from(this.phraseOfList);
    this.isFirst = new Uint8Array(n);
    this.isFinal = new Uint8Array(n);
    this.isAny = new Uint8Array(n);
    for (const p of this.anyList) this.isAny[p] = 1;
    this.anyList = [];
    this.isEps = new Uint8Array(n);
    for (const p of this.epsList) this.isEps[p] = 1;
    this.epsList = [];
    this.mark = new Int32Array(n);
    this.beforeAny = new Uint8Array(n);
    for (let p = 0; p < n; p++) if (!this.isEps[p] && this.reach(this.follow, p).some((q) => this.isAny[q])) this.beforeAny[p] = 1;
    for (const p of this.firstList) this.isFirst[p] = 1;
    for (const p of this.finalList) this.isFinal[p] = 1;
    const firsts = new Map<number, number[]>();
    for (let p = 0; p < n; p++) {
      if (!this.isFirst[p]) continue;
      for (let k = this.accept.start[p]!; k < this.accept.start[p + 1]!; k++) {
        const s = this.accept.data[k]!;
        (firsts.get(s) ?? firsts.set(s, []).get(s)!).push(p);
      }
    }
    for (const [s, list] of firsts) this.firstsBySym.set(s, Int32Array.from(list));
    this.acceptPairs = [];
    this.followPairs = [];
    this.phraseOfList = [];
    this.firstList = [];
    this.finalList = [];
    this.mark = new Int32Array(n);
    this.walkA = new Int32Array(n);
    this.walkB = new Int32Array(n);
    this.resetStates();
    this.built = true;
    return this;
  }

  /**
   * The consuming positions reachable from `p` along `rows` (follow or precede) through junctions
   * that accept `sym`, appended to `out` once each (marks use `gen`).
   */
  private step(rows: Rows, p: number, sym: number, gen: number, out: number[]): void {
    const mark = this.mark;
    for (let k = rows.start[p]!; k < rows.start[p + 1]!; k++) {
      const q = rows.data[k]!;
      if (mark[q] === gen) continue;
      mark[q] = gen;
      if (this.isEps[q]) this.step(rows, q, sym, gen, out);
      else if (this.accepts(q, sym)) out.push(q);
    }
  }

  /** Every consuming position one step from `p` along `rows`, looking through junctions. */
  private reach(rows: Rows, p: number): number[] {
    const out: number[] = [];
    const gen = ++this.generation;
    const walk = (x: number) => {
      for (let k = rows.start[x]!; k < rows.start[x + 1]!; k++) {
        const q = rows.data[k]!;
        if (this.mark[q] === gen) continue;
        this.mark[q] = gen;
        if (this.isEps[q]) walk(q);
        else out.push(q);
      }
    };
    walk(p);
    return out;
  }

  /** The state for a set of positions (created on first sight). */
  private stateFor(positions: ArrayLike<number>): number {
    const pos = Int32Array.from(positions).sort();
    const h = hashOf(pos);
    let id = this.stateByHash.get(h)?.find((s) => sameArray(this.statePos[s]!, pos));
    if (id !== undefined) return id;
    id = this.statePos.length;
    this.statePos.push(pos);
    const hits: number[] = [];
    for (const p of pos) if (this.isFinal[p] && !hits.includes(this.phraseOf[p]!)) hits.push(this.phraseOf[p]!);
    this.stateHits.push(Int32Array.from(hits));
    const bucket = this.stateByHash.get(h);
    if (bucket) bucket.push(id);
    else this.stateByHash.set(h, [id]);
    return id;
  }

  private accepts(p: number, sym: number): boolean {
    if (this.isAny[p]) return true;
    const a = this.accept;
    for (let k = a.start[p]!; k < a.start[p + 1]!; k++) if (a.data[k] === sym) return true;
    return false;
  }

  private resetStates() {
    this.statePos = [new Int32Array(0)];
    this.stateHits = [new Int32Array(0)];
    this.stateByHash.clear();
    this.stateByHash.set(hashOf(this.statePos[0]!), [0]);
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

  private next(state: number, sym: number): number {
    const key = state * 0x100000 + sym;
    const cached = this.trans.get(key);
    if (cached !== undefined) return cached;
    // The positions reached from the live ones on `sym`, plus the phrases that start with it.
    const gen = ++this.generation;
    const mark = this.mark;
    const out: number[] = [];
    for (const p of this.statePos[state]!) this.step(this.follow, p, sym, gen, out);
    const firsts = this.firstsBySym.get(sym);
    if (firsts) for (const q of firsts) if (mark[q] !== gen) {
      mark[q] = gen;
      out.push(q);
    }
    if (this.statePos.length >= MAX_STATES) {
      // Pathological input: start the cache afresh. `state` belongs to the old numbering, so this
      // transition is not cached.
      this.resetStates();
      return this.stateFor(out);
    }
    const id = this.stateFor(out);
    this.trans.set(key, id);
    return id;
  }

  /**
   * A clause break (a comma) between symbols: phrase characters may still continue across it
   * (坐，牢 is an evasion), but a gap may neither run across it nor start right after it.
   */
  private clauseStep(state: number): number {
    const key = state * 0x100000 + CLAUSE_SYMBOL;
    const cached = this.trans.get(key);
    if (cached !== undefined) return cached;
    const kept = this.statePos[state]!.filter((p) => !this.isAny[p] && !this.beforeAny[p]);
    const id = this.stateFor(kept);
    this.trans.set(key, id);
    return id;
  }

  /**
   * Every phrase occurrence in `input[from, to)` (the longest one ending at each end position).
   * - `blocked(i)`: no match may span the boundary just before symbol i;
   * - `clause(i)`: a clause break lies just before symbol i (see clauseStep);
   * - `wanted(phrase, end)`: false skips a hit before its start is looked for;
   * - `defer(phrase, end, live)`: true means the caller keeps the hit and asks `startAt` later, if
   *   at all (finding a start is the costly part, and many hits turn out not to matter).
   */
  scan(input: ArrayLike<number>, o: ScanOptions): void {
    if (!this.built) this.build();
    const { blocked, clause, wanted, defer, onHit } = o;
    let state = 0;
    for (let i = o.from ?? 0, to = o.to ?? input.length; i < to; i++) {
      if (state !== 0 && blocked(i)) state = 0;
      else if (state !== 0 && clause?.(i)) state = this.clauseStep(state);
      state = this.next(state, input[i]!);
      const hits = this.stateHits[state]!;
      if (!hits.length) continue;
      const pos = this.statePos[state]!;
      for (const phrase of hits) {
        if (wanted && !wanted(phrase, i + 1)) continue;
        if (defer?.(phrase, i + 1, pos)) continue;
        const start = this.startAt(phrase, pos, input, i + 1, blocked, clause);
        if (start >= 0) onHit(phrase, start, i + 1);
      }
    }
  }

  /** Start of the longest occurrence of `phrase` ending at `end`, given the positions live there. */
  startAt(phrase: number, live: Int32Array, input: ArrayLike<number>, end: number, blocked: (i: number) => boolean, clause?: (i: number) => boolean): number {
    return this.endOnly.has(phrase) ? end : this.startOf(phrase, live, input, end - 1, blocked, clause);
  }

  /** Walks the phrase's automaton backwards from its final positions live at `end`; earliest start. */
  private startOf(
    phrase: number,
    live: Int32Array,
    input: ArrayLike<number>,
    end: number,
    blocked: (i: number) => boolean,
    clause?: (i: number) => boolean,
  ): number {
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
    const pre = this.precede;
    for (let k = end; k >= 0 && n; k--) {
      for (let i = 0; i < n; i++) if (this.isFirst[cur[i]!]) best = k;
      if (k === 0 || blocked(k)) break;
      // (A walk may run before the scan's `from`: it only follows the phrase's own symbols.)
      const sym = input[k - 1]!;
      const gen = ++this.generation;
      const acrossClause = clause?.(k) ?? false;
      const found: number[] = [];
      for (let i = 0; i < n; i++) this.step(pre, cur[i]!, sym, gen, found);
      let m = 0;
      // As forward: no gap on either side of a clause break.
      for (const p of found) if (!acrossClause || (!this.isAny[p] && !this.beforeAny[p])) next[m++] = p;
      const t = cur;
      cur = next;
      next = t;
      n = m;
    }
    return best;
  }
}

function hashOf(a: Int32Array): number {
  let h = 0x811c9dc5 ^ a.length;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a[i]!, 0x01000193);
  return h >>> 0;
}

function sameArray(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
