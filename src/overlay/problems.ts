// From the engine's findings to the problems the agent sees: findings about the same words are one
// problem (「警察会找你」 is impersonation and misleading; for a third party 「老赖」 is an insult and a
// disclosure), shown once with every category it falls under, and listed worst first, then in
// the order of the text. The count on the badge is the number of these problems.

import { SEVERITY_RANK, type Finding } from '../core/types';

/** Where the words a rule matched sit: the phrase inside a finding widened to its fix's unit, else the span. */
export function phraseSpan(f: Finding): { start: number; end: number } {
  if (!f.phrase || f.phrase === f.match) return { start: f.start, end: f.end };
  const at = f.match.indexOf(f.phrase);
  return at < 0 ? { start: f.start, end: f.end } : { start: f.start + at, end: f.start + at + f.phrase.length };
}

/** The finding that speaks for a group: the one with a fix, then the worst, then the widest. */
function better(a: Finding, b: Finding): boolean {
  const fa = a.suggestion !== undefined ? 1 : 0;
  const fb = b.suggestion !== undefined ? 1 : 0;
  if (fa !== fb) return fa > fb;
  if (SEVERITY_RANK[a.severity] !== SEVERITY_RANK[b.severity]) return SEVERITY_RANK[a.severity] > SEVERITY_RANK[b.severity];
  return a.end - a.start > b.end - b.start;
}

export type Problem<F extends Finding = Finding> = F & {
  /** The other findings about the same words (other rules, other categories). */
  also?: F[];
};

/**
 * Findings on the same words merged into one problem, in the order of the text. The problem keeps
 * the speaking finding's span, rule and fix, and the worst severity of the group.
 */
export function mergeProblems<F extends Finding>(findings: readonly F[]): Problem<F>[] {
  const groups = new Map<string, F[]>();
  const order: string[] = [];
  for (const f of findings) {
    const p = phraseSpan(f);
    // Whole-message findings (no span) are each their own problem.
    const key = p.end > p.start ? `${p.start}-${p.end}` : `${f.ruleId}#${order.length}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else {
      groups.set(key, [f]);
      order.push(key);
    }
  }
  const out: Problem<F>[] = [];
  for (const key of order) {
    const g = groups.get(key)!;
    let lead = g[0]!;
    for (const f of g) if (better(f, lead)) lead = f;
    if (g.length === 1) {
      out.push(lead);
      continue;
    }
    const worst = g.reduce((a, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[a] ? f.severity : a), lead.severity);
    out.push({ ...lead, severity: worst, also: g.filter((f) => f !== lead) });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The panel's order: errors first, then warnings, then info; within each, in the order of the text, whole-message ones last. */
export function byConcern<F extends Finding>(problems: readonly F[]): F[] {
  const whole = (f: F) => (f.end > f.start ? 0 : 1);
  return [...problems].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || whole(a) - whole(b) || a.start - b.start || a.end - b.end);
}
