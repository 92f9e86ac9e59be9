import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCustomRules } from '../../../src/core/index';

describe('validateCustomRules', () => {
  it('accepts good entries and normalises them', () => {
    const r = validateCustomRules([
      { phrase: ' 让你好看 ', category: 'pressure', severity: 'warning', message: '施压' },
      { phrase: '加(我|本人)微信', category: 'payment_channel' },
      { phrase: '还款码\\d{4}', regex: true, category: 'payment_channel', severity: 'error' },
    ]);
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.rules[0]).toEqual({ phrase: '让你好看', category: 'pressure', severity: 'warning', message: '施压' });
    expect(r.rules[1]!.severity).toBe('error');
  });

  it.each([
    [{ phrase: '', category: 'threat' }, 'phrase', 'empty_phrase'],
    [{ phrase: '，。！', category: 'threat' }, 'phrase', 'empty_phrase'],
    [{ phrase: '(a|b', category: 'threat' }, 'phrase', 'bad_phrase'],
    [{ phrase: '打.{0,3}', category: 'threat' }, 'phrase', 'bad_phrase'],
    [{ phrase: 'x', category: 'violence' }, 'category', 'unknown_category'],
    [{ phrase: 'x', category: 'threat', severity: 'fatal' }, 'severity', 'unknown_severity'],
    [{ phrase: '([a-z]', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: '(a)\\1', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: '(?=a)b', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: '^催收', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: 'a*', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: '.+还钱', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: 'x', category: 'threat', message: 3 }, 'message', 'bad_text'],
    [{ phrase: 'x', category: 'threat', message: '说明'.repeat(101) }, 'message', 'too_long'],
    [{ phrase: '老'.repeat(201), category: 'threat' }, 'phrase', 'too_long'],
    ['老赖', '', 'not_object'],
  ])('reports %j precisely', (entry, field, code) => {
    const r = validateCustomRules([{ phrase: 'ok', category: 'insult' }, entry]);
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ index: 1, field, code });
    expect(r.errors[0]!.message.zh).toContain('第2条');
    expect(r.errors[0]!.message.en).toContain('Entry 2');
    expect(r.rules).toHaveLength(1);
  });

  it('says in both languages which character is wrong, never with an engine message', () => {
    const one = (phrase: string, regex: boolean) => validateCustomRules([{ phrase, regex, category: 'threat' }]).errors[0]!;
    const unclosed = one('再不还[钱', true);
    expect(unclosed.at).toBe(3);
    expect(unclosed.message.zh).toBe('第1条 phrase：正则表达式写法有误：第4个字符「[」处，这个「[」没有对应的「]」');
    expect(unclosed.message.en).toBe('Entry 1, phrase: the regular expression is malformed at character 4 ("["): this "[" has no matching "]"');
    expect(one('(a)\\1', true).message.zh).toContain('第4个字符「\\1」处，不支持这种写法');
    expect(one('打(你', false).message.zh).toBe('第1条 phrase：词语写法有误：第2个字符「(」处，这个「(」没有对应的「)」');
    expect(one('打断.{0,13}腿', false).message.en).toContain('the phrase is malformed at character 3 ("."): malformed repeat count');
    for (const [p, regex] of [['再不还[钱', true], ['(a+', true], ['a{', true], ['\\q', true], ['(a|b', false], ['[', false]] as const) {
      const e = one(p, regex);
      expect(e.message.zh, p).toMatch(/写法有误：(第\d+个字符「.+」处|结尾处)，/);
      expect(e.message.zh + e.message.en, p).not.toMatch(/Invalid regular expression|Unterminated|nested quantifier|unclosed "/);
    }
  });

  it('accepts the regex shapes that used to freeze a page: they compile into the automaton', () => {
    for (const re of ['(?:a{2,9}){9}b', 'a.{0,60}.{0,60}.{0,60}x', 'a+b', '(a+)+b', '(a|ab)*c', '(x+x+)+y', '[a-z]+@qq', '\\d{3,4}-\\d{7,8}', '(?<n>打)断.{0,4}腿']) {
      expect(validateCustomRules([{ phrase: re, regex: true, category: 'threat' }]).errors, re).toEqual([]);
    }
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = validateCustomRules(x);
        expect(typeof r.ok).toBe('boolean');
        if (!Array.isArray(x)) expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.record({ phrase: fc.string(), regex: fc.boolean(), category: fc.constantFrom('threat', 'x'), severity: fc.string() })), (x) => {
        expect(() => validateCustomRules(x)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
