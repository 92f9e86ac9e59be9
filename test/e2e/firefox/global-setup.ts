// Vitest globalSetup for the Firefox suite: (re)build the fixture pages and the Firefox build when
// they are missing or older than their sources (CG_E2E_NO_BUILD=1 skips both), remove a test
// policies.json an interrupted run left behind, and say where the screenshots go.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIST, REPO } from '../harness';
import { FX_EXT_DIR, FX_POLICY_FILE, FX_POLICY_MARK, FX_SCREENS_DIR } from './harness';

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
  if (r.status !== 0) throw new Error(`[e2e:firefox] ${what} failed:\n${r.stdout}\n${r.stderr}`);
  console.log(`[e2e:firefox] ${what} (${Date.now() - t} ms)`);
}

export default function setup(): void {
  // A policies.json left behind by an interrupted policy test would apply to every Firefox run.
  try {
    if (existsSync(FX_POLICY_FILE) && readFileSync(FX_POLICY_FILE, 'utf8').includes(FX_POLICY_MARK)) rmSync(FX_POLICY_FILE);
  } catch {
    // Not ours to remove.
  }
  if (!process.env.CG_E2E_NO_BUILD) {
    const stamp = join(PAGES_DIST, '.built');
    if (mtime(stamp) < newest([join(REPO, 'test/e2e/pages'), join(REPO, 'package-lock.json')])) {
      run('built fixture pages → test/e2e/.pages-dist', [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'test/e2e/pages/vite.config.ts']);
      writeFileSync(stamp, new Date().toISOString());
    }
    const sources = newest(['src', 'entrypoints', 'public', 'assets', 'wxt.config.ts', 'package-lock.json'].map((p) => join(REPO, p)));
    if (!process.env.CG_E2E_FIREFOX_EXT_DIR && mtime(join(FX_EXT_DIR, 'manifest.json')) < sources) {
      run('built extension (e2e clock) → .output/firefox-mv2-e2e', [join(REPO, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox', '--mode', 'e2e']);
    }
  }
  console.log(`[e2e:firefox] screenshots → ${FX_SCREENS_DIR}`);
}
