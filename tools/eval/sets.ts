// The labelled sets the detection figures come from, and how a message is judged. All live in
// test/fixtures/labelled/, one JSON object per line with a `source` field:
//
// - Development sets (*.jsonl): rule writers read them and the model trains on them. The corpus
//   gate (test/unit/corpus.test.ts) holds the ones in GATED to its thresholds, with the model off.
// - Judges (JUDGES, e.g. holdout2.jsonl): kept untouched. Measured, never gated, never trained on,
//   their texts never printed.
// - Pack cases (packs/<category>.jsonl): the cn pack's own cases, what each rule family must flag
//   and the look-alikes it must leave alone (test/unit/packs/labelled.test.ts); the model trains on them.
// - Blind sets (blind/): written by authors who never read the rules; no rule writer reads them and
//   no model trains on them. Their texts are never printed.
// - General text: sentences of Debian's manpages-zh (read from the installed package) and the
//   blind general-text set: ordinary prose that must stay unflagged.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Audience, Category, Finding, Severity } from '../../src/core/types';
import { CONTENT_CATEGORIES, SEVERITY_RANK } from '../../src/core/types';

export interface Labelled {
  id: string;
  text: string;
  audience: Audience;
  label: 'violation' | 'compliant';
  /** For a violation, the primary category first. */
  categories: Category[];
  source: string;
  kind?: string;
  evasive?: boolean;
  /** Pack cases only: what the rules' tests assert beyond the label. */
  expect?: PackExpectation;
}

export interface PackExpectation {
  /**
   * The severity every error or warning finding of a category carries; on a compliant case 'info':
   * the category notes it, at info only.
   */
  severity?: Partial<Record<Category, Severity>>;
  /** A compliant case that must also stay quiet in these categories (besides its file's). */
  alsoQuietIn?: Category[];
  /** A violation the rules are known to miss: its test is skipped with this reason. */
  knownGap?: string;
}

export interface LabelledSet {
  name: string;
  file: string;
  /** Blind sets and judges: figures only, never a text. */
  figuresOnly: boolean;
  items: Labelled[];
}

export const ROOT = join(import.meta.dirname, '../..');
export const LABELLED_DIR = join(ROOT, 'test/fixtures/labelled');
export const PACK_CASES_DIR = join(LABELLED_DIR, 'packs');
export const BLIND_DIR = join(LABELLED_DIR, 'blind');
/** Untouched judges: measured, never gated, never trained on, never printed. */
export const JUDGES: readonly string[] = ['holdout2'];
/** The sets the rules are written against, held to the corpus gate's thresholds. */
export const GATED: readonly string[] = ['dev', 'dev2', 'holdout', 'compliant2'];

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

function setsIn(dir: string, prefix: string, figuresOnly: boolean, keep: (name: string) => boolean = () => true): LabelledSet[] {
  return jsonlIn(dir)
    .map((f) => ({ name: prefix + f.replace(/\.jsonl$/, ''), file: join(dir, f) }))
    .filter((s) => keep(s.name))
    .map((s) => ({ ...s, figuresOnly, items: readJsonl(s.file) }));
}

/** Development sets: what rule writers read and the model may train on. */
export function devSets(): LabelledSet[] {
  return setsIn(LABELLED_DIR, '', false, (name) => !JUDGES.includes(name));
}

/** Judges: figures only. */
export function judgeSets(): LabelledSet[] {
  return setsIn(LABELLED_DIR, '', true, (name) => JUDGES.includes(name));
}

/** The pack's cases, one set per category (`packs/threat`, …). */
export function packSets(): LabelledSet[] {
  return setsIn(PACK_CASES_DIR, 'packs/', false);
}

/** Blind sets: figures only. */
export function blindSets(): LabelledSet[] {
  return setsIn(BLIND_DIR, 'blind/', true);
}

/** What the model trains on: development sets and pack cases, never a judge or a blind set. */
export function trainingSets(): LabelledSet[] {
  return [...devSets(), ...packSets()];
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
