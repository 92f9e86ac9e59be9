// Any Unicode input: lint never throws and every finding's offsets are valid.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';

const pieces = fc.constantFrom(
  '坐牢', '老赖', '弄死你', '打断你的腿', '法院传票', '爆通讯录', 'zuo牢', '公an局', 'sb', '不会', '谨防', '。', '，', ' ',
  '\u200b', '\u200d', '\ufeff', '\u202e', 'é', 'e\u0301', '😀', '👨‍👩‍👧', '🔪', '𠀀', '\ud800', '\udc00', 'שלום', '١٢٣', '１２３', 'Ａ',
  '110105199001011232', '6222 0212 3456 7890 128', '元', '逾期30天', '\n',
);

describe('lint on arbitrary text', () => {
  it('never throws and returns valid offsets', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))),
        fc.constantFrom('debtor' as const, 'third_party' as const),
        (text, audience) => {
          const fs = lint(text, { audience, now: Date.UTC(2026, 0, 1, 15) });
          for (const f of fs) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeGreaterThanOrEqual(f.start);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(f.start, f.end)).toBe(f.match);
            expect(f.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
