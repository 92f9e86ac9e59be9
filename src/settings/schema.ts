// The one typed settings schema, with defaults and a version. Pure: validation and merging live
// here, storage access in store.ts.

import type { Audience, Category, CustomPhrase, Lang, LintContext, QuietHours, Severity } from '../core/types';

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: number;
  language: Lang;
  /** Global pause: no checking anywhere. */
  paused: boolean;
  /** Hostnames where checking is off. */
  disabledSites: string[];
  pack: string;
  disabledCategories: Category[];
  disabledRules: string[];
  severityOverrides: Record<string, Severity | 'off'>;
  customPhrases: CustomPhrase[];
  allowlist: string[];
  quietHours: QuietHours;
  /** 'auto': detect from the text. */
  defaultAudience: Audience | 'auto';
  /** Expected SMS signature, e.g. 【安信贷】; empty: any signature. */
  signature: string;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  language: 'zh',
  paused: false,
  disabledSites: [],
  pack: 'cn',
  disabledCategories: [],
  disabledRules: [],
  severityOverrides: {},
  customPhrases: [],
  allowlist: [],
  quietHours: { error: { start: 22 * 60, end: 8 * 60 }, warning: { start: 21 * 60, end: 22 * 60 } },
  defaultAudience: 'auto',
  signature: '',
};

/** Whether checking is on for a hostname. */
export function isActiveOn(s: Settings, hostname: string): boolean {
  if (s.paused) return false;
  const h = hostname.toLowerCase();
  return !s.disabledSites.some((d) => h === d || h.endsWith(`.${d}`));
}

/** The engine context for a message under these settings. */
export function lintContextFor(s: Settings, audience: Audience | undefined, now?: number): Partial<LintContext> {
  return {
    pack: s.pack,
    lang: s.language,
    customPhrases: s.customPhrases,
    allowlist: s.allowlist,
    disabledRules: s.disabledRules,
    disabledCategories: s.disabledCategories,
    severityOverrides: s.severityOverrides,
    quietHours: s.quietHours,
    ...(s.signature ? { signature: s.signature } : {}),
    ...(audience ? { audience } : s.defaultAudience !== 'auto' ? { audience: s.defaultAudience } : {}),
    ...(now !== undefined ? { now } : {}),
  };
}
