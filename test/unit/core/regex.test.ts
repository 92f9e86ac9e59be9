// Custom patterns compile into the phrase automaton: they must find what RegExp finds (the longest
// match ending at each position), and cost work linear in the text whatever their shape.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseSyntaxError } from '../../../src/core/expand';
import { MAX_SPAN, PhraseMatcher } from '../../../src/core/matcher';
import { parsePattern } from '../../../src/core/regex';
import { pattern } from './patterns';

const symbolize = (ch: string) => [ch.charCodeAt(0)];

/** A built matcher for one pattern, or null when the pattern is refused (as validation would). */
function compile(pattern: string): PhraseMatcher | null {
  const m = new PhraseMatcher(symbolize);
  try {
    if (m.add(parsePattern(pattern)) < 0) return null; // matches empty text, or starts or ends with "."
  } catch (x) {
    if (x instanceof PhraseSyntaxError && x.code === 'too_complex') return null;
    throw x;
  }
  return m.build();
}

/** The matcher's hits: end → earliest start. */
function hits(m: PhraseMatcher, text: string): Map<number, number> {
  const codes = Array.from(text, (c) => c.charCodeAt(0));
  const out = new Map<number, number>();
  m.scan(codes, new Uint8Array(codes.length), { onHit: (_, s, e) => out.set(e, s) });
  return out;
}

/** The same by brute force with RegExp: for each end, the earliest start of a whole match. */
function reference(pattern: string, text: string): Map<number, number> {
  const re = new RegExp(`^(?:${pattern})$`, 'u');
  const out = new Map<number, number>();
  for (let e = 1; e <= text.length; e++) {
    for (let s = 0; s < e; s++) {
      if (re.test(text.slice(s, e))) {
        out.set(e, s);
        break;
      }
    }
  }
  return out;
}

describe('custom patterns', () => {
  it('find what RegExp finds: the longest match ending at each position', () => {
    fc.assert(
      fc.property(pattern, fc.stringMatching(/^[abcd]{0,16}$/), (p, text) => {
        const m = compile(p);
        if (!m) return;
        expect([...hits(m, text)].sort((x, y) => x[0] - y[0]), `/${p}/ on "${text}"`).toEqual([...reference(p, text)].sort((x, y) => x[0] - y[0]));
      }),
      { numRuns: 1000 },
    );
  });

  it('cost work linear in the text: a bounded amount per character, whatever the pattern', () => {
    fc.assert(
      fc.property(pattern, fc.integer({ min: 0, max: 2 ** 30 }), (p, seed) => {
        const m = compile(p);
        if (!m) return;
        // A long text of the pattern's letters (pseudo-random, so the automaton keeps meeting new states).
        let x = seed;
        const codes = Array.from({ length: 20_000 }, () => 0x61 + ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 3);
        let found = 0;
        m.scan(codes, new Uint8Array(codes.length), { onHit: () => found++ });
        // Per character: one step, plus a bounded backward walk per hit, plus a bounded share of the
        // state constructions; quadratic behaviour would be thousands of times this.
        const size = p.length * 10;
        expect(m.work / codes.length, `/${p}/`).toBeLessThan(20 + size * size + 2 * MAX_SPAN);
      }),
      { numRuns: 100 },
    );
  });

  it('translate each construct', () => {
    expect(parsePattern('还款码\\d{2}')).toEqual([
      { kind: 'lit', text: '还' },
      { kind: 'lit', text: '款' },
      { kind: 'lit', text: '码' },
      { kind: 'class', chars: '0123456789' },
      { kind: 'class', chars: '0123456789' },
    ]);
    expect(parsePattern('打.{0,4}腿')).toEqual([{ kind: 'lit', text: '打' }, { kind: 'gap', min: 0, max: 4 }, { kind: 'lit', text: '腿' }]);
    expect(parsePattern('a+')).toEqual([{ kind: 'loop', body: [{ kind: 'lit', text: 'a' }] }]);
    expect(parsePattern('[^我]')).toEqual([{ kind: 'class', chars: '我', negated: true }]);
    expect(parsePattern('a|b')).toEqual([{ kind: 'group', alts: [[{ kind: 'lit', text: 'a' }], [{ kind: 'lit', text: 'b' }]], optional: false }]);
  });

  it('refuse what a linear automaton cannot do, naming it and its place', () => {
    const error = (p: string) => {
      try {
        parsePattern(p);
      } catch (x) {
        if (x instanceof PhraseSyntaxError) return [x.code, x.at, x.what];
        throw x;
      }
      return null;
    };
    expect(error('(a)\\1')).toEqual(['unsupported', 3, '\\1']);
    expect(error('a(?=b)')).toEqual(['unsupported', 1, '(?=']);
    expect(error('a(?<!b)c')).toEqual(['unsupported', 1, '(?<!']);
    expect(error('^a')).toEqual(['unsupported', 0, '^']);
    expect(error('a\\b')).toEqual(['unsupported', 1, '\\b']);
    expect(error('再不还[钱')).toEqual(['unclosed_class', 3, undefined]);
    expect(error('(a')).toEqual(['unclosed_group', 0, undefined]);
    expect(error('a)')).toEqual(['unopened_group', 1, undefined]);
    expect(error('*a')).toEqual(['nothing_to_repeat', 0, undefined]);
    expect(error('a**')).toEqual(['nothing_to_repeat', 2, undefined]);
    expect(error('a{3,1}')).toEqual(['bad_repeat', 1, undefined]);
    expect(error('a{0,101}')).toEqual(['bad_repeat', 1, undefined]);
    expect(error('[z-a]')).toEqual(['bad_range', 1, undefined]);
    expect(error('\\q')).toEqual(['bad_escape', 0, '\\q']);
    expect(error('((((a{1,100}){1,100}){1,100}){1,100})')).toEqual(['too_complex', expect.any(Number), undefined]);
  });
});
