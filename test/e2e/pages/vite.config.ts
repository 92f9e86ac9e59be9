// Multi-page Vite build of the e2e fixture consoles: every folder here with an index.html is a
// page, served by the e2e harness as /<folder>/. Output: test/e2e/.pages-dist (gitignored).
// Build by hand: `npx vite build -c test/e2e/pages/vite.config.ts` (the e2e globalSetup does it
// when the output is missing or older than the sources).
import vue from '@vitejs/plugin-vue';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
export const pagesOutDir = resolve(root, '../.pages-dist');

export function pageNames(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [vue()],
  // React pages carry `/** @jsxImportSource react */`; this is the default for any that does not
  // (the repo's tsconfig says preact, which is right for the extension, not for these pages).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  define: { __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  build: {
    outDir: pagesOutDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 10_000,
    rolldownOptions: {
      // antd's `"use client"` directives are meaningless in a client-only bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: Object.fromEntries([
        ['index', join(root, 'index.html')],
        ...pageNames().map((name) => [name, join(root, name, 'index.html')]),
      ]),
    },
  },
});
