// What every section of the options page gets: the language, the settings state and one way to
// save, so sections stay small and testable.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, LocalText } from '../core/types';
import { SECTION_FIELDS, type SectionId, type Settings, type SettingsField } from '../settings/schema';
import type { SettingsState } from '../settings/store';
import { registerCatalog, t, type MessageKey } from '../ui/i18n/index';
import { options } from '../ui/i18n/options';

registerCatalog(options);

export interface OptionsCtx {
  lang: Lang;
  state: SettingsState;
  /** Saves a patch of the user's settings; resolves false (and shows why) when it was refused. */
  save(patch: Partial<Settings>): Promise<boolean>;
  tr(key: MessageKey, vars?: Record<string, string | number>): string;
  /** The text of a LocalText in the UI language. */
  lt(text: LocalText | undefined): string;
  /** Whether the organisation locks the section. */
  locked(section: SectionId): boolean;
  /** Whether the policy fixes a single value (locked section, or a single value it sets). */
  fixed(field: SettingsField): boolean;
  /** Whether the section is read-only: locked, or a single-value section whose value the policy sets. */
  readOnly(section: SectionId): boolean;
}

export const Ctx = createContext<OptionsCtx | null>(null);

export function useOptions(): OptionsCtx {
  const c = useContext(Ctx);
  if (!c) throw new Error('useOptions outside <OptionsApp>');
  return c;
}

export function makeTr(lang: Lang) {
  return (key: MessageKey, vars?: Record<string, string | number>) => t(lang, key, vars);
}

const SINGLE_VALUE: readonly SectionId[] = ['quietHours', 'defaultAudience', 'signature', 'language', 'sendGuard'];

/** Read-only sections: locked ones, and single-value sections whose value the policy sets. */
export function isReadOnly(section: SectionId, locked: (s: SectionId) => boolean, fixed: (f: SettingsField) => boolean): boolean {
  return locked(section) || (SINGLE_VALUE.includes(section) && SECTION_FIELDS[section].every((f) => fixed(f as SettingsField)));
}
