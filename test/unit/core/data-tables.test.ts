// The shipped Traditional→Simplified and pinyin tables are generated from the packs; this fails
// when a pack changed without `npm run gen:data`.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTables } from '../../../src/core/data/generate';

describe('generated character tables', () => {
  it('are up to date with the packs (run `npm run gen:data`)', () => {
    const t = generateTables();
    expect(readFileSync('src/core/data/t2s.ts', 'utf8')).toBe(t.t2s);
    expect(readFileSync('src/core/data/pinyin.ts', 'utf8')).toBe(t.pinyin);
  }, 60000);
});
