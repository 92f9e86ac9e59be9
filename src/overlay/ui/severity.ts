import { SEVERITY_LABELS } from '../../core/labels';
import type { Lang, Severity } from '../../core/types';
import { SEVERITY_RANK } from '../../core/types';

/** The worst severity among findings, or 'none'. */
export function maxSeverity(findings: readonly { severity: Severity }[]): Severity | 'none' {
  let best: Severity | 'none' = 'none';
  for (const f of findings) if (best === 'none' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
  return best;
}

/** A severity's name as a label: capitalised in English ("Error"), as the engine's labels are lower-case there. */
export function severityLabel(s: Severity, lang: Lang): string {
  const name = SEVERITY_LABELS[s][lang];
  return lang === 'en' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}
