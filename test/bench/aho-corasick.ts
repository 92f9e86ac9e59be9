// The benchmark's yardstick: a tight one-pass Aho–Corasick scan over a list of literal strings, with
// no normalisation. It is what "find these words in this text" costs at the limit in JavaScript:
// typed arrays, a dense root row, sorted child lists, failure links and an output count per node.

export interface AhoCorasick {
  /** Trie nodes (root included). */
  nodes: number;
  /** How many dictionary words end in `text` (overlaps included). */
  count(text: string): number;
}

export function buildAhoCorasick(words: Iterable<string>): AhoCorasick {
  // Build the trie with a hash of (node, code) → child, then flatten it.
  const edges = new Map<number, number>();
  const terminal: number[] = [0];
  let nodes = 1;
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const key = node * 0x10000 + w.charCodeAt(i);
      let child = edges.get(key);
      if (child === undefined) {
        child = nodes++;
        edges.set(key, child);
        terminal.push(0);
      }
      node = child;
    }
    terminal[node] = 1;
  }
  // Children of every node in compressed rows, sorted by code.
  const keys = Float64Array.from(edges.keys()).sort();
  const childStart = new Int32Array(nodes + 1);
  for (const k of keys) childStart[Math.floor(k / 0x10000) + 1]!++;
  for (let i = 0; i < nodes; i++) childStart[i + 1]! += childStart[i]!;
  const childCode = new Uint16Array(keys.length);
  const childNode = new Int32Array(keys.length);
  keys.forEach((k, i) => {
    childCode[i] = k % 0x10000;
    childNode[i] = edges.get(k)!;
  });
  edges.clear();
  const root = new Int32Array(0x10000);
  for (let k = childStart[0]!; k < childStart[1]!; k++) root[childCode[k]!] = childNode[k]!;

  const child = (node: number, code: number): number => {
    if (node === 0) return root[code]!;
    let lo = childStart[node]!;
    let hi = childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = childCode[mid]!;
      if (c === code) return childNode[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };

  // Failure links and output counts, breadth first.
  const fail = new Int32Array(nodes);
  const out = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let k = childStart[0]!; k < childStart[1]!; k++) {
    const n = childNode[k]!;
    out[n] = terminal[n]!;
    queue[tail++] = n;
  }
  while (head < tail) {
    const node = queue[head++]!;
    for (let k = childStart[node]!; k < childStart[node + 1]!; k++) {
      const code = childCode[k]!;
      const n = childNode[k]!;
      let f = fail[node]!;
      while (f !== 0 && child(f, code) === 0) f = fail[f]!;
      fail[n] = child(f, code);
      out[n] = terminal[n]! + out[fail[n]!]!;
      queue[tail++] = n;
    }
  }

  return {
    nodes,
    count(text: string): number {
      let node = 0;
      let hits = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = child(node, code);
        while (next === 0 && node !== 0) {
          node = fail[node]!;
          next = child(node, code);
        }
        node = next;
        hits += out[node]!;
      }
      return hits;
    },
  };
}
