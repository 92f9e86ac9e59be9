// The labelled sets the detection figures come from, and how a message is judged.
//
// - Development sets (rule writers read them): test/fixtures/corpus/*.jsonl, test/fixtures/labelled/*.jsonl.
// - Blind sets (test/fixtures/labelled/blind/): written by authors who never read the rules; no
//   rule writer reads them and no model trains on them. Their texts are never printed.
// - General text: sentences of Debian's manpages-zh (read from the installed package) and the
//   blind general-text set: ordinary prose that must stay unflagged.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Audience, Category, Finding } from '../../src/core/types';
import { CONTENT_CATEGORIES, SEVERITY_RANK } from '../../src/core/types';

export interface Labelled {
  id: string;
  text: string;
  audience: Audience;
  label: 'violation' | 'compliant';
  /** For a violation, the primary category first. */
  categories: Category[];
  source?: string;
  kind?: string;
  evasive?: boolean;
}

export interface LabelledSet {
  name: string;
  file: string;
  blind: boolean;
  items: Labelled[];
}

export const ROOT = join(import.meta.dirname, '../..');
export const BLIND_DIR = join(ROOT, 'test/fixtures/labelled/blind');

export function readJsonl(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Labelled;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

const jsonlIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort() : []);

/** Development sets: what rule writers read and the model may train on. */
export function devSets(): LabelledSet[] {
  const out: LabelledSet[] = [];
  for (const dir of ['test/fixtures/corpus', 'test/fixtures/labelled']) {
    for (const f of jsonlIn(join(ROOT, dir))) {
      const file = join(ROOT, dir, f);
      out.push({ name: f.replace(/\.jsonl$/, ''), file, blind: false, items: readJsonl(file) });
    }
  }
  return out;
}

/** Blind sets: figures only. */
export function blindSets(): LabelledSet[] {
  return jsonlIn(BLIND_DIR).map((f) => {
    const file = join(BLIND_DIR, f);
    return { name: `blind/${f.replace(/\.jsonl$/, '')}`, file, blind: true, items: readJsonl(file) };
  });
}

export const MANPAGES_DIR = '/usr/share/man/zh_CN';

/**
 * Sentences of prose from the installed manpages-zh package (roff stripped), in a stable order:
 * every Chinese sentence of at least 8 characters, deduplicated. Empty when the package is missing.
 */
export function manpageSentences(dir = MANPAGES_DIR): string[] {
  if (!existsSync(dir)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  const sections = readdirSync(dir).filter((d) => d.startsWith('man')).sort();
  for (const s of sections) {
    for (const f of readdirSync(join(dir, s)).sort()) {
      let roff: string;
      try {
        const raw = readFileSync(join(dir, s, f));
        roff = (f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      } catch {
        continue;
      }
      const prose = roff
        .split('\n')
        .filter((l) => !l.startsWith('.') && !l.startsWith("'"))
        .join('\n')
        .replace(/\\f[BIRP]|\\f\(..|\\[&/,]|\\\(..|\\-|\\e|\\ /g, (m) => (m === '\\-' ? '-' : m === '\\e' ? '\\' : ''));
      for (const sentence of prose.split(/(?<=[。！？；])|\n\s*\n/)) {
        const t = sentence.replace(/\s*\n\s*/g, '').trim();
        if (t.length < 8 || !/[\u4e00-\u9fff]{4}/.test(t) || seen.has(t)) continue;
        seen.add(t);
        out.push(t);
      }
    }
  }
  return out;
}

/** Findings that count as flagging a message: content categories at error or warning. */
export function flags(findings: Finding[]): Finding[] {
  return findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && CONTENT_CATEGORIES.includes(f.category));
}

/** The category a message's findings put first: the most severe, then the earliest. */
export function topCategory(flagged: Finding[]): Category | null {
  const f = [...flagged].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start)[0];
  return f?.category ?? null;
}
