// Detection figures per labelled set (./measure.ts says what they count):
//   npx tsx tools/eval/report.ts [--dev] [--packs] [--blind] [--general] [--show SET] [--category C] [--model off] [--why]
// --show lists a development set's misses, misfiled catches and false positives with their texts;
// --category counts only that category's violations and findings. Blind sets and judges
// (holdout2) print figures only, never a text: --show refuses them.

import { lint, PACKS } from '../../src/core/index';
import { analyze, inRegion } from '../../src/core/discourse/index';
import type { Category } from '../../src/core/types';
import { categoryLine, line, listing, measure, pct } from './measure';
import { blindSets, devSets, flags, judgeSets, manpageSentences, packSets, type LabelledSet } from './sets';

const args = process.argv.slice(2);
const has = (f: string) => args.includes(f);
const opt = (f: string) => (args.indexOf(f) >= 0 ? args[args.indexOf(f) + 1] : undefined);
const all = !has('--blind') && !has('--dev') && !has('--packs') && !has('--general');
const show = opt('--show');
const category = opt('--category') as Category | undefined;
const model = opt('--model') !== 'off';

/**
 * For sets whose texts stay unread: counts of why messages were missed or flagged, by mechanism —
 * the discourse layer (a finding set aside, by region kind), the learned fallback, or the rules
 * (by category).
 */
export function diagnose(set: LabelledSet): Record<string, number> {
  const out: Record<string, number> = {};
  const bump = (k: string) => (out[k] = (out[k] ?? 0) + 1);
  for (const m of set.items) {
    const fs = flags(lint(m.text, { audience: m.audience, model }));
    if (m.label === 'violation' && !fs.length) {
      const raw = flags(lint(m.text, { audience: m.audience, model, discourse: false }));
      if (raw.length) {
        const d = analyze(m.text, PACKS.cn!.discourse);
        const r = raw.map((f) => inRegion(d, f.start, f.end)?.kind).find(Boolean);
        bump(`miss: set aside as ${r ?? '?'} (genre ${d.genre})`);
      } else bump(`miss: no rule [${m.categories[0]}]`);
    } else if (m.label === 'compliant' && fs.length) {
      const f = fs[0]!;
      bump(f.ruleId.endsWith('.model') ? `fp: model` : `fp: rule ${f.category}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sets: LabelledSet[] = [];
  if (all || has('--dev')) sets.push(...devSets(), ...judgeSets());
  if (all || has('--packs')) sets.push(...packSets());
  if (all || has('--blind')) sets.push(...blindSets());
  const shown = sets.find((s) => s.name === show);
  if (shown?.figuresOnly) {
    console.error(`${show} prints figures only: tune on the development sets.`);
    process.exit(2);
  }
  for (const s of sets) {
    const r = measure(s, { model, ...(category ? { category } : {}) });
    console.log(line(r));
    if (s === shown) for (const l of listing(r)) console.log(l);
    if (s.figuresOnly && !category && r.violations) console.log(`    recall by category: ${categoryLine(r)}`);
    if (has('--why')) for (const [k, n] of Object.entries(diagnose(s)).sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(3)} ${k}`);
  }
  if (all || has('--general')) {
    const sentences = manpageSentences();
    if (!sentences.length) console.log('manpages-zh                   not installed (apt-get install manpages-zh)');
    else {
      let flagged = 0;
      for (const t of sentences) {
        const fs = flags(lint(t, { model }));
        if (fs.length) {
          flagged++;
          if (show === 'manpages-zh') console.log(`  FP   ${t}\n       → ${fs.map((f) => `${f.ruleId}「${f.match}」`).join(' ')}`);
        }
      }
      console.log(`${'manpages-zh'.padEnd(28)}  flagged ${pct(flagged, sentences.length)} (${flagged}/${sentences.length} sentences)`);
    }
  }
}
