// The batch checker: `npm run -s check -- [options] [FILE ...]`. Streams its input line by line,
// so a file of any size is checked in constant memory; a bad line is reported on stderr as
// FILE:LINE: why, and every other line is still checked.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { lint, PACKS, type Audience, type Finding, type Lang } from '../core/index';
import { formatText, summaryLine, type Tally } from './format';
import { readLines, type Encoding, type Line } from './lines';

/** Longest message checked, in characters (an SMS has at most 500; a longer "message" is a mistake). */
export const MAX_MESSAGE = 100_000;

const USAGE = `usage: npm run -s check -- [--audience debtor|third_party] [--format text|json] [--pack ID]
                          [--at ISO-TIME] [--lang zh|en] [--encoding utf8|gb18030] [FILE ...]
  FILE.jsonl  one {"id": string, "text": string, "audience"?: "debtor"|"third_party"} per line
  FILE (other) one message per line, id FILE:LINE
  no FILE     read standard input (JSON Lines when its first line starts with "{")
  --audience  who the messages go to; without it each message's audience is detected from its text
  --at        check the quiet hours as if sent at that time (China time unless the time has an offset)
  --encoding  how the input is encoded: utf8 (default) or gb18030 (GBK exports); a line that is
              not valid text in it is reported with its byte offset, never guessed
  a message may have at most 100,000 characters
exit: 0 no error-severity finding, 1 at least one, 2 bad usage or bad input`;

interface Options {
  audience?: Audience;
  format: 'text' | 'json';
  pack: string;
  at?: Date;
  lang: Lang;
  encoding: Encoding;
  files: string[];
}

class UsageError extends Error {}

/** `--at` without an offset is China time (the pack's jurisdiction), so results do not depend on the machine. */
function parseAt(v: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v.trim());
  if (!m) throw new UsageError(`--at: "${v}" is not an ISO time such as 2026-11-29T22:30 or 2026-11-29T22:30:00+08:00`);
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const month = Number(mo);
  const day = Number(d);
  // Days in that month (Date.UTC would silently roll 2026-02-31 over to 2026-03-03).
  const monthDays = month >= 1 && month <= 12 ? new Date(Date.UTC(Number(y), month, 0)).getUTCDate() : 0;
  if (month < 1 || month > 12 || day < 1 || day > monthDays || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    throw new UsageError(`--at: "${v}" is not a valid date and time`);
  }
  let offset = 8 * 60;
  if (zone === 'Z') offset = 0;
  else if (zone) {
    const z = zone.replace(':', '');
    offset = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  }
  return new Date(Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s)) - offset * 60000);
}

export function parseArgs(argv: string[]): Options {
  const o: Options = { format: 'text', pack: 'cn', lang: 'zh', encoding: 'utf8', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (name) {
      case '--audience': {
        const v = value();
        if (v !== 'debtor' && v !== 'third_party') throw new UsageError(`--audience must be debtor or third_party, not "${v}"`);
        o.audience = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
        o.format = v;
        break;
      }
      case '--pack': {
        const v = value();
        if (!PACKS[v]) throw new UsageError(`--pack: unknown pack "${v}" (available: ${Object.keys(PACKS).join(', ')})`);
        o.pack = v;
        break;
      }
      case '--at':
        o.at = parseAt(value());
        break;
      case '--lang': {
        const v = value();
        if (v !== 'zh' && v !== 'en') throw new UsageError(`--lang must be zh or en, not "${v}"`);
        o.lang = v;
        break;
      }
      case '--encoding': {
        const v = value().toLowerCase().replace('-', '');
        if (v === 'utf8') o.encoding = 'utf8';
        else if (v === 'gb18030' || v === 'gbk' || v === 'gb2312') o.encoding = 'gb18030';
        else throw new UsageError(`--encoding must be utf8 or gb18030, not "${v}"`);
        break;
      }
      case '-h':
      case '--help':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
        break;
      case '--':
        o.files.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        o.files.push(a);
    }
  }
  return o;
}

interface Message {
  id: string;
  text: string;
  audience?: Audience;
}

type Parsed = { ok: true; message: Message } | { ok: false; why: string } | { ok: 'skip' };

function parseJsonLine(line: string, where: string): Parsed {
  if (!line.trim()) return { ok: 'skip' };
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (x) {
    return { ok: false, why: `invalid JSON (${(x as Error).message})` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, why: 'expected a JSON object {"id", "text"}' };
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') return { ok: false, why: '"text" is missing or not a string' };
  if (o.id !== undefined && typeof o.id !== 'string' && typeof o.id !== 'number') return { ok: false, why: '"id" must be a string' };
  if (o.audience !== undefined && o.audience !== 'debtor' && o.audience !== 'third_party') {
    return { ok: false, why: `"audience" must be "debtor" or "third_party", not ${JSON.stringify(o.audience)}` };
  }
  return {
    ok: true,
    message: { id: o.id === undefined ? where : String(o.id), text: o.text, ...(o.audience ? { audience: o.audience as Audience } : {}) },
  };
}

function parseTextLine(line: string, where: string): Parsed {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  return text.trim() ? { ok: true, message: { id: where, text } } : { ok: 'skip' };
}

function lines(file: string | null, encoding: Encoding): AsyncGenerator<Line> {
  return readLines(file === null ? process.stdin : createReadStream(file), encoding);
}

/** Why a line that could not be read as text is bad, and what to do. */
function unreadable(line: Extract<Line, { ok: false }>, encoding: Encoding): string {
  if (line.why === 'too_long') return `line of ${line.bytes} bytes: a message may have at most ${MAX_MESSAGE.toLocaleString('en')} characters (split it)`;
  const name = encoding === 'utf8' ? 'UTF-8' : 'GB18030';
  const hint = line.utf16
    ? ': the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8'
    : line.gb18030
      ? ': it reads as GB18030/GBK, as many SMS exports are; run again with --encoding gb18030'
      : '';
  return `not valid ${name} text at byte offset ${line.byte}${hint}`;
}

/**
 * Whether standard input is JSON Lines, judged by its first line: a JSON object, or something that
 * starts like one ({" — so a broken first record is still reported as bad JSON). A text message
 * that starts with a placeholder ({姓名}您好) is text.
 */
function isJsonObjectLine(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  if (/^\s*\{\s*["}]/.test(line)) return true;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (x) {
    if (x instanceof UsageError) {
      process.stderr.write(`check: ${x.message}\n${USAGE}\n`);
      return 2;
    }
    throw x;
  }

  const tally: Tally = { messages: 0, errors: 0, warnings: 0, clean: 0, bad: 0 };
  const color = o.format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  let first = true;
  const out = (s: string) => {
    if (!process.stdout.write(s)) return new Promise<void>((r) => process.stdout.once('drain', () => r()));
    return undefined;
  };

  if (o.format === 'json') await out('[');
  const emit = async (m: Message, findings: Finding[]) => {
    tally.messages++;
    if (findings.some((f) => f.severity === 'error')) tally.errors++;
    else if (findings.some((f) => f.severity === 'warning')) tally.warnings++;
    else tally.clean++;
    if (o.format === 'json') {
      await out(`${first ? '\n' : ',\n'}${JSON.stringify({ id: m.id, findings })}`);
    } else {
      await out(formatText(m.id, m.text, findings, o.lang, color));
    }
    first = false;
  };
  const bad = (where: string, why: string) => {
    tally.bad++;
    process.stderr.write(`${where}: ${why}\n`);
  };

  const sources: (string | null)[] = o.files.length ? o.files.map((f) => (f === '-' ? null : f)) : [null];
  for (const file of sources) {
    const label = file ?? 'stdin';
    if (file !== null) {
      try {
        const s = await stat(file);
        if (!s.isFile()) throw new Error('not a regular file');
      } catch (x) {
        bad(label, `cannot read file (${(x as NodeJS.ErrnoException).code ?? (x as Error).message})`);
        continue;
      }
    }
    let jsonl = file !== null && /\.(jsonl|ndjson)$/i.test(file);
    let decided = file !== null;
    let n = 0;
    /** Lines of this input that are not text in its encoding, after the first (reported alone). */
    let undecodable = 0;
    try {
      for await (const read of lines(file, o.encoding)) {
        n = read.number;
        const where = `${label}:${n}`;
        if (!read.ok) {
          if (read.why === 'encoding' && undecodable++ > 0) tally.bad++;
          else bad(where, unreadable(read, o.encoding));
          continue;
        }
        const line = read.text;
        if (!decided && line.trim()) {
          // A text message may well start with "{" (a template placeholder): JSON Lines only
          // when the first line really is a JSON object.
          jsonl = isJsonObjectLine(line);
          decided = true;
        }
        const p = jsonl ? parseJsonLine(line, where) : parseTextLine(line, where);
        if (p.ok === 'skip') continue;
        if (!p.ok) {
          bad(where, p.why);
          continue;
        }
        if (p.message.text.length > MAX_MESSAGE) {
          bad(where, `message of ${p.message.text.length} characters: a message may have at most ${MAX_MESSAGE.toLocaleString('en')} (split it)`);
          continue;
        }
        const audience = p.message.audience ?? o.audience;
        let findings: Finding[];
        try {
          findings = lint(p.message.text, {
            pack: o.pack,
            lang: o.lang,
            ...(audience ? { audience } : {}),
            ...(o.at ? { now: o.at } : {}),
          });
        } catch (x) {
          // One message the engine cannot check must not take the other lines' results with it.
          bad(where, `could not be checked (${(x as Error).message})`);
          continue;
        }
        await emit(p.message, findings);
      }
    } catch (x) {
      // A read error part-way (permissions, a file removed while read): name it, go on with the next file.
      bad(n ? `${label}:${n + 1}` : label, `cannot read file (${(x as NodeJS.ErrnoException).code ?? (x as Error).message})`);
    }
    if (undecodable > 1) process.stderr.write(`${label}: ${undecodable - 1} more lines are not valid ${o.encoding === 'utf8' ? 'UTF-8' : 'GB18030'} text\n`);
  }
  if (o.format === 'json') await out(first ? ']\n' : '\n]\n');
  else await out(summaryLine(tally, o.lang, color));
  if (tally.bad) return 2;
  return tally.errors ? 1 : 0;
}

// A reader that stops early (| head) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (x) => {
    process.stderr.write(`check: ${(x as Error).stack ?? String(x)}\n`);
    process.exitCode = 2;
  },
);
