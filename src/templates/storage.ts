// What the template surfaces keep in extension storage, under their own keys (the settings object
// belongs to src/settings): remembered variable values, the last template used per scenario, and
// the custom templates. Corrupted storage never breaks a surface: bad entries are skipped.

import { browser } from 'wxt/browser';
import { validateEntry } from './io';
import type { ScenarioId, Template, Values } from './types';
import { VARIABLES, isVarKey } from './variables';

export const STORAGE_KEYS = {
  values: 'templateValues',
  last: 'lastTemplate',
  custom: 'customTemplates',
} as const;

export interface LastTemplates {
  /** Template id last used in each scenario. */
  byScenario: Partial<Record<ScenarioId, string>>;
  /** The template used last of all. */
  last?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Only the values of variables marked `remember`, as non-empty strings. */
export function rememberable(values: Values): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(values)) {
    // Never more than the form lets an agent type (a page cannot fill the storage through it).
    if (isVarKey(k) && VARIABLES[k].remember && typeof v === 'string' && v.trim() && v.trim().length <= (VARIABLES[k].maxLength ?? 40) * 2) out[k] = v.trim();
  }
  return out;
}

export function parseRemembered(raw: unknown): Values {
  return isObject(raw) ? rememberable(raw as Values) : {};
}

export function parseLast(raw: unknown): LastTemplates {
  if (!isObject(raw)) return { byScenario: {} };
  const byScenario: Partial<Record<ScenarioId, string>> = {};
  if (isObject(raw.byScenario)) {
    for (const [k, v] of Object.entries(raw.byScenario)) if (typeof v === 'string') byScenario[k as ScenarioId] = v;
  }
  return { byScenario, ...(typeof raw.last === 'string' ? { last: raw.last } : {}) };
}

/** Stored custom templates, each re-validated; an entry that no longer validates is skipped. */
export function parseCustom(raw: unknown): Template[] {
  const list = isObject(raw) && Array.isArray(raw.templates) ? raw.templates : Array.isArray(raw) ? raw : [];
  const seen = new Set<string>();
  const out: Template[] = [];
  for (const e of list) {
    if (!isObject(e)) continue;
    const { segments, ...rest } = e;
    const r = validateEntry(rest, undefined, { seen });
    if (!r.ok) continue;
    const declared = typeof segments === 'number' && Number.isInteger(segments) ? segments : 0;
    out.push({ ...r.value, segments: Math.max(declared, r.value.segments) });
  }
  return out;
}

async function get(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch {
    return undefined;
  }
}

export async function loadRemembered(): Promise<Values> {
  return parseRemembered(await get(STORAGE_KEYS.values));
}

/** Merges the rememberable values into what is stored. */
export async function rememberValues(values: Values): Promise<void> {
  const next = { ...(await loadRemembered()), ...rememberable(values) };
  await browser.storage.local.set({ [STORAGE_KEYS.values]: next });
}

export async function loadLast(): Promise<LastTemplates> {
  return parseLast(await get(STORAGE_KEYS.last));
}

export async function rememberTemplate(t: Pick<Template, 'id' | 'scenario'>): Promise<void> {
  const cur = await loadLast();
  const next: LastTemplates = { byScenario: { ...cur.byScenario, [t.scenario]: t.id }, last: t.id };
  await browser.storage.local.set({ [STORAGE_KEYS.last]: next });
}

export async function loadCustomTemplates(): Promise<Template[]> {
  return parseCustom(await get(STORAGE_KEYS.custom));
}

export async function saveCustomTemplates(templates: readonly Template[]): Promise<void> {
  const clean = templates.map(({ builtin: _b, labels: _l, ...t }) => t);
  await browser.storage.local.set({ [STORAGE_KEYS.custom]: { version: 1, templates: clean } });
}

/** Calls `onChange` when the custom templates change (another tab, the options page); returns the unsubscribe. */
export function watchCustomTemplates(onChange: (templates: Template[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEYS.custom in changes) onChange(parseCustom(changes[STORAGE_KEYS.custom]!.newValue));
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.storage.onChanged.removeListener(listener);
}
