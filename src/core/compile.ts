// Compiles a pack (plus the user's custom phrases) into one phrase matcher over the
// folded text. Every phrase family of every rule, exception, trigger and cue goes into the same
// matcher, so linting is one pass whatever the size of the pack.

import { parsePhrase, type PhraseNode } from './expand';
import { PhraseMatcher } from './matcher';
import { foldPhrase, simplified } from './normalize';
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

/** The phrases of one automaton and what each means. */
export interface PhraseSet {
  matcher: PhraseMatcher;
  /** Per phrase id: what the phrase means. */
  payloads: Payload[][];
  /** The sound matcher (pinyin and homophones), built on first use; `phrase` maps its ids to ours. */
  syllables(): { matcher: PhraseMatcher; phrase: number[] };
  /** The characters a phrase is written with (to tell exact characters from sound-alikes). */
  phraseChars(id: number): Set<number>;
}

export interface Compiled {
  /** Unique per compilation (keys memoised results). */
  id: number;
  pack: RulePack;
  /** The pack's rules, then the custom phrases' rules. */
  rules: CompiledRule[];
  /**
   * The pack's phrases, then (when there are any) the custom phrases: those have an automaton of
   * their own, so editing them never recompiles the pack, and no custom phrase or pattern can
   * multiply the states of the pack's automaton.
   */
  sets: PhraseSet[];
  /** The pack's learned model, ready to score (when it has one with features). */
  model?: CompiledModel;
  /** Rule id → its `quietWhen` words, Simplified (rules that have some). */
  quiet: Map<string, string[]>;
  /** Rule id → compiled rule. */
  byId: Map<string, CompiledRule>;
}

/** The phrase's syntax tree with every literal piece folded like the text will be. */
function foldTree(nodes: PhraseNode[]): PhraseNode[] {
  return nodes.map((n) =>
    n.kind === 'lit'
      ? { kind: 'lit', text: foldPhrase(n.text) }
      : n.kind === 'class'
        ? { ...n, chars: [...new Set(foldPhrase(n.chars))].join('') }
        : n.kind === 'gap'
          ? n
          : n.kind === 'loop'
            ? { ...n, body: foldTree(n.body) }
            : { ...n, alts: n.alts.map(foldTree) },
  );
}

/**
 * A custom phrase as a rule. A custom pattern (`regex`) is one of its phrases too: it compiles into
 * the same automaton (regex.ts), so it is matched in the same single pass, in linear time.
 */
export function customRule(c: CustomPhrase, index: number): Rule {
  const text = { zh: c.message || `自定义词语「{match}」`, en: c.message || `Custom phrase "{match}"` };
  return {
    id: `custom.${index}`,
    category: c.category,
    severity: c.severity,
    phrases: [c.phrase],
    negatable: !c.regex,
    message: text,
    ...(c.suggestion ? { suggestion: { zh: c.suggestion, en: c.suggestion } } : {}),
    examples: { bad: [], good: [] },
  };
}

const textSymbol = (ch: string) => [ch.charCodeAt(0)];
let compilations = 0;

/**
 * How custom patterns are parsed (regex.ts), where the engine is bundled with the parser: Node and
 * extension pages register it; a content script gets patterns parsed already (CustomPhrase.tree)
 * and stays without the parser's weight.
 */
let patternParser: ((source: string) => PhraseNode[]) | undefined;
export function usePatternParser(parse: ((source: string) => PhraseNode[]) | undefined): void {
  patternParser = parse;
}

interface Entry {
  source: string;
  payload: Payload;
  /** A custom pattern (regex.ts syntax) rather than a phrase, with its parsed form when known. */
  pattern?: boolean;
  tree?: PhraseNode[] | undefined;
}

function phraseSet(entries: Iterable<Entry>): PhraseSet {
  const matcher = new PhraseMatcher(textSymbol);
  const payloads: Payload[][] = [];
  const trees: PhraseNode[][] = [];
  const ids = new Map<string, number>();
  /** Phrases from custom patterns: matched on the folded text only, as a pattern always was (no pinyin). */
  const patternIds = new Set<number>();
  for (const { source, payload: p, pattern, tree: parsed } of entries) {
    const key = pattern ? `\u0000${source}` : source;
    let id = ids.get(key);
    if (id === undefined) {
      let tree: PhraseNode[] | undefined;
      try {
        tree = pattern ? (parsed ?? patternParser?.(source)) : parsePhrase(source);
      } catch (x) {
        if (!pattern) throw x;
      }
      // Custom entries are validated before they are stored; one that slipped through matches nothing.
      if (!tree) {
        ids.set(key, -1);
        continue;
      }
      tree = foldTree(tree);
      id = matcher.add(tree);
      ids.set(key, id);
      if (id < 0) continue;
      payloads.push([]);
      trees.push(tree);
      if (pattern) patternIds.add(id);
    }
    if (id < 0) continue;
    const list = payloads[id]!;
    if (!list.some((q) => q.kind === p.kind && q.rule === p.rule)) list.push(p);
  }
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
      if (patternIds.has(id) || !payloads[id]!.some((p) => p.kind === Kind.Match || p.kind === Kind.Exception)) return;
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
      } else if (n.kind === 'group') for (const alt of n.alts) collectChars(alt, into);
      else if (n.kind === 'loop') collectChars(n.body, into);
    }
  };
  const phraseChars = (id: number) => {
    let set = charSets[id];
    if (!set) collectChars(trees[id]!, (set = charSets[id] = new Set()));
    return set;
  };
  return { matcher, payloads, syllables, phraseChars };
}

function compileRule(rule: Rule, custom: boolean): CompiledRule {
  const replacements = new Map<string, string>();
  for (const [k, v] of Object.entries(rule.replacements ?? {})) replacements.set(foldPhrase(k), v);
  return { rule, regexes: (rule.patterns ?? []).map((p) => new RegExp(p, 'gu')), replacements, custom };
}

/** What a pack compiles to, whatever the custom phrases: made once per pack. */
const packParts = new WeakMap<RulePack, { rules: CompiledRule[]; set: PhraseSet; model?: CompiledModel }>();

function packPart(pack: RulePack) {
  let part = packParts.get(pack);
  if (part) return part;
  const entries: Entry[] = [];
  const add = (sources: string[] | undefined, kind: Kind, rule = -1) => {
    for (const source of sources ?? []) entries.push({ source, payload: { kind, rule } });
  };
  pack.rules.forEach((r, i) => {
    add(r.phrases, Kind.Match, i);
    add(r.exceptions, Kind.Exception, i);
    add(r.triggers, Kind.Trigger, i);
  });
  add(pack.negations, Kind.Negation);
  add(pack.protective, Kind.Protective);
  add(pack.falseNegations, Kind.FalseNegation);
  const model = pack.model?.features.length ? compileModel(pack.model) : undefined;
  part = { rules: pack.rules.map((r) => compileRule(r, false)), set: phraseSet(entries), ...(model ? { model } : {}) };
  packParts.set(pack, part);
  return part;
}

export function compilePack(pack: RulePack, custom: readonly CustomPhrase[] = []): Compiled {
  const part = packPart(pack);
  const base = part.rules.length;
  const rules = [...part.rules, ...custom.map((c, i) => compileRule(customRule(c, i), true))];
  const sets = [part.set];
  if (custom.length) sets.push(phraseSet(custom.map((c, i) => ({ source: c.phrase, payload: { kind: Kind.Match, rule: base + i }, pattern: c.regex === true, tree: c.tree }))));
  const quiet = new Map(rules.filter((r) => r.rule.quietWhen?.length).map((r) => [r.rule.id, r.rule.quietWhen!.map(simplified)] as const));
  const byId = new Map(rules.map((r) => [r.rule.id, r] as const));
  return { id: ++compilations, pack, rules, sets, quiet, byId, ...(part.model ? { model: part.model } : {}) };
}
