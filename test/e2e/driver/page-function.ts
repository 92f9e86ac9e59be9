// Page-side callbacks travel to the page as source text. Run through tsx (the page benchmarks),
// esbuild's keepNames wraps a callback's inner named functions in `__name(fn, "name")`, a helper
// only Node has, and the page throws; such a callback is rebuilt (here, in Node) with a stand-in.

export function portable<T>(fn: T): T {
  const source = String(fn);
  if (!source.includes('__name(')) return fn;
  return new Function('...args', `const __name = (f) => f;\nreturn (${source})(...args);`) as T;
}
