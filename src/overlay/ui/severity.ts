import type { Severity } from '../../core/types';
import { SEVERITY_RANK } from '../../core/types';

/** The worst severity among findings, or 'none'. */
export function maxSeverity(findings: readonly { severity: Severity }[]): Severity | 'none' {
  let best: Severity | 'none' = 'none';
  for (const f of findings) if (best === 'none' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[best]) best = f.severity;
  return best;
}
