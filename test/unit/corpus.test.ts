// The labelled corpora (test/fixtures/labelled/*.jsonl, written independently of the rules):
// recall = violations flagged with an error or warning in a content category;
// false-positive rate = compliant messages flagged so (tools/eval/measure.ts).
// The gate: ≥ 95% recall and ≤ 3% false positives on the sets the rules are written against
// (GATED: dev, dev2, holdout, and compliant2 — hard negatives only), with the learned fallback
// off: it trains on these sets, so it must not be what passes them.
// holdout2 is an untouched judge: nobody tunes rules or trains on it, so it is measured as shipped
// (model on) and its figures printed — never its texts — but it is not a gate: a gate gets tuned to.

import { describe, expect, it } from 'vitest';
import { categoryLine, line, listing, measure, rate } from '../../tools/eval/measure';
import { devSets, GATED, judgeSets } from '../../tools/eval/sets';

describe('labelled corpus', () => {
  const dev = devSets();
  for (const name of GATED) {
    it(`${name}: recall ≥ 95%, false positives ≤ 3%, by the rules alone`, () => {
      const set = dev.find((s) => s.name === name);
      expect(set, `test/fixtures/labelled/${name}.jsonl`).toBeDefined();
      const r = measure(set!, { model: false });
      console.log(line(r));
      for (const l of listing(r).filter((l) => !l.startsWith('  CAT'))) console.log(l);
      expect(r.violations + r.compliant).toBeGreaterThan(0);
      // compliant2 holds no violation: nothing to miss.
      expect(r.violations ? rate(r.caught, r.violations) : 1).toBeGreaterThanOrEqual(0.95);
      expect(rate(r.falsePositives, r.compliant)).toBeLessThanOrEqual(0.03);
    });
  }

  for (const set of judgeSets()) {
    it(`${set.name}: measured as shipped (untouched judge, figures only)`, () => {
      const rules = measure(set, { model: false });
      const shipped = measure(set, { model: true });
      console.log(`${line(shipped)}\n${line({ ...rules, name: `${set.name} (rules alone)` })}\n    recall by category: ${categoryLine(shipped)}`);
      expect(shipped.violations + shipped.compliant).toBe(set.items.length);
    });
  }
});
