// Migrations of the stored settings from every earlier version to SETTINGS_VERSION. Each step
// takes the raw object of version N and returns the raw object of version N+1; it never throws
// and never drops data it does not understand (validation reports that afterwards), so a
// migration cannot lose the user's phrases, allowlist or sites.

import { normalizeSite, SETTINGS_VERSION } from './schema';

type Raw = Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n object into a version-(n+1) object. */
export const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  // 1 → 2: rule packs can be switched off; paused sites are stored as bare host names (v1 kept
  // whatever was typed, so "https://sms.example.com/send" never matched a page).
  1: (old) => {
    const next: Raw = { ...old, version: 2 };
    if (!Array.isArray(old.disabledPacks)) next.disabledPacks = [];
    if (Array.isArray(old.disabledSites)) {
      const sites: unknown[] = [];
      for (const s of old.disabledSites) {
        const n = typeof s === 'string' ? (normalizeSite(s) ?? s) : s;
        if (!sites.includes(n)) sites.push(n);
      }
      next.disabledSites = sites;
    }
    return next;
  },
  // 2 → 3: the send guard (on, asking before a send with an error) and the site scope
  // (everywhere). Values already there (a hand-edited file) are left for validation to judge.
  2: (old) => ({ sendGuard: 'confirm', sendGuardReason: false, onlyListed: false, onlySites: [], ...old, version: 3 }),
};

export interface MigrationResult {
  /** The object at SETTINGS_VERSION (or unchanged when it is newer or not an object). */
  data: unknown;
  /** The version the data had (1 when it had none). */
  from: number;
  /** Whether any step ran. */
  migrated: boolean;
  /** The data comes from a newer build than this one: read what we understand, never write it back. */
  newer: boolean;
}

/** The version a stored object claims; objects from before versioning count as version 1. */
export function versionOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return SETTINGS_VERSION;
  const v = (raw as Raw).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { data: raw, from: SETTINGS_VERSION, migrated: false, newer: false };
  }
  const from = versionOf(raw);
  if (from > SETTINGS_VERSION) return { data: raw, from, migrated: false, newer: true };
  let data = raw as Raw;
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    /* c8 ignore next */
    if (!step) throw new Error(`no settings migration from version ${v}`);
    data = step(data);
  }
  return { data: { ...data, version: SETTINGS_VERSION }, from, migrated: from < SETTINGS_VERSION, newer: false };
}
