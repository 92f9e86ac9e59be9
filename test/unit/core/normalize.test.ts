import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/core/normalize';

describe('fold', () => {
  it('drops separators and maps each folded unit back to the original', () => {
    const f = fold('弄 死*你');
    expect(f.text).toBe('弄死你');
    expect([...f.start]).toEqual([0, 2, 4]);
    expect([...f.end]).toEqual([1, 3, 5]);
    expect([...f.gap]).toEqual([0, 1, 1]);
  });

  it('folds full-width forms and case', () => {
    const f = fold('ＳＢ，Ａpp１２３');
    expect(f.text).toBe('sbapp123');
    expect(f.hasLatin).toBe(true);
  });

  it('drops zero-width and other invisible characters without counting them as gaps', () => {
    const f = fold('老\u200b赖\ufeff\u2060！');
    expect(f.text).toBe('老赖');
    expect(f.gap[1]).toBe(0);
    expect(f.end[1]).toBe(3);
  });

  it('records sentence and clause breaks', () => {
    const f = fold('你好，明天。见\n面');
    expect(f.text).toBe('你好明天见面');
    expect(f.brk[2]).toBe(2); // ，
    expect(f.brk[4]).toBe(3); // 。
    expect(f.brk[5]).toBe(3); // newline
  });

  it('keeps surrogate pairs whole and drops emoji', () => {
    const f = fold('😀弄𠀀死🎉');
    expect(f.text).toBe('弄𠀀死');
    // Both units of 𠀀 map to its original two units.
    expect(f.start[1]).toBe(3);
    expect(f.end[2]).toBe(5);
  });

  it('reads menacing emoji as their words, mapped back to the emoji', () => {
    const f = fold('送你⚰️一口');
    expect(f.text).toBe('送你棺材一口');
    expect([...f.start.subarray(2, 4)]).toEqual([2, 2]);
    expect([...f.end.subarray(2, 4)]).toEqual([3, 3]);
  });

  it('attaches combining marks to the previous character', () => {
    const f = fold('e\u0301a');
    expect(f.text).toBe('ea');
    expect(f.end[0]).toBe(2);
  });

  it('folds compatibility forms with NFKC', () => {
    expect(fold('①②').text).toBe('12');
    expect(fold('ﬁne').text).toBe('fine');
  });
});
