// The batch checker's contract (README "The batch checker"), exercised as a compliance team would run it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'cg-cli-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
function check(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/check.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const BAD = '你这个老赖，再不还钱就等着坐牢吧';
const GOOD = '【安信贷】您好，您的借款已逾期3天，请通过官方APP还款，客服4008001234。';
const WARN_ONLY = '【安信贷】您的借款已逾期，请尽快还款，否则后果自负。客服4008001234';

describe('check CLI', () => {
  it('checks a .txt file: ids FILE:LINE, json format, exit 1 on an error finding', () => {
    const f = file('msgs.txt', `${BAD}\n\n${GOOD}\n`);
    const r = check(['--format', 'json', f]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { id: string; findings: { ruleId: string; start: number; end: number; match: string }[] }[];
    expect(out.map((o) => o.id)).toEqual([`${f}:1`, `${f}:3`]);
    expect(out[0]!.findings.length).toBeGreaterThan(0);
    for (const x of out[0]!.findings) expect(BAD.slice(x.start, x.end)).toBe(x.match);
    expect(out[1]!.findings).toEqual([]);
  });

  it('exits 0 when no finding is an error', () => {
    expect(check([file('good.txt', `${GOOD}\n${WARN_ONLY}\n`)]).code).toBe(0);
  });

  it('reads .jsonl with per-line audience overriding the flag', () => {
    const tp = '您好，您的朋友张三在我司欠款5000元已逾期30天，请督促他还款。';
    const f = file('m.jsonl', `${JSON.stringify({ id: 'a', text: tp, audience: 'third_party' })}\n${JSON.stringify({ id: 'b', text: tp })}\n`);
    const out = JSON.parse(check(['--format', 'json', '--audience', 'debtor', f]).out) as { id: string; findings: { category: string }[] }[];
    expect(out[0]!.findings.some((x) => x.category === 'third_party_disclosure')).toBe(true);
    expect(out[1]!.findings.some((x) => x.category === 'third_party_disclosure')).toBe(false);
  });

  it('reports a bad line as FILE:LINE on stderr, checks the others and exits 2', () => {
    const f = file('bad.jsonl', `${JSON.stringify({ id: 'x', text: GOOD })}\n{not json\n${JSON.stringify({ id: 'y' })}\n${JSON.stringify({ id: 'z', text: BAD, audience: 'boss' })}\n${JSON.stringify({ id: 'w', text: BAD })}\n`);
    const r = check(['--format', 'json', f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${f}:2: invalid JSON`);
    expect(r.err).toContain(`${f}:3: "text" is missing`);
    expect(r.err).toContain(`${f}:4: "audience" must be`);
    expect((JSON.parse(r.out) as { id: string }[]).map((o) => o.id)).toEqual(['x', 'w']);
  });

  it('reads standard input (text and JSON Lines)', () => {
    const r = check(['--format', 'json'], `${BAD}\n`);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)[0].id).toBe('stdin:1');
    const j = check(['--format', 'json'], `${JSON.stringify({ id: 'k', text: GOOD })}\n`);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out)[0].id).toBe('k');
  });

  it('checks quiet hours only with --at', () => {
    const f = file('t.txt', `${GOOD}\n`);
    const cats = (args: string[]) => (JSON.parse(check(['--format', 'json', ...args, f]).out)[0].findings as { category: string; severity: string }[]).filter((x) => x.category === 'time_window');
    expect(cats([])).toEqual([]);
    expect(cats(['--at', '2026-11-29T23:10']).map((x) => x.severity)).toEqual(['error']);
    expect(cats(['--at', '2026-11-29T21:30:00+08:00']).map((x) => x.severity)).toEqual(['warning']);
    expect(cats(['--at', '2026-11-29T10:00:00Z']).map((x) => x.severity)).toEqual([]);
    expect(check(['--at', '2026-11-29T23:10', f]).code).toBe(1);
    // Five runs of the CLI, each starting Node and compiling the pack: a hang guard, not a speed test.
  }, 90_000);

  it('prints a readable text report with the span marked, the suggestion and the source', () => {
    const r = check([file('r.txt', `${BAD}\n${GOOD}\n`)]);
    // The span marked is the unit a fix replaces: the insult with its address term.
    expect(r.out).toContain('⟦你这个老赖⟧');
    expect(r.out).toMatch(/建议改为: /);
    expect(r.out).toMatch(/依据: /);
    expect(r.out).toContain('未发现问题');
    expect(r.out).toMatch(/共 2 条/);
  });

  it('in English, prints the Chinese words a fix writes, with their meaning in brackets', () => {
    const r = check(['--lang', 'en', file('en.txt', `${BAD}\n`)]);
    const line = r.out.split('\n').find((l) => l.includes('suggestion: '))!;
    expect(line).toMatch(/suggestion: [^\x00-\x7f]+ \([\x20-\x7e]+\)$/);
  });

  it.each([
    [['--format', 'xml'], '--format must be text or json'],
    [['--audience', 'boss'], '--audience must be debtor or third_party'],
    [['--pack', 'xx'], 'unknown pack "xx"'],
    [['--at', 'tomorrow'], 'is not an ISO time'],
    [['--frobnicate'], 'unknown option --frobnicate'],
  ])('rejects bad usage %j with exit 2', (args, why) => {
    const r = check(args, '');
    expect(r.code).toBe(2);
    expect(r.err).toContain(why);
  });

  it('names a missing file and still checks the others', () => {
    const ok = file('ok.txt', `${BAD}\n`);
    const r = check(['--format', 'json', join(dir, 'nope.txt'), ok]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope.txt: cannot read file (ENOENT)');
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it('reads a file saved with a UTF-8 byte-order mark (Windows tools) without losing its first line', () => {
    const f = file('bom.jsonl', `\uFEFF${JSON.stringify({ id: 'a', text: BAD })}\n${JSON.stringify({ id: 'b', text: GOOD })}\n`);
    const r = check(['--format', 'json', f]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { id: string }[]).map((o) => o.id)).toEqual(['a', 'b']);
    const t = file('bom.txt', `\uFEFF${BAD}\n`);
    const out = JSON.parse(check(['--format', 'json', t]).out) as { findings: { start: number; end: number; match: string }[] }[];
    for (const x of out[0]!.findings) expect(BAD.slice(x.start, x.end)).toBe(x.match);
  });

  it('reads standard input as text when a message starts with a placeholder brace', () => {
    const r = check(['--format', 'json'], `{姓名}您好，${BAD}\n${GOOD}\n`);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { id: string }[]).map((o) => o.id)).toEqual(['stdin:1', 'stdin:2']);
    // A broken first record of JSON Lines is still reported as bad JSON, not checked as text.
    const j = check(['--format', 'json'], `{"id": "x", "text": \n${JSON.stringify({ id: 'y', text: GOOD })}\n`);
    expect(j.code).toBe(2);
    expect(j.err).toContain('stdin:1: invalid JSON');
    expect((JSON.parse(j.out) as { id: string }[]).map((o) => o.id)).toEqual(['y']);
  });

  it('refuses an --at date that does not exist', () => {
    const r = check(['--at', '2026-02-31T23:00', file('d.txt', `${GOOD}\n`)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a valid date');
    expect(check(['--at', '2028-02-29T23:00', file('leap.txt', `${GOOD}\n`)]).code).toBe(1);
  });

  it('never reads a GBK file as if it were UTF-8: names the file, line and byte offset, suggests --encoding, exits 2', () => {
    // BAD in GB18030/GBK, as Chinese SMS exports often are, after a line of plain ASCII.
    const gbk = Buffer.from('c4e3d5e2b8f6c0cfc0b5a3acd4d9b2bbbbb9c7aebecdb5c8d7c5d7f8c0ceb0c9', 'hex');
    const p = join(dir, 'export-gbk.txt');
    writeFileSync(p, Buffer.concat([Buffer.from('call me back\n'), gbk, Buffer.from('\n'), gbk, Buffer.from('\n')]));
    const r = check(['--format', 'json', p]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${p}:2: not valid UTF-8 text at byte offset 13: it reads as GB18030/GBK`);
    expect(r.err).toContain('--encoding gb18030');
    expect(r.err).toContain(`${p}: 1 more lines are not valid UTF-8 text`);
    expect((JSON.parse(r.out) as { id: string }[]).map((o) => o.id)).toEqual([`${p}:1`]);
    // Read as what it is, it is checked like any other file.
    const g = check(['--format', 'json', '--encoding', 'gbk', p]);
    expect(g.err).toBe('');
    expect(g.code).toBe(1);
    const out = JSON.parse(g.out) as { findings: { match: string }[] }[];
    expect(out[1]!.findings.map((f) => f.match)).toContain('你这个老赖');
  });

  it('points at the first byte that is not UTF-8, wherever it is in the line', () => {
    const p = join(dir, 'broken.txt');
    writeFileSync(p, Buffer.concat([Buffer.from(`${GOOD}\n你好`), Buffer.from([0xe4, 0xbd]), Buffer.from('坐牢\n')]));
    const r = check(['--format', 'json', p]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${p}:2: not valid UTF-8 text at byte offset ${Buffer.byteLength(`${GOOD}\n你好`)}`);
    expect(r.err).not.toContain('GB18030');
  });

  it('refuses a 1 MB line with a clear message without stalling the batch; the other lines are checked', () => {
    const p = file('one-long-line.txt', `${'a'.repeat(1 << 20)}\n${BAD}\n`);
    const r = check(['--format', 'json', p]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${p}:1: line of 1048576 bytes: a message may have at most 100,000 characters (split it)`);
    expect((JSON.parse(r.out) as { id: string }[]).map((o) => o.id)).toEqual([`${p}:2`]);
    const j = file('long.jsonl', `${JSON.stringify({ id: 'long', text: '老赖'.repeat(60_000) })}\n`);
    expect(check(['--format', 'json', j]).err).toContain(`${j}:1: message of 120000 characters: a message may have at most 100,000 (split it)`);
  });

  it('streams a 100,000-line file in bounded memory', () => {
    const lines = Array.from({ length: 100000 }, (_, i) => (i % 50 === 0 ? BAD : GOOD)).join('\n');
    const input = file('big.txt', lines);
    const output = join(dir, 'big.json');
    // 64 MB of heap: far less than the input and output held at once would need with findings.
    const r = spawnSync('sh', ['-c', `npx tsx src/cli/check.ts --format json "${input}" > "${output}"`], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=64' },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(readFileSync(output, 'utf8')) as { findings: unknown[] }[];
    expect(out).toHaveLength(100000);
    expect(out.filter((o) => o.findings.length > 0)).toHaveLength(2000);
  }, 180000);
});
