// How the page lints, for the framework (LintProvider) and the template picker: the engine context
// comes from the frame's settings source, the send time from the clock, the rule pack from the
// background (pack-loader.ts). The pack is fetched and compiled in idle time as soon as a field is
// checked, before the first keystroke needs it.

import { classifyAudience } from '../core/audience';
import { DEFAULT_PACK, lint } from '../core/engine';
import type { Audience, Finding, LintContext } from '../core/types';
import { clock } from '../clock/index';
import type { FieldLinter, LintProvider } from '../overlay/framework';
import { IncrementalLinter } from '../overlay/lint-job';
import type { PickerSource } from '../overlay/quick-insert/picker';
import { ensurePack, packReady } from './pack-loader';
import type { SettingsSource } from './settings';

/** A message names its recipient near the start: huge pastes are not scanned whole every frame. */
const AUDIENCE_SCAN = 4000;

export interface ContentLint extends LintProvider, Pick<PickerSource, 'lint' | 'lintReady'> {
  /** Resolves true once fields can be linted (the rule pack is here), false when it cannot be had. */
  ready(): Promise<boolean>;
}

export function contentLint(settings: SettingsSource, win: Window, signal: AbortSignal): ContentLint {
  let warmed = false;
  const pack = () => settings.current.lint.pack ?? DEFAULT_PACK;
  const context = (audience: Audience): Partial<LintContext> => ({ ...settings.current.lint, audience, now: clock.now() });

  /** Compiling the rule pack costs far more than linting: do it once, in idle time. */
  const warmUp = () => {
    if (warmed) return;
    warmed = true;
    const idle = (win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const compile = () => {
      if (signal.aborted) return;
      try {
        lint('', context('debtor'));
      } catch {
        // A broken setting (an unknown pack) shows up on the real lint.
      }
    };
    ensurePack(pack()).then(
      (ok) => {
        if (!ok) return;
        if (idle) idle.call(win, compile, { timeout: 200 });
        else setTimeout(compile, 0);
      },
      () => {
        // The background was not reachable (the extension reloading): try again with the next field.
        warmed = false;
      },
    );
  };

  return {
    forField(): FieldLinter {
      warmUp();
      const job = new IncrementalLinter();
      return {
        run(text, audience, budgetMs) {
          // Not linted until the rule pack is here (then the framework asks again on a later frame).
          if (!packReady(pack())) {
            void ensurePack(pack()).catch(() => undefined);
            return null;
          }
          return job.run(text, context(audience), budgetMs);
        },
      };
    },
    audienceOf(text) {
      const d = settings.current.defaultAudience;
      return d !== 'auto' ? d : classifyAudience(text.length > AUDIENCE_SCAN ? text.slice(0, AUDIENCE_SCAN) : text);
    },
    epoch: () => Math.floor(clock.now() / 60000),
    lint(text, audience): Finding[] | null {
      if (!packReady(pack())) return null;
      try {
        return lint(text, context(audience));
      } catch {
        return null;
      }
    },
    // Only a pack that arrives makes a difference (true); one that is already here, or never comes, does not.
    lintReady: () => (packReady(pack()) ? Promise.resolve(false) : ensurePack(pack()).catch(() => false)),
    ready: () => ensurePack(pack()).catch(() => false),
  };
}
