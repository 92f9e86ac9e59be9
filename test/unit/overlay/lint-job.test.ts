import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';
import { chunkText, CHUNKED_ABOVE, IncrementalLinter } from '../../../src/overlay/lint-job';

const BAD = '你这个老赖，再不还钱就等着坐牢吧。';
const GOOD = '【安信贷】您好，您的借款已逾期3天，请通过官方APP还款，客服4008001234。';

function huge(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(i % 7 === 3 ? BAD : GOOD, i % 11 === 0 ? '\n' : '');
  return parts.join('');
}

const content = (fs: { start: number; end: number; ruleId: string }[]) => fs.filter((f) => f.end > f.start).map((f) => `${f.ruleId}@${f.start}-${f.end}`);

describe('chunked linting of huge text', () => {
  it('chunks cover the text, end at sentence ends and stay small', () => {
    const text = huge(800);
    const chunks = chunkText(text);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks[chunks.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.start).toBe(chunks[i - 1]!.end);
    for (const c of chunks.slice(0, -1)) expect('。！？!?;；\n'.includes(text[c.end - 1]!)).toBe(true);
    expect(Math.max(...chunks.map((c) => c.end - c.start))).toBeLessThanOrEqual(12000);
  });

  it('an edit moves only nearby chunk boundaries', () => {
    const text = huge(800);
    const edited = text.slice(0, 20000) + '再' + text.slice(20000);
    const a = chunkText(text).map((c) => c.end).filter((e) => e > 30000).slice(0, 20);
    const b = chunkText(edited).map((c) => c.end - 1).filter((e) => e > 30000).slice(0, 20);
    expect(b).toEqual(a);
  });

  it('finds exactly what one lint of the whole text finds', () => {
    const text = huge(600);
    expect(text.length).toBeGreaterThan(CHUNKED_ABOVE);
    const linter = new IncrementalLinter();
    let out = null;
    for (let i = 0; i < 1000 && !out; i++) out = linter.run(text, { audience: 'debtor' }, 2);
    const whole = lint(text, { audience: 'debtor' });
    expect(content(out!)).toEqual(content(whole));
    const level = (fs: { start: number; end: number; ruleId: string }[]) => fs.filter((f) => f.end === f.start).map((f) => f.ruleId).sort();
    expect(level(out!)).toEqual(level(whole));
    const lengthFinding = out!.find((f) => f.ruleId === whole.find((w) => w.category === 'length')?.ruleId);
    expect(lengthFinding?.message).toBe(whole.find((w) => w.category === 'length')?.message);
  });

  it('message-sized text is linted in one call', () => {
    const linter = new IncrementalLinter();
    expect(linter.run(BAD, {})).toEqual(lint(BAD, {}));
  });

  it('re-linting after a small edit reuses the cached chunks', () => {
    const text = huge(2000);
    const linter = new IncrementalLinter();
    let out = null;
    while (!out) out = linter.run(text, {}, 50);
    const edited = `${text}老赖`;
    const t0 = performance.now();
    const again = linter.run(edited, {}, 1000);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(again!.some((f) => f.start === text.length && f.match === '老赖')).toBe(true);
  });
});
