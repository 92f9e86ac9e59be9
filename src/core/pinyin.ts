// Pinyin evasion ("zuo牢", "公an局", "fa yuan"): both the text and the pack's phrases are turned
// into sequences of syllable ids — a CJK character by its reading, a run of Latin letters by its
// segmentation into syllables — so a phrase matches whichever mix of characters and pinyin the
// collector typed. The readings table is generated from the pack's own characters (data/pinyin.ts).

import { PINYIN } from './data/pinyin';
import type { Folded } from './normalize';

const readings = new Map<number, string[]>();
const syllableId = new Map<string, number>();
let maxSyllableLength = 0;

{
  let ch = -1;
  let buf = '';
  let list: string[] = [];
  const flush = () => {
    if (buf) list.push(buf);
    buf = '';
  };
  const commit = () => {
    flush();
    if (ch >= 0 && list.length) readings.set(ch, list);
    list = [];
  };
  for (let i = 0; i < PINYIN.length; i++) {
    const c = PINYIN.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) buf += PINYIN[i];
    else if (c === 0x2c) flush();
    else {
      commit();
      ch = c;
    }
  }
  commit();
  for (const list of readings.values()) {
    for (const r of list) {
      if (!syllableId.has(r)) syllableId.set(r, syllableId.size + 1);
      if (r.length > maxSyllableLength) maxSyllableLength = r.length;
    }
  }
}

/** Symbol that matches nothing: placed where the text has no known syllable. */
export const NO_SYLLABLE = 0xfffff;

/** All syllable-id sequences a CJK literal can be read as (polyphones give several), or null. */
export function literalSyllables(literal: string, maxVariants = 4): number[][] | null {
  let acc: number[][] = [[]];
  for (let i = 0; i < literal.length; i++) {
    const list = readings.get(literal.charCodeAt(i));
    if (!list) return null;
    const next: number[][] = [];
    for (const seq of acc) for (const r of list) if (next.length < maxVariants) next.push([...seq, syllableId.get(r)!]);
    acc = next;
  }
  return acc;
}

/**
 * Splits a run of Latin letters into pinyin syllables, fewest syllables first; null when the run
 * is not pinyin throughout (English words, abbreviations).
 */
function segment(run: string): string[] | null {
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
}

/** The folded text as syllable ids. */
export function toSyllables(f: Folded): SyllableText {
  const t = f.text;
  const n = t.length;
  const symbols: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const latin: number[] = [];
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
          symbols.push(syllableId.get(p)!);
          from.push(k);
          to.push(k + p.length);
          latin.push(1);
          k += p.length;
        }
      } else {
        symbols.push(NO_SYLLABLE);
        from.push(i);
        to.push(j);
        latin.push(1);
      }
      i = j;
    } else {
      const list = readings.get(c);
      symbols.push(list ? syllableId.get(list[0]!)! : NO_SYLLABLE);
      from.push(i);
      to.push(i + 1);
      latin.push(0);
      i++;
    }
  }
  return {
    symbols: Int32Array.from(symbols),
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    latin: Uint8Array.from(latin),
  };
}
