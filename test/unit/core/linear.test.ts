// No text and no custom pattern can make linting cost more than linear in the text. Measured in
// the automata's own units of work (symbols read, positions visited, backward steps), not in
// time, so the test does not depend on the machine.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCompiled, lint, resolveContext, validateCustomRules, type CustomPhrase } from '../../../src/core/index';
import { pattern } from './patterns';

/** Work the automata of a context did while linting `text`, per character. */
function workPerChar(text: string, customPhrases: CustomPhrase[] = []): { perChar: number; findings: number } {
  const ctx = resolveContext(text, { audience: 'debtor', customPhrases });
  const c = getCompiled(ctx);
  const matchers = c.sets.flatMap((s) => [s.matcher, s.syllables().matcher]);
  const before = matchers.reduce((n, m) => n + m.work, 0);
  const findings = lint(text, ctx).length;
  return { perChar: (matchers.reduce((n, m) => n + m.work, 0) - before) / text.length, findings };
}

describe('linear cost', () => {
  // The shapes that froze a page as RegExps (issue 10), on the texts that froze it, and more.
  const hostile: [string, string][] = [
    ['(?:a{2,9}){9}b', 'a'.repeat(48)],
    ['a.{0,60}.{0,60}.{0,60}x', 'a'.repeat(3000)],
    ['a+b', 'a'.repeat(100_000)],
    ['(a|aa)+b', 'a'.repeat(100_000)],
    ['(x+x+)+y', 'x'.repeat(20_000)],
    ['a.*a.*a.*x', 'a'.repeat(20_000)],
    ['[^b]+b', 'a'.repeat(100_000)],
    ['(a|b)*a(a|b){12}c', Array.from({ length: 50_000 }, (_, i) => ((Math.imul(i, 2654435761) >>> 13) & 1 ? 'a' : 'b')).join('')],
  ];
  it.each(hostile)('the custom pattern /%s/ is accepted and costs bounded work per character', (pattern, text) => {
    const v = validateCustomRules([{ phrase: pattern, regex: true, category: 'threat' }]);
    expect(v.errors).toEqual([]);
    const { perChar } = workPerChar(text, v.rules);
    expect(perChar).toBeLessThan(200);
  });

  it('any pattern the settings accept: bounded work per character on a long line that never repeats', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 2 ** 30 }), (patterns, seed) => {
        const v = validateCustomRules(patterns.map((phrase) => ({ phrase, regex: true, category: 'threat' })));
        let x = seed;
        const text = Array.from({ length: 20_000 }, () => 'abc'[((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 3]).join('');
        expect(workPerChar(text, v.rules).perChar, patterns.join(' ')).toBeLessThan(2000);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('1 MB lines of one letter, of pinyin words, of flagged words: bounded work per character, every occurrence found', () => {
    const mb = 1 << 20;
    expect(workPerChar('a'.repeat(mb)).perChar).toBeLessThan(50);
    expect(workPerChar('bao ni tong xun lu '.repeat(mb / 19)).perChar).toBeLessThan(50);
    // One line, no sentence end: cut into pieces at commas, each still checked.
    const line = '你这个老赖，'.repeat(100_000);
    const r = workPerChar(line);
    expect(r.perChar).toBeLessThan(50);
    expect(r.findings).toBeGreaterThanOrEqual(100_000);
  }, 120_000);
});
