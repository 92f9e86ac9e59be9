import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';
import { byConcern, mergeProblems, phraseSpan } from '../../../src/overlay/problems';

const spans = (fs: { start: number; end: number }[]) => fs.map((f) => `${f.start}-${f.end}`);

describe('problems: one per set of words, worst first', () => {
  it('"警察会找你" under two rules is one problem, with its fix and both categories', () => {
    const text = '再不还钱警察会找你';
    const found = lint(text, { audience: 'debtor' });
    expect(found.filter((f) => text.slice(phraseSpan(f).start, phraseSpan(f).end) === '警察会找你').length).toBeGreaterThan(1);
    const problems = mergeProblems(found).filter((f) => f.end > f.start);
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p.suggestion).toBeDefined();
    expect([p.category, ...(p.also ?? []).map((x) => x.category)].sort()).toEqual(['impersonation', 'misleading']);
  });

  it('"老赖" for a third party is one problem, not an insult and a disclosure twice', () => {
    const text = '你这个老赖，再不还钱就等着坐牢吧';
    const problems = mergeProblems(lint(text, { audience: 'third_party' })).filter((f) => f.end > f.start);
    const spanSet = spans(problems);
    expect(new Set(spanSet).size).toBe(spanSet.length);
    const laolai = problems.filter((f) => text.slice(phraseSpan(f).start, phraseSpan(f).end) === '老赖');
    expect(laolai).toHaveLength(1);
    expect([laolai[0]!.category, ...(laolai[0]!.also ?? []).map((x) => x.category)].sort()).toEqual(['insult', 'third_party_disclosure']);
  });

  it('the third-party message of issue 15: one fix for the relayed debt, each disclosed detail its own problem', () => {
    const text = '李女士您好，请转告张伟尽快还款，他在我司的借款已逾期12天，欠款5230元未还';
    const problems = mergeProblems(lint(text, { audience: 'third_party' })).filter((f) => f.category === 'third_party_disclosure');
    const words = problems.map((f) => text.slice(f.start, f.end));
    expect(new Set(spans(problems)).size).toBe(problems.length);
    expect(words).toEqual(expect.arrayContaining(['逾期12天', '5230元']));
    expect(problems.filter((f) => f.suggestion !== undefined)).toHaveLength(1);
  });

  it('the panel order: severity, then position, whole-message findings after the spans of their severity', () => {
    const f = (ruleId: string, severity: 'error' | 'warning' | 'info', start: number, end: number) => ({ ruleId, severity, start, end, category: 'pressure' as const, match: '', message: '' });
    const order = byConcern([f('info', 'info', 0, 0), f('warn-late', 'warning', 20, 24), f('warn-whole', 'warning', 0, 0), f('err-late', 'error', 30, 32), f('err', 'error', 3, 5)]);
    expect(order.map((x) => x.ruleId)).toEqual(['err', 'err-late', 'warn-late', 'warn-whole', 'info']);
  });
});
