// Validation of user- or organisation-supplied custom phrases. Never throws: every problem comes
// back as an error naming the entry, the field and what is wrong, in both UI languages, and for a
// syntax error the character at fault. Custom patterns compile into the phrase automaton
// (regex.ts), so no pattern can make matching slow: there is no "unsafe regex" left to refuse.

import { PhraseSyntaxError, parsePhrase, type PhraseNode, type SyntaxErrorCode } from './expand';
import { PhraseMatcher } from './matcher';
import { foldPhrase } from './normalize';
import { parsePattern } from './regex';
import { CATEGORIES, SEVERITIES, type Category, type CustomPhrase, type LocalText, type Severity } from './types';

export interface RuleError {
  /** Index of the entry in the input array; -1 when the input as a whole is wrong. */
  index: number;
  field: string;
  code: 'not_array' | 'not_object' | 'empty_phrase' | 'bad_phrase' | 'unknown_category' | 'unknown_severity' | 'bad_regex' | 'too_long' | 'bad_text';
  message: LocalText;
  /** For a syntax error: the character at fault (0-based, in characters). */
  at?: number;
}

export interface ValidationResult {
  ok: boolean;
  errors: RuleError[];
  /** The valid entries, normalised (only when ok is true is this the whole input). */
  rules: CustomPhrase[];
}

/** Longest phrase or pattern, and longest message or suggestion, in characters. */
export const MAX_PHRASE = 200;
export const MAX_PHRASE_TEXT = 200;

const SYNTAX: Record<SyntaxErrorCode, LocalText> = {
  unclosed_group: { zh: '这个「(」没有对应的「)」', en: 'this "(" has no matching ")"' },
  unopened_group: { zh: '这个「)」前面没有对应的「(」', en: 'this ")" has no matching "("' },
  bar_outside_group: { zh: '「|」只能写在括号里，如 (甲|乙)', en: '"|" only works inside a group, as in (a|b)' },
  nothing_to_repeat: { zh: '这个量词前面没有可以重复的字', en: 'this quantifier has nothing before it to repeat' },
  unclosed_class: { zh: '这个「[」没有对应的「]」', en: 'this "[" has no matching "]"' },
  empty_class: { zh: '方括号里没有字', en: 'the brackets hold no character' },
  bad_range: { zh: '范围写反了或太大', en: 'the range is reversed or too wide' },
  bad_repeat: { zh: '重复次数写法有误（如 {1,3}，最多 100 次；词语里的间隔 .{m,n} 最多 12）', en: 'malformed repeat count (like {1,3}, at most 100; a gap .{m,n} in a phrase at most 12)' },
  bad_gap: { zh: '「.」要写成间隔，如 .{0,4}', en: '"." must start a gap, like .{0,4}' },
  bad_escape: { zh: '这个「\\」转义无效', en: 'this "\\" escape means nothing' },
  unsupported: { zh: '不支持这种写法（反向引用、前后断言、^、$、\\b）', en: 'not supported (backreferences, lookaround, ^, $, \\b)' },
  too_complex: { zh: '写法太复杂（重复次数展开后过长），请简化', en: 'too complex once its repeats are written out; simplify it' },
};

const REFUSAL: Record<NonNullable<PhraseMatcher['refusal']>, LocalText> = {
  empty: { zh: '会匹配空文本', en: 'matches empty text' },
  gap_end: { zh: '不能以间隔（. 或 .{m,n}）开头或结尾', en: 'cannot start or end with a gap (. or .{m,n})' },
  dead: { zh: '无法匹配任何文字', en: 'can never match any text' },
};

/** "第3个字符「(」处，…" / "at character 3 ("("): …" for a syntax error in `src`. */
function syntaxMessage(src: string, e: PhraseSyntaxError): LocalText {
  const chars = Array.from(src);
  const ch = e.what ?? chars[e.at] ?? '';
  const what = SYNTAX[e.code];
  const where = e.at >= chars.length ? { zh: '结尾处', en: 'at the end' } : { zh: `第${e.at + 1}个字符「${ch}」处`, en: `at character ${e.at + 1} ("${ch}")` };
  return { zh: `${where.zh}，${what.zh}`, en: `${where.en}: ${what.en}` };
}

function hasLetters(nodes: PhraseNode[]): boolean {
  return nodes.some((n) =>
    n.kind === 'lit'
      ? foldPhrase(n.text) !== ''
      : n.kind === 'class'
        ? n.negated === true || foldPhrase(n.chars) !== ''
        : n.kind === 'group'
          ? n.alts.some(hasLetters)
          : n.kind === 'loop'
            ? hasLetters(n.body)
            : false,
  );
}

/** Why a parsed phrase or pattern cannot be matched, or null (checked by the automaton itself). */
function refusal(tree: PhraseNode[]): LocalText | null {
  const m = new PhraseMatcher((ch) => [ch.charCodeAt(0)]);
  return m.add(tree) < 0 ? REFUSAL[m.refusal ?? 'dead'] : null;
}

const err = (index: number, field: string, code: RuleError['code'], zh: string, en: string, at?: number): RuleError => ({
  index,
  field,
  code,
  message: { zh: `第${index + 1}条 ${field}：${zh}`, en: `Entry ${index + 1}, ${field}: ${en}` },
  ...(at !== undefined ? { at } : {}),
});

/** The problem with one phrase or pattern (already trimmed, not empty), or null. */
function phraseError(index: number, phrase: string, regex: boolean): RuleError | null {
  const code = regex ? 'bad_regex' : 'bad_phrase';
  let tree: PhraseNode[];
  try {
    tree = regex ? parsePattern(phrase) : parsePhrase(phrase);
  } catch (x) {
    if (!(x instanceof PhraseSyntaxError)) throw x;
    const m = syntaxMessage(phrase, x);
    return err(index, 'phrase', code, `${regex ? '正则表达式' : '词语'}写法有误：${m.zh}`, `the ${regex ? 'regular expression' : 'phrase'} is malformed ${m.en}`, x.at);
  }
  if (!hasLetters(tree)) return err(index, 'phrase', 'empty_phrase', '词语中没有文字（只有空格或标点）', 'the phrase has no letters, only spaces or punctuation');
  const why = refusal(tree);
  if (why) return err(index, 'phrase', code, `${regex ? '正则表达式' : '词语'}${why.zh}`, `the ${regex ? 'regular expression' : 'phrase'} ${why.en}`);
  return null;
}

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
      else {
        const problem = phraseError(index, phrase, regex);
        if (problem) errors.push(problem);
      }
      if (!CATEGORIES.includes(e.category as Category)) {
        errors.push(err(index, 'category', 'unknown_category', `未知类别「${String(e.category).slice(0, 40)}」`, `unknown category "${String(e.category).slice(0, 40)}"`));
      }
      const severity = e.severity === undefined ? 'error' : e.severity;
      if (!SEVERITIES.includes(severity as Severity)) {
        errors.push(err(index, 'severity', 'unknown_severity', `未知级别「${String(e.severity).slice(0, 40)}」`, `unknown severity "${String(e.severity).slice(0, 40)}"`));
      }
      for (const field of ['message', 'suggestion'] as const) {
        const v = e[field];
        if (v !== undefined && typeof v !== 'string') errors.push(err(index, field, 'bad_text', '应为文字', 'must be text'));
        else if (typeof v === 'string' && v.length > MAX_PHRASE_TEXT) {
          errors.push(err(index, field, 'too_long', `不能超过${MAX_PHRASE_TEXT}个字符`, `longer than ${MAX_PHRASE_TEXT} characters`));
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
