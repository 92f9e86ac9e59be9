// The single test command (`npm test`): unit and component tests in Vitest, the extension build,
// the end-to-end suites in real browsers, then one closing line `N passed, N failed` so a run that
// executed nothing is visible.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let passed = 0;
let failed = 0;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** Runs one Vitest configuration and adds its counts; a run that crashed counts as a failure. */
function vitest(label: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n── ${label} ──`);
  const out = join(mkdtempSync(join(tmpdir(), 'cg-vitest-')), 'report.json');
  const code = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  if (!existsSync(out)) {
    console.error(`${label}: vitest wrote no report`);
    failed++;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests === 0 && code !== 0) failed += Math.max(1, report.numFailedTestSuites);
  console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}

vitest('unit and component tests', []);

console.log('\n── build ──');
if (run('npm', ['run', '-s', 'build']) !== 0) {
  console.error('build failed');
  failed++;
} else if (existsSync('/usr/bin/chromium') || process.env.CG_CHROMIUM) {
  vitest('end-to-end: Chromium', ['-c', 'test/e2e/vitest.e2e.config.ts'], { CG_E2E_NO_BUILD: '1' });
} else {
  console.error('end-to-end: Chromium is not installed (apt-get install chromium fonts-wqy-microhei); the browser suites did not run');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
