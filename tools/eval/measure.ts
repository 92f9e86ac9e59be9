// Detection figures of one labelled set, through the same `lint` the CLI uses. Pure: callers
// decide what to print (a set marked figuresOnly never has a text printed).
//
// recall: violations with at least one content finding at error or warning;
// false positives: compliant messages with one; categories: of the caught violations, those whose
// first category (most severe finding, then earliest) is the labelled primary one, and those where
// any finding has it; fixes clean: of the caught violations, those whose text, with every suggested
// fix applied, has no content finding left. With a category, only its violations count and only
// its findings flag.

import { applyFixes, lint } from '../../src/core/index';
import type { Category, Finding } from '../../src/core/types';
import { flags, topCategory, type Labelled, type LabelledSet } from './sets';

export interface Judged {
  m: Labelled;
  /** The flagging findings (of the category, when one is given). */
  fs: Finding[];
}

export interface SetFigures {
  name: string;
  violations: number;
  caught: number;
  compliant: number;
  falsePositives: number;
  categoryTop: number;
  categoryAny: number;
  /** Caught violations that come out clean once every suggested fix is applied. */
  fixedClean: number;
  /** Per labelled category (primary or not): violations caught / violations. */
  byCategory: Record<string, { caught: number; total: number }>;
  missed: Judged[];
  /** Caught, but first under another category than the labelled primary one. */
  misfiled: Judged[];
  flagged: Judged[];
  /** Caught violations some finding is left in after every fix: the text as fixed. */
  unfixed: (Judged & { fixed: string })[];
}

export interface MeasureOptions {
  /** Whether the pack's learned fallback may flag (as shipped: true). */
  model: boolean;
  category?: Category;
}

export function measure(set: LabelledSet, { model, category }: MeasureOptions): SetFigures {
  const r: SetFigures = { name: set.name, violations: 0, caught: 0, compliant: 0, falsePositives: 0, categoryTop: 0, categoryAny: 0, fixedClean: 0, byCategory: {}, missed: [], misfiled: [], flagged: [], unfixed: [] };
  for (const m of set.items) {
    const all = flags(lint(m.text, { audience: m.audience, model }));
    const fs = category ? all.filter((f) => f.category === category) : all;
    if (m.label === 'violation') {
      if (category && !m.categories.includes(category)) continue;
      r.violations++;
      for (const c of m.categories) {
        const b = (r.byCategory[c] ??= { caught: 0, total: 0 });
        b.total++;
        if (fs.length) b.caught++;
      }
      if (!fs.length) {
        r.missed.push({ m, fs: all });
        continue;
      }
      r.caught++;
      const fixed = applyFixes(m.text, all);
      if (!flags(lint(fixed, { audience: m.audience, model })).length) r.fixedClean++;
      else r.unfixed.push({ m, fs: all, fixed });
      if (topCategory(all) === m.categories[0]) r.categoryTop++;
      else r.misfiled.push({ m, fs: all });
      if (all.some((f) => f.category === m.categories[0])) r.categoryAny++;
    } else {
      r.compliant++;
      if (fs.length) {
        r.falsePositives++;
        r.flagged.push({ m, fs });
      }
    }
  }
  return r;
}

export const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : '–');
export const rate = (a: number, b: number) => (b ? a / b : 0);

export function line(r: SetFigures): string {
  const parts = [`${r.name.padEnd(28)}`];
  if (r.violations) parts.push(`recall ${pct(r.caught, r.violations).padStart(6)} (${r.caught}/${r.violations})`);
  if (r.compliant) parts.push(`false positives ${pct(r.falsePositives, r.compliant).padStart(6)} (${r.falsePositives}/${r.compliant})`);
  if (r.caught) parts.push(`categories ${pct(r.categoryTop, r.caught)} first, ${pct(r.categoryAny, r.caught)} any`, `fixes clean ${pct(r.fixedClean, r.caught)}`);
  return parts.join('  ');
}

/** Recall per labelled category, figures only: `threat 40/44, insult 12/12, …`. */
export function categoryLine(r: SetFigures): string {
  return Object.entries(r.byCategory)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([c, { caught, total }]) => `${c} ${caught}/${total}`)
    .join(', ');
}

const spans = (fs: Finding[]) => fs.map((f) => `${f.ruleId}「${f.match}」`).join(' ');

/** A development set's misses, misfiled catches and false positives, one block each, with their texts. */
export function listing(r: SetFigures): string[] {
  return [
    ...r.missed.map(({ m, fs }) => `  MISS ${m.id} [${m.categories.join(',')}] ${m.audience}: ${m.text}${fs.length ? `\n       (other: ${spans(fs)})` : ''}`),
    ...r.misfiled.map(({ m, fs }) => `  CAT  ${m.id} want ${m.categories.join(',')} got ${spans(fs)}: ${m.text}`),
    ...r.flagged.map(({ m, fs }) => `  FP   ${m.id} ${m.audience}: ${m.text}\n       → ${spans(fs)}`),
    ...r.unfixed.map(({ m, fixed }) => `  FIX  ${m.id}: ${m.text}\n       → ${fixed}`),
  ];
}
