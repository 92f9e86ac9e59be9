// Rule writers' report on the labelled corpora: misses and false positives per category.
//   npx tsx test/corpus-report.ts [--category exposure] [--files dev,dev2,holdout]
// holdout2.jsonl is the untouched judge and is refused here on purpose.

import { readFileSync } from 'node:fs';
import { CONTENT_CATEGORIES, lint, type Audience } from '../src/core/index';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const category = opt('--category');
const files = (opt('--files') ?? 'dev,dev2,holdout,compliant2').split(',');
if (files.some((f) => f.startsWith('holdout2'))) {
  console.error('holdout2 is the untouched judge: tune on dev, dev2 and holdout only.');
  process.exit(2);
}

let missed = 0;
let total = 0;
let fps = 0;
let compliant = 0;
for (const file of files) {
  const lines = readFileSync(`test/fixtures/corpus/${file}.jsonl`, 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const m = JSON.parse(line) as { id: string; text: string; audience: Audience; label: string; categories: string[] };
    const fs = lint(m.text, { audience: m.audience }).filter((f) => (f.severity === 'error' || f.severity === 'warning') && CONTENT_CATEGORIES.includes(f.category));
    if (m.label === 'violation') {
      if (category && !m.categories.includes(category)) continue;
      total++;
      const hit = category ? fs.some((f) => f.category === category) : fs.length > 0;
      if (!hit) {
        missed++;
        console.log(`MISS ${m.id} [${m.categories.join(',')}] ${m.audience}: ${m.text}${fs.length ? `\n      (other: ${fs.map((f) => `${f.category}「${f.match}」`).join(' ')})` : ''}`);
      }
    } else {
      const bad = category ? fs.filter((f) => f.category === category) : fs;
      compliant++;
      if (bad.length) {
        fps++;
        console.log(`FP   ${m.id} ${m.audience}: ${m.text}\n      → ${bad.map((f) => `${f.ruleId}「${f.match}」`).join(' ')}`);
      }
    }
  }
}
console.log(`\n${category ?? 'all'}: recall ${total - missed}/${total}, false positives ${fps}/${compliant}`);
