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
 * is not pinyin throughout (English words, abbreviations).
 */
const segmentCache = new Map<string, string[] | null>();
function segment(run: string): string[] | null {
  let r = segmentCache.get(run);
  if (r === undefined) {
    r = segmentUncached(run);
    if (segmentCache.size > 2000) segmentCache.clear();
    segmentCache.set(run, r);
  }
  return r;
}

function segmentUncached(run: string): string[] | null {
  const n = run.length;
  const best: (number | undefined)[] = new Array(n + 1);
  const prev = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === undefined) continue;
    for (let l = 1; l <= maxSyllableLength && i + l <= n; l++) {
      if (!syllableId.has(run.slice(i, i + l))) continue;
      const cost = best[i]! + 1;
      if (best[i + l] === undefined || cost < best[i + l]!) {
        best[i + l] = cost;
        prev[i + l] = i;
      }
    }
  }
  if (best[n] === undefined) return null;
  const parts: string[] = [];
  for (let j = n; j > 0; j = prev[j]!) parts.unshift(run.slice(prev[j]!, j));
  return parts;
}

export interface SyllableText {
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
let buf = { cap: 0, symbols: new Int32Array(0), from: new Int32Array(0), to: new Int32Array(0), latin: new Uint8Array(0), latinBefore: new Int32Array(0) };

/** The folded text as syllable ids. The arrays are reused by the next call. */
export function toSyllables(f: Folded): SyllableText {
  const t = f.text;
  const n = t.length;
  if (buf.cap < n + 1) {
    const c = Math.max(n + 1, buf.cap * 2, 256);
    buf = { cap: c, symbols: new Int32Array(c), from: new Int32Array(c), to: new Int32Array(c), latin: new Uint8Array(c), latinBefore: new Int32Array(c + 1) };
  }
  // At most one symbol per folded unit.
  const { symbols, from, to, latin, latinBefore } = buf;
  let m = 0;
  const push = (sym: number, s: number, e: number, isLatin: number) => {
    symbols[m] = sym;
    from[m] = s;
    to[m] = e;
    latin[m] = isLatin;
    m++;
  };
  for (let i = 0; i < n; ) {
    const c = t.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      let j = i + 1;
      while (j < n) {
        const d = t.charCodeAt(j);
        // A sentence break ends a run even without a non-letter in the folded text.
        if (d < 0x61 || d > 0x7a || f.brk[j] === 3) break;
        j++;
      }
      const parts = segment(t.slice(i, j));
      if (parts) {
        let k = i;
        for (const p of parts) {
          push(syllableId.get(p)!, k, k + p.length, 1);
          k += p.length;
        }
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
  return { symbols: symbols.subarray(0, m), from: from.subarray(0, m), to: to.subarray(0, m), latin: latin.subarray(0, m), latinBefore: latinBefore.subarray(0, m + 1) };
}
