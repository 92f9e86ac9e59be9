// The engine without any rule pack: pure, no DOM and no browser API. Packs are registered at run
// time — index.ts registers the built-in ones for Node (CLI, tests, benchmarks); the extension's
// pages and content script receive them from the background on first use, so the pack data (the
// bulk of the engine) is not part of every page's content-script bundle.

import { compilePack, type Compiled } from './compile';
import { lintCompiled } from './lint';
import { addTraditional } from './normalize';
import { addReadings } from './pinyin';
import { detectAudience } from './audience';
import type { Finding, LintContext, RulePack } from './types';

export * from './types';
export { detectAudience } from './audience';
export { validateCustomRules, MAX_PHRASE, MAX_PHRASE_TEXT, type RuleError, type ValidationResult } from './validate';
export { smsSegments, SMS_MAX_LENGTH } from './structure';
export { fold } from './normalize';
export { CATEGORY_LABELS, SEVERITY_LABELS } from './labels';
export { applyFixes } from './fix';

export const DEFAULT_PACK = 'cn';
/** Ids of the packs the extension ships (registered lazily in pages, at import in Node). */
export const BUILTIN_PACK_IDS: readonly string[] = ['cn'];

/** Registered packs by id. */
export const PACKS: Record<string, RulePack> = {};

/** Makes a pack available to `lint` (replacing one with the same id). */
export function registerPack(pack: RulePack): void {
  PACKS[pack.id] = pack;
  addTraditional(pack.tables.t2s);
  addReadings(pack.tables.pinyin);
  cache.clear();
}

/** A pack without its examples: what the extension ships to pages (the examples are for tests and the options page). */
export function runtimePack(pack: RulePack): RulePack {
  return { ...pack, rules: pack.rules.map((r) => ({ ...r, examples: { bad: [], good: [] } })) };
}

export class UnknownPackError extends Error {}

/**
 * Compiled packs by pack id + custom phrases; compiling costs a few hundred milliseconds, linting
 * microseconds. The allowlist is not compiled in: allowing a phrase from the in-page card must
 * not recompile the pack.
 */
const cache = new Map<string, Compiled>();
const CACHE_SIZE = 8;
export function getCompiled(ctx: Pick<LintContext, 'pack' | 'customPhrases'>): Compiled {
  // A pattern's parsed form (CustomPhrase.tree) follows from its source: not part of the key.
  const key = JSON.stringify([ctx.pack, ctx.customPhrases], (k, v: unknown) => (k === 'tree' ? undefined : v));
  let c = cache.get(key);
  if (c) {
    cache.delete(key);
    cache.set(key, c);
    return c;
  }
  const pack: RulePack | undefined = PACKS[ctx.pack];
  if (!pack) throw new UnknownPackError(`unknown rule pack "${ctx.pack}" (available: ${Object.keys(PACKS).join(', ')})`);
  c = compilePack(pack, ctx.customPhrases);
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
    ...(context.model === false ? { model: false } : {}),
    ...(context.discourse === false ? { discourse: false } : {}),
  };
}

/** Checks one message; offsets of every finding point into `text` itself. */
export function lint(text: string, context: Partial<LintContext> = {}): Finding[] {
  const ctx = resolveContext(text, context);
  return lintCompiled(getCompiled(ctx), text, ctx);
}
