// The organisation policy: what an administrator pushes through browser enterprise policy
// (chrome.storage.managed; public/managed_schema.json declares it), and how it is merged over
// the user's own settings.
//
// Merge rules (documented for administrators in the README):
//   - A value the policy sets wins over the user's.
//   - Lists (custom phrases, allowlist, paused sites, disabled packs/categories/rules) and the
//     per-rule severities: the policy's entries always apply and cannot be removed by the user;
//     the user's own entries are added to them unless the section is locked.
//   - Single values (pack, global pause, quiet hours, default recipient, signature, language,
//     send guard mode and reason, the site scope `sites.only`): the policy's value is final.
//   - `siteSelectors` (per-site CSS selectors for the send control and for message and note
//     fields) exist in the policy only.
//   - `locked.<section>: true` ignores the user's values for the whole section (even where the
//     policy sets none: the defaults apply) and shows it read-only in the options page.

import type { LocalText } from '../core/types';
import {
  DEFAULT_SETTINGS,
  normalizeSite,
  NO_LOCKS,
  SECTION_FIELDS,
  SECTIONS,
  sectionOf,
  timeToMinutes,
  type EffectiveSettings,
  type LockMap,
  type SectionId,
  type Settings,
  type SettingsField,
  type SiteSelectorMap,
  type SiteSelectors,
} from './schema';
import { LIMITS } from './limits';
import { validatePatch, type SettingsProblem } from './validate';

export interface Policy {
  /** Validated settings values the policy sets. */
  values: Partial<Settings>;
  /** Custom templates the policy pushes (validated by src/templates when it reads them). */
  templates?: unknown[];
  /** Per-site CSS selectors (send control, message and note fields). */
  siteSelectors?: SiteSelectorMap;
  locked: LockMap;
  /**
   * `allowSevereAllowlist`: agents may "always allow" the words of threats, insults and
   * impersonation from the in-page card. Only the organisation can turn this on.
   */
  allowSevere?: boolean;
}

/** Fields whose whole value a policy that sets them fixes (the others are lists the user may add to). */
const SINGLE_FIELDS: readonly SettingsField[] = ['pack', 'paused', 'quietHours', 'defaultAudience', 'signature', 'language', 'sendGuard', 'sendGuardReason', 'onlyListed', 'onlySites'];

const SELECTOR_KEYS: readonly (keyof SiteSelectors)[] = ['send', 'message', 'note'];
const MAX_SELECTOR = 500;

/** `siteSelectors` from the policy: host names normalised, selectors as given (pages skip one that does not parse). */
function selectorsFromPolicy(v: unknown, problems: SettingsProblem[]): SiteSelectorMap | undefined {
  const bad = (path: string, zh: string, en: string) => problems.push(policyProblem('sites', `siteSelectors${path}`, zh, en));
  if (!isObject(v)) {
    bad('', '应为对象（网站 → 选择器）', 'should be an object (site → selectors)');
    return undefined;
  }
  const out: SiteSelectorMap = {};
  for (const [site, sel] of Object.entries(v)) {
    const host = normalizeSite(site);
    if (!host) {
      bad(`.${site}`, `「${site}」不是网站地址`, `"${site}" is not a site`);
      continue;
    }
    if (!isObject(sel)) {
      bad(`.${site}`, '应为对象，如 {"send": "#send"}', 'should be an object such as {"send": "#send"}');
      continue;
    }
    const entry: SiteSelectors = {};
    for (const [k, x] of Object.entries(sel)) {
      if (!(SELECTOR_KEYS as readonly string[]).includes(k)) bad(`.${site}.${k}`, '未知的选择器（可用 send、message、note）', 'unknown selector (send, message or note)');
      else if (typeof x !== 'string' || !x.trim() || x.length > MAX_SELECTOR) bad(`.${site}.${k}`, `应为不超过${MAX_SELECTOR}个字符的 CSS 选择器`, `should be a CSS selector of at most ${MAX_SELECTOR} characters`);
      else entry[k as keyof SiteSelectors] = x.trim();
    }
    if (Object.keys(entry).length) out[host] = { ...out[host], ...entry };
  }
  return out;
}

export const EMPTY_POLICY: Policy = { values: {}, locked: { ...NO_LOCKS } };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function policyProblem(section: SectionId, path: string, zh: string, en: string): SettingsProblem {
  return { section, path: `policy.${path}`, message: { zh: `组织策略 ${path}：${zh}`, en: `Organisation policy ${path}: ${en}` } };
}

function quietFromPolicy(v: unknown, problems: SettingsProblem[]): unknown {
  // Administrators write times as "22:00"; the settings store minutes after midnight.
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const level of ['error', 'warning'] as const) {
    const w = v[level];
    if (w === undefined) {
      out[level] = DEFAULT_SETTINGS.quietHours[level];
      continue;
    }
    if (!isObject(w)) {
      out[level] = w;
      continue;
    }
    const conv = (x: unknown, key: string) => {
      if (typeof x !== 'string') return x;
      const m = timeToMinutes(x);
      if (m === null) problems.push(policyProblem('quietHours', `quietHours.${level}.${key}`, `「${x}」不是 HH:MM 格式的时间`, `"${x}" is not a time of day (HH:MM)`));
      return m ?? x;
    };
    out[level] = { start: conv(w.start, 'start'), end: conv(w.end, 'end') };
  }
  return out;
}

/**
 * The policy from raw managed storage. Never throws; broken values are left out and reported
 * (Chrome already drops values that do not fit the schema; Firefox does not check).
 */
export function parsePolicy(raw: unknown): { policy: Policy; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (!isObject(raw) || Object.keys(raw).length === 0) return { policy: structuredClone(EMPTY_POLICY), problems };
  const flat: Record<string, unknown> = {};
  if (raw.rules !== undefined) {
    if (isObject(raw.rules)) {
      for (const f of SECTION_FIELDS.rules) if (raw.rules[f] !== undefined) flat[f] = raw.rules[f];
    } else problems.push(policyProblem('rules', 'rules', '应为对象', 'should be an object'));
  }
  if (raw.sites !== undefined) {
    if (isObject(raw.sites)) {
      if (raw.sites.paused !== undefined) flat.paused = raw.sites.paused;
      if (raw.sites.disabled !== undefined) flat.disabledSites = raw.sites.disabled;
      if (raw.sites.only !== undefined) {
        // A list of sites: check only there. An empty list says "everywhere" explicitly.
        flat.onlySites = raw.sites.only;
        flat.onlyListed = Array.isArray(raw.sites.only) && raw.sites.only.length > 0;
      }
    } else problems.push(policyProblem('sites', 'sites', '应为对象', 'should be an object'));
  }
  for (const f of ['customPhrases', 'allowlist', 'defaultAudience', 'signature', 'language', 'sendGuard', 'sendGuardReason'] as const) {
    if (raw[f] !== undefined) flat[f] = raw[f];
  }
  if (raw.quietHours !== undefined) flat.quietHours = quietFromPolicy(raw.quietHours, problems);
  const v = validatePatch(flat);
  // A scope whose list was refused (or whose every entry was) must not turn into "check nowhere".
  if (v.value.onlySites === undefined || (v.value.onlyListed && !v.value.onlySites.length)) {
    delete v.value.onlyListed;
    delete v.value.onlySites;
  }
  // A quiet-hours value with a broken time is ignored whole (the user's or the default applies),
  // rather than half-applied.
  if (v.problems.some((p) => p.path.startsWith('quietHours')) || problems.some((p) => p.section === 'quietHours')) delete v.value.quietHours;
  for (const p of v.problems) problems.push({ ...p, path: `policy.${p.path}`, message: { zh: `组织策略：${p.message.zh}`, en: `Organisation policy: ${p.message.en}` } });

  const locked: LockMap = { ...NO_LOCKS };
  if (raw.locked !== undefined) {
    if (isObject(raw.locked)) {
      for (const [k, x] of Object.entries(raw.locked)) {
        if (!(SECTIONS as readonly string[]).includes(k)) problems.push(policyProblem('rules', `locked.${k}`, '未知的设置部分', 'unknown section'));
        else if (typeof x !== 'boolean') problems.push(policyProblem(k as SectionId, `locked.${k}`, '应为 true 或 false', 'should be true or false'));
        else locked[k as SectionId] = x;
      }
    } else problems.push(policyProblem('rules', 'locked', '应为对象', 'should be an object'));
  }
  const policy: Policy = { values: v.value, locked };
  if (raw.siteSelectors !== undefined) {
    const sel = selectorsFromPolicy(raw.siteSelectors, problems);
    if (sel) policy.siteSelectors = sel;
  }
  if (raw.templates !== undefined) {
    if (!Array.isArray(raw.templates)) problems.push(policyProblem('templates', 'templates', '应为列表', 'should be a list'));
    else {
      policy.templates = raw.templates.slice(0, LIMITS.templates);
      if (raw.templates.length > LIMITS.templates) {
        const n = raw.templates.length;
        problems.push(policyProblem('templates', 'templates', `共${n}个，最多${LIMITS.templates}个，只用前${LIMITS.templates}个`, `${n} templates: at most ${LIMITS.templates}; the first ${LIMITS.templates} apply`));
      }
    }
  }
  if (raw.allowSevereAllowlist !== undefined) {
    if (typeof raw.allowSevereAllowlist === 'boolean') policy.allowSevere = raw.allowSevereAllowlist;
    else problems.push(policyProblem('allowlist', 'allowSevereAllowlist', '应为 true 或 false', 'should be true or false'));
  }
  return { policy, problems };
}

/** Fields whose value (or some of whose entries) the policy sets. */
export function managedFields(policy: Policy): SettingsField[] {
  return (Object.keys(policy.values) as SettingsField[]).filter((f) => policy.values[f] !== undefined);
}

/** Sections the policy touches: locked, or setting some value. */
export function managedSections(policy: Policy): SectionId[] {
  const fields = managedFields(policy);
  return SECTIONS.filter(
    (s) =>
      policy.locked[s] ||
      fields.some((f) => sectionOf(f) === s) ||
      (s === 'templates' && !!policy.templates?.length) ||
      (s === 'sites' && Object.keys(policy.siteSelectors ?? {}).length > 0),
  );
}

const LIST_FIELDS = ['disabledSites', 'disabledPacks', 'disabledCategories', 'disabledRules', 'allowlist'] as const;

const phraseKey = (c: { phrase: string; regex?: boolean; category: string }) => `${c.regex ? 1 : 0}|${c.category}|${c.phrase}`;

/** The user's settings with the policy merged over them. */
export function mergePolicy(user: Settings, policy: Policy): EffectiveSettings {
  const m = policy.values;
  const L = policy.locked;
  const out = structuredClone(user) as Settings;
  const d = DEFAULT_SETTINGS;
  for (const f of LIST_FIELDS) {
    const locked = L[sectionOf(f)];
    const mine = locked ? [] : (user[f] as string[]);
    const theirs = (m[f] as string[] | undefined) ?? (locked ? (d[f] as string[]) : []);
    (out as unknown as Record<string, string[]>)[f] = [...theirs, ...mine.filter((x) => !theirs.includes(x))];
  }
  {
    const locked = L.customPhrases;
    const theirs = m.customPhrases ?? [];
    const keys = new Set(theirs.map(phraseKey));
    out.customPhrases = [...theirs, ...(locked ? [] : user.customPhrases.filter((c) => !keys.has(phraseKey(c))))];
  }
  out.severityOverrides = { ...(L.rules ? {} : user.severityOverrides), ...(m.severityOverrides ?? {}) };
  for (const f of SINGLE_FIELDS) {
    const v = m[f] ?? (L[sectionOf(f)] ? d[f] : user[f]);
    (out as unknown as Record<string, unknown>)[f] = structuredClone(v);
  }
  return {
    ...out,
    locked: { ...policy.locked },
    managed: managedFields(policy),
    siteSelectors: structuredClone(policy.siteSelectors ?? {}),
    ...(policy.allowSevere ? { allowSevere: true } : {}),
  };
}

export class SettingsLockedError extends Error {
  constructor(
    readonly section: SectionId,
    readonly field: SettingsField,
    readonly text: LocalText = {
      zh: '此设置由你的组织统一管理，无法修改',
      en: 'Your organisation manages this setting; it cannot be changed here',
    },
  ) {
    super(`settings section "${section}" is managed by the organisation (field ${field})`);
  }
}

/** Fields whose whole value the policy fixes (single values it sets, and everything in a locked section). */
export function isFieldFixed(policy: Policy, field: SettingsField): boolean {
  if (policy.locked[sectionOf(field)]) return true;
  return SINGLE_FIELDS.includes(field) && policy.values[field] !== undefined;
}

/**
 * Turns a patch of effective values (what a surface read from loadSettings and changed) into a
 * patch of the user's own layer: entries that come from the policy are taken out. Throws
 * SettingsLockedError for a field the policy fixes.
 */
export function toUserPatch(patch: Partial<Settings>, policy: Policy): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const [k, v] of Object.entries(patch) as [SettingsField, unknown][]) {
    if (v === undefined || (k as string) === 'version' || !SECTIONS.some((s) => SECTION_FIELDS[s].includes(k))) continue;
    if (isFieldFixed(policy, k)) {
      // Writing back the value already in force is not a change (e.g. a whole-settings save).
      if (JSON.stringify(v) === JSON.stringify(mergedValue(policy, k))) continue;
      throw new SettingsLockedError(sectionOf(k), k);
    }
    const theirs = policy.values[k];
    if ((LIST_FIELDS as readonly string[]).includes(k) && Array.isArray(theirs) && Array.isArray(v)) {
      (out as Record<string, unknown>)[k] = (v as string[]).filter((x) => !(theirs as string[]).includes(x));
    } else if (k === 'customPhrases' && theirs && Array.isArray(v)) {
      const keys = new Set((theirs as Settings['customPhrases']).map(phraseKey));
      out.customPhrases = (v as Settings['customPhrases']).filter((c) => !c || typeof c !== 'object' || !keys.has(phraseKey(c)));
    } else if (k === 'severityOverrides' && theirs && v && typeof v === 'object') {
      const o = { ...(v as Record<string, Settings['severityOverrides'][string]>) };
      for (const key of Object.keys(theirs)) delete o[key];
      out.severityOverrides = o;
    } else (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function mergedValue(policy: Policy, field: SettingsField): unknown {
  return policy.values[field] ?? DEFAULT_SETTINGS[field];
}
