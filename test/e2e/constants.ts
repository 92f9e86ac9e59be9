// Where the e2e suite finds what it loads and writes what it produces.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built fixture consoles (gitignored; the global setup builds them). */
export const PAGES_DIST = join(REPO, 'test/e2e/.pages-dist');
/** Screenshots of every step, one folder per browser. */
export const SCREENS_ROOT = join(REPO, 'test-results/e2e-screens');
/** The browsers' time zone: China, where the agents are (the quiet hours are China time anyway). */
export const TIMEZONE = 'Asia/Shanghai';
