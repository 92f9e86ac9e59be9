// Searching templates by Chinese text, English names and pinyin initials (`scyq` finds 首次逾期).
//
// No pinyin library is bundled: the 3,755 level-1 characters of GB2312 are ordered by pinyin, so
// the code point at which each initial starts (23 numbers) gives every common character's
// initial; the characters come from the platform's own GBK decoder (TextDecoder, in every browser
// and Node). A unit test checks the table against pinyin-pro for all 3,755 characters. A few
// polyphones common in collection messages also get their other reading's initial.

import type { Lang } from '../core/types';
import { SCENARIO_BY_ID, TONE_NAMES } from './scenarios';
import { parseBody } from './render';
import type { Template } from './types';

const GB_BOUNDS = [
  0xb0a1, 0xb0c5, 0xb2c1, 0xb4ee, 0xb6ea, 0xb7a2, 0xb8c1, 0xb9fe, 0xbbf7, 0xbfa6, 0xc0ac, 0xc2e8, 0xc4c3, 0xc5b6,
  0xc5be, 0xc6da, 0xc8bb, 0xc8f6, 0xcbfa, 0xcdda, 0xcef4, 0xd1b9, 0xd4d1,
];
const GB_LETTERS = 'abcdefghjklmnopqrstwxyz';
const GB_END = 0xd7f9;

/** Other readings' initials of polyphones that matter here (行 hang/xing, 重 zhong/chong…). */
const EXTRA: Record<string, string> = {
  行: 'hx', 重: 'zc', 长: 'cz', 解: 'jx', 会: 'hk', 单: 'ds', 传: 'cz', 率: 'ls', 调: 'td', 省: 'sx', 期: 'qj',
  合: 'hg', 种: 'zc', 乐: 'ly', 朝: 'cz', 系: 'xj',
};

let table: Map<string, string> | null = null;

function buildTable(): Map<string, string> {
  const map = new Map<string, string>();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gbk');
  } catch {
    return map; // no GBK decoder: Chinese text still matches as text, initials don't
  }
  const bytes: number[] = [];
  const codes: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const code = (hi << 8) | lo;
      if (code > GB_END) break;
      bytes.push(hi, lo);
      codes.push(code);
    }
  }
  const chars = [...decoder.decode(new Uint8Array(bytes))];
  let b = 0;
  for (let i = 0; i < codes.length && i < chars.length; i++) {
    while (b + 1 < GB_BOUNDS.length && codes[i]! >= GB_BOUNDS[b + 1]!) b++;
    map.set(chars[i]!, GB_LETTERS[b]!);
  }
  for (const [ch, extra] of Object.entries(EXTRA)) {
    const base = map.get(ch) ?? '';
    map.set(ch, [...new Set(base + extra)].join(''));
  }
  return map;
}

/** The initials a character may stand for ('' when unknown); Latin letters and digits stand for themselves. */
export function charInitials(ch: string): string {
  if (/^[a-z0-9]$/i.test(ch)) return ch.toLowerCase();
  table ??= buildTable();
  return table.get(ch) ?? '';
}

/** One string of possible initials per character of `text`. */
export function initialsOf(text: string): string[] {
  return [...text].map(charInitials);
}

/** Where `query` (lower-case letters) matches consecutive characters' initials, or -1. */
export function matchInitials(sets: readonly string[], query: string): number {
  if (!query) return 0;
  outer: for (let i = 0; i + query.length <= sets.length; i++) {
    for (let j = 0; j < query.length; j++) if (!sets[i + j]!.includes(query[j]!)) continue outer;
    return i;
  }
  return -1;
}

interface Entry {
  /** Names, most important first: scenario, tone, custom name (each in both languages). */
  names: string[];
  nameInitials: string[][];
  body: string;
}

const entries = new WeakMap<Template, Entry>();

function entryOf(t: Template): Entry {
  let e = entries.get(t);
  if (e) return e;
  const scenario = SCENARIO_BY_ID[t.scenario];
  const names = [t.name ?? '', scenario?.name.zh ?? '', TONE_NAMES[t.tone]?.zh ?? '', scenario?.name.en ?? '', TONE_NAMES[t.tone]?.en ?? '']
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  // Body text without the variable syntax.
  const body = parseBody(t.body)
    .tokens.map((tok) => (tok.kind === 'text' ? tok.text : ' '))
    .join('')
    .toLowerCase();
  e = { names, nameInitials: names.map(initialsOf), body };
  entries.set(t, e);
  return e;
}

/** How well one term matches a template (0: not at all). */
function termScore(e: Entry, term: string, id: string): number {
  let best = 0;
  const letters = /^[a-z]+$/.test(term);
  e.names.forEach((name, i) => {
    const weight = 10 - i;
    const at = name.indexOf(term);
    if (at === 0) best = Math.max(best, 100 + weight);
    else if (at > 0) best = Math.max(best, 80 + weight);
    if (letters) {
      const ai = matchInitials(e.nameInitials[i]!, term);
      if (ai === 0) best = Math.max(best, 95 + weight);
      else if (ai > 0) best = Math.max(best, 75 + weight);
    }
  });
  if (!best && id.toLowerCase().includes(term)) best = 40;
  if (!best && e.body.includes(term)) best = 20;
  return best;
}

/**
 * Templates matching `query` (every whitespace-separated term must match a name, the initials of
 * a name, or the text), best first; the order of `templates` is kept among equals. An empty
 * query returns all of them.
 */
export function searchTemplates<T extends Template>(templates: readonly T[], query: string): T[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return [...templates];
  const scored: { t: T; score: number; i: number }[] = [];
  templates.forEach((t, i) => {
    const e = entryOf(t);
    let score = 0;
    for (const term of terms) {
      const s = termScore(e, term, t.id);
      if (!s) return;
      score += s;
    }
    scored.push({ t, score, i });
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => s.t);
}

/** A template's display name: its own for custom ones, "scenario · tone" for built-ins. */
export function templateTitle(t: Template, lang: Lang): string {
  if (t.name) return t.name;
  const s = SCENARIO_BY_ID[t.scenario];
  return `${s?.name[lang] ?? t.scenario} · ${TONE_NAMES[t.tone]?.[lang] ?? t.tone}`;
}
