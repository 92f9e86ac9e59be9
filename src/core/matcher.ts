// Aho–Corasick automaton over sequences of small integers (UTF-16 code units of the folded text,
// or pinyin-syllable ids). One pass over the input reports every occurrence of every literal.

export interface Hit {
  /** Index of the literal, as returned by `add`. */
  id: number;
  /** [start, end) in input positions. */
  start: number;
  end: number;
}

export class Automaton {
  // Transitions of all nodes in one map keyed by node * 2^20 + symbol: far fewer objects than a
  // map per node, and symbols stay below 2^20 (UTF-16 units, syllable ids).
  private readonly next = new Map<number, number>();
  private fail: Int32Array = new Int32Array(0);
  /** Literal ids ending at a node (its own, then those reached through failure links). */
  private out: (number[] | undefined)[] = [undefined];
  private readonly lens: number[] = [];
  private nodes = 1;
  private built = false;

  /** Adds a literal; returns its id. */
  add(symbols: ArrayLike<number>): number {
    if (this.built) throw new Error('automaton already built');
    let node = 0;
    for (let i = 0; i < symbols.length; i++) {
      const key = node * 0x100000 + symbols[i]!;
      let to = this.next.get(key);
      if (to === undefined) {
        to = this.nodes++;
        this.next.set(key, to);
        this.out.push(undefined);
      }
      node = to;
    }
    const id = this.lens.length;
    this.lens.push(symbols.length);
    (this.out[node] ??= []).push(id);
    return id;
  }

  addString(s: string): number {
    const codes: number[] = [];
    for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
    return this.add(codes);
  }

  get size(): number {
    return this.lens.length;
  }

  /** Computes failure links breadth-first; outputs are merged along them. */
  build(): this {
    const fail = new Int32Array(this.nodes);
    const children: number[][] = Array.from({ length: this.nodes }, () => []);
    const symbolOf = new Int32Array(this.nodes);
    for (const [key, to] of this.next) {
      const from = Math.floor(key / 0x100000);
      children[from]!.push(to);
      symbolOf[to] = key - from * 0x100000;
    }
    const queue: number[] = [];
    for (const c of children[0]!) {
      fail[c] = 0;
      queue.push(c);
    }
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const child of children[node]!) {
        const sym = symbolOf[child]!;
        let f = fail[node]!;
        let to: number | undefined;
        while ((to = this.next.get(f * 0x100000 + sym)) === undefined && f !== 0) f = fail[f]!;
        fail[child] = to !== undefined && to !== child ? to : 0;
        const inherited = this.out[fail[child]!];
        if (inherited) this.out[child] = [...(this.out[child] ?? []), ...inherited];
        queue.push(child);
      }
    }
    this.fail = fail;
    this.built = true;
    return this;
  }

  /** Every occurrence of every literal in `input`, in order of end position. */
  scan(input: ArrayLike<number> | string, onHit: (id: number, start: number, end: number) => void): void {
    if (!this.built) this.build();
    const isString = typeof input === 'string';
    const n = input.length;
    const next = this.next;
    const fail = this.fail;
    const out = this.out;
    const lens = this.lens;
    let node = 0;
    for (let i = 0; i < n; i++) {
      const sym = isString ? (input as string).charCodeAt(i) : (input as ArrayLike<number>)[i]!;
      let to: number | undefined;
      while ((to = next.get(node * 0x100000 + sym)) === undefined && node !== 0) node = fail[node]!;
      node = to ?? 0;
      const ids = out[node];
      if (ids) for (const id of ids) onHit(id, i + 1 - lens[id]!, i + 1);
    }
  }
}
