// Suites that cannot run here skip visibly: the reason goes into the suite's name, and the test
// command (test/run-tests.ts) counts every skipped test and prints it with that name.
import { describe } from 'vitest';

/** `describe`, or, when `skipReason` is a string, a skipped suite whose name says why. */
export function describeUnless(skipReason: string | null, title: string, fn: () => void): void {
  if (skipReason === null) describe(title, fn);
  else describe.skip(`${title} [skipped: ${skipReason}]`, fn);
}
