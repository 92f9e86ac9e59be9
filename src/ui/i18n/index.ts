// The one i18n layer: every UI string of every surface (page, popup, options) goes through `t`.
// Strings live per surface in sibling files; a unit test fails when a key is missing in a language.
// The page catalog is registered here; the panel, card and send-guard dialog (panel.ts, by
// src/overlay/ui/panel-text.ts), the template form, preview and list (templates.ts, by
// src/templates/ui/text.ts), the popup (popup.ts), the options page (options.ts) and the template
// manager (manager.ts) register their own, so the content script does not carry their strings
// (the in-page template picker, which shows the template form, is loaded apart from it).

import type { Lang } from '../../core/types';
import { common } from './common';
import type { manager } from './manager';
import type { options } from './options';
import { page } from './page';
import type { panel } from './panel';
import type { popup } from './popup';
import type { templates } from './templates';

export type Catalog = { zh: Record<string, string>; en: Record<string, string> };
const merged: Record<Lang, Record<string, string>> = { zh: {}, en: {} };

/** Adds a surface's strings to the layer. */
export function registerCatalog(c: Catalog): void {
  Object.assign(merged.zh, c.zh);
  Object.assign(merged.en, c.en);
}

for (const c of [common, page]) registerCatalog(c);

export type MessageKey =
  | keyof (typeof common)['zh']
  | keyof (typeof page)['zh']
  | keyof (typeof panel)['zh']
  | keyof (typeof options)['zh']
  | keyof (typeof popup)['zh']
  | keyof (typeof templates)['zh']
  | keyof (typeof manager)['zh'];

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const s = merged[lang][key] ?? merged.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k]) : all));
}

/** The UI language: the setting when there is one, else the browser's (Chinese unless it says English). */
export function uiLang(setting?: Lang, navigatorLanguage = typeof navigator !== 'undefined' ? navigator.language : 'zh-CN'): Lang {
  if (setting) return setting;
  return navigatorLanguage.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
