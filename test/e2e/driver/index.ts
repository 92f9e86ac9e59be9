// The browser this run drives: CG_E2E_BROWSER (set per Vitest project in
// test/e2e/vitest.e2e.config.ts), Chromium by default.
import { chromium } from './chromium';
import { firefox } from './firefox';
import type { Driver } from './types';

export type * from './types';

export const driver: Driver = process.env.CG_E2E_BROWSER === 'firefox' ? firefox : chromium;
