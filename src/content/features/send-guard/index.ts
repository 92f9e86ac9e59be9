// The send guard as a feature of the content script: while checking is on for the frame's site and
// the guard is not switched off, a send with an error is stopped before the console sees it (see
// guard.ts), checked by the page framework and answered in its dialog. The organisation's selector
// for the site's send control replaces the guess.

import { uiLang } from '../../../ui/i18n/index';
import type { Feature } from '../../feature';
import { whileSettings } from '../../lifetime';
import { startSendGuard } from './guard';

export const sendGuard: Feature = {
  name: 'send-guard',
  init(signal, { doc, settings, lint, framework }) {
    const config = () => {
      const s = settings.current;
      return { mode: s.active ? s.sendGuard : 'off', requireReason: s.sendGuardReason, sendSelector: s.selectors.send, lang: uiLang(s.language) } as const;
    };
    const start = (run: AbortSignal) =>
      startSendGuard(
        {
          doc,
          config,
          fields: () => framework.fields(),
          check: (field) => framework.checkNow(field),
          ready: () => lint.ready(),
          dialog: framework,
          showFinding: (field, finding) => framework.showFinding(field, finding),
        },
        run,
      );
    whileSettings(settings, (s) => s.active && s.sendGuard !== 'off', start, signal);
  },
};
