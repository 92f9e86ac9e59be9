// The local statistics, as the page sees them: what the framework showed and what the agent did —
// a finding shown (once per rule and message, not on every keystroke), fixed, ignored once or
// allowed always, a send stopped or sent anyway — sent to the background (cg:stats) a moment
// later in one batch; a stopped or confirmed send goes at once. Only rule ids, categories and
// reason categories leave the page, never the text (src/stats/events.ts).

import { request } from '../../messaging/client';
import { ShownCounter, StatsRecorder } from '../../stats/recorder';
import type { Feature } from '../feature';

export const statistics: Feature = {
  name: 'statistics',
  init(signal, { framework }) {
    const recorder = new StatsRecorder((events) => request('cg:stats', { events }));
    const shown = new ShownCounter();
    framework.observe((e) => {
      switch (e.kind) {
        case 'checked':
          for (const x of shown.observe(e.field, e.text, e.findings)) recorder.count(x);
          break;
        case 'fixed':
        case 'ignored':
        case 'allowed':
          recorder.count({ kind: e.kind, rule: e.finding.ruleId, category: e.finding.category });
          break;
        default:
          recorder.count(e);
      }
    }, signal);
    signal.addEventListener('abort', () => recorder.flush());
  },
};
