// The labelled corpus (test/fixtures/corpus/*.jsonl, written independently of the rules):
// recall = violations flagged with an error or warning in a content category;
// false-positive rate = compliant messages flagged with an error or warning in a content category.
// Fails below 95% recall or above 3% false positives on the corpora rule writers work with (dev,
// dev2, holdout, and compliant2 — hard negatives only). holdout2.jsonl is kept as an untouched judge: nobody tunes rules on it, so it is
// measured and printed (figures only, per category) but is not a gate — a gate gets tuned to.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CATEGORIES, lint, type Audience } from '../../src/core/index';

interface Labelled {
  id: string;
  text: string;
  audience: Audience;
  label: 'violation' | 'compliant';
  categories: string[];
  evasive?: boolean;
}

const dir = 'test/fixtures/corpus';
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));

function flagged(m: Labelled) {
  return lint(m.text, { audience: m.audience }).filter(
    (f) => (f.severity === 'error' || f.severity === 'warning') && CONTENT_CATEGORIES.includes(f.category),
  );
}

describe('labelled corpus', () => {
  for (const file of files) {
    const judge = file.startsWith('holdout2');
    it(judge ? `${file}: measured (untouched judge)` : `${file}: recall ≥ 95%, false positives ≤ 3%`, () => {
      const items = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Labelled);
      const violations = items.filter((m) => m.label === 'violation');
      const compliant = items.filter((m) => m.label === 'compliant');
      const missed = violations.filter((m) => flagged(m).length === 0);
      const falsePositives = compliant.map((m) => ({ m, fs: flagged(m) })).filter((x) => x.fs.length > 0);
      const evasive = violations.filter((m) => m.evasive);
      const evasiveMissed = evasive.filter((m) => missed.includes(m));
      // compliant2.jsonl holds hard negatives only.
      const recall = violations.length ? 1 - missed.length / violations.length : 1;
      const fpr = falsePositives.length / compliant.length;
      console.log(
        `${file}: ${items.length} messages; recall ${(recall * 100).toFixed(1)}% (${violations.length - missed.length}/${violations.length}; evasive ${evasive.length - evasiveMissed.length}/${evasive.length}); ` +
          `false positives ${(fpr * 100).toFixed(1)}% (${falsePositives.length}/${compliant.length})`,
      );
      // holdout2 is the untouched judge: only its figures are printed, never its messages.
      const quiet = judge;
      if (!quiet) for (const m of missed) console.log(`  missed ${m.id} [${m.categories.join(',')}] ${m.audience}: ${m.text}`);
      if (!quiet) for (const { m, fs } of falsePositives) console.log(`  false positive ${m.id} ${m.audience}: ${m.text}\n      → ${fs.map((f) => `${f.ruleId}「${f.match}」`).join(' ')}`);
      if (quiet) {
        const cats = [...new Set(violations.flatMap((m) => m.categories))].sort();
        console.log(
          '  recall by category: ' +
            cats
              .map((c) => {
                const v = violations.filter((m) => m.categories.includes(c));
                return `${c} ${v.filter((m) => !missed.includes(m)).length}/${v.length}`;
              })
              .join(', '),
        );
      }
      if (quiet) return;
      expect(recall).toBeGreaterThanOrEqual(0.95);
      expect(fpr).toBeLessThanOrEqual(0.03);
    });
  }
});
