// Trains the cn pack's message model and writes src/core/generated/model-cn.ts (`npm run gen:model`).
// It reads data files only: the development sets (test/fixtures/labelled/*.jsonl, never a judge
// such as holdout2) and the pack cases (test/fixtures/labelled/packs/*.jsonl), plus the rules' own
// examples. Never test source, never a blind set. A unit test fails when the model no longer
// matches these inputs.
//
// Logistic regression over character 1–3-grams (seeded, so the output is reproducible), pruned to
// the strongest features; a naive-Bayes head per category names the likeliest category of a
// flagged message. The threshold and the reported figures come from cross-validation split by
// source: every message of one source (dev, dev2, …, pack-tests, rule-examples) is held out
// together, and a copy of a held-out text in another source is left out of that fold's training,
// so the model is always judged on writing it never saw. Each held-out message goes through `lint`
// with the fold's model, so the figures count only where the shipped engine lets the model speak
// (no rule at error or warning, a message about a debt, long enough).

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compilePack, type Compiled } from '../../src/core/compile';
import { CATEGORIES, CONTENT_CATEGORIES, fold, lint, PACKS, resolveContext, type Audience, type Category, type MessageModel } from '../../src/core/index';
import { lintCompiled } from '../../src/core/lint';
import { ngrams } from '../../src/core/model/features';
import { compileModel, violationScore } from '../../src/core/model/score';
import { flags, trainingSets } from '../eval/sets';
import { GENERATED_DIR, header, ROOT } from '../generated';

interface Example {
  text: string;
  audience: Audience;
  violation: boolean;
  categories: Category[];
  source: string;
}

export const RULE_EXAMPLES = 'rule-examples';

/** Everything the model learns from, and a hash of it (files by path and content, rule examples). */
export function trainingData(): { examples: Example[]; files: string[]; hash: string } {
  const hash = createHash('sha256');
  const examples: Example[] = [];
  const files: string[] = [];
  for (const set of trainingSets()) {
    const path = relative(ROOT, set.file);
    files.push(path);
    hash.update(`${path}\n`).update(readFileSync(set.file));
    for (const m of set.items) examples.push({ text: m.text, audience: m.audience, violation: m.label === 'violation', categories: m.categories, source: m.source });
  }
  for (const r of PACKS.cn!.rules) {
    const audience: Audience = r.audience === 'third_party' ? 'third_party' : 'debtor';
    // An info rule's "bad" examples are truthful statements it notes, not violations.
    const bad = r.severity === 'info' ? [] : r.examples.bad;
    for (const text of bad) examples.push({ text, audience, violation: true, categories: [r.category], source: RULE_EXAMPLES });
    for (const text of r.examples.good) examples.push({ text, audience, violation: false, categories: [], source: RULE_EXAMPLES });
    hash.update(JSON.stringify([r.examples.bad, r.examples.good]));
  }
  return { examples, files, hash: hash.digest('hex').slice(0, 16) };
}

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const EPOCHS = 30;
const RATE = 0.1;
const L2 = 0.0005;
const KEEP = 4000;
const MIN_DF = 2;
/** Share of held-out compliant messages the model is asked about that may reach the threshold. */
const FP_BUDGET = 0.0025;
const MIN_THRESHOLD = 0.9;
const MIN_LENGTH = 6;

interface Row {
  e: Example;
  x: string[];
}

function trainLogistic(rows: Row[], seed = 7) {
  const df = new Map<string, number>();
  for (const r of rows) for (const g of r.x) df.set(g, (df.get(g) ?? 0) + 1);
  const w = new Map<string, number>();
  let b = 0;
  const rand = rng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = rows.map((_, i) => [rand(), i] as const).sort((a, c) => a[0] - c[0]);
    for (const [, i] of order) {
      const r = rows[i]!;
      const xs = r.x.filter((g) => (df.get(g) ?? 0) >= MIN_DF);
      let z = b;
      for (const g of xs) z += w.get(g) ?? 0;
      const grad = (r.e.violation ? 1 : 0) - 1 / (1 + Math.exp(-z));
      b += RATE * grad;
      for (const g of xs) {
        const v = w.get(g) ?? 0;
        w.set(g, v + RATE * grad - L2 * v);
      }
    }
  }
  const kept = [...w].sort((a, c) => Math.abs(c[1]) - Math.abs(a[1]) || (a[0] < c[0] ? -1 : 1)).slice(0, KEEP);
  return { bias: round(b), weights: new Map(kept.map(([g, v]) => [g, round(v)])) };
}

/** Naive-Bayes heads: one-vs-rest log-odds of each content category over the violating messages. */
function trainHeads(rows: Row[]): MessageModel['heads'] {
  const violations = rows.filter((r) => r.e.violation);
  const count = (list: Row[]) => {
    const m = new Map<string, number>();
    for (const r of list) for (const g of r.x) m.set(g, (m.get(g) ?? 0) + 1);
    return m;
  };
  return CATEGORIES.filter((c) => CONTENT_CATEGORIES.includes(c)).map((category) => {
    const inC = violations.filter((r) => r.e.categories.includes(category));
    const outC = violations.filter((r) => !r.e.categories.includes(category));
    const a = count(inC);
    const o = count(outC);
    const scored = [...a]
      .filter(([, n]) => n >= 2)
      .map(([g, n]) => [g, Math.log((n + 0.5) / (inC.length + 1)) - Math.log(((o.get(g) ?? 0) + 0.5) / (outC.length + 1))] as const)
      .filter(([, s]) => s > 0)
      .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
      .slice(0, 300);
    return {
      category,
      prior: round(Math.log((inC.length + 1) / (violations.length + 1))),
      features: scored.map(([g]) => g),
      weights: scored.map(([, s]) => round(s)),
    };
  });
}

function trainModel(rows: Row[], threshold: number): MessageModel {
  const { bias, weights } = trainLogistic(rows);
  return { bias, threshold, features: [...weights.keys()], weights: [...weights.values()], heads: trainHeads(rows), minLength: MIN_LENGTH };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** Whether `lint`, with this model in the pack, adds a model finding to the message. */
function modelSpeaks(pack: Compiled, e: Example): boolean {
  return lintCompiled(pack, e.text, resolveContext(e.text, { audience: e.audience })).some((f) => f.ruleId.endsWith('.model'));
}

export interface FoldFigures {
  source: string;
  messages: number;
  /** Violations no rule flags, and how many of them the model flags. */
  ruleMisses: number;
  caught: number;
  compliant: number;
  /** Compliant messages a rule flags, and those the model flags (only where no rule does). */
  ruleFalsePositives: number;
  modelFalsePositives: number;
}

export function crossValidate(examples: Example[]): { threshold: number; asked: number; folds: FoldFigures[] } {
  const base = compilePack(PACKS.cn!);
  const withModel = (m: MessageModel): Compiled => ({ ...base, model: compileModel(m) });
  const rows: Row[] = examples.map((e) => ({ e, x: [...ngrams(fold(e.text).text)] }));
  const ruled = examples.map((e) => flags(lint(e.text, { audience: e.audience, model: false })).length > 0);
  const sources = [...new Set(examples.map((e) => e.source))].sort();
  const models = new Map<string, MessageModel>();
  // Scores of held-out compliant messages the model is asked about (threshold 0: it always speaks when asked).
  const asked: number[] = [];
  for (const source of sources) {
    const held = new Set(examples.filter((e) => e.source === source).map((e) => e.text));
    const m = trainModel(
      rows.filter((r) => r.e.source !== source && !held.has(r.e.text)),
      0,
    );
    models.set(source, m);
    const pack = withModel(m);
    rows.forEach((r, i) => {
      if (r.e.source === source && !r.e.violation && !ruled[i] && modelSpeaks(pack, r.e)) asked.push(violationScore(pack.model!, fold(r.e.text).text));
    });
  }
  asked.sort((a, b) => b - a);
  const threshold = round(Math.max(MIN_THRESHOLD, (asked[Math.floor(asked.length * FP_BUDGET)] ?? MIN_THRESHOLD) + 0.001));

  const folds = sources.map((source): FoldFigures => {
    const pack = withModel({ ...models.get(source)!, threshold });
    const f: FoldFigures = { source, messages: 0, ruleMisses: 0, caught: 0, compliant: 0, ruleFalsePositives: 0, modelFalsePositives: 0 };
    examples.forEach((e, i) => {
      if (e.source !== source) return;
      f.messages++;
      if (e.violation) {
        if (ruled[i]) return;
        f.ruleMisses++;
        if (modelSpeaks(pack, e)) f.caught++;
      } else {
        f.compliant++;
        if (ruled[i]) f.ruleFalsePositives++;
        else if (modelSpeaks(pack, e)) f.modelFalsePositives++;
      }
    });
    return f;
  });
  return { threshold, asked: asked.length, folds };
}

const ratio = (a: number, b: number) => (b ? `${a}/${b} (${((a / b) * 100).toFixed(1)}%)` : '–');

/** One line per held-out source, and the total. */
export function foldLines(folds: FoldFigures[]): string[] {
  const total = folds.reduce(
    (t, f) => ({ ...t, messages: t.messages + f.messages, ruleMisses: t.ruleMisses + f.ruleMisses, caught: t.caught + f.caught, compliant: t.compliant + f.compliant, ruleFalsePositives: t.ruleFalsePositives + f.ruleFalsePositives, modelFalsePositives: t.modelFalsePositives + f.modelFalsePositives }),
    { source: 'all sources', messages: 0, ruleMisses: 0, caught: 0, compliant: 0, ruleFalsePositives: 0, modelFalsePositives: 0 },
  );
  return [...folds, total].map(
    (f) =>
      `${f.source.padEnd(14)} ${String(f.messages).padStart(5)} messages; rule misses caught ${ratio(f.caught, f.ruleMisses).padEnd(16)} ` +
      `false positives: model ${ratio(f.modelFalsePositives, f.compliant)}, rules ${ratio(f.ruleFalsePositives, f.compliant)}`,
  );
}

export function train(): { source: string; summary: string } {
  const { examples, files, hash } = trainingData();
  const { threshold, asked, folds } = crossValidate(examples);
  const model = trainModel(
    examples.map((e) => ({ e, x: [...ngrams(fold(e.text).text)] })),
    threshold,
  );
  const violating = examples.filter((e) => e.violation).length;
  const summary = [
    `${examples.length} training messages (${violating} violating), ${model.features.length} features, threshold ${threshold}.`,
    `Cross-validated by source, each held out in turn; the threshold lets at most ${FP_BUDGET * 100}% of the ${asked} held-out compliant messages the model is asked about reach it:`,
    ...foldLines(folds).map((l) => `  ${l}`),
  ];
  const source =
    header('npm run gen:model', 'tools/model/train.ts', [...files, `the rules' own examples (src/core/packs/cn/*.ts), ${RULE_EXAMPLES}`], summary) +
    "import type { MessageModel } from '../types';\n\n" +
    `export const TRAINING_HASH = ${JSON.stringify(hash)};\n\n` +
    `export const cnModel: MessageModel = ${JSON.stringify(model)};\n`;
  return { source, summary: summary.join('\n') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { source, summary } = train();
  writeFileSync(join(GENERATED_DIR, 'model-cn.ts'), source);
  console.log(summary);
}
