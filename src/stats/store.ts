// The statistics in storage.local: one key per day (`cg.stats.day.YYYY-MM-DD`), so recording an
// event rewrites one small object, and one key for the folded older days (`cg.stats.older`).
// The background is the only writer (StatsKeeper, one write after another); the options page
// reads them and asks the background to reset them.

import type { Browser } from 'wxt/browser';
import type { StatEvent } from './events';
import { applyEvents, chinaDay, emptyDay, firstKeptDay, foldOld, isDay, readDay, readFolded, type StatsData } from './model';

export const DAY_KEY_PREFIX = 'cg.stats.day.';
export const OLDER_KEY = 'cg.stats.older';

type Area = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

export const isStatsKey = (k: string): boolean => k === OLDER_KEY || k.startsWith(DAY_KEY_PREFIX);

/** Every stored day and the folded total, read leniently (a damaged day counts as zero). */
export async function readStats(area: Area): Promise<StatsData> {
  const all = (await area.get(null)) as Record<string, unknown>;
  const days: StatsData['days'] = {};
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(DAY_KEY_PREFIX)) continue;
    const d = k.slice(DAY_KEY_PREFIX.length);
    if (isDay(d)) days[d] = readDay(v);
  }
  return { days, older: readFolded(all[OLDER_KEY]) };
}

/** Records events as they come, one storage write after another, dated by `now()` (China time). */
export class StatsKeeper {
  private queue: Promise<unknown> = Promise.resolve();
  /** The day old days were last folded on: folding is due once a day. */
  private foldedOn = '';

  constructor(
    private readonly area: Area,
    private readonly now: () => number,
  ) {}

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  record(events: readonly StatEvent[]): Promise<void> {
    if (!events.length) return Promise.resolve();
    return this.serial(async () => {
      const today = chinaDay(this.now());
      const key = DAY_KEY_PREFIX + today;
      const got = (await this.area.get(key)) as Record<string, unknown>;
      await this.area.set({ [key]: applyEvents(got[key] === undefined ? emptyDay() : readDay(got[key]), events) });
      await this.fold(today);
    });
  }

  /** Days older than KEEP_DAYS go into the folded total (looked at on the first write of a day). */
  private async fold(today: string): Promise<void> {
    if (this.foldedOn === today) return;
    this.foldedOn = today;
    const data = await readStats(this.area);
    const { drop, older } = foldOld(data, firstKeptDay(today));
    if (!older) return;
    await this.area.set({ [OLDER_KEY]: older });
    await this.area.remove(drop.map((d) => DAY_KEY_PREFIX + d));
  }

  /** Removes every count. */
  reset(): Promise<void> {
    return this.serial(async () => {
      const all = (await this.area.get(null)) as Record<string, unknown>;
      await this.area.remove(Object.keys(all).filter(isStatsKey));
    });
  }
}
