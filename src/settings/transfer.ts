// Import and export of all settings and the custom templates as one JSON file with a version
// field. An import is checked completely first and then written in one storage call, or nothing
// changes and the user is told why; the data it replaces is kept as a backup for "undo".

import type { LocalText } from '../core/types';
import { LIMITS } from './limits';
import { migrate } from './migrate';
import { SETTINGS_FIELDS, validatePatch, validateSettings } from './validate';
import { SETTINGS_VERSION, type SectionId, type Settings, type SettingsField, sectionOf } from './schema';
import { BACKUPS_KEY, loadSettingsState, MAX_BACKUPS, readRaw, SETTINGS_KEY, writeAtomically, type SettingsBackup } from './store';

/** How custom templates are read, checked and written (src/templates provides the real one). */
export interface TemplatesPort {
  /** storage.local key of the custom templates. */
  storageKey: string;
  /** The custom templates held by a raw stored value. */
  fromStored(raw: unknown): unknown[];
  /** Checks an imported list: the valid templates (normalised) and a reason per bad entry. */
  validate(list: unknown): { templates: unknown[]; errors: LocalText[] };
  /** The stored value for a list of custom templates. */
  toStored(list: unknown[]): unknown;
  /** The id that makes two templates "the same" when merging. */
  idOf(t: unknown): string;
}

export const EXPORT_FORMAT = 'collectguard-settings';

/** Why a file too large to be a settings file is refused (also before it is read, from its size). */
export const FILE_TOO_LARGE: LocalText = {
  zh: `文件过大（超过 ${LIMITS.fileChars.toLocaleString('en')} 个字符），不是设置文件`,
  en: `The file is too large (over ${LIMITS.fileChars.toLocaleString('en')} characters) to be a settings file`,
};

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Omit<Settings, 'version'>;
  templates: unknown[];
}

/** The export: the user's own settings (not the organisation's) and custom templates. */
export async function exportSettings(port?: TemplatesPort, now = new Date()): Promise<ExportFile> {
  const st = await loadSettingsState();
  const { version: _v, ...settings } = st.user;
  let templates: unknown[] = [];
  if (port) templates = port.fromStored((await readRaw([port.storageKey]))[port.storageKey]);
  return { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings, templates };
}

export function exportFileName(now = new Date()): string {
  const d = now.toISOString().slice(0, 10);
  return `collectguard-settings-${d}.json`;
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  /** Settings fields the file carries, validated, at SETTINGS_VERSION. */
  settings: Partial<Settings>;
  /** Custom templates the file carries (undefined: the file has none). */
  templates?: unknown[];
  fromVersion: number;
}

export type ImportCheck = { ok: true; plan: ImportPlan } | { ok: false; errors: LocalText[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an import file completely; pure (no storage). */
export function checkImport(text: string, port?: TemplatesPort): ImportCheck {
  const fail = (zh: string, en: string): ImportCheck => ({ ok: false, errors: [{ zh, en }] });
  if (text.length > LIMITS.fileChars) return { ok: false, errors: [FILE_TOO_LARGE] };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (x) {
    return fail(`不是有效的 JSON 文件（${(x as Error).message}）`, `Not a valid JSON file (${(x as Error).message})`);
  }
  if (!isObject(doc)) return fail('文件内容应为一个 JSON 对象', 'The file should hold one JSON object');
  if (doc.format !== EXPORT_FORMAT) {
    return fail(`不是 CollectGuard 设置文件（缺少 "format": "${EXPORT_FORMAT}"）`, `Not a CollectGuard settings file ("format": "${EXPORT_FORMAT}" is missing)`);
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('文件缺少有效的版本号（version）', 'The file has no valid version field');
  }
  if (version > SETTINGS_VERSION) {
    return fail(`文件来自更新版本的扩展（版本 ${version}，当前支持 ${SETTINGS_VERSION}），请先更新扩展`, `The file comes from a newer version of the extension (version ${version}; this one reads up to ${SETTINGS_VERSION}); update the extension first`);
  }
  const errors: LocalText[] = [];
  const plan: ImportPlan = { settings: {}, fromVersion: version };
  if (doc.settings !== undefined) {
    if (!isObject(doc.settings)) errors.push({ zh: 'settings 应为一个对象', en: 'settings should be an object' });
    else {
      for (const k of Object.keys(doc.settings)) {
        if (k !== 'version' && !(SETTINGS_FIELDS as readonly string[]).includes(k)) errors.push({ zh: `未知设置项「${k}」`, en: `Unknown setting "${k}"` });
      }
      // Older files go through the same migrations as stored data; only the fields the file
      // carries are taken.
      const present = new Set(Object.keys(doc.settings));
      const m = migrate({ ...doc.settings, version });
      const migrated = m.data as Record<string, unknown>;
      const carried: Record<string, unknown> = {};
      // Fields a migration step added (disabledPacks for a version-1 file) are not carried: the
      // file could not express them, so the current values stay.
      for (const f of SETTINGS_FIELDS) if (present.has(f)) carried[f] = migrated[f];
      const v = validatePatch(carried, 'settings.');
      for (const p of v.problems) errors.push(p.message);
      plan.settings = v.value;
    }
  }
  if (doc.templates !== undefined) {
    if (!port) errors.push({ zh: '此版本无法导入模板', en: 'This version cannot import templates' });
    else if (!Array.isArray(doc.templates)) errors.push({ zh: 'templates 应为一个列表', en: 'templates should be a list' });
    else if (doc.templates.length > LIMITS.templates) {
      // Checked before any template is: each one is rendered and linted.
      errors.push({ zh: `模板过多：共${doc.templates.length}个，最多${LIMITS.templates}个`, en: `Too many templates: ${doc.templates.length}, at most ${LIMITS.templates}` });
    } else {
      const r = port.validate(doc.templates);
      errors.push(...r.errors);
      plan.templates = r.templates;
    }
  }
  if (doc.settings === undefined && doc.templates === undefined) errors.push({ zh: '文件中没有设置或模板', en: 'The file holds no settings and no templates' });
  return errors.length ? { ok: false, errors } : { ok: true, plan };
}

export interface ImportResult {
  ok: boolean;
  errors: LocalText[];
  /** Settings fields written. */
  fields: SettingsField[];
  templates: number;
  /** Sections written that the organisation locks: they apply only if the lock is lifted. */
  lockedSections: SectionId[];
}

function mergeValue(f: SettingsField, current: unknown, incoming: unknown): unknown {
  if (Array.isArray(current) && Array.isArray(incoming)) {
    if (f === 'customPhrases') {
      const key = (c: { phrase: string; regex?: boolean; category: string }) => `${c.regex ? 1 : 0}|${c.category}|${c.phrase}`;
      const seen = new Set((current as Settings['customPhrases']).map(key));
      return [...current, ...(incoming as Settings['customPhrases']).filter((c) => !seen.has(key(c)))];
    }
    return [...current, ...incoming.filter((x) => !current.includes(x))];
  }
  if (f === 'severityOverrides' && isObject(current) && isObject(incoming)) return { ...current, ...incoming };
  return incoming;
}

/**
 * Imports a settings file: checks everything, then writes settings, templates and a backup of
 * what they replace in one storage call. `merge` adds list entries to the current ones;
 * `replace` makes every section the file carries exactly what the file says. Sections the file
 * does not carry are left alone in both modes.
 */
export async function importSettings(text: string, mode: ImportMode = 'merge', port?: TemplatesPort): Promise<ImportResult> {
  const check = checkImport(text, port);
  if (!check.ok) return { ok: false, errors: check.errors, fields: [], templates: 0, lockedSections: [] };
  const { plan } = check;
  const keys = [SETTINGS_KEY, BACKUPS_KEY, ...(port ? [port.storageKey] : [])];
  const [raw, st] = await Promise.all([readRaw(keys), loadSettingsState()]);
  const m = migrate(raw[SETTINGS_KEY]);
  const base = isObject(m.data) ? m.data : {};
  const current = validateSettings(m.data).value;
  const next: Record<string, unknown> = { ...base, version: SETTINGS_VERSION };
  const fields = Object.keys(plan.settings) as SettingsField[];
  for (const f of fields) next[f] = mode === 'merge' ? mergeValue(f, current[f], plan.settings[f]) : plan.settings[f];
  // The merged result must still be valid (it is, entry by entry; this guards the invariant).
  const recheck = validatePatch(Object.fromEntries(fields.map((f) => [f, next[f]])));
  if (recheck.problems.length) return { ok: false, errors: recheck.problems.map((p) => p.message), fields: [], templates: 0, lockedSections: [] };

  const write: Record<string, unknown> = { [SETTINGS_KEY]: next };
  const backup: SettingsBackup = { reason: 'import', at: Date.now(), settings: raw[SETTINGS_KEY] ?? null };
  let templates = 0;
  if (port && plan.templates) {
    const existing = port.fromStored(raw[port.storageKey]);
    let list = plan.templates;
    if (mode === 'merge') {
      const incoming = new Map(plan.templates.map((t) => [port.idOf(t), t]));
      list = [...existing.map((t) => incoming.get(port.idOf(t)) ?? t), ...plan.templates.filter((t) => !existing.some((e) => port.idOf(e) === port.idOf(t)))];
    }
    write[port.storageKey] = port.toStored(list);
    backup.extra = { [port.storageKey]: raw[port.storageKey] ?? null };
    templates = plan.templates.length;
  }
  const backups = Array.isArray(raw[BACKUPS_KEY]) ? (raw[BACKUPS_KEY] as SettingsBackup[]) : [];
  write[BACKUPS_KEY] = [backup, ...backups].slice(0, MAX_BACKUPS);
  await writeAtomically(write);
  const sections = new Set<SectionId>(fields.map((f) => sectionOf(f)));
  if (plan.templates) sections.add('templates');
  return { ok: true, errors: [], fields, templates, lockedSections: [...sections].filter((s) => st.policy.locked[s]) };
}

/**
 * Puts back what a backup holds (settings and, for an import, the custom templates) in one write.
 * What it replaces becomes a backup itself, so a restore can be undone too.
 */
export async function restoreBackup(index = 0): Promise<boolean> {
  const raw = await readRaw([BACKUPS_KEY, SETTINGS_KEY]);
  const list = Array.isArray(raw[BACKUPS_KEY]) ? (raw[BACKUPS_KEY] as SettingsBackup[]) : [];
  const b = list[index];
  if (!b) return false;
  const extraKeys = Object.keys(b.extra ?? {});
  const current = extraKeys.length ? await readRaw(extraKeys) : {};
  const undo: SettingsBackup = {
    reason: 'restore',
    at: Date.now(),
    settings: raw[SETTINGS_KEY] ?? null,
    ...(extraKeys.length ? { extra: Object.fromEntries(extraKeys.map((k) => [k, current[k] ?? null])) } : {}),
  };
  const write: Record<string, unknown> = {
    [SETTINGS_KEY]: b.settings ?? {},
    [BACKUPS_KEY]: [undo, ...list.filter((_, i) => i !== index)].slice(0, MAX_BACKUPS),
  };
  for (const [k, v] of Object.entries(b.extra ?? {})) write[k] = v ?? [];
  await writeAtomically(write);
  return true;
}
