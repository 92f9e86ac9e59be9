// Settings in extension storage: read (migrated, validated part by part, organisation policy
// merged over them), write (only the user's own layer, only valid values), and watch for changes
// made by the options page, the popup, another tab or a policy update, so open tabs update
// without reload.
//
// Storage layout (storage.local):
//   settings         the user's settings, a `Settings` object with its `version`
//   settingsBackups  up to MAX_BACKUPS copies of earlier raw data, newest first, kept before a
//                    migration, before a save overwrites damaged data, and before an import
// storage.managed holds the organisation policy (see policy.ts and public/managed_schema.json).

import { browser } from 'wxt/browser';
import { parsePattern } from '../core/regex';
import type { CustomPhrase } from '../core/types';
import { migrate } from './migrate';
import { EMPTY_POLICY, mergePolicy, parsePolicy, toUserPatch, type Policy } from './policy';
import { SETTINGS_VERSION, type EffectiveSettings, type Settings } from './schema';
import { validatePatch, validateSettings, type SettingsProblem } from './validate';

export const SETTINGS_KEY = 'settings';
export const BACKUPS_KEY = 'settingsBackups';
export const MAX_BACKUPS = 5;

export interface SettingsBackup {
  reason: 'migration' | 'repair' | 'import' | 'restore';
  /** Epoch ms. */
  at: number;
  /** The raw stored settings as they were. */
  settings: unknown;
  /** Extra stored keys saved with them (custom templates before an import). */
  extra?: Record<string, unknown>;
}

export interface SettingsState {
  /** What every surface acts on: the user's settings with the policy merged over them. */
  effective: EffectiveSettings;
  /** The user's own layer, validated. */
  user: Settings;
  policy: Policy;
  /** What was wrong with the stored settings (each broken part fell back to its default). */
  problems: SettingsProblem[];
  /** What was wrong with the organisation policy (broken values are ignored). */
  policyProblems: SettingsProblem[];
  /** Version of the stored data (before migration). */
  storedVersion: number;
  /** Stored by a newer build: read as far as understood, never rewritten wholesale. */
  newer: boolean;
  backups: SettingsBackup[];
}

export class SettingsValidationError extends Error {
  constructor(readonly problems: SettingsProblem[]) {
    super(`invalid settings: ${problems.map((p) => p.message.en).join('; ')}`);
  }
}

export { SettingsLockedError } from './policy';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function readPolicy(): Promise<{ policy: Policy; problems: SettingsProblem[] }> {
  try {
    // Firefox without a policy (and any browser without a managed schema) rejects: no policy.
    const raw = await browser.storage.managed.get();
    return parsePolicy(raw);
  } catch {
    return { policy: structuredClone(EMPTY_POLICY), problems: [] };
  }
}

function stateFrom(raw: unknown, pol: { policy: Policy; problems: SettingsProblem[] }, backups: unknown): SettingsState {
  const m = migrate(raw);
  const v = validateSettings(m.data);
  const problems = [...v.problems];
  if (m.newer) {
    problems.push({
      section: 'rules',
      path: 'version',
      message: {
        zh: `设置来自更新版本的扩展（版本 ${m.from}），部分内容可能无法识别`,
        en: `The settings come from a newer version of the extension (version ${m.from}); some of them may not be understood`,
      },
    });
  }
  return {
    effective: mergePolicy(v.value, pol.policy),
    user: v.value,
    policy: pol.policy,
    problems,
    policyProblems: pol.problems,
    storedVersion: m.from,
    newer: m.newer,
    backups: Array.isArray(backups) ? (backups.filter(isObject) as unknown as SettingsBackup[]) : [],
  };
}

/** Everything the options page needs: effective and user settings, policy, problems, backups. */
export async function loadSettingsState(): Promise<SettingsState> {
  const [got, pol] = await Promise.all([browser.storage.local.get([SETTINGS_KEY, BACKUPS_KEY]), readPolicy()]);
  return stateFrom(got[SETTINGS_KEY], pol, got[BACKUPS_KEY]);
}

/** The effective settings (policy merged over the user's), with `locked` and `managed`. */
export async function loadSettings(): Promise<EffectiveSettings> {
  return (await loadSettingsState()).effective;
}

/** Settings with their patterns parsed, per settings object: every frame of every tab asks. */
const servedToPages = new WeakMap<EffectiveSettings, EffectiveSettings>();

/**
 * Effective settings as content scripts get them: each custom pattern comes parsed (regex.ts),
 * so that every frame's bundle does without the parser. (Not stored; parsed once per change.)
 */
export function forPages(s: EffectiveSettings): EffectiveSettings {
  if (!s.customPhrases.some((c) => c.regex)) return s;
  let out = servedToPages.get(s);
  if (out) return out;
  const parsed = (c: CustomPhrase): CustomPhrase => {
    try {
      return { ...c, tree: parsePattern(c.phrase) };
    } catch {
      return c; // invalid patterns never get this far (validate.ts); without a tree it matches nothing
    }
  };
  out = { ...s, customPhrases: s.customPhrases.map((c) => (c.regex ? parsed(c) : c)) };
  servedToPages.set(s, out);
  return out;
}

function pushBackup(list: SettingsBackup[], b: SettingsBackup): SettingsBackup[] {
  return [b, ...list].slice(0, MAX_BACKUPS);
}

// Saves from one page run one after another, so quick successive edits never overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Writes a patch of settings. Values may be effective ones (as read from loadSettings): entries
 * that come from the organisation policy are taken out before writing. Throws
 * SettingsLockedError for a field the organisation fixes and SettingsValidationError for an
 * invalid value; nothing is written then. Only the patched fields change in storage, so data the
 * validator could not read elsewhere stays for a later fix (and a backup is kept before a save
 * replaces damaged data).
 */
export function saveSettings(patch: Partial<Settings>): Promise<EffectiveSettings> {
  return serial(async () => {
    const [got, pol] = await Promise.all([browser.storage.local.get([SETTINGS_KEY, BACKUPS_KEY]), readPolicy()]);
    const userPatch = toUserPatch(patch, pol.policy);
    const v = validatePatch(userPatch as Record<string, unknown>);
    if (v.problems.length) throw new SettingsValidationError(v.problems);
    const raw = got[SETTINGS_KEY];
    const m = migrate(raw);
    let backups = (Array.isArray(got[BACKUPS_KEY]) ? got[BACKUPS_KEY] : []) as SettingsBackup[];
    const before = validateSettings(m.data);
    const touched = new Set(Object.keys(v.value));
    if (raw !== undefined && (!isObject(raw) || before.problems.some((p) => touched.has(p.path.split(/[.[]/)[0]!)))) {
      backups = pushBackup(backups, { reason: 'repair', at: Date.now(), settings: raw });
    } else if (m.migrated) {
      backups = pushBackup(backups, { reason: 'migration', at: Date.now(), settings: raw });
    }
    const base = isObject(m.data) ? m.data : {};
    const next = { ...base, ...v.value, version: m.newer ? (base.version as number) : SETTINGS_VERSION };
    const write: Record<string, unknown> = { [SETTINGS_KEY]: next };
    if (backups !== got[BACKUPS_KEY] && backups.length) write[BACKUPS_KEY] = backups;
    await browser.storage.local.set(write);
    return mergePolicy(validateSettings(next).value, pol.policy);
  });
}

/**
 * Runs pending migrations on the stored data and writes the result (keeping a backup of the
 * old data). Called when the extension is installed or updated and when the options page opens;
 * every reader also migrates in memory, so a tab never sees the old shape.
 */
export function migrateStoredSettings(): Promise<{ from: number; to: number; migrated: boolean }> {
  return serial(async () => {
    const got = await browser.storage.local.get([SETTINGS_KEY, BACKUPS_KEY]);
    const raw = got[SETTINGS_KEY];
    const m = migrate(raw);
    if (!m.migrated) return { from: m.from, to: m.from, migrated: false };
    const backups = pushBackup((Array.isArray(got[BACKUPS_KEY]) ? got[BACKUPS_KEY] : []) as SettingsBackup[], {
      reason: 'migration',
      at: Date.now(),
      settings: raw,
    });
    await browser.storage.local.set({ [SETTINGS_KEY]: m.data, [BACKUPS_KEY]: backups });
    return { from: m.from, to: SETTINGS_VERSION, migrated: true };
  });
}

/** Writes several storage keys in one call (one change event, applied together). */
export function writeAtomically(items: Record<string, unknown>): Promise<void> {
  return serial(() => browser.storage.local.set(items));
}

/** Reads raw storage keys (for import/export of data kept beside the settings). */
export async function readRaw(keys: string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get(keys);
}

type ChangeListener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;

/**
 * Calls `onChange` with the full state whenever the user's settings or the organisation policy
 * change (in this page or any other); returns the unsubscribe function.
 */
export function watchSettingsState(onChange: (s: SettingsState) => void, extraKeys: string[] = []): () => void {
  let seq = 0;
  let stopped = false;
  const listener: ChangeListener = (changes, area) => {
    const relevant = area === 'managed' || (area === 'local' && (SETTINGS_KEY in changes || BACKUPS_KEY in changes || extraKeys.some((k) => k in changes)));
    if (!relevant) return;
    const mine = ++seq;
    void loadSettingsState().then(
      (s) => {
        // Only the newest read counts; an older one finishing late must not undo a newer change.
        if (!stopped && mine === seq) onChange(s);
      },
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Calls `onChange` with the new effective settings whenever they change; returns the unsubscribe function. */
export function watchSettings(onChange: (s: EffectiveSettings) => void): () => void {
  let last = '';
  return watchSettingsState((s) => {
    // A write that changes nothing in force (a backup, the same value again) is not a change.
    const json = JSON.stringify(s.effective);
    if (json === last) return;
    last = json;
    onChange(s.effective);
  });
}
