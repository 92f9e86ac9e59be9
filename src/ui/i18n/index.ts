// The one i18n layer: every UI string of every surface (page, popup, options) goes through `t`.
// Strings live per surface in sibling files; a unit test fails when a key is missing in a language.

import type { Lang } from '../../core/types';
import { common } from './common';
import { page } from './page';

export const catalogs = { common, page };

type Catalog = { zh: Record<string, string>; en: Record<string, string> };
const merged: Record<Lang, Record<string, string>> = { zh: {}, en: {} };
for (const c of Object.values(catalogs) as Catalog[]) {
  Object.assign(merged.zh, c.zh);
  Object.assign(merged.en, c.en);
}

export type MessageKey = keyof (typeof common)['zh'] | keyof (typeof page)['zh'];

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
