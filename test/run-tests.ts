// The single test command (`npm test`): unit and component tests in Vitest, then the end-to-end
// suites in real browsers when the build exists, then one closing line `N passed, N failed` so a
// run that executed nothing is visible.

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

function vitest(): void {
  const out = join(mkdtempSync(join(tmpdir(), 'cg-vitest-')), 'report.json');
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    console.error('vitest wrote no report');
    failed++;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numFailedTests === 0 && code !== 0 ? Math.max(1, report.numFailedTestSuites) : 0);
}

vitest();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
