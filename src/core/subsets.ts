// The states of a lazily built DFA: interned sets of automaton positions, and a transition table
// from (state, input class) to state. Everything lives in typed arrays — open addressing, no
// string keys, no per-state objects — so a cached transition costs one multiply, one probe and
// one compare, and the garbage collector has nothing to trace.

const EMPTY_KEY = -1;

export class StateTable {
  /** How many states exist (state 0 is the empty set). */
  count = 0;
  /** Whether the last `intern` created its state. */
  fresh = false;

  /** The positions of state s: pool[start[s] .. start[s + 1]) (the pool moves when it grows). */
  pool = new Int32Array(1024);
  start = new Int32Array(257);
  // Interning (on a miss only): the newest state with a hash, then each state's older namesake.
  #byHash = new Map<number, number>();
  #older = new Int32Array(256);
  // Transitions: key = state * width + symbol class, and the next state, side by side (one cache
  // line per probe): slot i holds the key at 2i and the value at 2i + 1.
  #table = new Int32Array(2048).fill(EMPTY_KEY);
  /** 32 − log2(table size): a multiplicative hash keeps its top bits. */
  #tshift = 22;
  #tcount = 0;

  /**
   * `width`: how many input classes a state has transitions on. The state count is capped so that
   * keys stay 31-bit integers (and so that pathological input cannot grow the table without end).
   */
  readonly maxStates: number;

  constructor(readonly width: number, cap = 50000) {
    this.maxStates = Math.max(2, Math.min(cap, Math.floor(0x7fffffff / Math.max(1, width)) - 1));
    this.reset();
  }

  /** Forgets every state and transition but the empty state 0. */
  reset(): void {
    this.count = 0;
    this.start[0] = 0;
    this.#byHash.clear();
    if (this.#tcount) this.#table.fill(EMPTY_KEY);
    this.#tcount = 0;
    this.intern(this.pool, 0);
  }

  /** The state for the positions `set[0 .. n)`, sorted ascending; created on first sight. */
  intern(set: Int32Array, n: number): number {
    let h = 0x811c9dc5 ^ n;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ set[i]!, 0x01000193);
    const newest = this.#byHash.get(h) ?? -1;
    for (let s = newest; s >= 0; s = this.#older[s]!) {
      const from = this.start[s]!;
      let same = this.start[s + 1]! - from === n;
      for (let i = 0; same && i < n; i++) same = this.pool[from + i] === set[i];
      if (same) {
        this.fresh = false;
        return s;
      }
    }
    const id = this.count++;
    if (id + 2 > this.start.length) {
      this.start = grow(this.start, this.start.length * 2);
      this.#older = grow(this.#older, this.#older.length * 2);
    }
    const from = this.start[id]!;
    if (from + n > this.pool.length) this.pool = grow(this.pool, Math.max(this.pool.length * 2, from + n));
    this.pool.set(set.subarray(0, n), from);
    this.start[id + 1] = from + n;
    this.#older[id] = newest;
    this.#byHash.set(h, id);
    this.fresh = true;
    return id;
  }





  /** Where `key` is in the table, or the free slot where it would go. */
  #slot(key: number): number {
    const t = this.#table;
    let i = (Math.imul(key, 0x9e3779b1) >>> this.#tshift) << 1;
    while (t[i] !== key && t[i] !== EMPTY_KEY) i = (i + 2) & (t.length - 2);
    return i;
  }

  /** The cached transition for `key`, or -1. */
  get(key: number): number {
    const i = this.#slot(key);
    return this.#table[i] === key ? this.#table[i + 1]! : -1;
  }

  set(key: number, value: number): void {
    if ((this.#tcount + 1) * 4 > this.#table.length) this.#rehashTransitions();
    const t = this.#table;
    const i = this.#slot(key);
    if (t[i] === EMPTY_KEY) this.#tcount++;
    t[i] = key;
    t[i + 1] = value;
  }

  #rehashTransitions(): void {
    const old = this.#table;
    this.#table = new Int32Array(old.length * 2).fill(EMPTY_KEY);
    this.#tshift--;
    this.#tcount = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY_KEY) this.set(old[i]!, old[i + 1]!);
  }

}

export function grow<T extends Int32Array | Uint8Array>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a.subarray(0, Math.min(a.length, n)));
  return b;
}
