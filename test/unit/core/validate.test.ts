import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unsafeRegexReason, validateCustomRules } from '../../../src/core/index';

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
    [{ phrase: 'x', category: 'violence' }, 'category', 'unknown_category'],
    [{ phrase: 'x', category: 'threat', severity: 'fatal' }, 'severity', 'unknown_severity'],
    [{ phrase: '([a-z]', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: '(a+)+$', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: '(\\w*x)*y', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: '(a|ab)*c', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: '(.*a){2,}', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: '(a)\\1', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: '.*.*.*x', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: 'a.*a.*x', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: '\\d+元.+还', regex: true, category: 'threat' }, 'phrase', 'unsafe_regex'],
    [{ phrase: 'a*', regex: true, category: 'threat' }, 'phrase', 'bad_regex'],
    [{ phrase: 'x', category: 'threat', message: 3 }, 'message', 'bad_text'],
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

  it('allows safe regexes', () => {
    for (const re of ['打断.{0,4}腿', '(你|您)的(腿|手)', '\\d{3,4}-\\d{7,8}', '(?:ab)+c', '[a-z]+@qq', 'a.*x', '[*+]{2}']) {
      expect(unsafeRegexReason(re), re).toBeNull();
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
