// What a feature of the content script is: one module with one lifecycle. `init` wires the
// feature into the frame (listeners, handlers, UI) and everything it set up is removed when
// `signal` aborts (the extension reloads or is updated), as refined-github's features do.

import type { Overlay, OverlayOptions } from '../overlay/framework';
import type { Inbox } from './inbox';
import type { Recipients } from './recipients';
import type { ContentLint } from './lint-provider';
import type { SettingsSource } from './settings';

/** What a frame's content script has for as long as it runs. */
export interface ContentBase {
  doc: Document;
  /** The frame's one settings source. */
  settings: SettingsSource;
  /** Messages from the background, by type. */
  inbox: Inbox;
  lint: ContentLint;
  overlay: OverlayOptions;
  /** The recipient an inserted template sets for a field's message. */
  recipients: Recipients;
}

/** What every feature of a frame shares while the features run. */
export interface ContentEnv extends ContentBase {
  /**
   * The page framework of this run of the features: the underline feature starts and configures
   * it, the others extend it (purpose), use it (send guard) or observe it (statistics).
   */
  framework: Overlay;
}

export interface Feature {
  readonly name: string;
  init(signal: AbortSignal, env: ContentEnv): void;
}
