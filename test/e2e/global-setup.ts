// Vitest globalSetup of each e2e project (browser): (re)build what the tests load when it is
// missing or older than its sources — the fixture pages and this browser's e2e build —, remove a
// test policies.json an interrupted Firefox run left behind, and say where screenshots go.
// CG_E2E_NO_BUILD=1 skips both builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PAGES_DIST, REPO, SCREENS_ROOT } from './constants';
import { chromium } from './driver/chromium';
import { firefox, removeStalePolicy } from './driver/firefox';

/** Newest mtime (ms) of the files under the given paths (skipping node_modules and dot-folders). */
function newest(paths: string[]): number {
  let max = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules' && !e.startsWith('.')) visit(join(p, e));
    } else max = Math.max(max, st.mtimeMs);
  };
  paths.forEach(visit);
  return max;
}

const mtime = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

function run(what: string, args: string[]): void {
  const t = Date.now();
  const r = spawnSync(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`[e2e] ${what} failed:\n${r.stdout}\n${r.stderr}`);
  console.log(`[e2e] ${what} (${Date.now() - t} ms)`);
}

export default function setup(project: TestProject): void {
  const driver = project.name === 'firefox' ? firefox : chromium;
  if (driver === firefox) removeStalePolicy();
  if (!process.env.CG_E2E_NO_BUILD) {
    const stamp = join(PAGES_DIST, '.built');
    if (mtime(stamp) < newest([join(REPO, 'test/e2e/pages'), join(REPO, 'package-lock.json')])) {
      run('built fixture pages → test/e2e/.pages-dist', [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'test/e2e/pages/vite.config.ts']);
      writeFileSync(stamp, new Date().toISOString());
    }
    const sources = newest(['src', 'entrypoints', 'public', 'assets', 'wxt.config.ts', 'package-lock.json'].map((p) => join(REPO, p)));
    const custom = driver === firefox ? process.env.CG_E2E_FIREFOX_EXT_DIR : process.env.CG_E2E_EXT_DIR;
    if (!custom && mtime(join(driver.extensionDir, 'manifest.json')) < sources) {
      const browserArgs = driver === firefox ? ['-b', 'firefox'] : [];
      run(`built extension (e2e clock) → ${driver.extensionDir}`, [join(REPO, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...browserArgs, '--mode', 'e2e']);
    }
  }
  console.log(`[e2e] ${driver.name} screenshots → ${join(SCREENS_ROOT, driver.name)}`);
}
