// Engine benchmark: median and p99 of lint() for 500- and 5,000-character messages, the cost per
// character from 100 to 10,000 characters, and a naive baseline in the same run: one RegExp per
// phrase of the same pack (the phrase syntax is a subset of RegExp syntax), on the same folded text.
// Budget (SPEC.md): 500 characters, full default pack: median ≤ 50 µs, p99 ≤ 200 µs.
//
// lint() memoises results per sentence (typing changes one sentence at a time; batches share
// template sentences). "cold" messages are made of sentences never seen before (random names,
// amounts, dates in every sentence), so they measure the matcher itself; "typing" re-lints a
// message after one keystroke in its last sentence, which is what the content script does.

import { getCompiled, lint, resolveContext } from '../../src/core/index';
import { fold } from '../../src/core/normalize';

const TEMPLATES = [
  '【{p}】尊敬的{n}先生，您在本平台的借款已逾期{d}天，应还金额{a}元。',
  '请通过官方APP或对公账户还款，如有困难可申请协商分期，客服电话400{t}。',
  '如已还款请忽略本短信，感谢您的配合，祝您{n}家生活愉快。',
  '逾期信息将依法报送金融信用信息基础数据库，请于{m}月{d}日前珍惜个人信用。',
  '{n}你这个老赖再不还{a}就等着坐牢吧，我们会通知你的单位和同事。',
  '谨防不法分子冒充公安、法院工作人员要求转账{a}元到个人账户。',
  '我们不会上门打扰{n}，也绝不会泄露您的个人信息。',
  '请于{m}月{d}日前还款{a}元，以免产生额外罚息。',
];
const NAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const PLATFORMS = ['安信贷', '惠民花', '星河钱包', '鹿鸣钱包', '蓝鲸金融', '优米花'];
let seq = 0;
const rnd = (n: number) => Math.floor(Math.random() * n);
function sentence(i: number): string {
  seq++;
  return TEMPLATES[i % TEMPLATES.length]!.replace(/\{(\w)\}/g, (_, k: string) =>
    k === 'p' ? PLATFORMS[rnd(6)]! : k === 'n' ? NAMES[rnd(16)]! + NAMES[rnd(16)]! : k === 'a' ? String(1000 + ((seq * 7919) % 90000)) + '.' + String(seq % 100) : k === 'd' ? String(1 + (seq % 28)) : k === 'm' ? String(1 + (seq % 12)) : String(1000000 + seq),
  );
}
function message(chars: number, seed: number): string {
  let s = '';
  let i = seed;
  while (s.length < chars) s += sentence(i++);
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

// Warm up the JIT and the lazily built matcher states on other text.
for (let i = 0; i < 3000; i++) lint(message(500, i), ctx);
for (let i = 0; i < 50; i++) naiveLint(message(500, i));

const fmt = (n: number) => n.toFixed(1).padStart(8);
console.log(`pack: ${compiled.rules.length} rules, ${phrases.length} phrase families in one matcher (naive: ${naive.length} RegExps)`);
console.log('\nmessage           engine median    p99 (µs)     naive median    p99 (µs)   ratio (median)');
const results: Record<string, { median: number; p99: number }> = {};
for (const size of [500, 5000]) {
  const runs = size === 500 ? 5000 : 500;
  const cold = Array.from({ length: runs }, (_, i) => message(size, i));
  let k = 0;
  const e = timeIt(() => lint(cold[k++]!, ctx), runs);
  k = 0;
  const nv = timeIt(() => naiveLint(cold[k++ % cold.length]!), size === 500 ? 300 : 60);
  results[`cold ${size}`] = e;
  console.log(`cold ${String(size).padStart(5)} chars  ${fmt(e.median)}    ${fmt(e.p99)}      ${fmt(nv.median)}    ${fmt(nv.p99)}     ×${(nv.median / e.median).toFixed(0)}`);
  // Typing: the same message with one more character in its last sentence each time.
  const base = message(size, 99);
  let n = 0;
  const t = timeIt(() => lint(`${base}${'请'.repeat(1 + (n++ % 40))}`, ctx), runs);
  results[`typing ${size}`] = t;
  console.log(`typing ${String(size).padStart(3)} chars  ${fmt(t.median)}    ${fmt(t.p99)}`);
}

console.log('\ncost per character (cold, median)');
for (const size of [100, 300, 1000, 3000, 10000]) {
  const runs = size <= 1000 ? 2000 : 200;
  const texts = Array.from({ length: runs }, (_, i) => message(size, i));
  let k = 0;
  const e = timeIt(() => lint(texts[k++]!, ctx), runs);
  console.log(`${String(size).padStart(6)} chars  ${fmt(e.median)} µs   ${((e.median * 1000) / size).toFixed(1).padStart(6)} ns/char`);
}

for (const key of ['cold 500', 'typing 500']) {
  const r = results[key]!;
  const ok = r.median <= 50 && r.p99 <= 200;
  console.log(`budget ${key} (median ≤ 50 µs, p99 ≤ 200 µs): ${ok ? 'met' : 'NOT met'} (median ${r.median.toFixed(1)} µs, p99 ${r.p99.toFixed(1)} µs)`);
}
