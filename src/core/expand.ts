// Parsing and expansion of the phrase syntax used by packs: `(a|b|c)` alternatives, `(...)?` optional
// groups, nestable, `x?` for one optional character, `[abc]` / `[0-9]` for one character of a set
// (`[0-9]{1,3}` repeats it), and `.{m,n}` for a gap of m to n characters of any kind (at most 12,
// never at either end). One phrase line thus describes a family of wordings.

export class ExpandError extends Error {}

/** What is wrong in a phrase or a custom pattern, for a message in the user's language. */
export type SyntaxErrorCode =
  | 'unclosed_group'
  | 'unopened_group'
  | 'bar_outside_group'
  | 'nothing_to_repeat'
  | 'unclosed_class'
  | 'empty_class'
  | 'bad_range'
  | 'bad_repeat'
  | 'bad_gap'
  | 'bad_escape'
  | 'unsupported'
  | 'too_complex';

/** A syntax error and where it is: `at` counts characters (code points) from 0. */
export class PhraseSyntaxError extends ExpandError {
  constructor(
    readonly code: SyntaxErrorCode,
    readonly at: number,
    source: string,
    /** The construct at fault, where naming it helps (\1, (?=, ^). */
    readonly what?: string,
  ) {
    super(`${code} at character ${at + 1} of "${source}"`);
  }
}

export type PhraseNode =
  | { kind: 'lit'; text: string }
  /** `[abc]`, `[0-9]`: one character of a set; negated (`[^abc]`, custom patterns only): any other. */
  | { kind: 'class'; chars: string; negated?: boolean }
  | { kind: 'group'; alts: PhraseNode[][]; optional: boolean }
  | { kind: 'gap'; min: number; max: number }
  /** One or more repetitions of `body` (`+`, `*` in custom patterns). */
  | { kind: 'loop'; body: PhraseNode[] };

/** Longest gap `.{m,n}` a phrase may hold: gaps keep automaton states alive, so they stay short. */
export const MAX_GAP = 12;

export function parsePhrase(src: string): PhraseNode[] {
  let i = 0;
  const fail: (code: SyntaxErrorCode, at: number) => never = (code, at) => {
    throw new PhraseSyntaxError(code, Array.from(src.slice(0, at)).length, src);
  };
  const seq = (inGroup: boolean): PhraseNode[][] => {
    const alts: PhraseNode[][] = [[]];
    while (i < src.length) {
      const c = src[i]!;
      if (c === '(') {
        const open = i;
        i++;
        const inner = seq(true);
        if (src[i] !== ')') fail('unclosed_group', open);
        i++;
        let optional = false;
        if (src[i] === '?') {
          optional = true;
          i++;
        }
        alts[alts.length - 1]!.push({ kind: 'group', alts: inner, optional });
      } else if (c === ')') {
        if (!inGroup) fail('unopened_group', i);
        return alts;
      } else if (c === '|') {
        if (!inGroup) fail('bar_outside_group', i);
        i++;
        alts.push([]);
      } else if (c === '?') {
        // `x?` makes the single character before it optional, as in RegExp.
        const seqNow = alts[alts.length - 1]!;
        const last = seqNow[seqNow.length - 1];
        if (last?.kind === 'class') {
          // `[abc]?`: an optional character of the set.
          seqNow[seqNow.length - 1] = { kind: 'group', alts: [[last]], optional: true };
          i++;
          continue;
        }
        if (!last || last.kind !== 'lit' || !last.text) fail('nothing_to_repeat', i);
        i++;
        const chars = [...last.text];
        const ch = chars.pop()!;
        seqNow.pop();
        if (chars.length) seqNow.push({ kind: 'lit', text: chars.join('') });
        seqNow.push({ kind: 'group', alts: [[{ kind: 'lit', text: ch }]], optional: true });
      } else if (c === '[') {
        const close = src.indexOf(']', i + 1);
        if (close < 0) fail('unclosed_class', i);
        const body = [...src.slice(i + 1, close)];
        let chars = '';
        for (let k = 0; k < body.length; k++) {
          if (body[k + 1] === '-' && body[k + 2] !== undefined) {
            const a = body[k]!.codePointAt(0)!;
            const b = body[k + 2]!.codePointAt(0)!;
            if (b < a || b - a > 200) fail('bad_range', i + 1 + body.slice(0, k).join('').length);
            for (let x = a; x <= b; x++) chars += String.fromCodePoint(x);
            k += 2;
          } else chars += body[k];
        }
        if (!chars) fail('empty_class', i);
        i = close + 1;
        const rep = /^\{(\d+),(\d+)\}/.exec(src.slice(i));
        const seqNow = alts[alts.length - 1]!;
        if (rep) {
          const min = Number(rep[1]);
          const max = Number(rep[2]);
          if (min > max || max > MAX_GAP || max === 0) fail('bad_repeat', close + 1);
          for (let k = 0; k < max; k++) {
            const node: PhraseNode = { kind: 'class', chars };
            seqNow.push(k < min ? node : { kind: 'group', alts: [[node]], optional: true });
          }
          i += rep[0].length;
        } else seqNow.push({ kind: 'class', chars });
      } else if (c === '.') {
        const m = /^\.\{(\d+),(\d+)\}/.exec(src.slice(i));
        if (!m) fail('bad_gap', i);
        const min = Number(m[1]);
        const max = Number(m[2]);
        if (min > max || max > MAX_GAP || max === 0) fail('bad_repeat', i);
        alts[alts.length - 1]!.push({ kind: 'gap', min, max });
        i += m[0].length;
      } else {
        let j = i;
        while (j < src.length && !'()|?.['.includes(src[j]!)) j++;
        alts[alts.length - 1]!.push({ kind: 'lit', text: src.slice(i, j) });
        i = j;
      }
    }
    if (inGroup) fail('unclosed_group', src.lastIndexOf('('));
    return alts;
  };
  const top = seq(false);
  return top[0]!;
}

function expandSeq(nodes: PhraseNode[], limit: number): string[] {
  let acc = [''];
  for (const node of nodes) {
    let options: string[];
    if (node.kind === 'gap' || node.kind === 'loop' || (node.kind === 'class' && node.negated)) {
      throw new ExpandError('a phrase with a gap or a repetition stands for unboundedly many wordings and cannot be listed');
    }
    if (node.kind === 'lit') options = [node.text];
    else if (node.kind === 'class') options = [...node.chars];
    else {
      options = [];
      for (const alt of node.alts) options.push(...expandSeq(alt, limit));
      if (node.optional) options.push('');
    }
    const next: string[] = [];
    for (const a of acc) for (const o of options) next.push(a + o);
    if (next.length > limit) throw new ExpandError(`expands to more than ${limit} literals`);
    acc = next;
  }
  return acc;
}

/** All literals a phrase stands for, de-duplicated, empty ones dropped. */
export function expandPhrase(phrase: string, limit = 5000): string[] {
  return [...new Set(expandSeq(parsePhrase(phrase), limit))].filter((s) => s.length > 0);
}
