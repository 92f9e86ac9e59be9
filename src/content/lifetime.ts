// A part of the content script that runs only while the frame's settings want it — the features
// while the site is within the site scope, the send guard while checking is on — and stops with
// the content script. Outside those times it leaves nothing behind in the page.

import type { PageSettings } from '../messaging/protocol';
import type { SettingsSource } from './settings';

/**
 * Runs `start` while `wanted(settings)` holds: with a signal that aborts when it stops holding (or
 * `signal` aborts); it starts again, with a new signal, when it holds again.
 */
export function whileSettings(settings: SettingsSource, wanted: (s: PageSettings) => boolean, start: (run: AbortSignal) => void, signal: AbortSignal): void {
  let run: AbortController | null = null;
  const apply = (s: PageSettings) => {
    if (signal.aborted) return;
    if (wanted(s)) {
      if (run) return;
      run = new AbortController();
      start(run.signal);
    } else {
      run?.abort();
      run = null;
    }
  };
  signal.addEventListener('abort', () => {
    run?.abort();
    run = null;
  });
  settings.subscribe(apply, signal);
  apply(settings.current);
}
