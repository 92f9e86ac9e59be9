// The characters and literal pieces the packs use: what the generated tables must cover.
// Families are walked as syntax trees, never expanded (some stand for millions of wordings).

import { parsePhrase, type PhraseNode } from '../../src/core/expand';
import { PACKS } from '../../src/core/index';

function pieces(nodes: PhraseNode[], out: Set<string>) {
  for (const n of nodes) {
    if (n.kind === 'lit') out.add(n.text.toLowerCase());
    else if (n.kind === 'class') out.add(n.chars.toLowerCase());
    else if (n.kind === 'group') for (const alt of n.alts) pieces(alt, out);
  }
}

/** Every literal piece of every phrase, exception, trigger and cue (the words between the groups). */
export function packLiterals(): string[] {
  const out = new Set<string>();
  for (const pack of Object.values(PACKS)) {
    const lists = [pack.negations, pack.protective, pack.falseNegations, pack.breakers];
    for (const r of pack.rules) lists.push(r.phrases ?? [], r.exceptions ?? [], r.triggers ?? []);
    for (const list of lists) for (const p of list) pieces(parsePhrase(p), out);
  }
  return [...out];
}

export function packCharacters(): Set<string> {
  const chars = new Set<string>();
  const sources = [...packLiterals(), ...Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => r.patterns ?? []))];
  for (const l of sources) for (const c of l) if (/\p{Script=Han}/u.test(c)) chars.add(c);
  return chars;
}
