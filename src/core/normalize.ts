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
  /** The folded text's UTF-16 units (what the matchers read). */
  codes: Uint16Array;
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

interface Buffers {
  codes: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  brk: Uint8Array;
  gap: Uint8Array;
}

const buffers = (cap: number): Buffers => ({ codes: new Uint16Array(cap), start: new Int32Array(cap), end: new Int32Array(cap), brk: new Uint8Array(cap), gap: new Uint8Array(cap) });

// Scratch buffers reused by `fold(…, true)`: linting folds every sentence, and allocating five
// typed arrays each time costs more than the folding.
let scratch = buffers(256);



/**
 * Folds `input`. Linear in its length. With `reuse`, the result's arrays are views of buffers the
 * next reusing call overwrites: only for callers that are done with it before folding again.
 * (The loop keeps its state in locals and writes each unit inline: this runs on every keystroke.)
 */
export function fold(input: string, reuse = false, room = input.length + 8): Folded {
  const n = input.length;
  let b: Buffers;
  if (reuse) {
    if (scratch.codes.length < room) scratch = buffers(Math.max(room, scratch.codes.length * 2));
    b = scratch;
  } else b = buffers(room);
  const { codes: out, start, end, brk, gap } = b;
  const cap = out.length;
  let len = 0;
  let pendingBreak = 0;
  let pendingGap = 0;
  let hasLatin = false;

  for (let i = 0; i < n; ) {
    let cp = input.charCodeAt(i);
    let w = 1;
    // One folded unit for most characters; `many` for the few that fold to several or to none.
    let code = -1;
    let many: string | null = null;
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
        code = cp;
        hasLatin = true;
      } else if (cp >= 0x41 && cp <= 0x5a) {
        code = cp + 32;
        hasLatin = true;
      } else if (cp >= 0x30 && cp <= 0x39) code = cp;
    } else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) {
      code = t2s[cp] || cp;
    } else if (EMOJI_WORDS.has(cp)) {
      many = EMOJI_WORDS.get(cp)!;
    } else if (isInvisible(cp)) {
      // Dropped; it neither joins nor separates.
      i += w;
      continue;
    } else if (cp === 0x3000) {
      cp = 0x20;
    } else {
      const c = classifySlow(cp);
      if (c.kind === 'keep') many = c.out;
      else if (c.kind === 'mark') {
        // A combining mark belongs to the previous unit.
        if (len > 0) end[len - 1] = i + w;
        i += w;
        continue;
      }
    }
    if (code >= 0 || many !== null) {
      const k = many === null ? 1 : many.length;
      // More units than room (emoji words, NFKC expansions): fold again with room to spare.
      if (len + k > cap) return fold(input, reuse, cap * 2 + k);
      for (let j = 0; j < k; j++) {
        const u = many === null ? code : many.charCodeAt(j);
        if (u >= 0x61 && u <= 0x7a) hasLatin = true;
        out[len] = u;
        start[len] = i;
        end[len] = i + w;
        brk[len] = pendingBreak;
        gap[len] = pendingGap > 255 ? 255 : pendingGap;
        pendingBreak = 0;
        pendingGap = 0;
        len++;
      }
    } else {
      // A separator: remember the strongest kind and how many, for the next kept unit.
      // Sentence ends 。！？!?；;\n\r…｡ and clause breaks ，,：: (full-width ones are ASCII by now).
      // The enumeration comma 、 is not a clause break: a negation reaches across a list (不会以坐牢、拘留…).
      const kind =
        cp === 0x21 || cp === 0x3f || cp === 0x3b || cp === 0x0a || cp === 0x0d || cp === 0x3002 || cp === 0x2026 || cp === 0xff61
          ? Break.Sentence
          : cp === 0x2c || cp === 0x3a
            ? Break.Clause
            : Break.Gap;
      if (kind > pendingBreak) pendingBreak = kind;
      pendingGap++;
    }
    i += w;
  }

  const units = out.subarray(0, len);
  let text = '';
  for (let k = 0; k < len; k += 4096) text += String.fromCharCode.apply(null, units.subarray(k, k + 4096) as unknown as number[]);
  return {
    text,
    codes: units,
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
