// The characters and literals the packs use: what the generated tables must cover.

import { expandPhrase } from '../expand';
import { PACKS } from '../packs/index';

export function packLiterals(): string[] {
  const out = new Set<string>();
  for (const pack of Object.values(PACKS)) {
    const lists = [pack.negations, pack.protective];
    for (const r of pack.rules) lists.push(r.phrases ?? [], r.exceptions ?? [], r.triggers ?? []);
    for (const list of lists) for (const p of list) for (const l of expandPhrase(p)) out.add(l.toLowerCase());
  }
  return [...out];
}

export function packCharacters(): Set<string> {
  const chars = new Set<string>();
  const sources = [...packLiterals(), ...Object.values(PACKS).flatMap((p) => p.rules.flatMap((r) => r.patterns ?? []))];
  for (const l of sources) for (const c of l) if (/\p{Script=Han}/u.test(c)) chars.add(c);
  return chars;
}
