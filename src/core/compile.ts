// Compiles a pack (plus the user's custom phrases) into one phrase matcher over the
// folded text. Every phrase family of every rule, exception, trigger and cue goes into the same
// matcher, so linting is one pass whatever the size of the pack.

import { parsePhrase, type PhraseNode } from './expand';
import { PhraseMatcher } from './matcher';
import { foldPhrase } from './normalize';
import { compileModel, type CompiledModel } from './model/score';
import { syllablesOf } from './pinyin';
import type { CustomPhrase, Rule, RulePack } from './types';

export const enum Kind {
  Match = 0,
  Exception = 1,
  Trigger = 2,
  Negation = 3,
  Protective = 4,
  FalseNegation = 6,
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
  /** Unique per compilation (keys memoised results). */
  id: number;
  pack: RulePack;
  rules: CompiledRule[];
  matcher: PhraseMatcher;
  /** Per phrase id: what the phrase means. */
  payloads: Payload[][];
  /** The sound matcher (pinyin and homophones), built on first use; `phrase` maps its ids to ours. */
  syllables(): { matcher: PhraseMatcher; phrase: number[] };
  /** The characters a phrase is written with (to tell exact characters from sound-alikes). */
  phraseChars(id: number): Set<number>;
  /** The pack's learned model, ready to score (when it has one with features). */
  model?: CompiledModel;
}

/** The phrase's syntax tree with every literal piece folded like the text will be. */
function foldTree(nodes: PhraseNode[]): PhraseNode[] {
  return nodes.map((n) =>
    n.kind === 'lit'
      ? { kind: 'lit', text: foldPhrase(n.text) }
      : n.kind === 'class'
        ? { kind: 'class', chars: [...new Set(foldPhrase(n.chars))].join('') }
        : n.kind === 'gap'
          ? n
          : n.kind === 'loop'
            ? { ...n, body: foldTree(n.body) }
            : { ...n, alts: n.alts.map(foldTree) },
  );
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

const textSymbol = (ch: string) => [ch.charCodeAt(0)];
let compilations = 0;

export function compilePack(pack: RulePack, custom: readonly CustomPhrase[] = []): Compiled {
  const matcher = new PhraseMatcher(textSymbol);
  const payloads: Payload[][] = [];
  const trees: PhraseNode[][] = [];
  const ids = new Map<string, number>();
  const addPhrase = (source: string, p: Payload) => {
    let id = ids.get(source);
    if (id === undefined) {
      const tree = foldTree(parsePhrase(source));
      id = matcher.add(tree);
      ids.set(source, id);
      if (id < 0) return;
      payloads.push([]);
      trees.push(tree);
    }
    if (id < 0) return;
    const list = payloads[id]!;
    if (!list.some((q) => q.kind === p.kind && q.rule === p.rule)) list.push(p);
  };

  const all: { rule: Rule; custom: boolean }[] = [
    ...pack.rules.map((rule) => ({ rule, custom: false })),
    ...custom.map((c, i) => ({ rule: customRule(c, i), custom: true })),
  ];
  const rules: CompiledRule[] = all.map(({ rule, custom: isCustom }, index) => {
    for (const p of rule.phrases ?? []) addPhrase(p, { kind: Kind.Match, rule: index });
    for (const p of rule.exceptions ?? []) addPhrase(p, { kind: Kind.Exception, rule: index });
    for (const p of rule.triggers ?? []) addPhrase(p, { kind: Kind.Trigger, rule: index });
    const replacements = new Map<string, string>();
    for (const [k, v] of Object.entries(rule.replacements ?? {})) replacements.set(foldPhrase(k), v);
    return { rule, regexes: (rule.patterns ?? []).map((p) => new RegExp(p, 'gu')), replacements, custom: isCustom };
  });
  for (const p of pack.negations) addPhrase(p, { kind: Kind.Negation, rule: -1 });
  for (const p of pack.protective) addPhrase(p, { kind: Kind.Protective, rule: -1 });
  for (const p of pack.falseNegations) addPhrase(p, { kind: Kind.FalseNegation, rule: -1 });
  payloads.forEach((list, id) => {
    if (list.every((p) => p.kind === Kind.Trigger)) matcher.endOnlyPhrase(id);
  });
  matcher.build();

  let syllableIndex: { matcher: PhraseMatcher; phrase: number[] } | undefined;
  const syllables = () => {
    if (syllableIndex) return syllableIndex;
    const sm = new PhraseMatcher(syllablesOf);
    const phrase: number[] = [];
    trees.forEach((tree, id) => {
      // Pinyin spellings are matched for rule phrases and their exceptions.
      if (!payloads[id]!.some((p) => p.kind === Kind.Match || p.kind === Kind.Exception)) return;
      const sid = sm.add(tree);
      if (sid >= 0) phrase[sid] = id;
    });
    syllableIndex = { matcher: sm.build(), phrase };
    return syllableIndex;
  };

  const charSets: Set<number>[] = [];
  const collectChars = (nodes: PhraseNode[], into: Set<number>) => {
    for (const n of nodes) {
      if (n.kind === 'lit' || n.kind === 'class') {
        const t = n.kind === 'lit' ? n.text : n.chars;
        for (let i = 0; i < t.length; i++) into.add(t.charCodeAt(i));
      }
      else if (n.kind === 'group') for (const alt of n.alts) collectChars(alt, into);
      else if (n.kind === 'loop') collectChars(n.body, into);
    }
  };
  const phraseChars = (id: number) => {
    let set = charSets[id];
    if (!set) collectChars(trees[id]!, (set = charSets[id] = new Set()));
    return set;
  };

  const model = pack.model?.features.length ? compileModel(pack.model) : undefined;
  return { id: ++compilations, pack, rules, matcher, payloads, syllables, phraseChars, ...(model ? { model } : {}) };
}
