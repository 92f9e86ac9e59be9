// Matching every phrase family of a pack in one pass, without expanding the families.
//
// Each phrase ("(通知|告诉)(你的)?(家人|同事)") becomes a Glushkov automaton: one position per
// character of the phrase, with follow sets; its size is linear in the phrase's source, where the
// expanded literal list is the product of its groups (the cn pack stands for more than 10^33
// wordings). All phrases' positions form one NFA for Σ*·L that is determinised lazily: a DFA state
// is the set of live positions, and transitions are computed on first use and cached in typed
// arrays (subsets.ts), so after warm-up each input symbol costs a class lookup and one probe.
//
// Gaps (.{0,8}) stay out of the DFA: a gap keeps positions alive for many symbols and multiplies the
// states. A phrase with a gap puts two gap-free anchors in the DFA instead — its head (up to the
// first gap) and its tail (after the last gap) — and a tail hit with a head close enough before it
// is checked exactly by walking the whole phrase backwards. The same backward walk finds where a
// variable-length match starts; it runs on a second lazy DFA, over the phrases' positions in
// reverse, so it too costs one probe per symbol once warm. Starts are looked for only for the hits
// the caller wants.

import type { PhraseNode } from './expand';
import { grow, StateTable } from './subsets';

/** Maps a phrase's UTF-16 unit to the symbols that stand for it (itself for text; readings for pinyin). */
export type Symbolize = (ch: string) => readonly number[] | null;

/** `stops[i]`: what lies just before input symbol i. */
export const STOP_CLAUSE = 1;
export const STOP_BLOCK = 2;

/**
 * Longest span, in symbols, of a match of a phrase with unbounded repetition (custom patterns with
 * `*` or `+`): its start is looked for that far back at most, so every hit costs bounded work.
 */
export const MAX_SPAN = 100;

export interface ScanOptions {
  onHit: (phrase: number, start: number, end: number) => void;
  /** False skips the hit before its start is looked for. */
  wanted?: (phrase: number, end: number) => boolean;
  /** True: the caller keeps the hit and asks `startAt` later, if at all. */
  defer?: (phrase: number, end: number) => boolean;
}

interface Frag {
  first: number[];
  last: number[];
  nullable: boolean;
  /** Shortest and longest length in symbols (max: Infinity under a loop). */
  min: number;
  max: number;
  /** Holds a piece that cannot be symbolised: it can never match. */
  dead?: boolean;
}

const DEAD: Frag = { first: [], last: [], nullable: false, min: 0, max: 0, dead: true };

/** Compressed rows: row i is data[start[i] .. start[i + 1]). */
interface Rows {
  start: Int32Array;
  data: Int32Array;
}

/** Rows from (row, value) pairs, each row sorted and without duplicates (the same link reached through two groups). */
function rows(n: number, pairs: ArrayLike<number>): Rows {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < pairs.length; i += 2) start[pairs[i]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const data = new Int32Array(pairs.length / 2);
  for (let i = 0; i < pairs.length; i += 2) data[fill[pairs[i]!]!++] = pairs[i + 1]!;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const row = data.subarray(start[i]!, start[i + 1]!).sort();
    start[i] = w;
    for (let k = 0; k < row.length; k++) if (k === 0 || row[k] !== row[k - 1]) data[w++] = row[k]!;
  }
  start[n] = w;
  return { start, data: data.subarray(0, w) };
}

const NONE = new Set<number>();

export class PhraseMatcher {
  // While adding: growable lists. build() turns them into the flat arrays below.
  #acceptPairs: number[] = [];
  #followPairs: number[] = [];
  #ownerList: number[] = [];
  #anyList: number[] = [];
  #epsList: number[] = [];
  #negList: number[] = [];
  #positions = 0;
  readonly #firstsOf: number[][] = [];
  readonly #finalsOf: number[][] = [];

  #accept!: Rows;
  #follow!: Rows;
  #precede!: Rows;
  /** Per position: the phrase it belongs to. */
  #owner!: Int32Array;
  /** Gap positions: they accept any symbol. */
  #isAny!: Uint8Array;
  /** Negated classes ([^…]): they accept any symbol but theirs. */
  #isNeg!: Uint8Array;
  /** Junctions: they consume no symbol (see link); also each phrase's end node for the backward walk. */
  #isEps!: Uint8Array;
  /** Positions followed by a gap position (a clause break may not follow them). */
  #beforeAny!: Uint8Array;
  /** First and final positions of each phrase's own automaton. */
  #isFirst!: Uint8Array;
  #isFinal!: Uint8Array;
  /** Per position: what a DFA state holding it reports (-1: nothing). See `reportOf`. */
  #report!: Int32Array;

  // Input classes: symbols every position treats alike share a class. Class 0: symbols no phrase
  // character accepts (most of a text), which end every partial match unless `zeroLive`.
  #classOf!: Uint16Array;
  #classRep!: Int32Array;
  #classes = 1;
  #zeroLive = false;
  /** DFA start positions accepting each class: firstsByClass rows. */
  #firsts!: Rows;

  // Per phrase.
  #phrases = 0;
  #fixedLength!: Int32Array;
  #maxLen: number[] = [];
  #minLen: number[] = [];
  #gapped!: Uint8Array;
  #endOnly = new Uint8Array(0);
  #endNode!: Int32Array;

  // Forward DFA: states with the reports of their final positions.
  #fwd = new StateTable(1);
  #root!: Int32Array;
  #hitStart = new Int32Array(2);
  #hitPool = new Int32Array(64);
  // Backward DFA (starts and gap checks): states with whether they hold a phrase's first position.
  #rev = new StateTable(2);
  #revStart!: Int32Array;
  #revFirst = new Uint8Array(64);

  // Scratch of state construction and of the scan.
  #mark!: Int32Array;
  #generation = 0;
  #out!: Int32Array;
  #stack!: Int32Array;
  #headEnd!: Int32Array;
  #headScan!: Int32Array;
  #scans = 0;
  #built = false;

  /** Work done so far, in position visits and symbols (tests bound it; it never affects results). */
  work = 0;

  readonly #symbolize: Symbolize;

  constructor(symbolize: Symbolize) {
    this.#symbolize = symbolize;
  }

  /** Why the last refused phrase was refused: it matches empty text, starts or ends with a gap, or can never match. */
  refusal: 'empty' | 'gap_end' | 'dead' | null = null;

  /**
   * Adds a parsed phrase; returns its id, or -1 when it matches nothing. Alternatives that cannot be
   * symbolised (Latin spellings in the pinyin matcher) are left out, not the whole phrase.
   */
  add(nodes: PhraseNode[]): number {
    const saved = [this.#positions, this.#acceptPairs.length, this.#followPairs.length, this.#ownerList.length] as const;
    const id = this.#phrases;
    const f = this.#seq(nodes, id);
    // A phrase may neither start nor end with a gap (it would match around any text).
    const gaps = new Set(this.#anyList.slice(this.#anyList.findIndex((p) => p >= saved[0]) >>> 0));
    const isGap = (p: number) => gaps.has(p);
    const gapEnd = f.first.some(isGap) || f.last.some(isGap);
    if (f.dead || f.nullable || !f.first.length || gapEnd) {
      this.refusal = f.dead ? 'dead' : f.nullable || !f.first.length ? 'empty' : 'gap_end';
      // Roll back the positions this phrase created.
      [this.#positions] = saved;
      this.#acceptPairs.length = saved[1];
      this.#followPairs.length = saved[2];
      this.#ownerList.length = saved[3];
      this.#anyList = this.#anyList.filter((p) => p < saved[0]);
      this.#epsList = this.#epsList.filter((p) => p < saved[0]);
      this.#negList = this.#negList.filter((p) => p < saved[0]);
      return -1;
    }
    this.#firstsOf.push(f.first);
    this.#finalsOf.push(f.last);
    this.#maxLen.push(f.max);
    this.#minLen.push(f.min);
    this.#phrases++;
    return id;
  }

  #position(symbols: Iterable<number>, phrase: number): number {
    const p = this.#positions++;
    for (const s of symbols) this.#acceptPairs.push(p, s);
    this.#ownerList.push(phrase);
    return p;
  }

  #link(from: number[], to: number[]) {
    if (from.length > 2 && to.length > 2 && from.length * to.length > 24) {
      // Many ends meeting many starts (optional groups in a row): a junction that consumes nothing
      // keeps the links linear instead of quadratic.
      const j = this.#position([], this.#ownerList[from[0]!]!);
      this.#epsList.push(j);
      for (const p of from) this.#followPairs.push(p, j);
      for (const q of to) this.#followPairs.push(j, q);
      return;
    }
    for (const p of from) for (const q of to) this.#followPairs.push(p, q);
  }

  #seq(nodes: PhraseNode[], phrase: number): Frag {
    let acc: Frag = { first: [], last: [], nullable: true, min: 0, max: 0 };
    for (const node of nodes) {
      const f =
        node.kind === 'lit'
          ? this.#lit(node.text, phrase)
          : node.kind === 'class'
            ? this.#charClass(node.chars, node.negated === true, phrase)
            : node.kind === 'gap'
              ? this.#gap(node.min, node.max, phrase)
              : node.kind === 'loop'
                ? this.#loop(node.body, phrase)
                : this.#group(node.alts, node.optional, phrase);
      if (f.dead) return DEAD;
      this.#link(acc.last, f.first);
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

  #lit(text: string, phrase: number): Frag {
    for (let i = 0; i < text.length; i++) if (this.#symbolize(text[i]!) === null) return DEAD;
    let first: number[] = [];
    let prev: number[] = [];
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const syms = this.#symbolize(text[i]!)!;
      if (!syms.length) continue;
      const p = this.#position(syms, phrase);
      if (!first.length) first = [p];
      this.#link(prev, [p]);
      prev = [p];
      n++;
    }
    return { first, last: prev, nullable: n === 0, min: n, max: n };
  }

  /** `[…]` (`[^…]`): one position accepting any character of the set (any other character). */
  #charClass(chars: string, negated: boolean, phrase: number): Frag {
    const symbols = new Set<number>();
    for (let i = 0; i < chars.length; i++) {
      const syms = this.#symbolize(chars[i]!);
      if (syms === null) {
        if (negated) continue;
        return DEAD;
      }
      for (const x of syms) symbols.add(x);
    }
    if (!symbols.size && !negated) return { first: [], last: [], nullable: true, min: 0, max: 0 };
    const p = this.#position(symbols, phrase);
    if (negated) this.#negList.push(p);
    return { first: [p], last: [p], nullable: false, min: 1, max: 1 };
  }

  /** `.{min,max}`: a chain of any-symbol positions, the first `min` of them required. */
  #gap(min: number, max: number, phrase: number): Frag {
    const first: number[] = [];
    let last: number[] = [];
    for (let k = 0; k < max; k++) {
      const p = this.#position([], phrase);
      this.#anyList.push(p);
      if (k === 0) first.push(p);
      this.#link(last, [p]);
      // Leaving the gap is possible after at least `min` characters.
      last = k >= min ? [...last, p] : [p];
    }
    return { first, last, nullable: min === 0, min, max };
  }

  /** One or more repetitions of `body`. */
  #loop(body: PhraseNode[], phrase: number): Frag {
    const f = this.#seq(body, phrase);
    if (f.dead) return DEAD;
    this.#link(f.last, f.first);
    return { ...f, max: Infinity };
  }

  #group(alts: PhraseNode[][], optional: boolean, phrase: number): Frag {
    const out: Frag = { first: [], last: [], nullable: optional, min: Infinity, max: 0 };
    let live = false;
    for (const alt of alts) {
      const f = this.#seq(alt, phrase);
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
    if (this.#built) return this;
    const nP = this.#phrases;
    const any = new Set(this.#anyList);
    // Each phrase's minimum length (for fixed-length starts) from its own automaton.
    this.#fixedLength = new Int32Array(nP);
    this.#gapped = new Uint8Array(nP);
    for (const p of this.#anyList) this.#gapped[this.#ownerList[p]!] = 1;
    if (this.#endOnly.length < nP) this.#endOnly = grow(this.#endOnly, nP);

    // Anchors of gapped phrases: copies of their gap-free head and tail, appended as new positions.
    // `reports`: (position, what a DFA state holding it reports) pairs; see `scan`.
    const dfaFirst: number[] = [];
    const reports: number[] = [];
    const eps = new Set(this.#epsList);
    const neg = new Set(this.#negList);
    const acceptRows = rows(this.#positions, this.#acceptPairs);
    const fwdRows = rows(this.#positions, this.#followPairs);
    const backRows = rows(this.#positions, this.#followPairs.map((_, i, a) => a[i ^ 1]!));
    const base = this.#positions;
    // Positions right before and right after a gap (through junctions).
    const beforeGap = new Set<number>();
    const afterGap = new Set<number>();
    for (const q of any) {
      for (const p of reach([q], backRows, NONE, eps)) beforeGap.add(p);
      for (const p of reach([q], fwdRows, NONE, eps)) afterGap.add(p);
    }
    /** Copies `set` as new positions; `firsts` start the DFA there, `finals` report `report` there. */
    const copy = (set: number[], firsts: (p: number) => boolean, finals: (p: number) => boolean, report: number) => {
      const map = new Map<number, number>();
      for (const p of set) {
        const q = this.#position(acceptRows.data.subarray(acceptRows.start[p]!, acceptRows.start[p + 1]!), this.#ownerList[p]!);
        if (eps.has(p)) this.#epsList.push(q);
        if (neg.has(p)) this.#negList.push(q);
        map.set(p, q);
        if (!eps.has(p) && firsts(p)) dfaFirst.push(q);
        if (!eps.has(p) && finals(p)) reports.push(q, report);
      }
      for (const p of set) {
        for (let k = fwdRows.start[p]!; k < fwdRows.start[p + 1]!; k++) {
          const q = map.get(fwdRows.data[k]!);
          if (q !== undefined) this.#followPairs.push(map.get(p)!, q);
        }
      }
    };
    for (let ph = 0; ph < nP; ph++) {
      const firsts = new Set(this.#firstsOf[ph]);
      const finals = new Set(this.#finalsOf[ph]);
      if (!this.#gapped[ph]) {
        dfaFirst.push(...firsts);
        for (const p of finals) reports.push(p, nP + ph);
        continue;
      }
      // Head: what can be read from a first position before any gap; it "ends" before a gap or at
      // a final. Tail: what leads to a final without a gap; it "starts" after a gap or at a first.
      copy(reach([...firsts], fwdRows, any), (p) => firsts.has(p), (p) => finals.has(p) || beforeGap.has(p), ph);
      copy(reach([...finals], backRows, any), (p) => firsts.has(p) || afterGap.has(p), (p) => finals.has(p), nP + ph);
    }
    // Each phrase's end node: the backward walk starts there.
    this.#endNode = new Int32Array(nP);
    const endPairs: number[] = [];
    for (let ph = 0; ph < nP; ph++) {
      const e = this.#position([], ph);
      this.#epsList.push(e);
      this.#endNode[ph] = e;
      for (const p of this.#finalsOf[ph]!) endPairs.push(e, p);
    }

    const n = this.#positions;
    this.#accept = rows(n, this.#acceptPairs);
    this.#follow = rows(n, this.#followPairs);
    const reversed: number[] = endPairs;
    for (let p = 0; p < n; p++) for (let k = this.#follow.start[p]!; k < this.#follow.start[p + 1]!; k++) reversed.push(this.#follow.data[k]!, p);
    this.#precede = rows(n, reversed);
    this.#owner = Int32Array.from(this.#ownerList);
    this.#isAny = new Uint8Array(n);
    for (const p of this.#anyList) this.#isAny[p] = 1;
    this.#isEps = new Uint8Array(n);
    for (const p of this.#epsList) this.#isEps[p] = 1;
    this.#isNeg = new Uint8Array(n);
    for (const p of this.#negList) this.#isNeg[p] = 1;
    this.#mark = new Int32Array(n);
    this.#out = new Int32Array(n);
    this.#stack = new Int32Array(n + 1);
    this.#isFirst = new Uint8Array(n);
    this.#isFinal = new Uint8Array(n);
    for (let ph = 0; ph < nP; ph++) {
      for (const p of this.#firstsOf[ph]!) this.#isFirst[p] = 1;
      for (const p of this.#finalsOf[ph]!) this.#isFinal[p] = 1;
    }
    this.#beforeAny = new Uint8Array(n);
    for (const p of beforeGap) this.#beforeAny[p] = 1;
    this.#report = new Int32Array(n).fill(-1);
    for (let i = 0; i < reports.length; i += 2) this.#report[reports[i]!] = reports[i + 1]!;
    for (let ph = 0; ph < nP; ph++) {
      const m = this.#maxLen[ph]!;
      this.#fixedLength[ph] = !this.#gapped[ph] && m !== Infinity && this.#minLen[ph] === m ? m : -1;
    }
    this.#buildClasses(dfaFirst, base);

    this.#acceptPairs = [];
    this.#followPairs = [];
    this.#ownerList = [];
    this.#anyList = [];
    this.#epsList = [];
    this.#negList = [];
    this.#headEnd = new Int32Array(nP);
    this.#headScan = new Int32Array(nP);
    this.#fwd = new StateTable(this.#classes);
    this.#rev = new StateTable(this.#classes * 2);
    this.#root = new Int32Array(this.#classes);
    this.#revStart = new Int32Array(nP);
    this.#resetForward();
    this.#resetBackward();
    this.#built = true;
    return this;
  }

  /**
   * Input classes: two symbols are alike when every position's set holds both or neither. Most
   * characters of a text are in no set (class 0).
   */
  #buildClasses(dfaFirst: number[], copies: number) {
    const a = this.#accept;
    const n = this.#positions;
    const bySymbol = new Map<number, number[]>();
    let maxSym = 0;
    for (let p = 0; p < n; p++) {
      for (let k = a.start[p]!; k < a.start[p + 1]!; k++) {
        const s = a.data[k]!;
        const list = bySymbol.get(s);
        if (list) {
          if (list[list.length - 1] !== p) list.push(p);
        } else bySymbol.set(s, [p]);
        if (s > maxSym) maxSym = s;
      }
    }
    const classBySignature = new Map<string, number>();
    const reps: number[] = [-1];
    this.#classOf = new Uint16Array(maxSym + 1);
    for (const [s, list] of bySymbol) {
      const sig = list.join(',');
      let c = classBySignature.get(sig);
      if (c === undefined) {
        c = reps.length;
        if (c > 0xffff) throw new RangeError('more than 65,535 input classes');
        classBySignature.set(sig, c);
        reps.push(s);
      }
      this.#classOf[s] = c;
    }
    this.#classes = reps.length;
    this.#classRep = Int32Array.from(reps);
    // DFA start positions by class.
    const pairs: number[] = [];
    for (const p of new Set(dfaFirst)) {
      const own = new Set<number>();
      for (let k = a.start[p]!; k < a.start[p + 1]!; k++) own.add(this.#classOf[a.data[k]!]!);
      if (this.#isNeg[p]) {
        for (let c = 0; c < this.#classes; c++) if (!own.has(c)) pairs.push(c, p);
      } else for (const c of own) pairs.push(c, p);
    }
    this.#firsts = rows(this.#classes, pairs);
    // Class 0 ends every partial match unless a negated class ([^…]) is in the DFA.
    this.#zeroLive = false;
    // (Positions from `copies` on are anchors of gapped phrases: all of them are in the DFA.)
    for (let p = 0; p < n; p++) if (this.#isNeg[p] && (p >= copies || !this.#gapped[this.#owner[p]!])) this.#zeroLive = true;
  }

  #accepts(p: number, sym: number): boolean {
    if (this.#isAny[p]) return true;
    const a = this.#accept;
    let found = false;
    for (let k = a.start[p]!; k < a.start[p + 1]!; k++) {
      if (a.data[k] === sym) {
        found = true;
        break;
      }
    }
    return this.#isNeg[p] ? !found : found;
  }

  /** Longest spelling of a phrase, in symbols (Infinity under `*` or `+`). */
  maxLength(phrase: number): number {
    return this.#maxLen[phrase]!;
  }

  /** Marks a phrase whose hits need no start (reported as start = end). */
  endOnlyPhrase(phrase: number): void {
    if (this.#endOnly.length <= phrase) this.#endOnly = grow(this.#endOnly, Math.max(phrase + 1, this.#endOnly.length * 2));
    this.#endOnly[phrase] = 1;
  }

  /**
   * The consuming positions one step from those in `from[0 .. count)` along `r` (follow or
   * precede), through junctions, that accept `sym`; across a clause break (`clause`) no gap
   * position and none that leads into a gap. Written to `this.#out`; returns how many.
   */
  #step(r: Rows, from: Int32Array, lo: number, hi: number, sym: number, clause: boolean): number {
    const gen = ++this.#generation;
    const mark = this.#mark;
    const out = this.#out;
    const stack = this.#stack;
    const isEps = this.#isEps;
    let n = 0;
    let work = 0;
    for (let i = lo; i < hi; i++) {
      let sp = 0;
      stack[sp++] = from[i]!;
      while (sp) {
        const x = stack[--sp]!;
        for (let k = r.start[x]!; k < r.start[x + 1]!; k++) {
          const q = r.data[k]!;
          work++;
          if (mark[q] === gen) continue;
          mark[q] = gen;
          if (isEps[q]) stack[sp++] = q;
          else if ((!clause || (!this.#isAny[q] && !this.#beforeAny[q])) && this.#accepts(q, sym)) out[n++] = q;
        }
      }
    }
    this.work += work;
    return n;
  }

  #resetForward() {
    this.#fwd.reset();
    this.#root.fill(-1);
    this.#hitStart[0] = 0;
    this.#hitStart[1] = 0;
  }

  #resetBackward() {
    this.#rev.reset();
    this.#revStart.fill(-1);
    this.#revFirst[0] = 0;
  }

  /** The forward state after `state` on class `cls` (computed and cached). */
  #forward(state: number, cls: number): number {
    const fwd = this.#fwd;
    let n = this.#step(this.#follow, fwd.pool, fwd.start[state]!, fwd.start[state + 1]!, this.#classRep[cls]!, false);
    // Phrases that start here.
    const out = this.#out;
    const mark = this.#mark;
    const gen = this.#generation;
    const f = this.#firsts;
    for (let k = f.start[cls]!; k < f.start[cls + 1]!; k++) {
      const q = f.data[k]!;
      if (mark[q] === gen) continue;
      mark[q] = gen;
      out[n++] = q;
    }
    const set = out.subarray(0, n).sort();
    let cache = true;
    if (fwd.count >= fwd.maxStates) {
      // Pathological input: start afresh. `state` belongs to the old numbering: no caching.
      this.#resetForward();
      cache = false;
    }
    const id = fwd.intern(set, n);
    if (fwd.fresh) this.#addHits(id, set, n);
    if (cache) {
      if (state === 0) this.#root[cls] = id;
      else fwd.set(state * this.#classes + cls, id);
    }
    return id;
  }

  /** Records what a new forward state reports: its final positions' reports, ascending, once each. */
  #addHits(id: number, set: Int32Array, n: number) {
    if (id + 2 > this.#hitStart.length) this.#hitStart = grow(this.#hitStart, this.#hitStart.length * 2);
    let at = this.#hitStart[id]!;
    const from = at;
    for (let i = 0; i < n; i++) {
      const r = this.#report[set[i]!]!;
      if (r < 0) continue;
      if (at + 1 > this.#hitPool.length) this.#hitPool = grow(this.#hitPool, this.#hitPool.length * 2);
      this.#hitPool[at++] = r;
    }
    if (at - from > 1) {
      const list = this.#hitPool.subarray(from, at).sort();
      let w = from + 1;
      for (let i = 1; i < list.length; i++) if (list[i] !== list[i - 1]) this.#hitPool[w++] = list[i]!;
      at = w;
    }
    this.#hitStart[id + 1] = at;
  }

  /** The backward state before `state` on class `cls` (a clause break between when `clause`). */
  #backward(state: number, cls: number, clause: boolean): number {
    const key = (state * this.#classes + cls) * 2 + (clause ? 1 : 0);
    const rev = this.#rev;
    const cached = rev.get(key);
    if (cached >= 0) return cached;
    const n = this.#step(this.#precede, rev.pool, rev.start[state]!, rev.start[state + 1]!, this.#classRep[cls]!, clause);
    const set = this.#out.subarray(0, n).sort();
    let cache = true;
    if (rev.count >= rev.maxStates) {
      this.#resetBackward();
      cache = false;
    }
    const id = this.#internBackward(set, n);
    if (cache) rev.set(key, id);
    return id;
  }

  #internBackward(set: Int32Array, n: number): number {
    const id = this.#rev.intern(set, n);
    if (this.#rev.fresh) {
      if (id >= this.#revFirst.length) this.#revFirst = grow(this.#revFirst, this.#revFirst.length * 2);
      let first = 0;
      for (let i = 0; i < n; i++) if (this.#isFirst[set[i]!]) first = 1;
      this.#revFirst[id] = first;
    }
    return id;
  }

  /**
   * Every phrase occurrence in `input` (the longest one ending at each end position). `stops[i]`
   * tells what lies just before symbol i: STOP_BLOCK — no match spans it; STOP_CLAUSE — phrase
   * characters may continue across it (坐，牢 is an evasion), but a gap may neither run across it
   * nor start right after it. `n`: how many symbols of `input` to read.
   */
  scan(input: ArrayLike<number>, stops: ArrayLike<number>, o: ScanOptions, n = input.length): void {
    if (!this.#built) this.build();
    const nP = this.#phrases;
    const classOf = this.#classOf;
    const nSym = classOf.length;
    const classes = this.#classes;
    const zeroLive = this.#zeroLive;
    const scan = ++this.#scans;
    let state = 0;
    let lastBlock = -1;
    this.work += n;
    for (let i = 0; i < n; i++) {
      if (stops[i] === STOP_BLOCK) {
        state = 0;
        lastBlock = i;
      }
      const sym = input[i]!;
      const cls = sym < nSym ? classOf[sym]! : 0;
      if (cls === 0 && !zeroLive) {
        state = 0;
        continue;
      }
      let next = state === 0 ? this.#root[cls]! : this.#fwd.get(state * classes + cls);
      if (next < 0) next = this.#forward(state, cls);
      state = next;
      const h1 = this.#hitStart[state + 1]!;
      for (let k = this.#hitStart[state]!; k < h1; k++) {
        const r = this.#hitPool[k]!;
        const end = i + 1;
        if (r < nP) {
          // A head: remember where it ended, for the tails that follow.
          this.#headEnd[r] = end;
          this.#headScan[r] = scan;
          continue;
        }
        const phrase = r - nP;
        if (this.#gapped[phrase]) {
          // A tail: only worth checking with a head recently enough, since the last block.
          const head = this.#headEnd[phrase]!;
          if (this.#headScan[phrase] !== scan || head <= lastBlock || end - head > (this.#maxLen[phrase] === Infinity ? MAX_SPAN : this.#maxLen[phrase]!)) continue;
          if (o.wanted && !o.wanted(phrase, end)) continue;
          const start = this.#walk(phrase, input, stops, end);
          if (start < 0 || o.defer?.(phrase, end)) continue;
          o.onHit(phrase, this.#endOnly[phrase] ? end : start, end);
          continue;
        }
        if (o.wanted && !o.wanted(phrase, end)) continue;
        if (o.defer?.(phrase, end)) continue;
        const start = this.startAt(phrase, input, stops, end);
        if (start >= 0) o.onHit(phrase, start, end);
      }
      // `state` may have been renumbered by a cache reset inside `forward`: it is still valid.
    }
  }

  /** Start of the longest occurrence of `phrase` ending at `end`, or -1 when none ends there. */
  startAt(phrase: number, input: ArrayLike<number>, stops: ArrayLike<number>, end: number): number {
    if (!this.#gapped[phrase]) {
      if (this.#endOnly[phrase]) return end;
      const fixed = this.#fixedLength[phrase]!;
      // Every spelling has this length, and the scan only reports ends reached without a block.
      if (fixed > 0) return end - fixed;
    }
    const start = this.#walk(phrase, input, stops, end);
    return start >= 0 && this.#endOnly[phrase] ? end : start;
  }

  /** Walks the phrase's automaton backwards from `end`; the earliest start, or -1. */
  #walk(phrase: number, input: ArrayLike<number>, stops: ArrayLike<number>, end: number): number {
    const classOf = this.#classOf;
    const nSym = classOf.length;
    let init = this.#revStart[phrase]!;
    if (init < 0) {
      this.#out[0] = this.#endNode[phrase]!;
      init = this.#revStart[phrase] = this.#internBackward(this.#out, 1);
    }
    const limit = this.#maxLen[phrase] === Infinity ? Math.max(0, end - MAX_SPAN) : 0;
    let k = end - 1;
    let sym = input[k]!;
    let state = this.#backward(init, sym < nSym ? classOf[sym]! : 0, false);
    let best = -1;
    const start = k;
    while (state !== 0) {
      if (this.#revFirst[state]) best = k;
      if (k === 0 || stops[k] === STOP_BLOCK || k <= limit) break;
      const clause = stops[k] === STOP_CLAUSE;
      sym = input[--k]!;
      state = this.#backward(state, sym < nSym ? classOf[sym]! : 0, clause);
    }
    this.work += start - k + 1;
    return best;
  }

}

/**
 * What is reachable from `from` along `r`: with `stop` (gap positions), every position short of
 * them (junctions included); with `through` (junctions), the first positions not in it.
 */
function reach(from: number[], r: Rows, stop: Set<number>, through?: Set<number>): number[] {
  const seen = new Set<number>(from);
  const todo = [...from];
  const out: number[] = through ? [] : [...from];
  while (todo.length) {
    const x = todo.pop()!;
    for (let k = r.start[x]!; k < r.start[x + 1]!; k++) {
      const q = r.data[k]!;
      if (stop.has(q) || seen.has(q)) continue;
      seen.add(q);
      if (!through || through.has(q)) todo.push(q);
      if (!through || !through.has(q)) out.push(q);
    }
  }
  return out;
}
