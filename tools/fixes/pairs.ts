// Writes test/fixtures/fixes/pairs.jsonl: for every rule and frame whose findings carry a fix, its
// first bad example and the message as it reads once every suggested fix is applied. The file is
// the reviewed expectation of test/unit/core/fix-pairs.test.ts (exact, character for character):
//   npx tsx tools/fixes/pairs.ts          # rewrite after a deliberate change, then read the diff
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, CONTENT_CATEGORIES, lint, PACKS } from '../../src/core/index';

const out: string[] = [];
for (const r of PACKS.cn!.rules) {
  if (r.severity === 'info' || !CONTENT_CATEGORIES.includes(r.category)) continue;
  const audience = r.examples.audience ?? (r.audience === 'third_party' ? 'third_party' : 'debtor');
  for (const bad of r.examples.bad) {
    const fs = lint(bad, { audience });
    if (!fs.some((f) => f.suggestion !== undefined)) continue;
    out.push(JSON.stringify({ rule: r.id, audience, bad, fixed: applyFixes(bad, fs) }));
    break;
  }
}
writeFileSync(join(import.meta.dirname, '../../test/fixtures/fixes/pairs.jsonl'), `${out.join('\n')}\n`);
console.log(`${out.length} pairs`);
