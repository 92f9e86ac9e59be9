// Compiles a pack (plus the user's custom phrases and allowlist) into one automaton over the
// folded text. Every literal of every rule, exception, trigger and cue goes into the same
// automaton, so linting is one pass whatever the size of the pack.

import { expandPhrase } from './expand';
import { Automaton } from './matcher';
import { foldPhrase } from './normalize';
import { literalSyllables } from './pinyin';
import type { CustomPhrase, Rule, RulePack } from './types';

export const enum Kind {
  Match = 0,
  Exception = 1,
  Trigger = 2,
  Negation = 3,
  Protective = 4,
  Allow = 5,
}

export interface Payload {
  kind: Kind;
  /** Index into `Compiled.rules` (Match, Exception, Trigger); -1 otherwise. */
  rule: number;
}

export interface CompiledRule {
  rule: Rule;
  regexes: RegExp[];
  /** Folded literal → replacement. */
  replacements: Map<string, string>;
  custom: boolean;
}

export interface Compiled {
  pack: RulePack;
  rules: CompiledRule[];
  automaton: Automaton;
  /** Per literal id: what the literal means. */
  payloads: Payload[][];
  literals: string[];
  /** Built on first use: only texts holding Latin letters need it. */
  syllables(): { automaton: Automaton; literal: number[] };
}

/** Every folded literal of a phrase list. */
function literalsOf(phrases: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const p of phrases ?? []) for (const l of expandPhrase(p)) {
    const f = foldPhrase(l);
    if (f) out.push(f);
  }
  return out;
}

export function customRule(c: CustomPhrase, index: number): Rule {
  const text = { zh: c.message || `自定义词语「{match}」`, en: c.message || `Custom phrase "{match}"` };
  return {
    id: `custom.${index}`,
    category: c.category,
    severity: c.severity,
    ...(c.regex ? { patterns: [c.phrase] } : { phrases: [c.phrase] }),
    negatable: !c.regex,
    message: text,
    ...(c.suggestion ? { suggestion: { zh: c.suggestion, en: c.suggestion } } : {}),
    examples: { bad: [], good: [] },
  };
}

export function compilePack(pack: RulePack, custom: readonly CustomPhrase[] = [], allowlist: readonly string[] = []): Compiled {
  const automaton = new Automaton();
  const payloads: Payload[][] = [];
  const literals: string[] = [];
  const ids = new Map<string, number>();
  const addLiteral = (lit: string, p: Payload) => {
    let id = ids.get(lit);
    if (id === undefined) {
      id = automaton.addString(lit);
      ids.set(lit, id);
      payloads.push([]);
      literals.push(lit);
    }
    const list = payloads[id]!;
    if (!list.some((q) => q.kind === p.kind && q.rule === p.rule)) list.push(p);
  };

  const all: { rule: Rule; custom: boolean }[] = [
    ...pack.rules.map((rule) => ({ rule, custom: false })),
    ...custom.map((c, i) => ({ rule: customRule(c, i), custom: true })),
  ];
  const rules: CompiledRule[] = all.map(({ rule, custom: isCustom }, index) => {
    for (const l of literalsOf(rule.phrases)) addLiteral(l, { kind: Kind.Match, rule: index });
    for (const l of literalsOf(rule.exceptions)) addLiteral(l, { kind: Kind.Exception, rule: index });
    for (const l of literalsOf(rule.triggers)) addLiteral(l, { kind: Kind.Trigger, rule: index });
    const replacements = new Map<string, string>();
    for (const [k, v] of Object.entries(rule.replacements ?? {})) replacements.set(foldPhrase(k), v);
    return { rule, regexes: (rule.patterns ?? []).map((p) => new RegExp(p, 'gu')), replacements, custom: isCustom };
  });
  for (const l of literalsOf(pack.negations)) addLiteral(l, { kind: Kind.Negation, rule: -1 });
  for (const l of literalsOf(pack.protective)) addLiteral(l, { kind: Kind.Protective, rule: -1 });
  for (const a of allowlist) {
    const l = foldPhrase(a);
    if (l) addLiteral(l, { kind: Kind.Allow, rule: -1 });
  }
  automaton.build();

  let syllableIndex: { automaton: Automaton; literal: number[] } | undefined;
  const syllables = () => {
    if (syllableIndex) return syllableIndex;
    const sa = new Automaton();
    const literal: number[] = [];
    literals.forEach((lit, id) => {
      // Pinyin spellings are worth matching for phrases (and their exceptions) of 2–6 characters.
      if (lit.length < 2 || lit.length > 6) return;
      if (!payloads[id]!.some((p) => p.kind === Kind.Match || p.kind === Kind.Exception)) return;
      for (const seq of literalSyllables(lit) ?? []) {
        sa.add(seq);
        literal.push(id);
      }
    });
    syllableIndex = { automaton: sa.build(), literal };
    return syllableIndex;
  };

  return { pack, rules, automaton, payloads, literals, syllables };
}
