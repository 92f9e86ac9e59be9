// The single test command (`npm test`): unit and component tests in Vitest, the extension builds
// (Chrome and Firefox) and the e2e fixture pages, `web-ext lint` on the Firefox build, the content
// script's size budget on both builds, the end-to-end specs in real Chromium and in real Firefox
// ESR side by side (on the e2e builds, whose clock the tests set), then one closing line
// `N passed, N failed, N skipped` so a run that executed nothing, or skipped something, is
// visible. Every skipped test is listed with its reason.

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBudget } from '../tools/bundle-size';

let passed = 0;
let failed = 0;
const skipped: string[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** Starts one Vitest configuration; its output goes to the terminal, or to `log` to be printed later. */
function startVitest(label: string, args: string[], env: NodeJS.ProcessEnv = {}, log?: string): Promise<() => void> {
  const out = join(mkdtempSync(join(tmpdir(), 'cg-vitest-')), 'report.json');
  const fd = log ? openSync(log, 'w') : 'inherit';
  if (!log) console.log(`\n── ${label} ──`);
  const child = spawn('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: ['ignore', fd, fd],
    env: { ...process.env, ...env },
  });
  return new Promise((done) => {
    child.on('close', (code) => {
      if (typeof fd === 'number') closeSync(fd);
      // What to print and count once it is this run's turn.
      done(() => {
        if (log) {
          console.log(`\n── ${label} ──`);
          process.stdout.write(readFileSync(log));
        }
        count(label, out, code ?? 1);
      });
    });
  });
}

/** Adds one Vitest run's counts; a run that crashed counts as a failure. */
function count(label: string, out: string, code: number): void {
  if (!existsSync(out)) {
    console.error(`${label}: vitest wrote no report`);
    failed++;
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites: number;
    testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
  };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests === 0 && code !== 0) failed += Math.max(1, report.numFailedTestSuites);
  // Skipped suites carry their reason in their name (test/skip.ts).
  const skips = report.testResults.flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'skipped' || a.status === 'pending' || a.status === 'todo').map((a) => `${label}: ${a.fullName}`),
  );
  skipped.push(...skips);
  console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skips.length} skipped`);
}

/**
 * Warnings `web-ext lint` may report that the README explains ("Firefox: web-ext lint"); each is
 * accepted only where the flagged code really is what the explanation says.
 */
const EXPLAINED_LINT_WARNINGS: { code: string; why: string; holds: (source: string) => boolean }[] = [
  {
    // Preact's renderer supports `dangerouslySetInnerHTML` (`el.innerHTML = props.__html`);
    // CollectGuard never passes that prop, so the assignment never runs.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's dangerouslySetInnerHTML code path, unused",
    holds: (source) => source.includes('.innerHTML=') && source.includes('.__html'),
  },
  {
    // The content script imports its lazy modules (src/content/lazy.ts): the argument is always
    // runtime.getURL of one of the package's own module paths, written out beside it.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'import() of our own lazy modules, runtime.getURL of a fixed package path',
    holds: (source) => /import\(\w+\.runtime\.getURL\(\w+\)\)/.test(source) && source.includes('`/quick-insert.js`') && source.includes('`/overlay-ui.js`'),
  },
];

/** `web-ext lint` on the Firefox build: no errors, no notices, only explained warnings. One test. */
function webExtLint(dir: string): void {
  console.log(`\n── web-ext lint ${dir} ──`);
  const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  type Msg = { code: string; message: string; file?: string; line?: number; column?: number };
  let report: { errors: Msg[]; warnings: Msg[]; notices: Msg[] };
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    console.error(`web-ext lint printed no report:\n${r.stdout}\n${r.stderr}`);
    failed++;
    return;
  }
  const around = (m: Msg) => {
    try {
      const line = readFileSync(join(dir, m.file ?? ''), 'utf8').split('\n')[(m.line ?? 1) - 1] ?? '';
      const col = m.column ?? 0;
      return line.slice(Math.max(0, col - 300), col + 300);
    } catch {
      return '';
    }
  };
  const unexplained: Msg[] = [...report.errors, ...report.notices];
  let explained = 0;
  for (const w of report.warnings) {
    const known = EXPLAINED_LINT_WARNINGS.find((e) => e.code === w.code && e.holds(around(w)));
    if (known) {
      explained++;
      console.log(`  explained warning ${w.code} in ${w.file}: ${known.why}`);
    } else unexplained.push(w);
  }
  for (const m of unexplained) console.error(`  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`);
  console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${explained} explained in the README), ${report.notices.length} notices`);
  if (unexplained.length) failed++;
  else passed++;
}

/** The content script's size budget on both shipped builds (tools/bundle-size.ts). One test. */
function bundleSize(): void {
  console.log('\n── content-script size ──');
  try {
    if (checkBudget().length) failed++;
    else passed++;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    failed++;
  }
}

(await startVitest('unit and component tests', []))();

console.log('\n── build ──');
/** The fixture consoles the e2e suites load (gitignored, so a fresh clone has to build them). */
function buildPages(): number {
  const code = run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '-c', 'test/e2e/pages/vite.config.ts']);
  if (code === 0) writeFileSync('test/e2e/.pages-dist/.built', new Date().toISOString());
  return code;
}
// The shipped build (linted) and the e2e build the suites load (the same code with a test clock).
if (run('npm', ['run', '-s', 'build']) !== 0 || run('npm', ['run', '-s', 'build:e2e']) !== 0 || buildPages() !== 0) {
  console.error('build failed');
  failed++;
} else {
  webExtLint('.output/firefox-mv2');
  bundleSize();
  // One spec set (test/e2e/specs), run once per browser, the two browsers at the same time (each
  // runs its files one after another): most of an e2e test is waiting on a browser, and CI has a
  // time budget. Chromium prints as it goes; Firefox's output follows, with each browser's counts
  // and skips labelled.
  const browsers = [
    { project: 'chromium', label: 'Chromium', binary: process.env.CG_CHROMIUM ?? '/usr/bin/chromium', install: 'chromium fonts-wqy-microhei' },
    { project: 'firefox', label: 'Firefox', binary: process.env.CG_FIREFOX ?? '/usr/bin/firefox-esr', install: 'firefox-esr' },
  ];
  const logs = mkdtempSync(join(tmpdir(), 'cg-e2e-log-'));
  const runs = browsers.map((b, i) => {
    if (existsSync(b.binary)) {
      const args = ['-c', 'test/e2e/vitest.e2e.config.ts', '--project', b.project];
      return startVitest(`end-to-end: ${b.label}`, args, { CG_E2E_NO_BUILD: '1' }, i === 0 ? undefined : join(logs, `${b.project}.log`));
    }
    return Promise.resolve(() => {
      console.error(`end-to-end: ${b.label} is not installed at ${b.binary} (apt-get install ${b.install}); the ${b.label} suite did not run`);
      failed++;
    });
  });
  for (const report of await Promise.all(runs)) report();
}

if (skipped.length) {
  console.log(`\nSkipped (${skipped.length}):`);
  for (const s of skipped) console.log(`  ${s}`);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped.length} skipped`);
process.exit(failed ? 1 : 0);
