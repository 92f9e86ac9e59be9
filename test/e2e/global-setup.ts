// Vitest globalSetup for the e2e suite: (re)build what the tests load, when it is missing or
// older than its sources, and say where screenshots go. CG_E2E_NO_BUILD=1 skips both builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXT_DIR, PAGES_DIST, REPO, SCREENS_DIR } from './harness';

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

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function run(what: string, cmd: string, args: string[]): void {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`[e2e] ${what} failed (${cmd} ${args.join(' ')}):\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`[e2e] ${what} (${Date.now() - t} ms)`);
}

export default function setup(): void {
  if (!process.env.CG_E2E_NO_BUILD) {
    const stamp = join(PAGES_DIST, '.built');
    const pageSources = newest([join(REPO, 'test/e2e/pages'), join(REPO, 'package-lock.json')]);
    if (mtime(stamp) < pageSources) {
      run('built fixture pages → test/e2e/.pages-dist', process.execPath, [
        join(REPO, 'node_modules/vite/bin/vite.js'),
        'build',
        '-c',
        'test/e2e/pages/vite.config.ts',
      ]);
      writeFileSync(stamp, new Date().toISOString());
    }
    const extSources = newest(['src', 'entrypoints', 'public', 'assets', 'wxt.config.ts', 'package-lock.json'].map((p) => join(REPO, p)));
    if (!process.env.CG_E2E_EXT_DIR && mtime(join(EXT_DIR, 'manifest.json')) < extSources) {
      run('built extension (e2e clock) → .output/chrome-mv3-e2e', process.execPath, [join(REPO, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'e2e']);
    }
  }
  console.log(`[e2e] screenshots → ${SCREENS_DIR}`);
}
