// The template data the in-page picker needs, served to content scripts (which may not read
// extension storage themselves): the built-in templates (kept out of every frame's bundle), the
// organisation's, the agent's own (validated again on the way out), the remembered values and the
// last choices; and remembering what the agent inserted (which counts it in the statistics).

import type { QuickInsertData } from '../messaging/protocol';
import { loadSettingsState } from '../settings/store';
import { BUILTIN_TEMPLATES } from '../templates/builtin';
import { SCENARIO_BY_ID } from '../templates/scenarios';
import { loadCustomTemplates, loadLast, loadRemembered, parseCustom, rememberTemplate, rememberValues } from '../templates/storage';
import type { ScenarioId, Values } from '../templates/types';
import type { Handlers } from './dispatcher';

const MAX_ID = 64;

export async function quickInsertData(): Promise<QuickInsertData> {
  const [custom, remembered, last, managed] = await Promise.all([
    loadCustomTemplates().catch(() => []),
    loadRemembered().catch(() => ({})),
    loadLast().catch(() => ({ byScenario: {} })),
    loadSettingsState().then((s) => parseCustom(s.policy.templates ?? []), () => []),
  ]);
  // The organisation's template wins over the agent's own of the same id.
  const managedIds = new Set(managed.map((m) => m.id));
  return { templates: [...BUILTIN_TEMPLATES, ...managed, ...custom.filter((c) => !managedIds.has(c.id))], remembered, last };
}

/** Remembers an inserted template's values (only the rememberable ones) and that it was used last in its scenario. */
export async function rememberInserted(id: unknown, scenario: unknown, values: unknown): Promise<boolean> {
  if (typeof id !== 'string' || !id || id.length > MAX_ID || typeof scenario !== 'string' || !(scenario in SCENARIO_BY_ID)) return false;
  const vals = values && typeof values === 'object' && !Array.isArray(values) ? (values as Values) : {};
  await Promise.all([rememberValues(vals), rememberTemplate({ id, scenario: scenario as ScenarioId })]).catch(() => undefined);
  return true;
}

/** `inserted`: a template the picker inserted (it is remembered only once it went in). */
export function templateHandlers(inserted: (id: string) => void = () => undefined): Handlers {
  return {
    'cg:quick-insert-data': () => quickInsertData(),
    'cg:remember-template': async (p) => {
      const ok = await rememberInserted(p.id, p.scenario, p.values);
      if (ok) inserted(p.id);
      return ok;
    },
  };
}
