// The shipped Traditional→Simplified and pinyin tables are generated from the packs; this fails
// when a pack changed without `npm run gen:data`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTables } from '../../../tools/data/generate';
import { GENERATED_DIR } from '../../../tools/generated';

describe('generated character tables', () => {
  it('are up to date with the packs (run `npm run gen:data`)', () => {
    const t = generateTables();
    expect(readFileSync(join(GENERATED_DIR, 't2s.ts'), 'utf8')).toBe(t.t2s);
    expect(readFileSync(join(GENERATED_DIR, 'pinyin.ts'), 'utf8')).toBe(t.pinyin);
  }, 60000);
});
