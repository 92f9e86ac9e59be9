// The extension's one message protocol, as types: every request a part sends to the background
// (its payload and its reply), split by who may send it, and every message the background sends
// to content scripts. The background answers through one dispatcher (src/background/dispatcher.ts);
// the parts send through the typed helpers in client.ts. docs/ARCHITECTURE.md draws the flows.
//
// Trust: a content script runs beside untrusted pages (a compromised renderer can send anything a
// content script can), so content scripts get a narrow set of requests, and the background takes
// their tab, frame and URL from the browser's sender record, never from the payload.

import type { Audience, Category, Finding, Lang, LintContext, RulePack } from '../core/types';
import type { LastTemplates } from '../templates/storage';
import type { Template, Values } from '../templates/types';

/** A field the agent focused (a trusted focus event) in some tab and frame. */
export interface InsertTarget {
  tabId: number;
  frameId: number;
  /** URL of the frame, for the popup's "inserting into …" hint. */
  url: string;
  /** Short description of the field (placeholder / label), for the same hint. */
  label: string;
  /** Epoch ms of the focus event. */
  at: number;
}

export interface InsertResult {
  ok: boolean;
  /** Why not, when ok is false: no field known, the field is gone, the page refused the edit. */
  reason?: 'no-field' | 'field-gone' | 'refused' | 'no-receiver';
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

/** The engine context a frame lints with, before the audience and the send time of a message are added. */
export type PageLintContext = Omit<Partial<LintContext>, 'audience' | 'now'>;

/**
 * What a frame needs of the settings, computed by the background for that frame's site: whether
 * to check at all, the language, and the engine context. The full settings (the other paused
 * sites, backups, the policy) never reach a page.
 */
export interface PageSettings {
  /** Checking is on for this frame's site (not paused everywhere, not paused for the site). */
  active: boolean;
  language: Lang;
  /** The recipient when the agent has not chosen one: 'auto' detects it from the text. */
  defaultAudience: Audience | 'auto';
  /** The organisation manages the allowlist: the card offers no "always allow". */
  allowLocked: boolean;
  /** Categories whose words the card may not offer to "always allow" (threats, insults, impersonation, unless the organisation allows them). */
  unallowable: Category[];
  lint: PageLintContext;
}

/** What the in-page template picker shows: every template in force, the remembered values, the last choices. */
export interface QuickInsertData {
  templates: Template[];
  remembered: Values;
  last: LastTemplates;
}

type Empty = Record<string, never>;

/** Requests any content script may send. */
export interface PageRequests {
  /** A field got a trusted focus in the sender's frame (the popup inserts there). */
  'cg:field-focused': { req: { label: string }; res: boolean };
  /** A rule pack's data (without examples), for the engine in the page to compile. */
  'cg:get-pack': { req: { id: string }; res: RulePack | null };
  /** The settings as this frame needs them. */
  'cg:page-settings': { req: Empty; res: PageSettings };
  /** "Always allow this phrase" from the in-page card: adds one phrase to the allowlist. */
  'cg:allow-phrase': { req: { phrase: string }; res: { ok: boolean } };
  'cg:quick-insert-data': { req: Empty; res: QuickInsertData };
  /** A template was inserted from the picker: remember its values and that it was used last. */
  'cg:remember-template': { req: { id: string; scenario: string; values: Values }; res: boolean };
  /** The end-to-end build's clock (its value as stored); absent from the shipped build. */
  'cg:clock': { req: Empty; res: unknown };
}

/** Requests only the extension's own pages (popup, options) may send; refused for content scripts. */
export interface PrivilegedRequests {
  /** Where an insert would go: the last focused field of `tabId` when it has one, else the latest of any tab. */
  'cg:get-target': { req: { tabId?: number }; res: InsertTarget | null };
  /** Inserts text into `target` (as cg:get-target gave it) or the most recently focused field; `audience`: the template's recipient, which the message is then checked for. */
  'cg:insert': { req: { text: string; target?: { tabId: number; frameId: number }; audience?: Audience }; res: InsertResult };
  /** Lints the popup's preview (the engine is larger than the popup's size budget). */
  'cg:lint': { req: { text: string; audience: Audience }; res: Finding[] };
  'cg:popup-state': { req: { host: string | null }; res: PopupState };
  /** Pauses or resumes checking on a site; answers the new state (`error` when it could not be saved). */
  'cg:pause-site': { req: { host: string; paused: boolean }; res: PopupState & { error?: string } };
}

export type Requests = PageRequests & PrivilegedRequests;
export type RequestType = keyof Requests;
export type Payload<K extends RequestType> = Requests[K]['req'];
export type Reply<K extends RequestType> = Requests[K]['res'];
export type Request<K extends RequestType = RequestType> = { type: K } & Payload<K>;

/** Every privileged type, checked against PrivilegedRequests by the compiler (none missing, none extra). */
const PRIVILEGED_TYPES = { 'cg:get-target': 1, 'cg:insert': 1, 'cg:lint': 1, 'cg:popup-state': 1, 'cg:pause-site': 1 } satisfies Record<keyof PrivilegedRequests, 1>;
export const PRIVILEGED: ReadonlySet<string> = new Set(Object.keys(PRIVILEGED_TYPES));

/** Messages the background sends to the content scripts of a tab. */
export interface PageMessages {
  /** Insert text at the caret of the field the agent used last in this frame (a template for `audience`). */
  'cg:insert': { req: { text: string; audience?: Audience }; res: InsertResult };
  /** Open the template picker (commands API shortcut); only the frame holding the focus answers. */
  'cg:quick-insert': { req: Empty; res: boolean };
  /** The settings changed: ask for this frame's again. */
  'cg:settings-changed': { req: Empty; res: boolean };
  /** The end-to-end build's clock moved (its value as stored). */
  'cg:clock': { req: { at: unknown }; res: boolean };
}

export type PageMessageType = keyof PageMessages;
export type PageMessage<K extends PageMessageType = PageMessageType> = { type: K } & PageMessages[K]['req'];
