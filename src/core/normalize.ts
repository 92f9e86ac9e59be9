// Folding: the original text → a compact "folded" string that the matchers read, plus a map from
// every folded code unit back to its span in the original. Folding makes the evasions collectors
// use irrelevant: full-width forms, case, Traditional characters, invisible characters and
// separators (spaces, punctuation, symbols, emoji) between the characters of a phrase.


/** Kind of the separators dropped just before a folded unit. */
export const enum Break {
  None = 0,
  /** Only spaces / symbols / in-clause punctuation: a phrase may run across it. */
  Gap = 1,
  /** Clause punctuation (，、：…): phrases may span it, negation cues may not reach across it. */
  Clause = 2,
  /** Sentence end (。！？；newline): nothing spans it. */
  Sentence = 3,
}

export interface Folded {
  /** Folded text: lower-case letters, digits, Simplified CJK; no separators, no invisibles. */
  text: string;
  /** For each folded unit, the original [start, end). */
  start: Int32Array;
  end: Int32Array;
  /** For each folded unit, the strongest separator dropped between it and the previous unit. */
  brk: Uint8Array;
  /** For each folded unit, how many separator code points were dropped just before it (≤ 255). */
  gap: Uint8Array;
  /** Whether the folded text holds any ASCII letter (then the pinyin matcher is worth running). */
  hasLatin: boolean;
}

// Dense table indexed by UTF-16 unit: 0 = no Traditional form.
const t2s = new Uint16Array(0x10000);

/** Adds a pack's Traditional→Simplified pairs ("斷断傳传…"); packs bring their own (RulePack.tables). */
export function addTraditional(pairs: string): void {
  for (let i = 0; i + 1 < pairs.length; i += 2) t2s[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  slowCache.clear();
}

/** Invisible code points: dropped without counting as a separator. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe0fff) ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0
  );
}

const SENTENCE_END = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0x3b, 0xff1b, 0x0a, 0x0d, 0x2026, 0xff61]);
// The enumeration comma 、 is not a clause break: a negation reaches across a list (不会以坐牢、拘留…).
const CLAUSE = new Set([0xff0c, 0x2c, 0xff1a, 0x3a]);

/**
 * Emoji collectors use in place of menacing words (⚰️ for 棺材, 🔪 for 刀): folded to the word so the
 * phrase families see it. Only unambiguous ones: 💐 or 🕯 also send greetings.
 */
const EMOJI_WORDS = new Map<number, string>([
  [0x1f52a, '刀'], // 🔪
  [0x1f5e1, '刀'], // 🗡
  [0x26b0, '棺材'], // ⚰
  [0x1faa6, '墓碑'], // 🪦
  [0x1f480, '死'], // 💀
  [0x2620, '死'], // ☠
  [0x1fa78, '血'], // 🩸
  [0x1f4a3, '炸弹'], // 💣
  [0x1f9e8, '炸药'], // 🧨
  [0x1f52b, '枪'], // 🔫
  [0x1fa93, '斧头'], // 🪓
  [0x1f46e, '警察'], // 👮
  [0x1f693, '警车'], // 🚓
  [0x1f694, '警车'], // 🚔
  [0x1f6a8, '警报'], // 🚨
  [0x2696, '法院'], // ⚖
  [0x1f436, '狗'], // 🐶
  [0x1f415, '狗'], // 🐕
  [0x1f437, '猪'], // 🐷
  [0x1f416, '猪'], // 🐖
  [0x1f35a, '饭'], // 🍚
  [0x1f525, '火'], // 🔥
]);

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]+$/u;
const MARK = /^\p{M}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const MARKS = /\p{M}+/gu;

/** Slow-path classification for code points outside ASCII, full-width ASCII and CJK. Cached. */
type Slow = { kind: 'keep'; out: string } | { kind: 'mark' } | { kind: 'sep' };
const slowCache = new Map<number, Slow>();
function classifySlow(cp: number): Slow {
  let r = slowCache.get(cp);
  if (r) return r;
  const ch = String.fromCodePoint(cp);
  if (MARK.test(ch)) r = { kind: 'mark' };
  else {
    const nfkc = ch.normalize('NFKC').toLowerCase();
    let out = '';
    for (let c of nfkc) {
      // Latin letters with marks (pinyin tone marks: nǐ, shàng) fold to the plain letter.
      if (LATIN.test(c)) c = c.normalize('NFD').replace(MARKS, '') || c;
      const code = c.codePointAt(0)!;
      if (code < 0x10000 && t2s[code]) out += String.fromCharCode(t2s[code]!);
      else if (LETTER_OR_NUMBER.test(c)) out += c;
    }
    r = out ? { kind: 'keep', out } : { kind: 'sep' };
  }
  if (slowCache.size < 4096) slowCache.set(cp, r);
  return r;
}

// Scratch buffers reused by `fold(…, true)`: linting folds every sentence, and allocating five
// typed arrays each time costs more than the folding.
let scratch = { cap: 0, codes: new Uint16Array(0), start: new Int32Array(0), end: new Int32Array(0), brk: new Uint8Array(0), gap: new Uint8Array(0) };

/**
 * Folds `input`. Linear in its length. With `reuse`, the result's arrays are views of buffers the
 * next reusing call overwrites: only for callers that are done with it before folding again.
 */
export function fold(input: string, reuse = false): Folded {
  const n = input.length;
  let cap = n + 8;
  if (reuse && scratch.cap < cap) {
    const c = Math.max(cap, scratch.cap * 2, 256);
    scratch = { cap: c, codes: new Uint16Array(c), start: new Int32Array(c), end: new Int32Array(c), brk: new Uint8Array(c), gap: new Uint8Array(c) };
  }
  if (reuse) cap = scratch.cap;
  const codes = reuse ? scratch.codes : new Uint16Array(cap);
  let start = reuse ? scratch.start : new Int32Array(cap);
  let end = reuse ? scratch.end : new Int32Array(cap);
  let brk = reuse ? scratch.brk : new Uint8Array(cap);
  let gap = reuse ? scratch.gap : new Uint8Array(cap);
  let len = 0;
  let pendingBreak = 0;
  let pendingGap = 0;
  let hasLatin = false;
  let out = codes;

  const push = (code: number, s: number, e: number) => {
    if (len >= cap) {
      cap *= 2;
      const grow = <T extends Uint16Array | Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(cap);
        b.set(a);
        return b;
      };
      out = grow(out);
      start = grow(start);
      end = grow(end);
      brk = grow(brk);
      gap = grow(gap);
    }
    out[len] = code;
    start[len] = s;
    end[len] = e;
    brk[len] = pendingBreak;
    gap[len] = pendingGap > 255 ? 255 : pendingGap;
    pendingBreak = 0;
    pendingGap = 0;
    len++;
  };
  const separator = (cp: number) => {
    const b = SENTENCE_END.has(cp) ? Break.Sentence : CLAUSE.has(cp) ? Break.Clause : Break.Gap;
    if (b > pendingBreak) pendingBreak = b;
    pendingGap++;
  };

  for (let i = 0; i < n; ) {
    let cp = input.charCodeAt(i);
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = input.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    // Full-width ASCII → ASCII.
    if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
    if (cp < 0x80) {
      if (cp >= 0x61 && cp <= 0x7a) {
        push(cp, i, i + w);
        hasLatin = true;
      } else if (cp >= 0x41 && cp <= 0x5a) {
        push(cp + 32, i, i + w);
        hasLatin = true;
      } else if (cp >= 0x30 && cp <= 0x39) push(cp, i, i + w);
      else separator(cp);
    } else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) {
      push(t2s[cp] || cp, i, i + w);
    } else if (EMOJI_WORDS.has(cp)) {
      const word = EMOJI_WORDS.get(cp)!;
      for (let k = 0; k < word.length; k++) push(word.charCodeAt(k), i, i + w);
    } else if (isInvisible(cp)) {
      // Dropped; it neither joins nor separates.
    } else if (cp === 0x3000) {
      separator(0x20);
    } else {
      const c = classifySlow(cp);
      if (c.kind === 'keep') {
        for (let k = 0; k < c.out.length; k++) {
          const code = c.out.charCodeAt(k);
          if (code >= 0x61 && code <= 0x7a) hasLatin = true;
          push(code, i, i + w);
        }
      } else if (c.kind === 'mark') {
        // A combining mark belongs to the previous unit.
        if (len > 0) end[len - 1] = i + w;
      } else separator(cp);
    }
    i += w;
  }

  let text = '';
  for (let k = 0; k < len; k += 8192) {
    text += String.fromCharCode.apply(null, out.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  }
  return {
    text,
    start: start.subarray(0, len),
    end: end.subarray(0, len),
    brk: brk.subarray(0, len),
    gap: gap.subarray(0, len),
    hasLatin,
  };
}

/**
 * The text with Traditional characters made Simplified, full-width ASCII made ASCII and letters made
 * lower-case, code unit for code unit: offsets stay those of the original. For readers that need the
 * punctuation folding drops (quotes, colons, list markers), such as the discourse analysis.
 */
export function simplified(input: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const m = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : t2s[c] || c;
    const l = m >= 0x41 && m <= 0x5a ? m + 32 : m;
    if (l !== c) {
      out += input.slice(from, i) + String.fromCharCode(l);
      from = i + 1;
    }
  }
  return from ? out + input.slice(from) : input;
}

const PLAIN = /^[a-z0-9\u4e00-\u9fff]*$/;

/** Folds a phrase of a pack or of the settings: the folded text only. */
export function foldPhrase(phrase: string): string {
  if (PLAIN.test(phrase)) {
    // Already folded unless it holds a Traditional character: the common case for pack data.
    let traditional = false;
    for (let i = 0; i < phrase.length && !traditional; i++) traditional = t2s[phrase.charCodeAt(i)] !== 0;
    if (!traditional) return phrase;
  }
  return fold(phrase).text;
}
