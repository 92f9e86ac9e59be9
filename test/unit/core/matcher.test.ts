import { describe, expect, it } from 'vitest';
import { expandPhrase, parsePhrase } from '../../../src/core/expand';
import { PhraseMatcher, STOP_BLOCK, STOP_CLAUSE } from '../../../src/core/matcher';

function hits(phrases: string[], text: string, blockedAt: number[] = [], clauseAt: number[] = []) {
  const m = new PhraseMatcher((ch) => [ch.charCodeAt(0)]);
  for (const p of phrases) m.add(parsePhrase(p));
  m.build();
  const codes = [...text].map((c) => c.charCodeAt(0));
  const stops = codes.map((_, i) => (blockedAt.includes(i) ? STOP_BLOCK : clauseAt.includes(i) ? STOP_CLAUSE : 0));
  const out: string[] = [];
  m.scan(codes, stops, { onHit: (id, s, e) => out.push(`${phrases[id]}@${s}-${e}`) });
  return out.sort();
}

describe('PhraseMatcher', () => {
  it('finds every phrase ending at each position, overlapping ones included', () => {
    expect(hits(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
    expect(hits(['坐牢', '牢房', '坐'], '去坐牢房')).toEqual(['坐@1-2', '坐牢@1-3', '牢房@2-4']);
  });

  it('matches phrase families without expanding them, reporting the longest match', () => {
    expect(hits(['(打断|打折)(你的)?(腿|手)'], '小心打折你的手')).toEqual(['(打断|打折)(你的)?(腿|手)@2-7']);
    expect(hits(['(打断|打折)(你的)?(腿|手)'], '打断腿')).toEqual(['(打断|打折)(你的)?(腿|手)@0-3']);
    expect(hits(['a(b(c|d)?|e)f'], 'xabdf abf aef abef')).toEqual(['a(b(c|d)?|e)f@1-5', 'a(b(c|d)?|e)f@10-13', 'a(b(c|d)?|e)f@6-9']);
    expect(hits(['(x)?(y)?z'], 'xyz')).toEqual(['(x)?(y)?z@0-3']);
  });

  it('matches gaps of any characters', () => {
    expect(hits(['打断.{0,3}腿'], '打断他的腿')).toEqual(['打断.{0,3}腿@0-5']);
    expect(hits(['打断.{0,3}腿'], '打断腿')).toEqual(['打断.{0,3}腿@0-3']);
    expect(hits(['打断.{0,3}腿'], '打断他们家的腿')).toEqual([]);
    expect(hits(['打断.{1,2}腿'], '打断腿')).toEqual([]);
    expect(hits(['(你|你们)家.{0,4}(小区|楼)'], '你家住在哪个小区')).toEqual(['(你|你们)家.{0,4}(小区|楼)@0-8']);
    expect(hits(['坐.{0,2}牢'], '坐牢', [1])).toEqual([]);
  });

  it('matches character classes and their repeats', () => {
    expect(hits(['逾期[0-9]{1,3}天'], '已逾期45天了')).toEqual(['逾期[0-9]{1,3}天@1-6']);
    expect(hits(['逾期[0-9]{1,3}天'], '已逾期天了')).toEqual([]);
    expect(hits(['逾期[0-9]{1,3}天'], '逾期1234天')).toEqual([]);
    expect(hits(['[你您]的家人'], '您的家人')).toEqual(['[你您]的家人@0-4']);
  });

  it('lets phrase characters, but not gaps, continue across a clause break', () => {
    expect(hits(['坐牢'], '坐牢', [], [1])).toEqual(['坐牢@0-2']);
    expect(hits(['打断.{0,3}腿'], '打断他的腿', [], [2])).toEqual([]);
    expect(hits(['打断.{0,3}腿'], '打断他的腿', [], [4])).toEqual([]);
    expect(hits(['打断.{0,3}腿'], '打断他的腿', [], [])).toEqual(['打断.{0,3}腿@0-5']);
    // The longest span is not stretched across the break to an earlier start.
    expect(hits(['(街道办|街道).{0,6}(介入|配合)'], '街道办介入你的问题请配合', [], [7])).toEqual(['(街道办|街道).{0,6}(介入|配合)@0-5']);
  });

  it('refuses phrases that start or end with a gap', () => {
    const m = new PhraseMatcher((ch) => [ch.charCodeAt(0)]);
    expect(m.add(parsePhrase('.{0,3}腿'))).toBe(-1);
    expect(m.add(parsePhrase('打.{0,3}'))).toBe(-1);
    expect(m.add(parsePhrase('打.{0,3}腿'))).toBe(0);
  });

  it('reports nothing on text without phrases', () => {
    expect(hits(['老赖'], '您好，请按时还款')).toEqual([]);
  });

  it('never spans a blocked boundary', () => {
    expect(hits(['坐牢'], '坐牢', [1])).toEqual([]);
    expect(hits(['(你的)?腿'], '你的腿', [2])).toEqual(['(你的)?腿@2-3']);
  });

  it('matches many overlapping families on long text, the same as their expansions', () => {
    const phrases = ['(通知|告诉)(你的)?(家人|同事|领导)', '(你的)?(家人|领导)(都)?(会)?知道', '同事'];
    const text = '我们会通知你的家人，告诉同事，你的领导都会知道。'.repeat(20);
    const got = hits(phrases, text);
    const expected: string[] = [];
    phrases.forEach((p) => {
      const lits = expandPhrase(p);
      for (let e = 1; e <= text.length; e++) {
        const starts = lits.filter((l) => text.slice(0, e).endsWith(l)).map((l) => e - l.length);
        if (starts.length) expected.push(`${p}@${Math.min(...starts)}-${e}`);
      }
    });
    expect(got).toEqual(expected.sort());
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
    expect(() => expandPhrase('(a|b')).toThrow(/unclosed_group at character 1/);
    expect(() => expandPhrase('a)')).toThrow(/unopened_group at character 2/);
    expect(() => expandPhrase('?a')).toThrow(/nothing_to_repeat at character 1/);
    expect(expandPhrase('你的?腿').sort()).toEqual(['你的腿', '你腿']);
    expect(() => parsePhrase('打.{0,13}腿')).toThrow(/bad_repeat at character 2/);
    expect(() => parsePhrase('打.腿')).toThrow(/bad_gap at character 2/);
    expect(expandPhrase('第[1-3]期').sort()).toEqual(['第1期', '第2期', '第3期']);
    expect(() => parsePhrase('第[1-3期')).toThrow(/unclosed_class at character 2/);
    expect(expandPhrase('第[12]?期').sort()).toEqual(['第1期', '第2期', '第期']);
  });
  it('caps runaway expansions', () => {
    expect(() => expandPhrase('(a|b|c|d|e|f|g|h|i|j)'.repeat(5), 1000)).toThrow(/more than 1000/);
  });
});
