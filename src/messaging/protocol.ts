// Messages between the extension's parts. The content script reports which editable field the agent
// focused; the popup asks the background to insert a template there; the background forwards it to
// the frame that holds the field.

import type { Audience, Lang } from '../core/types';

/** content → background: an eligible field got focus in this frame. */
export interface FieldFocused {
  type: 'cg:field-focused';
  /** Page URL of the frame, for the popup's "inserting into …" hint. */
  url: string;
  /** Short description of the field (placeholder / label), for the same hint. */
  label: string;
}

/** popup → background: where would an insert go? */
export interface GetInsertTarget {
  type: 'cg:get-target';
  /**
   * The popup's active tab: its last focused field wins when it has one (the toolbar popup);
   * otherwise the most recently focused field of any tab (popup.html opened as a page).
   */
  tabId?: number;
}

export interface InsertTarget {
  tabId: number;
  frameId: number;
  url: string;
  label: string;
  /** Epoch ms of the focus event. */
  at: number;
}

/** popup → background → content: insert text at the caret (or over the selection) of the last focused field. */
export interface InsertText {
  type: 'cg:insert';
  text: string;
  /** The target the popup showed (from cg:get-target); absent: the most recently focused field. */
  target?: { tabId: number; frameId: number };
}

export interface InsertResult {
  ok: boolean;
  /** Why not, when ok is false: no field known, the field is gone, the page refused the edit. */
  reason?: 'no-field' | 'field-gone' | 'refused' | 'no-receiver';
}

/** background → content: open the in-page template picker at the caret (commands API shortcut). */
export interface OpenQuickInsert {
  type: 'cg:quick-insert';
}

/**
 * popup → background: lint a preview. The engine is larger than the popup's bundle budget, so
 * the popup asks the background (which bundles it) and gets `Finding[]` back.
 */
export interface LintRequest {
  type: 'cg:lint';
  text: string;
  audience: Audience;
}

/**
 * popup → background: what the popup shows of the settings for a site (the settings code
 * bundles the engine too, so the popup reads and writes them through the background).
 */
export interface GetPopupState {
  type: 'cg:popup-state';
  /** Host name of the site the per-site pause applies to; null when there is none. */
  host: string | null;
}

export interface PopupState {
  language: Lang;
  /** Checking is paused everywhere. */
  paused: boolean;
  /** Checking is paused on this site (disabledSites). */
  sitePaused: boolean;
  /** The organisation manages the site list: the popup's toggle is read-only. */
  sitesLocked: boolean;
  /** Templates the organisation policy pushes (raw; src/templates validates them). */
  managedTemplates?: unknown[];
}

/** popup → background: pause or resume checking on a site (saveSettings({ disabledSites })); answers PopupState. */
export interface PauseSite {
  type: 'cg:pause-site';
  host: string;
  paused: boolean;
}

/** page or popup → background: the rule pack's data (without examples), for the engine to compile (src/packs/). */
export interface GetPack {
  type: 'cg:get-pack';
  id: string;
}

/** page → background: the built-in templates (kept out of the content script's bundle). */
export interface GetBuiltinTemplates {
  type: 'cg:get-templates';
}

/** page → background: the effective settings (and what the policy pushes for templates). */
export interface GetSettings {
  type: 'cg:get-settings';
}

export interface SettingsSnapshot {
  effective: import('../settings/schema').EffectiveSettings;
  /** Templates the organisation policy pushes (raw; src/templates validates them). */
  managedTemplates: unknown[];
}

/** page → background: save a patch of the user's settings (answers { ok, error? }). */
export interface SaveSettings {
  type: 'cg:save-settings';
  patch: Partial<import('../settings/schema').Settings>;
}

export type Message = FieldFocused | GetInsertTarget | InsertText | OpenQuickInsert | LintRequest | GetPopupState | PauseSite | GetPack | GetBuiltinTemplates | GetSettings | SaveSettings;
