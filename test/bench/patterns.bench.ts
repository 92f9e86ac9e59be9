// Cost of the packs' regular-expression patterns (the slow part of linting: phrases are one
// automaton pass, each pattern is a RegExp run over the sentence when one of its triggers occurs).
//   npx tsx test/bench/patterns.bench.ts [category]
// Prints, per rule, how often its patterns run on the dev2 corpus and their cost per message.

import { readFileSync } from 'node:fs';
import { getCompiled, PACKS, resolveContext } from '../../src/core/index';
import { fold } from '../../src/core/normalize';

const only = process.argv[2];
const texts = readFileSync('test/fixtures/labelled/dev2.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => fold((JSON.parse(l) as { text: string }).text).text);
const compiled = getCompiled(resolveContext('', {}));
const rows: { id: string; patterns: number; runs: number; us: number }[] = [];
for (const r of PACKS.cn!.rules) {
  if (!r.patterns?.length || (only && r.category !== only)) continue;
  // Which messages trigger the rule (one of its trigger phrases occurs).
  const triggers = (r.triggers ?? []).map((t) => new RegExp(t, 'u'));
  const run = texts.filter((t) => !triggers.length || triggers.some((re) => re.test(t)));
  const res = r.patterns.map((p) => new RegExp(p, 'gu'));
  for (const t of run.slice(0, 30)) for (const re of res) [...t.matchAll(re)];
  const t0 = performance.now();
  for (const t of run) for (const re of res) [...t.matchAll(re)];
  rows.push({ id: r.id, patterns: r.patterns.length, runs: run.length, us: ((performance.now() - t0) * 1000) / texts.length });
}
rows.sort((a, b) => b.us - a.us);
console.log(`${compiled.rules.length} rules; patterns cost per dev2 message (µs), with how many of ${texts.length} messages trigger them:`);
for (const r of rows) console.log(`${r.us.toFixed(2).padStart(7)} µs  ${String(r.runs).padStart(4)} runs  ${r.patterns} patterns  ${r.id}`);
console.log(`total ${rows.reduce((s, r) => s + r.us, 0).toFixed(1)} µs per message`);
