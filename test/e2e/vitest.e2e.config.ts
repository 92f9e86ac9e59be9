// End-to-end tests in real browsers with the built extension (see test/e2e/harness.ts): the spec
// files in test/e2e/specs/, run as two projects, `chromium` and `firefox`.
// Run: npx vitest run -c test/e2e/vitest.e2e.config.ts [--project chromium|firefox] [file filter]
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const browser = (name: 'chromium' | 'firefox') => ({
  extends: true as const,
  // Each project's global setup builds what that browser loads (it is told the project).
  test: { name, env: { CG_E2E_BROWSER: name }, globalSetup: ['test/e2e/global-setup.ts'] },
});

export default defineConfig({
  root: repo,
  test: {
    include: ['test/e2e/specs/**/*.e2e.ts'],
    environment: 'node',
    // One browser per file, files one after another: browsers are heavy on 2 cores and
    // timing-sensitive tests (IME, "next frame" underlines) must not compete for CPU.
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    projects: [browser('chromium'), browser('firefox')],
  },
});
