import { describe, expect, it } from 'vitest';
import { expandPhrase } from '../../../src/core/expand';
import { Automaton } from '../../../src/core/matcher';

function hits(words: string[], text: string) {
  const a = new Automaton();
  for (const w of words) a.addString(w);
  const out: string[] = [];
  a.scan(text, (id, s, e) => out.push(`${words[id]}@${s}-${e}`));
  return out.sort();
}

describe('Automaton', () => {
  it('finds every occurrence of every literal, overlapping ones included', () => {
    expect(hits(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
    expect(hits(['坐牢', '牢房', '坐'], '去坐牢房')).toEqual(['坐@1-2', '坐牢@1-3', '牢房@2-4']);
  });

  it('reports nothing on text without literals', () => {
    expect(hits(['老赖'], '您好，请按时还款')).toEqual([]);
  });

  it('matches over integer symbols too', () => {
    const a = new Automaton();
    a.add([1, 2, 3]);
    const out: number[][] = [];
    a.scan([9, 1, 2, 3, 1, 2], (id, s, e) => out.push([id, s, e]));
    expect(out).toEqual([[0, 1, 4]]);
  });
});

describe('expandPhrase', () => {
  it('expands alternatives and optional groups', () => {
    expect(expandPhrase('(打断|打折)(你的)?腿').sort()).toEqual(['打折你的腿', '打折腿', '打断你的腿', '打断腿'].sort());
  });
  it('nests groups', () => {
    expect(expandPhrase('a(b(c|d)?|e)').sort()).toEqual(['ab', 'abc', 'abd', 'ae']);
  });
  it('rejects malformed syntax with a message', () => {
    expect(() => expandPhrase('(a|b')).toThrow(/unclosed/);
    expect(() => expandPhrase('a)')).toThrow(/unexpected/);
    expect(() => expandPhrase('a?')).toThrow(/must follow a group/);
  });
  it('caps runaway expansions', () => {
    expect(() => expandPhrase('(a|b|c|d|e|f|g|h|i|j)'.repeat(5), 1000)).toThrow(/more than 1000/);
  });
});
