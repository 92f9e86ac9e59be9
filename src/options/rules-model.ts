// The rules browser's data: every rule and code check of a pack with its category, default
// severity, message, examples and source, and a search over them.

import { CATEGORY_LABELS, SEVERITY_LABELS } from '../core/labels';
import { PACKS } from '../core/index';
import { CATEGORIES, type Category, type CheckId, type LocalText, type Severity } from '../core/types';
import type { Settings } from '../settings/schema';

export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
  message: LocalText;
  source?: LocalText;
  suggestion?: LocalText;
  examples: { bad: string[]; good: string[] };
  /** Code checks (detectors, message structure, send time) have no phrase examples. */
  kind: 'phrase' | 'check';
}

/** Category and default severity of the code checks (lint.ts decides them in code). */
const CHECK_META: Partial<Record<CheckId, { category: Category; severity: Severity }>> = {
  id_card: { category: 'privacy', severity: 'error' },
  bank_card: { category: 'privacy', severity: 'error' },
  identity: { category: 'identity', severity: 'warning' },
  identity_signature: { category: 'identity', severity: 'warning' },
  channel: { category: 'channel', severity: 'info' },
  length: { category: 'length', severity: 'info' },
  length_max: { category: 'length', severity: 'warning' },
  time_window_error: { category: 'time_window', severity: 'error' },
  time_window_warning: { category: 'time_window', severity: 'warning' },
};

/** A check this table does not know yet: its category from its id (cn.<category>.<name>), severity warning. */
function checkMeta(id: string): { category: Category; severity: Severity } {
  const cat = id.split('.')[1] as Category;
  return { category: CATEGORIES.includes(cat) ? cat : 'identity', severity: 'warning' };
}

const cache = new Map<string, RuleInfo[]>();

/** Placeholders ({match}, {time}, {chars}) are filled at lint time; the browser shows an ellipsis. */
function plain(t: LocalText): LocalText {
  return { zh: t.zh.replace(/\{\w+\}/g, '…'), en: t.en.replace(/\{\w+\}/g, '…') };
}

export function rulesOf(packId: string): RuleInfo[] {
  const hit = cache.get(packId);
  if (hit) return hit;
  const pack = PACKS[packId];
  if (!pack) return [];
  const list: RuleInfo[] = pack.rules.map((r) => ({
    id: r.id,
    category: r.category,
    severity: r.severity,
    message: plain(r.message),
    ...(r.source ? { source: r.source } : {}),
    ...(r.suggestion ? { suggestion: plain(r.suggestion) } : {}),
    examples: { bad: r.examples.bad, good: r.examples.good },
    kind: 'phrase' as const,
  }));
  for (const [k, c] of Object.entries(pack.checks) as [CheckId, (typeof pack.checks)[CheckId]][]) {
    list.push({
      id: c.id,
      ...(CHECK_META[k] ?? checkMeta(c.id)),
      message: plain(c.message),
      ...(c.source ? { source: c.source } : {}),
      examples: { bad: [], good: [] },
      kind: 'check',
    });
  }
  cache.set(packId, list);
  return list;
}

/** Rules whose id, category, message, examples or source contain every word of the query. */
export function searchRules(rules: RuleInfo[], query: string, category: Category | 'all' = 'all'): RuleInfo[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rules.filter((r) => {
    if (category !== 'all' && r.category !== category) return false;
    if (!words.length) return true;
    const hay = [
      r.id,
      r.category,
      CATEGORY_LABELS[r.category].zh,
      CATEGORY_LABELS[r.category].en,
      r.message.zh,
      r.message.en,
      r.source?.zh ?? '',
      r.source?.en ?? '',
      ...r.examples.bad,
      ...r.examples.good,
    ]
      .join('\n')
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** How a rule runs under the settings: off, or at which severity (and whether that is changed). */
export function ruleState(s: Pick<Settings, 'disabledRules' | 'disabledCategories' | 'severityOverrides'>, r: RuleInfo): { on: boolean; severity: Severity; overridden: boolean } {
  const ruleO = s.severityOverrides[r.id];
  const catO = s.severityOverrides[r.category];
  const on = !s.disabledRules.includes(r.id) && !s.disabledCategories.includes(r.category) && ruleO !== 'off' && !(ruleO === undefined && catO === 'off');
  const o = ruleO ?? catO;
  const severity = o && o !== 'off' ? o : r.severity;
  return { on, severity, overridden: ruleO !== undefined && ruleO !== 'off' };
}

export { CATEGORY_LABELS, SEVERITY_LABELS };
