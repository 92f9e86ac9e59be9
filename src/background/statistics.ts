// The local statistics' one writer (src/stats: counts per China day and per rule, never text).
// Content scripts report their counts (cg:stats); the background checks every event, so a page
// can add a count but never a word of text; inserted templates are counted here when the insert
// (popup) or the remembering (in-page picker) went through. A reset is privileged (extension pages
// only) and refused when the organisation locks the statistics.

import type { Browser } from 'wxt/browser';
import { clock } from '../clock/index';
import { loadSettings } from '../settings/store';
import { parseEvents } from '../stats/events';
import { StatsKeeper } from '../stats/store';
import type { Handlers } from './dispatcher';

export type StatisticsApi = { storage: { local: Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'> } };

export class Statistics {
  private readonly keeper: StatsKeeper;

  constructor(api: StatisticsApi) {
    this.keeper = new StatsKeeper(api.storage.local, () => clock.now());
  }

  /** Records what a page or the popup sent, keeping only valid events; resolves whether it was written. */
  record(events: unknown): Promise<boolean> {
    return this.keeper.record(parseEvents(events)).then(
      () => true,
      () => false,
    );
  }

  /** A template went into a field. */
  templateInserted(id: string): void {
    void this.record([{ kind: 'template', id }]);
  }

  /** Clears every count, unless the organisation locks the statistics. */
  async reset(): Promise<{ ok: boolean; error?: string }> {
    try {
      if ((await loadSettings()).locked.statistics) return { ok: false, error: 'locked' };
    } catch {
      // No readable policy: nothing locks the reset.
    }
    try {
      await this.keeper.reset();
      return { ok: true };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  handlers(): Handlers {
    return {
      'cg:stats': (p) => this.record(p.events),
      'cg:stats-reset': () => this.reset(),
    };
  }
}
