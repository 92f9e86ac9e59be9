// The one typed settings schema, with defaults and a version. Pure: validation lives in
// validate.ts, migrations in migrate.ts, the organisation policy in policy.ts, storage in store.ts;
// the rule packs an engine context needs are passed in, never read from the engine's registry.

import type { Audience, Category, CustomPhrase, Lang, LintContext, QuietHours, RulePack, Severity } from '../core/types';

/**
 * Version of the stored shape.
 *   1: the first release (flat object, no `disabledPacks`, sites stored as typed).
 *   2: `disabledPacks`; `disabledSites` normalised to bare lower-case host names.
 *   3: the send guard (`sendGuard`, `sendGuardReason`) and the site scope (`onlyListed`, `onlySites`).
 * Every bump adds a step to MIGRATIONS (migrate.ts) and a fixture of the old shape to the tests.
 */
export const SETTINGS_VERSION = 3;

/** What happens when a message with an error is about to be sent (src/content/features/send-guard). */
export type SendGuardMode = 'off' | 'confirm' | 'block';
export const SEND_GUARD_MODES: readonly SendGuardMode[] = ['off', 'confirm', 'block'];

export interface Settings {
  version: number;
  language: Lang;
  /** Global pause: no checking anywhere. */
  paused: boolean;
  /** Host names where checking is off (a name also covers its subdomains). */
  disabledSites: string[];
  /** The rule pack the text is checked against. */
  pack: string;
  /** Packs switched off: none of their rules or checks run; custom phrases still do. */
  disabledPacks: string[];
  disabledCategories: Category[];
  disabledRules: string[];
  /** Keyed by rule id or category; a rule id wins over its category. */
  severityOverrides: Record<string, Severity | 'off'>;
  customPhrases: CustomPhrase[];
  allowlist: string[];
  quietHours: QuietHours;
  /** 'auto': detect from the text. */
  defaultAudience: Audience | 'auto';
  /** Expected SMS signature, e.g. 【安信贷】; empty: any signature. */
  signature: string;
  /** A send with an error finding: let it go ('off'), ask ('confirm') or refuse ('block'). */
  sendGuard: SendGuardMode;
  /** Sending anyway (confirm mode) needs a short reason. */
  sendGuardReason: boolean;
  /** Check only on the sites in `onlySites` (and their subdomains); everywhere else stay dormant. */
  onlyListed: boolean;
  /** Host names checked when `onlyListed` (a name also covers its subdomains). */
  onlySites: string[];
}

export const DEFAULT_QUIET_HOURS: QuietHours = {
  error: { start: 22 * 60, end: 8 * 60 },
  warning: { start: 21 * 60, end: 22 * 60 },
};

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  language: 'zh',
  paused: false,
  disabledSites: [],
  pack: 'cn',
  disabledPacks: [],
  disabledCategories: [],
  disabledRules: [],
  severityOverrides: {},
  customPhrases: [],
  allowlist: [],
  quietHours: DEFAULT_QUIET_HOURS,
  defaultAudience: 'auto',
  signature: '',
  sendGuard: 'confirm',
  sendGuardReason: false,
  onlyListed: false,
  onlySites: [],
};

/** A fresh copy of the defaults (nested objects included), safe to mutate. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/**
 * Sections: the units that are validated, reset, managed and locked together. `templates` are
 * custom templates, kept by src/templates in their own storage key but locked and imported with
 * the settings; `statistics` (src/stats) has no settings, its lock forbids resetting the figures.
 */
export type SectionId =
  | 'rules'
  | 'customPhrases'
  | 'allowlist'
  | 'templates'
  | 'quietHours'
  | 'sites'
  | 'defaultAudience'
  | 'signature'
  | 'language'
  | 'sendGuard'
  | 'statistics';

export const SECTIONS: readonly SectionId[] = [
  'rules',
  'customPhrases',
  'allowlist',
  'templates',
  'quietHours',
  'sites',
  'defaultAudience',
  'signature',
  'language',
  'sendGuard',
  'statistics',
];

/** Settings fields per section (templates have none here). */
export const SECTION_FIELDS: Record<SectionId, readonly (keyof Settings)[]> = {
  rules: ['pack', 'disabledPacks', 'disabledCategories', 'disabledRules', 'severityOverrides'],
  customPhrases: ['customPhrases'],
  allowlist: ['allowlist'],
  templates: [],
  quietHours: ['quietHours'],
  sites: ['paused', 'disabledSites', 'onlyListed', 'onlySites'],
  defaultAudience: ['defaultAudience'],
  signature: ['signature'],
  language: ['language'],
  sendGuard: ['sendGuard', 'sendGuardReason'],
  statistics: [],
};

export type SettingsField = Exclude<keyof Settings, 'version'>;

export function sectionOf(field: SettingsField): SectionId {
  for (const s of SECTIONS) if (SECTION_FIELDS[s].includes(field)) return s;
  /* c8 ignore next */
  throw new Error(`no section for ${field}`);
}

/** Section → locked. */
export type LockMap = Record<SectionId, boolean>;
export const NO_LOCKS: LockMap = Object.fromEntries(SECTIONS.map((s) => [s, false])) as LockMap;

/**
 * The settings every part of the extension acts on: the user's, with the organisation's policy
 * merged over them. `locked` says which sections the organisation manages read-only; `managed`
 * lists the fields whose value (or some of whose entries) come from the policy.
 */
export interface EffectiveSettings extends Settings {
  locked: LockMap;
  managed: SettingsField[];
  /** Per-site CSS selectors the organisation sets (policy only, see SiteSelectors). */
  siteSelectors?: SiteSelectorMap;
  /** The policy lets agents "always allow" the words of threats, insults and impersonation (only the organisation can). */
  allowSevere?: boolean;
}

/**
 * Categories whose words an agent may not "always allow" from the page (one click would silence
 * them on every site) unless the organisation's policy sets allowSevereAllowlist.
 */
export const SEVERE_CATEGORIES: readonly Category[] = ['threat', 'insult', 'impersonation'];

/** The categories the page may not offer "always allow" for under these settings. */
export function unallowableCategories(s: Pick<EffectiveSettings, 'allowSevere'>): Category[] {
  return s.allowSevere ? [] : [...SEVERE_CATEGORIES];
}

/**
 * What an administrator names on a site with CSS selectors (policy `siteSelectors`): the send
 * control (overrides the send guard's guess), and the fields that are messages or internal notes
 * (overrides the purpose detected from the field's label).
 */
export interface SiteSelectors {
  send?: string;
  message?: string;
  note?: string;
}

/** Host name (a name covers its subdomains) → selectors. */
export type SiteSelectorMap = Record<string, SiteSelectors>;

/** The selectors for a page: those of every listed site the host falls under, the most specific first. */
export function selectorsFor(map: SiteSelectorMap | undefined, hostname: string): SiteSelectors {
  const out: SiteSelectors = {};
  const sites = Object.keys(map ?? {})
    .filter((site) => siteMatches(site, hostname))
    .sort((a, b) => b.length - a.length);
  for (const site of sites) for (const [k, v] of Object.entries(map![site]!)) out[k as keyof SiteSelectors] ??= v;
  return out;
}

// ---- sites -----------------------------------------------------------------------------------

/**
 * The host name a user means by what they typed: `https://Sms.Example.com:8080/x` → `sms.example.com`,
 * `*.example.com` → `example.com`. null when it is not a host name.
 */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.replace(/^[^@/]*@/, '');
  s = s.split(/[/?#]/)[0]!;
  s = s.replace(/^\*\./, '').replace(/^\.+/, '');
  if (s.startsWith('[')) return /^\[[0-9a-f:.]+\](:\d+)?$/.test(s) ? s.replace(/\]:\d+$/, ']') : null;
  s = s.replace(/:\d+$/, '').replace(/\.$/, '');
  if (!s || s.length > 253) return null;
  // Letters of any script (IDN typed as Unicode), digits, hyphens, dots; no empty labels.
  if (!/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u.test(s)) return null;
  return s;
}

/** Whether `hostname` is `site` or one of its subdomains. */
export function siteMatches(site: string, hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === site || h.endsWith(`.${site}`);
}

/**
 * Whether a hostname is within the site scope: everywhere, or (`onlyListed`) only the listed
 * sites — an empty list still means everywhere, never "nowhere". Outside the scope CollectGuard
 * stays dormant: no listeners, no rule pack, no badge.
 */
export function inScope(s: Pick<Settings, 'onlyListed' | 'onlySites'>, hostname: string): boolean {
  return !s.onlyListed || !s.onlySites.length || s.onlySites.some((d) => siteMatches(d, hostname));
}

/** Whether checking is on for a hostname: within the scope, not paused there nor everywhere. */
export function isActiveOn(s: Pick<Settings, 'paused' | 'disabledSites' | 'onlyListed' | 'onlySites'>, hostname: string): boolean {
  if (s.paused || !inScope(s, hostname)) return false;
  return !s.disabledSites.some((d) => siteMatches(d, hostname));
}

// ---- quiet hours -----------------------------------------------------------------------------

/** 1320 → "22:00" (the engine's own formatting, so the options page and the findings agree). */
export { formatMinutes as minutesToTime } from '../core/structure';

/** "22:00" → 1320; null when it is not a time of day. */
export function timeToMinutes(t: string): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(t.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

// ---- engine context --------------------------------------------------------------------------

/** The rule packs a context may refer to, by id (the engine's registry, or a test's own). */
export type PackIndex = Readonly<Record<string, RulePack>>;

const packRuleIds = new WeakMap<RulePack, string[]>();

/** Every rule and check id of a pack (what switching the pack off disables). */
export function ruleIdsOfPack(pack: RulePack): string[] {
  let ids = packRuleIds.get(pack);
  if (!ids) {
    ids = [...pack.rules.map((r) => r.id), ...Object.values(pack.checks).map((c) => c.id)];
    packRuleIds.set(pack, ids);
  }
  return ids;
}

/** The engine context for a message under these settings; `packs` resolves a switched-off pack's rules. */
export function lintContextFor(s: Settings, packs: PackIndex, audience?: Audience, now?: number): Partial<LintContext> {
  const off = (s.disabledPacks ?? []).includes(s.pack) ? packs[s.pack] : undefined;
  return {
    pack: s.pack,
    lang: s.language,
    customPhrases: s.customPhrases,
    allowlist: s.allowlist,
    disabledRules: off ? [...s.disabledRules, ...ruleIdsOfPack(off)] : s.disabledRules,
    disabledCategories: s.disabledCategories,
    severityOverrides: s.severityOverrides,
    quietHours: s.quietHours,
    ...(s.signature ? { signature: s.signature } : {}),
    ...(audience ? { audience } : s.defaultAudience !== 'auto' ? { audience: s.defaultAudience } : {}),
    ...(now !== undefined ? { now } : {}),
  };
}
