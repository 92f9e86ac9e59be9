// Generated custom patterns for property tests: every construct of the pattern syntax, nested.

import fc from 'fast-check';

/** Patterns over the letters a b c: every construct the syntax has, nested (RegExp must check them quickly too). */
export const pattern: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; atom: string; quant: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'xsmall', maxDepth: 3, withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', '.', '[ab]', '[^a]', '\\w', '[a-b]'),
    tie('alt').map((x) => `(${x})`),
    tie('alt').map((x) => `(?:${x})`),
  ),
  quant: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '{2,}', '+?')).map(([a, q]) => a + q),
  seq: fc.array(tie('quant'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('')),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('|')),
})).alt.filter((p) => p.length <= 30);
