// The extension's one message protocol, as types: every request a part sends to the background
// (its payload and its reply), split by who may send it, and every message the background sends
// to content scripts. The background answers through one dispatcher (src/background/dispatcher.ts);
// the parts send through the typed helpers in client.ts. docs/ARCHITECTURE.md draws the flows.
//
// Trust: a content script runs beside untrusted pages (a compromised renderer can send anything a
// content script can), so content scripts get a narrow set of requests, and the background takes
// their tab, frame and URL from the browser's sender record, never from the payload.

import type { Audience, Category, Finding, Lang, LintContext, RulePack } from '../core/types';
import type { Purpose } from '../overlay/ui/types';
import type { SendGuardMode, SiteSelectors } from '../settings/schema';
import type { StatEvent } from '../stats/events';
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
  /** The site is outside the sites CollectGuard checks ("只在这些网站检查"): it is dormant there. */
  outOfScope?: boolean;
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
  /**
   * The frame's site is within the site scope ("只在这些网站检查"): outside it the content script
   * stays dormant (no listener in the page, no rule pack, no badge, no send guard, no picker).
   */
  inScope: boolean;
  /** Checking is on for this frame's site (in scope, not paused everywhere, not paused for the site). */
  active: boolean;
  language: Lang;
  /** The recipient when the agent has not chosen one: 'auto' detects it from the text. */
  defaultAudience: Audience | 'auto';
  /** The organisation manages the allowlist: the card offers no "always allow". */
  allowLocked: boolean;
  /** Categories whose words the card may not offer to "always allow" (threats, insults, impersonation, unless the organisation allows them). */
  unallowable: Category[];
  lint: PageLintContext;
  /** What happens to a send with an error (src/content/features/send-guard), and whether sending anyway needs a reason. */
  sendGuard: SendGuardMode;
  sendGuardReason: boolean;
  /** The organisation's CSS selectors for this site (policy `siteSelectors`): the send control, message and note fields. */
  selectors: SiteSelectors;
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
  /** The purpose the agent chose earlier for a field of the sender's site (`field`: its id, name or label). */
  'cg:recall-purpose': { req: { field: string }; res: Purpose | null };
  'cg:remember-purpose': { req: { field: string; purpose: Purpose }; res: boolean };
  'cg:quick-insert-data': { req: Empty; res: QuickInsertData };
  /** A template was inserted from the picker: remember its values and that it was used last. */
  'cg:remember-template': { req: { id: string; scenario: string; values: Values }; res: boolean };
  /** Counts for the local statistics (src/stats/events.ts: rule, template and send events, never text); the background validates them. */
  'cg:stats': { req: { events: StatEvent[] }; res: boolean };
  /** The end-to-end build's clock (its value as stored); absent from the shipped build. */
  'cg:clock': { req: Empty; res: unknown };
}

/** Requests only the extension's own pages (popup, options) may send; refused for content scripts. */
export interface PrivilegedRequests {
  /** Where an insert would go: the last focused field of `tabId` when it has one, else the latest of any tab. */
  'cg:get-target': { req: { tabId?: number }; res: InsertTarget | null };
  /**
   * Inserts text into `target` (as cg:get-target gave it) or the most recently focused field;
   * `audience`: the template's recipient, which the message is then checked for; `templateId` is
   * counted in the statistics once it went in.
   */
  'cg:insert': { req: { text: string; target?: { tabId: number; frameId: number }; audience?: Audience; templateId?: string }; res: InsertResult };
  /** Lints the popup's preview (the engine is larger than the popup's size budget). */
  'cg:lint': { req: { text: string; audience: Audience }; res: Finding[] };
  'cg:popup-state': { req: { host: string | null }; res: PopupState };
  /** Pauses or resumes checking on a site; answers the new state (`error` when it could not be saved). */
  'cg:pause-site': { req: { host: string; paused: boolean }; res: PopupState & { error?: string } };
  /** Clears the local statistics (`error: 'locked'` when the organisation forbids it). */
  'cg:stats-reset': { req: Empty; res: { ok: boolean; error?: string } };
}

export type Requests = PageRequests & PrivilegedRequests;
export type RequestType = keyof Requests;
export type Payload<K extends RequestType> = Requests[K]['req'];
export type Reply<K extends RequestType> = Requests[K]['res'];
export type Request<K extends RequestType = RequestType> = { type: K } & Payload<K>;

/** Every privileged type, checked against PrivilegedRequests by the compiler (none missing, none extra). */
const PRIVILEGED_TYPES = { 'cg:get-target': 1, 'cg:insert': 1, 'cg:lint': 1, 'cg:popup-state': 1, 'cg:pause-site': 1, 'cg:stats-reset': 1 } satisfies Record<keyof PrivilegedRequests, 1>;
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
