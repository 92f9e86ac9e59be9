// End-to-end tests in real Firefox ESR with the built extension (see test/e2e/firefox/harness.ts).
// Run: npx vitest run -c test/e2e/firefox/vitest.firefox.config.ts
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export default defineConfig({
  root: repo,
  test: {
    include: ['test/e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/firefox/global-setup.ts'],
    // One Firefox per file, files one after another (2 cores; timing-sensitive steps).
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
