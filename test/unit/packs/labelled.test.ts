// The cn pack's cases, one data file per category (test/fixtures/labelled/packs/<category>.jsonl):
// every violation is flagged at error or warning in each category it lists (at the severity its
// `expect.severity` names, where given), with spans that point at the match; every compliant
// message raises no error or warning in its file's category (nor in `expect.alsoQuietIn`).
// Rules only: the learned fallback trains on these files, so it must not be what passes them (its
// own tests are in test/unit/core/model.test.ts).

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';
import type { Audience, Category, Finding } from '../../../src/core/types';
import { packSets, type Labelled } from '../../../tools/eval/sets';
import { describeUnless } from '../../skip';

const inCategory = (m: Labelled, category: Category, audience: Audience = m.audience): Finding[] =>
  lint(m.text, { audience, model: false }).filter((f) => f.category === category);
const flags = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'warning');
const shown = (fs: Finding[]) => fs.map((f) => `${f.ruleId}: ${f.match}`);

function assertFlagged(m: Labelled) {
  for (const category of m.categories) {
    const found = flags(inCategory(m, category));
    expect(found.length, `no ${category} finding in: ${m.text}`).toBeGreaterThan(0);
    for (const f of found) {
      expect(m.text.slice(f.start, f.end)).toBe(f.match);
      const severity = m.expect?.severity?.[category];
      if (severity) expect(f.severity, `${f.ruleId}: ${f.match}`).toBe(severity);
    }
  }
}

for (const set of packSets()) {
  const category = set.name.replace('packs/', '') as Category;
  const violations = set.items.filter((m) => m.label === 'violation');
  const compliant = set.items.filter((m) => m.label === 'compliant');
  const to = (m: Labelled) => (m.audience === 'third_party' ? ' to a contact' : '');

  describe(`cn ${category}`, () => {
    it('has enough cases, evasive spellings among them, each violation filed under its primary category', () => {
      expect(violations.length).toBeGreaterThanOrEqual(40);
      expect(violations.filter((m) => m.evasive).length).toBeGreaterThanOrEqual(10);
      expect(compliant.length).toBeGreaterThanOrEqual(30);
      expect(violations.filter((m) => m.categories[0] !== category).map((m) => m.id)).toEqual([]);
    });

    for (const m of violations) {
      const gap = m.expect?.knownGap;
      if (gap) describeUnless(`known rule gap: ${gap}`, m.id, () => it(`flags${to(m)} ${m.text}`, () => assertFlagged(m)));
      else it(`flags${to(m)} ${m.text}`, () => assertFlagged(m));
      // The same facts are normal news to the debtor himself.
      if (m.categories.includes('third_party_disclosure')) {
        it(`is quiet for the debtor himself: ${m.text}`, () => {
          expect(shown(flags(inCategory(m, 'third_party_disclosure', 'debtor')))).toEqual([]);
        });
      }
    }

    for (const m of compliant) {
      const noted = Object.entries(m.expect?.severity ?? {}) as [Category, string][];
      it(`leaves alone${to(m)}${noted.length ? ', noting only as info,' : ''} ${m.text}`, () => {
        for (const c of [category, ...(m.expect?.alsoQuietIn ?? [])]) expect(shown(flags(inCategory(m, c))), `${c}: ${m.text}`).toEqual([]);
        // A truthful legal statement is noted, at its severity and no higher.
        for (const [c, severity] of noted) {
          const found = inCategory(m, c);
          expect(found.length, `no ${c} note in: ${m.text}`).toBeGreaterThan(0);
          for (const f of found) expect(f.severity).toBe(severity);
        }
      });
    }
  });
}
