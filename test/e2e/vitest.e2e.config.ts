// End-to-end tests in real Chromium with the built extension (see test/e2e/harness.ts).
// Run: npx vitest run -c test/e2e/vitest.e2e.config.ts
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root: repo,
  test: {
    include: ['test/e2e/chromium/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One browser per file, files one after another: Chromium instances are heavy on 2 cores and
    // timing-sensitive tests (IME, "next frame" underlines) must not compete for CPU.
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
