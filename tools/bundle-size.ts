// The content script's size budget (docs/ARCHITECTURE.md, "Budgets": ≤ 60 KB gzipped), checked on the built
// extension in both browsers' builds: `npm run size` after `npm run build`, and by `npm test`.
// Measured as `gzip -c FILE | wc -c` (KB = 1,000 bytes); where there is no gzip, with Node's zlib at
// the same level (which comes out a few hundred bytes larger: stricter, never laxer). The modules the content script loads on first use
// (wxt.config.ts, LAZY_MODULES) are listed for information: they are not parsed in every frame.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_SCRIPT_BUDGET = 60_000;
export const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
const LAZY = ['quick-insert.js', 'overlay-ui.js'];

function gz(file: string): number {
  const r = spawnSync('gzip', ['-c', file], { maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 && r.stdout ? r.stdout.length : gzipSync(readFileSync(file), { level: 6 }).length;
}

export interface SizeReport {
  build: string;
  content: number;
  lazy: Record<string, number>;
}

/** Sizes of one build; throws when it has no content script (not built). */
export function measure(dir: string): SizeReport {
  const content = join(dir, 'content-scripts/content.js');
  if (!existsSync(content)) throw new Error(`${content} not found: run npm run build first`);
  const lazy: Record<string, number> = {};
  for (const m of LAZY) if (existsSync(join(dir, m))) lazy[m] = gz(join(dir, m));
  return { build: dir, content: gz(content), lazy };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** Prints each build's sizes; returns the builds over budget. */
export function checkBudget(dirs: string[] = BUILDS): string[] {
  const over: string[] = [];
  for (const dir of dirs) {
    const r = measure(dir);
    const lazy = Object.entries(r.lazy).map(([m, n]) => `${m} ${kb(n)}`).join(', ');
    const ok = r.content <= CONTENT_SCRIPT_BUDGET;
    console.log(`${dir}: content script ${kb(r.content)} gzipped (budget ${kb(CONTENT_SCRIPT_BUDGET)}) ${ok ? 'ok' : 'OVER BUDGET'}; loaded on first use: ${lazy || 'none'}`);
    if (!ok) over.push(dir);
  }
  return over;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  try {
    process.exit(checkBudget().length ? 1 : 0);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  }
}
