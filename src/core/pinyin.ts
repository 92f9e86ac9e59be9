// Spelling by sound: pinyin ("zuo牢", "公an局", "fa yuan") and homophones (蹲大劳 for 蹲大牢).
// Runs of Latin letters in the text are segmented into syllables, characters are read by their
// commonest reading, and each character of a phrase accepts itself or any of its readings; lint
// then decides which sound-alike matches count. The readings tables are generated from each pack's
// own characters (src/core/generated/pinyin.ts for cn) and come with the pack.

import type { Folded } from './normalize';

const readings = new Map<number, string[]>();
const syllableId = new Map<string, number>();
let maxSyllableLength = 0;
/** A character's commonest reading as a syllable id (0: none), indexed by UTF-16 unit. */
const primary = new Int32Array(0x10000);

/**
 * Adds a pack's readings table: "坐zuo牢lao还hai,huan…" (a character, then its readings, commonest
 * first). Packs bring their own (see RulePack.tables); adding the same table twice changes nothing.
 */
export function addReadings(table: string): void {
  let ch = -1;
  let buf = '';
  let list: string[] = [];
  const flush = () => {
    if (buf) list.push(buf);
    buf = '';
  };
  const commit = () => {
    flush();
    if (ch >= 0 && list.length && !readings.has(ch)) readings.set(ch, list);
    list = [];
  };
  for (let i = 0; i < table.length; i++) {
    const c = table.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) buf += table[i];
    else if (c === 0x2c) flush();
    else {
      commit();
      ch = c;
    }
  }
  commit();
  for (const [c, list] of readings) {
    for (const r of list) {
      // Syllable ids live above every UTF-16 unit, so they never collide with character symbols.
      if (!syllableId.has(r)) syllableId.set(r, 0x10000 + syllableId.size);
      if (r.length > maxSyllableLength) maxSyllableLength = r.length;
    }
    primary[c] = syllableId.get(list[0]!)!;
  }
  segmentCache.clear();
}

/** Symbol that matches nothing: placed where the text has no known syllable. */
export const NO_SYLLABLE = 0xfffff;

/**
 * The symbols a phrase character accepts in the pinyin pass: the character itself and its readings.
 * Latin letters in a phrase have no pinyin form: null leaves that spelling out of the pass.
 */
export function syllablesOf(ch: string): number[] | null {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return null;
  const list = readings.get(code);
  return list ? [code, ...list.map((r) => syllableId.get(r)!)] : [code];
}

/**
 * Splits a run of Latin letters into pinyin syllables, fewest syllables first; null when the run
 * is not pinyin throughout (English words, abbreviations). Returns the syllable ids, in order.
 */
const segmentCache = new Map<string, Int32Array | null>();
function segment(t: string, from: number, to: number): Int32Array | null {
  // Runs of ordinary length are cached; a long run (a pasted line of letters) is segmented once.
  const key = to - from <= 64 ? t.slice(from, to) : null;
  let r = key === null ? undefined : segmentCache.get(key);
  if (r === undefined) {
    r = segmentUncached(t, from, to);
    if (key !== null) {
      if (segmentCache.size > 2000) segmentCache.clear();
      segmentCache.set(key, r);
    }
  }
  return r;
}

/** Fewest-syllables segmentation of t[from, to) by dynamic programming: linear in the run's length. */
function segmentUncached(t: string, from: number, to: number): Int32Array | null {
  const n = to - from;
  const best = new Int32Array(n + 1).fill(-1);
  const prev = new Int32Array(n + 1);
  const sym = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i]! < 0) continue;
    for (let l = 1; l <= maxSyllableLength && i + l <= n; l++) {
      const id = syllableId.get(t.slice(from + i, from + i + l));
      if (id === undefined || (best[i + l]! >= 0 && best[i]! + 1 >= best[i + l]!)) continue;
      best[i + l] = best[i]! + 1;
      prev[i + l] = i;
      sym[i + l] = id;
    }
  }
  if (best[n]! < 0) return null;
  const out = new Int32Array(best[n]! * 2);
  // Pairs (syllable id, length), filled from the end.
  let k = out.length;
  for (let j = n; j > 0; j = prev[j]!) {
    out[--k] = j - prev[j]!;
    out[--k] = sym[j]!;
  }
  return out;
}

export interface SyllableText {
  /** How many symbols (the arrays are scratch buffers, longer than that). */
  length: number;
  symbols: Int32Array;
  /** Folded [start, end) of each symbol. */
  from: Int32Array;
  to: Int32Array;
  /** 1 when the symbol came from Latin letters. */
  latin: Uint8Array;
  /** latinBefore[i]: how many of the first i symbols came from Latin letters. */
  latinBefore: Int32Array;
}

// Scratch buffers: lint turns every sentence into syllables and is done with them before the next.
const buf: SyllableText = { length: 0, symbols: new Int32Array(256), from: new Int32Array(256), to: new Int32Array(256), latin: new Uint8Array(256), latinBefore: new Int32Array(257) };

/** The folded text as syllable ids, in buffers the next call reuses. Linear in the text's length. */
export function toSyllables(f: Folded): SyllableText {
  const t = f.text;
  const n = t.length;
  if (buf.symbols.length < n + 1) {
    const c = Math.max(n + 1, buf.symbols.length * 2);
    buf.symbols = new Int32Array(c);
    buf.from = new Int32Array(c);
    buf.to = new Int32Array(c);
    buf.latin = new Uint8Array(c);
    buf.latinBefore = new Int32Array(c + 1);
  }
  // At most one symbol per folded unit.
  const { symbols, from, to, latin, latinBefore } = buf;
  const codes = f.codes;
  let m = 0;
  const push = (sym: number, s: number, e: number, isLatin: number) => {
    symbols[m] = sym;
    from[m] = s;
    to[m] = e;
    latin[m++] = isLatin;
  };
  for (let i = 0; i < n; ) {
    const c = codes[i]!;
    if (c >= 0x61 && c <= 0x7a) {
      let j = i + 1;
      while (j < n) {
        const d = codes[j]!;
        // A sentence break ends a run even without a non-letter in the folded text.
        if (d < 0x61 || d > 0x7a || f.brk[j] === 3) break;
        j++;
      }
      const parts = segment(t, i, j);
      if (parts) {
        for (let q = 0, k = i; q < parts.length; q += 2) push(parts[q]!, k, (k += parts[q + 1]!), 1);
      } else push(NO_SYLLABLE, i, j, 1);
      i = j;
    } else {
      // A character is read by its commonest reading (lint decides how many homophones a match may hold).
      push(primary[c] || c, i, i + 1, 0);
      i++;
    }
  }
  latinBefore[0] = 0;
  for (let k = 0; k < m; k++) latinBefore[k + 1] = latinBefore[k]! + latin[k]!;
  buf.length = m;
  return buf;
}
