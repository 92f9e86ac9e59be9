// Fixes that read as sentences, tested exactly (as Harper's rules are): every rule and frame whose
// findings carry a fix has a bad message and the message as it reads once every suggested fix is
// applied (test/fixtures/fixes/pairs.jsonl, reviewed; `npx tsx tools/fixes/pairs.ts` rewrites
// it after a deliberate change). The fixed message must then be clean.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, CONTENT_CATEGORIES, lint, PACKS, type Audience } from '../../../src/core/index';

interface Pair {
  rule: string;
  audience: Audience;
  bad: string;
  fixed: string;
}

const pairs = readFileSync('test/fixtures/fixes/pairs.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Pair);

const content = (text: string, audience: Audience) =>
  lint(text, { audience }).filter((f) => CONTENT_CATEGORIES.includes(f.category) && f.severity !== 'info');

describe('fixes, bad → fixed', () => {
  it('every rule and frame that can flag at error or warning has a pair', () => {
    const have = new Set(pairs.map((p) => p.rule));
    const missing = PACKS.cn!.rules.filter((r) => r.severity !== 'info' && !have.has(r.id)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it.each(pairs.map((p) => [p.rule, p] as const))('%s', (_rule, p) => {
    const found = content(p.bad, p.audience);
    expect(found.length, 'the bad message is flagged').toBeGreaterThan(0);
    expect(applyFixes(p.bad, lint(p.bad, { audience: p.audience }))).toBe(p.fixed);
    expect(content(p.fixed, p.audience).map((f) => `${f.ruleId}「${f.match}」`), `left in: ${p.fixed}`).toEqual([]);
  });
});
