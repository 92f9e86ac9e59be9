// The state the in-page UI renders and the actions it calls back; controllers produce the state,
// the framework (framework.ts) owns it, the Preact components only draw it.

import type { Audience, Category, Finding, Lang, Severity } from '../../core/types';
import type { Rect } from '../geometry';
import type { GuardDialogProps } from './GuardDialog';

/** What a field is for: a message to someone (every check, the send guard) or an internal note (privacy checks only). */
export type Purpose = 'message' | 'note';

/** A problem as shown (findings about the same words merged, see problems.ts), with a key that survives re-renders. */
export interface ShownFinding extends Finding {
  key: string;
  /** Other findings about the same words: their categories and reasons are shown with this one. */
  also?: Finding[];
}

/** One underline box in overlay coordinates. */
export interface UnderlineBox extends Rect {
  severity: Severity;
  key: string;
}

export interface BadgePlacement {
  /** The badge's box, in overlay coordinates: always inside the field's visible box. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** 'full': count, segments and marks; 'compact': a small mark with the count, where the text leaves no room. */
  mode: 'full' | 'compact';
}

/** Who the message is for as the panel's switch shows it: 'auto' follows the text. */
export type AudienceMode = Audience | 'auto';

export interface FieldView {
  id: number;
  findings: ShownFinding[];
  boxes: UnderlineBox[];
  badge: BadgePlacement | null;
  /** The field's visible box in overlay coordinates (anchor for the panel). */
  box: Rect | null;
  /** Where underlines may show (the visible client box, a little taller for the wave below). */
  clip: Rect | null;
  segments: number;
  chars: number;
  quiet: boolean;
  /** The recipient the message is checked for. */
  audience: Audience;
  /** What the switch shows: the agent's or the inserted template's choice for this message, else 'auto'. */
  audienceMode: AudienceMode;
  /** What the text says (with 'auto'): 'unsure' when it does not tell, and the agent is asked. */
  detected: Audience | 'unsure';
  /** Checked, nothing wrong (no error, no warning) and the recipient known: the 合规 mark. */
  compliant: boolean;
  /** Page controls near the field (a send button) the panel should rather not cover. */
  avoid: Rect[];
  /** Where the field's visible text ends (overlay y), when measured: the panel's last resort starts below it. */
  textBottom?: number;
  /** Whether this field holds the focus (its count goes to the live region). */
  focused: boolean;
  /** A message, or an internal note (privacy checks only, no send guard). */
  purpose: Purpose;
  /** Chosen by the agent (else read from the field's label). */
  purposeChosen: boolean;
  /** Set by the organisation's selectors: the agent cannot switch it. */
  purposeFixed: boolean;
}

export interface CardState {
  fieldId: number;
  key: string;
  /** Where the finding is drawn (overlay coordinates); the card opens below or above it. */
  anchor: Rect;
  /** Opened from the keyboard: focus goes into the card. */
  focus: boolean;
  /** Opened by hovering: closes when the pointer leaves. */
  hover: boolean;
}

export interface UiState {
  lang: Lang;
  fields: FieldView[];
  panel: { fieldId: number; focus: boolean } | null;
  card: CardState | null;
  /** Polite live-region text. */
  announce: string;
  /** A transient note (e.g. a fix the editor refused). */
  toast: { fieldId: number; text: string } | null;
  viewport: Rect;
  /** The organisation policy locks the allowlist: cards offer no "always allow". */
  allowLocked?: boolean;
  /** The send guard's dialog, while a stopped send waits for the agent; `id` tells one dialog from the next. */
  guard?: (GuardDialogProps & { id: number }) | null;
  /** Categories whose words the card does not offer to "always allow". */
  unallowable?: readonly Category[];
}

export interface UiActions {
  openPanel(fieldId: number, focus: boolean): void;
  closePanel(restoreFocus: boolean): void;
  openCard(fieldId: number, key: string, focus: boolean): void;
  closeCard(restoreFocus: boolean): void;
  nextFinding(fieldId: number, direction: 1 | -1): void;
  fix(fieldId: number, key: string): void;
  ignore(fieldId: number, key: string): void;
  allow(fieldId: number, key: string): void;
  setAudience(fieldId: number, audience: AudienceMode): void;
  setPurpose(fieldId: number, purpose: Purpose): void;
  hoverCard(inside: boolean): void;
}
