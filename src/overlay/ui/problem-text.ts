// What a problem (findings about the same words, see problems.ts) says in the panel and the card:
// every category it falls under, and the reasons of its other findings.

import { CATEGORY_LABELS } from '../../core/labels';
import type { Finding, Lang } from '../../core/types';
import type { ShownFinding } from './types';

/** Every category a problem falls under, the speaking finding's first. */
export function categoryNames(f: ShownFinding, lang: Lang): string {
  const names = [f, ...(f.also ?? [])].map((x) => CATEGORY_LABELS[x.category][lang]);
  return [...new Set(names)].join(lang === 'zh' ? '、' : ', ');
}

/** The other findings' reasons, where they say something the speaking one does not. */
export function otherReasons(f: ShownFinding): Finding[] {
  return (f.also ?? []).filter((x) => x.message !== f.message);
}
