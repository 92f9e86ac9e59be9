// The page side of the e2e contract: every fixture page exposes `window.__fixture`, whose
// `value(marker)` reads the message text from the FRAMEWORK'S state (React state, Vue ref, Quill
// model, ProseMirror doc, Lexical editor state, a custom element's property), never from the DOM.
// `marker` is the `data-e2e` attribute of the editor element ("message" by default); pages with
// one editor ignore it.

export interface Fixture {
  kind: string;
  value(marker?: string): string;
  /** Consoles with a send control: every message the console's own send logic sent, in order. */
  sent?(): string[];
}

declare global {
  interface Window {
    __fixture?: Fixture;
  }
}

export function exposeFixture(fixture: Fixture, win: Window = window): void {
  win.__fixture = fixture;
}

/** Rich editors report a trailing block newline ("text\n"); the field's visible text has none. */
export function trimTrailingNewline(s: string): string {
  return s.replace(/\n+$/, '');
}

export const RECIPIENT = '13800138000';
