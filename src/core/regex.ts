// Custom patterns ("regular expressions" in the settings) are not run as RegExp: a regex engine that
// backtracks can be made to run for seconds by a short pattern ((a{2,9}){9}b, .{0,60}.{0,60}x,
// a+b on a long line), and guessing unsafe shapes always misses some. A pattern is parsed here into
// the phrase-family tree the engine already compiles into its automaton, so matching it costs one
// pass over the text whatever its shape. The syntax is the common core of regular expressions:
//   literals, . (any character), [abc] [a-z] [^abc], \d \w \s \D \W \S, ( ) (?: ) (?<name> ), |,
//   ? * + {n} {n,} {n,m} (and their lazy forms, which match the same text).
// Not supported, with a message that says so: backreferences, lookaround, ^ $ \b \B.
// The pattern runs on the folded text (see normalize.ts): spaces and punctuation are not in it.

import { PhraseSyntaxError, type PhraseNode, type SyntaxErrorCode } from './expand';

/** Largest repeat count {n,m} a pattern may use. */
export const MAX_REPEAT = 100;
/** Largest number of characters a pattern may stand for position by position (after repeats are written out). */
export const MAX_PATTERN_SIZE = 2000;
/** Largest number of characters one [...] may hold. */
const MAX_CLASS = 5000;

const ESCAPES: Record<string, string> = {
  d: '0123456789',
  w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_',
  s: ' \t\n\r\f\v\u00a0\u3000\u2028\u2029\ufeff',
  t: '\t',
  n: '\n',
  r: '\r',
  f: '\f',
  v: '\v',
  0: '\0',
};

/** Parses a custom pattern into a phrase tree; throws PhraseSyntaxError (positions count characters). */
export function parsePattern(src: string): PhraseNode[] {
  const chars = Array.from(src);
  let i = 0;
  let size = 0;
  const fail: (code: SyntaxErrorCode, at?: number, what?: string) => never = (code, at = i, what) => {
    throw new PhraseSyntaxError(code, at, src, what);
  };
  const grow = (n: number, at: number) => {
    size += n;
    if (size > MAX_PATTERN_SIZE) fail('too_complex', at);
  };

  /** An escape after "\" at chars[i]: a set of characters (class) or one literal character. */
  const escape = (inClass: boolean): { chars: string; negated: boolean } => {
    const at = i - 1;
    const c = chars[i];
    if (c === undefined) return fail('bad_escape', at, '\\');
    i++;
    // \d \w \s and \D \W \S (negated), and the control escapes.
    const set = ESCAPES[c] ?? ESCAPES[c.toLowerCase()];
    if (set !== undefined && (c in ESCAPES || 'DWS'.includes(c))) return { chars: set, negated: !(c in ESCAPES) };
    switch (c) {
      case 'b':
        if (inClass) return { chars: '\b', negated: false };
        return fail('unsupported', at, '\\b');
      case 'B':
        return fail('unsupported', at, '\\B');
      case 'k':
        return fail('unsupported', at, '\\k');
      case 'u':
      case 'x': {
        let hex: string;
        if (c === 'u' && chars[i] === '{') {
          const close = chars.indexOf('}', i);
          if (close < 0) return fail('bad_escape', at, '\\u{');
          hex = chars.slice(i + 1, close).join('');
          i = close + 1;
        } else {
          const n = c === 'u' ? 4 : 2;
          hex = chars.slice(i, i + n).join('');
          if (hex.length !== n) return fail('bad_escape', at, `\\${c}`);
          i += n;
        }
        const cp = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (!(cp <= 0x10ffff)) return fail('bad_escape', at, `\\${c}${hex}`);
        return { chars: String.fromCodePoint(cp), negated: false };
      }
      default:
        if (/[1-9]/.test(c)) return fail('unsupported', at, `\\${c}`);
        // Any other letter or digit escape means nothing in a pattern; a symbol stands for itself.
        if (/[\p{L}\p{N}]/u.test(c)) return fail('bad_escape', at, `\\${c}`);
        return { chars: c, negated: false };
    }
  };

  const charClass = (): PhraseNode => {
    const open = i - 1;
    let negated = false;
    if (chars[i] === '^') {
      negated = true;
      i++;
    }
    const set = new Set<string>();
    let first = true;
    for (;;) {
      const c = chars[i];
      if (c === undefined) return fail('unclosed_class', open);
      if (c === ']' && !first) break;
      if (c === ']' && first) {
        // "[]" matches nothing, "[^]" anything: neither is a useful pattern.
        return fail('empty_class', open);
      }
      first = false;
      const at = i;
      i++;
      let lo: string;
      if (c === '\\') {
        const e = escape(true);
        if (e.negated) return fail('unsupported', at, `[\\${chars[at + 1]}]`);
        if ([...e.chars].length > 1) {
          for (const x of e.chars) set.add(x);
          continue;
        }
        lo = e.chars;
      } else lo = c;
      if (chars[i] === '-' && chars[i + 1] !== undefined && chars[i + 1] !== ']') {
        i++;
        const hiAt = i;
        let hi = chars[i++]!;
        if (hi === '\\') {
          const e = escape(true);
          if ([...e.chars].length > 1 || e.negated) return fail('bad_range', hiAt);
          hi = e.chars;
        }
        const a = lo.codePointAt(0)!;
        const b = hi.codePointAt(0)!;
        if (b < a || b - a >= MAX_CLASS) return fail('bad_range', at);
        for (let x = a; x <= b; x++) set.add(String.fromCodePoint(x));
      } else set.add(lo);
      if (set.size > MAX_CLASS) return fail('bad_range', at);
    }
    i++;
    grow(1, open);
    return { kind: 'class', chars: [...set].join(''), ...(negated ? { negated: true } : {}) };
  };

  /** A quantifier's bounds at chars[i] ("?", "*", "+", "{n}", "{n,}", "{n,m}"), or null. */
  const quantifier = (): { min: number; max: number; at: number } | null => {
    const at = i;
    const c = chars[i];
    let q: { min: number; max: number } | null = null;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(chars.slice(i, i + 16).join(''));
      if (!m) return fail('bad_repeat', at);
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (max < min || min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) fail('bad_repeat', at);
      i += m[0].length - 1;
      q = { min, max };
    }
    if (!q) return null;
    i++;
    if (chars[i] === '?') i++; // lazy: the same text matches
    return { ...q, at };
  };

  /** `atom` repeated min..max times (max may be Infinity). */
  const repeat = (atom: PhraseNode, min: number, max: number, at: number, atomSize: number): PhraseNode[] => {
    if (max === 0) return [];
    if (atom.kind === 'gap' && max !== Infinity) {
      // `.{m,n}`: one gap.
      grow(max - 1, at);
      return [{ kind: 'gap', min, max }];
    }
    const out: PhraseNode[] = [];
    const copies = max === Infinity ? Math.max(min, 1) : max;
    grow(atomSize * (copies - 1), at);
    for (let k = 0; k < min; k++) out.push(atom);
    if (max === Infinity) {
      if (min === 0) out.push({ kind: 'group', alts: [[{ kind: 'loop', body: [atom] }]], optional: true });
      else out[out.length - 1] = { kind: 'loop', body: [atom] };
    } else for (let k = min; k < max; k++) out.push({ kind: 'group', alts: [[atom]], optional: true });
    return out;
  };

  const alternatives = (depth: number): PhraseNode[][] => {
    const alts: PhraseNode[][] = [[]];
    for (;;) {
      const c = chars[i];
      if (c === undefined) return alts;
      if (c === ')') {
        if (depth === 0) fail('unopened_group');
        return alts;
      }
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const seq = alts[alts.length - 1]!;
      const at = i;
      const before = size;
      let atom: PhraseNode;
      if (c === '(') {
        i++;
        if (chars[i] === '?') {
          const look = chars.slice(i, i + 3).join('');
          if (look.startsWith('?:')) i += 2;
          else if (look.startsWith('?<') && look !== '?<=' && look !== '?<!') {
            const close = chars.indexOf('>', i);
            if (close < 0) fail('unclosed_group', at);
            i = close + 1;
          } else fail('unsupported', at, `(${look.startsWith('?<') ? look : look.slice(0, 2)}`);
        }
        const inner = alternatives(depth + 1);
        if (chars[i] !== ')') fail('unclosed_group', at);
        i++;
        atom = { kind: 'group', alts: inner, optional: false };
      } else if (c === '[') {
        i++;
        atom = charClass();
      } else if (c === '.') {
        i++;
        grow(1, at);
        atom = { kind: 'gap', min: 1, max: 1 };
      } else if (c === '\\') {
        i++;
        const e = escape(false);
        grow(1, at);
        atom = [...e.chars].length > 1 || e.negated ? { kind: 'class', chars: e.chars, ...(e.negated ? { negated: true } : {}) } : { kind: 'lit', text: e.chars };
      } else if (c === '^' || c === '$') {
        fail('unsupported', at, c);
      } else if (c === '?' || c === '*' || c === '+' || c === '{') {
        fail('nothing_to_repeat', at);
      } else if (c === ']' || c === '}') {
        // Stray closers stand for themselves in RegExp without the u flag; say what is wrong instead.
        fail(c === ']' ? 'unclosed_class' : 'bad_repeat', at);
      } else {
        i++;
        grow(1, at);
        atom = { kind: 'lit', text: c };
      }
      const q = quantifier();
      if (q) seq.push(...repeat(atom!, q.min, q.max, q.at, size - before));
      else seq.push(atom!);
      if (chars[i] === '?' || chars[i] === '*' || chars[i] === '+') fail('nothing_to_repeat', i);
    }
  };

  const alts = alternatives(0);
  if (i < chars.length) fail('unopened_group');
  return alts.length === 1 ? alts[0]! : [{ kind: 'group', alts, optional: false }];
}
