// Every rule of every pack carries its own bad and good examples; a rule whose examples fail is a
// broken rule. Also checks the pack's shape: unique ids, triggers for patterns, sources, texts.

import { describe, expect, it } from 'vitest';
import { parsePhrase } from '../../src/core/expand';
import { PhraseMatcher } from '../../src/core/matcher';
import { lint, PACKS } from '../../src/core/index';
import { CATEGORIES } from '../../src/core/types';

for (const pack of Object.values(PACKS)) {
  describe(`pack ${pack.id}`, () => {
    it('has unique, well-formed rule ids and complete texts', () => {
      const seen = new Set<string>();
      for (const r of pack.rules) {
        expect(seen.has(r.id), `duplicate id ${r.id}`).toBe(false);
        seen.add(r.id);
        expect(r.id).toMatch(new RegExp(`^${pack.id}\\.${r.category}\\.[a-z0-9_]+$`));
        expect(CATEGORIES).toContain(r.category);
        expect(r.message.zh && r.message.en, r.id).toBeTruthy();
        expect(r.source?.zh && r.source?.en, `${r.id} has no source`).toBeTruthy();
        if (r.suggestion) expect(r.suggestion.zh.trim() && r.suggestion.en.trim(), r.id).toBeTruthy();
        expect(r.phrases?.length || r.patterns?.length, `${r.id} matches nothing`).toBeTruthy();
        if (r.patterns?.length) expect(r.triggers?.length, `${r.id} has patterns but no triggers`).toBeTruthy();
        for (const p of [...(r.phrases ?? []), ...(r.exceptions ?? []), ...(r.triggers ?? [])]) {
          expect(() => parsePhrase(p), `${r.id}: ${p}`).not.toThrow();
          // A phrase that can match nothing (only a gap, a gap at an end) is a mistake.
          expect(new PhraseMatcher((ch) => [ch.charCodeAt(0)]).add(parsePhrase(p)), `${r.id}: ${p} matches nothing`).toBeGreaterThanOrEqual(0);
        }
        for (const p of r.patterns ?? []) expect(() => new RegExp(p, 'u'), `${r.id}: ${p}`).not.toThrow();
        expect(r.examples.bad.length, `${r.id} needs ≥ 3 bad examples`).toBeGreaterThanOrEqual(3);
        expect(r.examples.good.length, `${r.id} needs ≥ 3 good examples`).toBeGreaterThanOrEqual(3);
      }
    });

    for (const r of pack.rules) {
      const audience = r.examples.audience ?? (r.audience === 'third_party' ? 'third_party' : 'debtor');
      it.each(r.examples.bad)(`${r.id} flags %s`, (text) => {
        // A frame yields to a specific rule of its category on the same words: either one counts.
        const found = lint(text, { pack: pack.id, audience }).filter((f) => (r.frame ? f.category === r.category : f.ruleId === r.id));
        expect(found.length, `${r.id} did not flag: ${text}`).toBeGreaterThan(0);
        for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
      });
      it.each(r.examples.good)(`${r.id} leaves alone %s`, (text) => {
        const found = lint(text, { pack: pack.id, audience }).filter((f) => f.ruleId === r.id);
        expect(found.map((f) => f.match), `${r.id} flagged: ${text}`).toEqual([]);
      });
    }
  });
}
