// Detection figures per labelled set, through the same `lint` the CLI uses:
//   npx tsx tools/eval/report.ts [--blind] [--dev] [--general] [--show SET] [--model off] [--why]
// recall: violations with at least one content finding at error or warning;
// false positives: compliant messages with one; categories: of the caught violations, those whose
// first category (most severe finding, then earliest) is the labelled primary one, and those where
// any finding has it. Blind sets print figures only (never a text); --show lists a development
// set's misses and false positives.

import { lint, PACKS, type Finding } from '../../src/core/index';
import { analyze, inRegion } from '../../src/core/discourse/index';
import { blindSets, devSets, flags, manpageSentences, topCategory, type LabelledSet } from './sets';

const args = process.argv.slice(2);
const has = (f: string) => args.includes(f);
const opt = (f: string) => (args.indexOf(f) >= 0 ? args[args.indexOf(f) + 1] : undefined);
const all = !has('--blind') && !has('--dev') && !has('--general');
const show = opt('--show');
const model = opt('--model') !== 'off';

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '–');

export interface SetFigures {
  name: string;
  violations: number;
  caught: number;
  /** Caught violations whose text, with every suggested fix applied, has no content finding left. */
  fixedClean: number;
  compliant: number;
  falsePositives: number;
  categoryTop: number;
  categoryAny: number;
}

/**
 * For blind sets, where texts stay unread: counts of why messages were missed or flagged, by
 * mechanism — the discourse layer (a finding set aside, by region kind), the learned fallback, or
 * the rules (by category).
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

/** The text with every suggested fix of the given findings applied, last first. */
export function applyFixes(text: string, findings: Finding[]): string {
  let out = text;
  for (const f of [...findings].filter((x) => x.suggestion !== undefined).sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + f.suggestion + out.slice(f.end);
  return out;
}

export function measure(set: LabelledSet, print: boolean): SetFigures {
  const r: SetFigures = { name: set.name, violations: 0, caught: 0, fixedClean: 0, compliant: 0, falsePositives: 0, categoryTop: 0, categoryAny: 0 };
  for (const m of set.items) {
    const fs = flags(lint(m.text, { audience: m.audience, model }));
    if (m.label === 'violation') {
      r.violations++;
      if (!fs.length) {
        if (print) console.log(`  MISS ${m.id} [${m.categories.join(',')}] ${m.audience}: ${m.text}`);
        continue;
      }
      r.caught++;
      const fixed = applyFixes(m.text, fs);
      if (!flags(lint(fixed, { audience: m.audience, model })).length) r.fixedClean++;
      else if (print) console.log(`  FIX  ${m.id}: ${m.text}\n       → ${fixed}`);
      const top = topCategory(fs);
      if (top === m.categories[0]) r.categoryTop++;
      else if (print) console.log(`  CAT  ${m.id} want ${m.categories.join(',')} got ${fs.map((f) => `${f.category}「${f.match}」`).join(' ')}: ${m.text}`);
      if (fs.some((f) => f.category === m.categories[0])) r.categoryAny++;
    } else {
      r.compliant++;
      if (fs.length) {
        r.falsePositives++;
        if (print) console.log(`  FP   ${m.id} ${m.audience}: ${m.text}\n       → ${fs.map((f) => `${f.ruleId}「${f.match}」`).join(' ')}`);
      }
    }
  }
  return r;
}

export function line(r: SetFigures): string {
  const parts = [`${r.name.padEnd(28)}`];
  if (r.violations) parts.push(`recall ${pct(r.caught, r.violations).padStart(6)} (${r.caught}/${r.violations})`);
  if (r.compliant) parts.push(`false positives ${pct(r.falsePositives, r.compliant).padStart(6)} (${r.falsePositives}/${r.compliant})`);
  if (r.caught) parts.push(`categories ${pct(r.categoryTop, r.caught)} first, ${pct(r.categoryAny, r.caught)} any`, `fixes clean ${pct(r.fixedClean, r.caught)}`);
  return parts.join('  ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sets: LabelledSet[] = [];
  if (all || has('--dev')) sets.push(...devSets());
  if (all || has('--blind')) sets.push(...blindSets());
  for (const s of sets) {
    const print = !s.blind && show === s.name;
    if (print) console.log(`${s.name}:`);
    console.log(line(measure(s, print)));
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
