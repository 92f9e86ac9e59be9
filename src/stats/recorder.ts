// The page's side of the statistics: events are gathered for a moment and sent to the background
// in one message (the background alone writes storage, so tabs never overwrite each other's
// counts); a stopped or confirmed send goes at once. ShownCounter decides when a finding counts as
// shown: once per rule and message, however often the text is re-linted while the agent types.

import type { Finding } from '../core/types';
import type { StatEvent } from './events';

/** How long page events wait to be sent together. */
const BATCH_MS = 1000;

export class StatsRecorder {
  private pending: StatEvent[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly send: (events: StatEvent[]) => Promise<unknown>) {}

  count(e: StatEvent): void {
    this.pending.push(e);
    if (e.kind === 'stopped' || e.kind === 'confirmed') this.flush();
    else this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const events = this.pending.splice(0);
    if (!events.length) return;
    try {
      void this.send(events).catch(() => undefined);
    } catch {
      // The extension was reloaded: nobody to count them.
    }
  }
}

/**
 * Findings shown, per field: a rule counts once per message (twice when it flags two places at
 * once), not again on every keystroke; an emptied field starts a new message.
 */
export class ShownCounter {
  private readonly seen = new WeakMap<object, Map<string, number>>();

  /** The events for what `findings` show beyond what this message of `field` showed before. */
  observe(field: object, text: string, findings: readonly Finding[]): StatEvent[] {
    if (!text.trim()) {
      this.seen.delete(field);
      return [];
    }
    const now = new Map<string, { n: number; f: Finding }>();
    for (const f of findings) {
      const e = now.get(f.ruleId);
      if (e) e.n++;
      else now.set(f.ruleId, { n: 1, f });
    }
    let seen = this.seen.get(field);
    if (!seen) this.seen.set(field, (seen = new Map()));
    const out: StatEvent[] = [];
    for (const [rule, { n, f }] of now) {
      const before = seen.get(rule) ?? 0;
      for (let i = before; i < n; i++) out.push({ kind: 'shown', rule, category: f.category, severity: f.severity });
      if (n > before) seen.set(rule, n);
    }
    return out;
  }
}
