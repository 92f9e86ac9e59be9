// Engine benchmark: median and p99 of lint() for 500- and 5,000-character messages, the cost per
// character from 100 to 10,000 characters, and a naive baseline in the same run: one RegExp per
// phrase of the same pack (the phrase syntax is a subset of RegExp syntax), on the same folded text.
// Budget (SPEC.md): 500 characters, full default pack: median ≤ 50 µs, p99 ≤ 200 µs.

import { getCompiled, lint, resolveContext } from '../../src/core/index';
import { fold } from '../../src/core/normalize';

const SENTENCES = [
  '【安信贷】尊敬的张先生，您在本平台的借款已逾期5天，应还金额1234.56元。',
  '请通过官方APP或对公账户还款，如有困难可申请协商分期，客服电话4008001234。',
  '如已还款请忽略本短信，感谢您的配合，祝您生活愉快。',
  '逾期信息将依法报送金融信用信息基础数据库，请珍惜个人信用。',
  '你这个老赖再不还钱就等着坐牢吧，我们会通知你的单位和同事。',
  '谨防不法分子冒充公安、法院工作人员要求转账到个人账户。',
  '我们不会上门打扰您，也绝不会泄露您的个人信息。',
  '请于12月10日前还款，以免产生额外罚息。',
];

function message(chars: number, seed: number): string {
  let s = '';
  let i = seed;
  while (s.length < chars) s += SENTENCES[i++ % SENTENCES.length];
  return s.slice(0, chars);
}

function timeIt(fn: () => void, runs: number): { median: number; p99: number } {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    ts.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  ts.sort((a, b) => a - b);
  return { median: ts[Math.floor(ts.length / 2)]!, p99: ts[Math.floor(ts.length * 0.99)]! };
}

const ctx = resolveContext('', { audience: 'debtor' });
const compiled = getCompiled(ctx);
const phrases = compiled.rules.flatMap((r) => r.rule.phrases ?? []);
const naive = phrases.map((p) => new RegExp(p, 'g'));
function naiveLint(text: string): number {
  const folded = fold(text).text;
  let n = 0;
  for (const re of naive) {
    re.lastIndex = 0;
    while (re.exec(folded)) n++;
  }
  return n;
}

// Warm up the JIT and the compiled pack.
for (let i = 0; i < 3000; i++) lint(message(500, i), ctx);
for (let i = 0; i < 50; i++) naiveLint(message(500, i));

const fmt = (n: number) => n.toFixed(1).padStart(8);
console.log(`pack: ${compiled.rules.length} rules, ${phrases.length} phrase families in one matcher (naive: ${naive.length} RegExps)`);
console.log('\nsize      engine median   p99 (µs)     naive median   p99 (µs)   ratio (median)');
const results: Record<number, { median: number; p99: number }> = {};
for (const size of [500, 5000]) {
  const texts = Array.from({ length: 64 }, (_, i) => message(size, i));
  let k = 0;
  const e = timeIt(() => lint(texts[k++ % texts.length]!, ctx), size === 500 ? 20000 : 3000);
  k = 0;
  const nv = timeIt(() => naiveLint(texts[k++ % texts.length]!), size === 500 ? 400 : 100);
  results[size] = e;
  console.log(`${String(size).padStart(5)}   ${fmt(e.median)}   ${fmt(e.p99)}       ${fmt(nv.median)}   ${fmt(nv.p99)}     ×${(nv.median / e.median).toFixed(0)}`);
}

console.log('\ncost per character (engine, median)');
for (const size of [100, 300, 1000, 3000, 10000]) {
  const texts = Array.from({ length: 16 }, (_, i) => message(size, i));
  let k = 0;
  const e = timeIt(() => lint(texts[k++ % texts.length]!, ctx), size <= 1000 ? 3000 : 500);
  console.log(`${String(size).padStart(6)} chars  ${fmt(e.median)} µs   ${(e.median * 1000 / size).toFixed(1).padStart(6)} ns/char`);
}

const r = results[500]!;
const ok = r.median <= 50 && r.p99 <= 200;
console.log(`\nbudget (500 chars: median ≤ 50 µs, p99 ≤ 200 µs): ${ok ? 'met' : 'NOT met'} (median ${r.median.toFixed(1)} µs, p99 ${r.p99.toFixed(1)} µs)`);
