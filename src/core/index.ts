// Public API of the engine: pure, no DOM and no browser API, so the content script, the popup,
// the options page, the CLI, the benchmarks and the tests all share it.

import { compilePack, type Compiled } from './compile';
import { lintCompiled } from './lint';
import { DEFAULT_PACK, PACKS } from './packs/index';
import { detectAudience } from './audience';
import type { Finding, LintContext, RulePack } from './types';

export * from './types';
export { detectAudience } from './audience';
export { validateCustomRules, unsafeRegexReason, type RuleError, type ValidationResult } from './validate';
export { smsSegments, SMS_MAX_LENGTH } from './structure';
export { fold } from './normalize';
export { PACKS, DEFAULT_PACK } from './packs/index';

export class UnknownPackError extends Error {}

/** Compiled packs by pack id + custom phrases + allowlist; compiling costs milliseconds, linting microseconds. */
const cache = new Map<string, Compiled>();
const CACHE_SIZE = 8;

export function getCompiled(ctx: Pick<LintContext, 'pack' | 'customPhrases' | 'allowlist'>): Compiled {
  const key = JSON.stringify([ctx.pack, ctx.customPhrases, ctx.allowlist]);
  let c = cache.get(key);
  if (c) {
    cache.delete(key);
    cache.set(key, c);
    return c;
  }
  const pack: RulePack | undefined = PACKS[ctx.pack];
  if (!pack) throw new UnknownPackError(`unknown rule pack "${ctx.pack}" (available: ${Object.keys(PACKS).join(', ')})`);
  c = compilePack(pack, ctx.customPhrases, ctx.allowlist);
  cache.set(key, c);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return c;
}

/** Fills in defaults; the audience defaults to what `detectAudience` reads from the text. */
export function resolveContext(text: string, context: Partial<LintContext> = {}): LintContext {
  return {
    audience: context.audience ?? detectAudience(text),
    pack: context.pack ?? DEFAULT_PACK,
    lang: context.lang ?? 'zh',
    customPhrases: context.customPhrases ?? [],
    allowlist: context.allowlist ?? [],
    disabledRules: context.disabledRules ?? [],
    disabledCategories: context.disabledCategories ?? [],
    severityOverrides: context.severityOverrides ?? {},
    ...(context.now !== undefined ? { now: context.now } : {}),
    ...(context.quietHours ? { quietHours: context.quietHours } : {}),
    ...(context.signature ? { signature: context.signature } : {}),
  };
}

/** Checks one message; offsets of every finding point into `text` itself. */
export function lint(text: string, context: Partial<LintContext> = {}): Finding[] {
  const ctx = resolveContext(text, context);
  return lintCompiled(getCompiled(ctx), text, ctx);
}
