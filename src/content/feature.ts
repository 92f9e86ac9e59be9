// What a feature of the content script is: one module with one lifecycle. `init` wires the
// feature into the frame (listeners, handlers, UI) and everything it set up is removed when
// `signal` aborts (the extension reloads or is updated), as refined-github's features do.

import type { OverlayOptions } from '../overlay/framework';
import type { Inbox } from './inbox';
import type { Recipients } from './recipients';
import type { ContentLint } from './lint-provider';
import type { SettingsSource } from './settings';

/** What every feature of a frame shares. */
export interface ContentEnv {
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

export interface Feature {
  readonly name: string;
  init(signal: AbortSignal, env: ContentEnv): void;
}
