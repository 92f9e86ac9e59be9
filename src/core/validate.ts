// Validation of user- or organisation-supplied custom phrases. Never throws: every problem comes
// back as an error naming the entry, the field and what is wrong.

import { ExpandError, parsePhrase, type PhraseNode } from './expand';
import { foldPhrase } from './normalize';
import { CATEGORIES, SEVERITIES, type Category, type CustomPhrase, type LocalText, type Severity } from './types';

export interface RuleError {
  /** Index of the entry in the input array; -1 when the input as a whole is wrong. */
  index: number;
  field: string;
  code: 'not_array' | 'not_object' | 'empty_phrase' | 'bad_phrase' | 'unknown_category' | 'unknown_severity' | 'bad_regex' | 'unsafe_regex' | 'too_long' | 'bad_text';
  message: LocalText;
}

export interface ValidationResult {
  ok: boolean;
  errors: RuleError[];
  /** The valid entries, normalised (only when ok is true is this the whole input). */
  rules: CustomPhrase[];
}

const MAX_PHRASE = 200;

function hasLetters(nodes: PhraseNode[]): boolean {
  return nodes.some((n) =>
    n.kind === 'lit' ? foldPhrase(n.text) !== '' : n.kind === 'class' ? foldPhrase(n.chars) !== '' : n.kind === 'group' ? n.alts.some(hasLetters) : false,
  );
}

/**
 * Refuses regexes that can backtrack catastrophically or polynomially: a quantified group that itself
 * contains a quantifier ((a+)+, (\w*x)*), a quantified alternation whose branches can start alike
 * ((a|ab)*), two or more unbounded repetitions (.*a.*x), and backreferences. Conservative by design: a refused safe regex can be rewritten, a hung page
 * cannot be undone.
 */
export function unsafeRegexReason(src: string): string | null {
  if (/\\[1-9]|\\k</.test(src)) return 'backreference';
  // Walk groups with a stack; for each group remember whether it holds a quantifier or '|'.
  const stack: { quant: boolean; alt: boolean; firsts: string[]; start: number }[] = [];
  let inClass = false;
  let lastAtomQuantifiable = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      i++;
      lastAtomQuantifiable = true;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        lastAtomQuantifiable = true;
      }
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ quant: false, alt: false, firsts: [], start: i });
      lastAtomQuantifiable = false;
      continue;
    }
    if (ch === '|') {
      const top = stack[stack.length - 1];
      if (top) top.alt = true;
      continue;
    }
    const isQuant = ch === '*' || ch === '+' || ch === '?' || ch === '{';
    if (ch === ')') {
      const g = stack.pop();
      if (!g) return null; // the RegExp constructor reports it
      let j = i + 1;
      const next = src[j];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(src.slice(j)));
      if (quantified) {
        if (g.quant) return 'nested quantifier';
        if (g.alt) {
          const body = src.slice(g.start + 1, i).replace(/^\?(:|=|!|<=|<!|<[^>]+>)/, '');
          const branches = body.split('|').map((b) => b.slice(0, 1));
          if (new Set(branches).size < branches.length || branches.some((b) => b === '.' || b === '\\' || b === '[' || b === '')) {
            return 'overlapping alternatives under a quantifier';
          }
        }
      }
      const parent = stack[stack.length - 1];
      if (parent && (g.quant || quantified)) parent.quant = true;
      lastAtomQuantifiable = true;
      continue;
    }
    if (isQuant && (ch === '*' || ch === '+' || ch === '{')) {
      const top = stack[stack.length - 1];
      if (top && lastAtomQuantifiable) top.quant = true;
    }
    lastAtomQuantifiable = !isQuant;
  }
  // Two unbounded repetitions (.*a.*x) backtrack polynomially: seconds on a long message.
  if (unboundedCount(src) >= 2) return 'several unbounded repetitions: bound them, e.g. {0,20}';
  return null;
}

/** How many `*`, `+` and `{n,}` repetitions a regex source has outside character classes. */
function unboundedCount(src: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '*' || ch === '+') n++;
    else if (ch === '{' && /^\{\d+,\}/.test(src.slice(i))) n++;
  }
  return n;
}

const err = (index: number, field: string, code: RuleError['code'], zh: string, en: string): RuleError => ({
  index,
  field,
  code,
  message: { zh: `第${index + 1}条 ${field}：${zh}`, en: `Entry ${index + 1}, ${field}: ${en}` },
});

export function validateCustomRules(input: unknown): ValidationResult {
  try {
    if (!Array.isArray(input)) {
      return {
        ok: false,
        rules: [],
        errors: [{ index: -1, field: '', code: 'not_array', message: { zh: '自定义词语必须是一个列表', en: 'Custom phrases must be a list' } }],
      };
    }
    const errors: RuleError[] = [];
    const rules: CustomPhrase[] = [];
    input.forEach((entry: unknown, index) => {
      const before = errors.length;
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        errors.push(err(index, '', 'not_object', '应为一个对象', 'must be an object'));
        return;
      }
      const e = entry as Record<string, unknown>;
      const phrase = typeof e.phrase === 'string' ? e.phrase.trim() : '';
      const regex = e.regex === true;
      if (!phrase) errors.push(err(index, 'phrase', 'empty_phrase', '词语不能为空', 'the phrase is empty'));
      else if (phrase.length > MAX_PHRASE) errors.push(err(index, 'phrase', 'too_long', `不能超过${MAX_PHRASE}个字符`, `longer than ${MAX_PHRASE} characters`));
      else if (regex) {
        try {
          new RegExp(phrase, 'u');
          const why = unsafeRegexReason(phrase);
          if (why) errors.push(err(index, 'phrase', 'unsafe_regex', `正则表达式可能导致严重回溯（${why}），请改写`, `the regular expression can backtrack catastrophically (${why})`));
          else if (new RegExp(phrase, 'u').test('')) errors.push(err(index, 'phrase', 'bad_regex', '正则表达式会匹配空文本', 'the regular expression matches empty text'));
        } catch (x) {
          errors.push(err(index, 'phrase', 'bad_regex', `正则表达式无效（${(x as Error).message}）`, `invalid regular expression (${(x as Error).message})`));
        }
      } else {
        try {
          const tree = parsePhrase(phrase);
          if (!hasLetters(tree)) errors.push(err(index, 'phrase', 'empty_phrase', '词语中没有文字（只有空格或标点）', 'the phrase has no letters, only spaces or punctuation'));
          else if (/^\.\{|\.\{\d+,\d+\}$/.test(phrase)) errors.push(err(index, 'phrase', 'bad_phrase', '间隔 .{m,n} 不能放在开头或结尾', 'a gap .{m,n} cannot start or end a phrase'));
        } catch (x) {
          const why = x instanceof ExpandError ? x.message : String(x);
          errors.push(err(index, 'phrase', 'bad_phrase', `词语写法有误（${why}）`, `the phrase is malformed (${why})`));
        }
      }
      if (!CATEGORIES.includes(e.category as Category)) {
        errors.push(err(index, 'category', 'unknown_category', `未知类别「${String(e.category)}」`, `unknown category "${String(e.category)}"`));
      }
      const severity = e.severity === undefined ? 'error' : e.severity;
      if (!SEVERITIES.includes(severity as Severity)) {
        errors.push(err(index, 'severity', 'unknown_severity', `未知级别「${String(e.severity)}」`, `unknown severity "${String(e.severity)}"`));
      }
      for (const field of ['message', 'suggestion'] as const) {
        if (e[field] !== undefined && typeof e[field] !== 'string') {
          errors.push(err(index, field, 'bad_text', '应为文字', 'must be text'));
        }
      }
      if (errors.length === before) {
        rules.push({
          phrase,
          ...(regex ? { regex: true } : {}),
          category: e.category as Category,
          severity: severity as Severity,
          ...(typeof e.message === 'string' && e.message ? { message: e.message } : {}),
          ...(typeof e.suggestion === 'string' && e.suggestion ? { suggestion: e.suggestion } : {}),
        });
      }
    });
    return { ok: errors.length === 0, errors, rules };
  } catch (x) {
    // Exotic inputs (proxies, getters that throw) still get an answer.
    return {
      ok: false,
      rules: [],
      errors: [{ index: -1, field: '', code: 'not_array', message: { zh: `无法读取输入：${String(x)}`, en: `Cannot read the input: ${String(x)}` } }],
    };
  }
}
