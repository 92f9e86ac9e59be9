// Template bodies: parsing the `{variable}` / `[optional part]` syntax, finding which variables a
// template needs, checking values, and rendering the final SMS.

import type { LocalText } from '../core/types';
import type { Template, Values, VarKey, VarSpec } from './types';
import { VARIABLES, checkValue, crossChecks, formatValue, isVarKey, type VarIssue } from './variables';

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'var'; key: VarKey; optional: boolean }
  | { kind: 'open' }
  | { kind: 'close' };

export interface SyntaxError {
  code: 'unknown_var' | 'unclosed_var' | 'empty_var' | 'nested_optional' | 'unopened_optional' | 'unclosed_optional' | 'stray_brace' | 'optional_without_var';
  /** Offset in the body. */
  at: number;
  /** The offending variable name, for unknown_var. */
  name?: string;
}

export interface ParsedBody {
  tokens: Token[];
  errors: SyntaxError[];
}

const parsed = new Map<string, ParsedBody>();

/** Tokens of a body; syntax errors are collected, not thrown (custom templates show them). */
export function parseBody(body: string): ParsedBody {
  const hit = parsed.get(body);
  if (hit) return hit;
  const tokens: Token[] = [];
  const errors: SyntaxError[] = [];
  let text = '';
  let inOptional = -1;
  let varsInOptional = 0;
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '{') {
      const end = body.indexOf('}', i + 1);
      const next = body.indexOf('{', i + 1);
      if (end < 0 || (next >= 0 && next < end)) {
        errors.push({ code: 'unclosed_var', at: i });
        text += c;
        continue;
      }
      const name = body.slice(i + 1, end).trim();
      flush();
      if (!name) errors.push({ code: 'empty_var', at: i });
      else if (!isVarKey(name)) errors.push({ code: 'unknown_var', at: i, name });
      else {
        tokens.push({ kind: 'var', key: name, optional: inOptional >= 0 });
        if (inOptional >= 0) varsInOptional++;
      }
      i = end;
    } else if (c === '}') {
      errors.push({ code: 'stray_brace', at: i });
      text += c;
    } else if (c === '[') {
      if (inOptional >= 0) {
        errors.push({ code: 'nested_optional', at: i });
        continue;
      }
      flush();
      tokens.push({ kind: 'open' });
      inOptional = i;
      varsInOptional = 0;
    } else if (c === ']') {
      if (inOptional < 0) {
        errors.push({ code: 'unopened_optional', at: i });
        continue;
      }
      flush();
      tokens.push({ kind: 'close' });
      if (varsInOptional === 0) errors.push({ code: 'optional_without_var', at: inOptional });
      inOptional = -1;
    } else {
      text += c;
    }
  }
  flush();
  if (inOptional >= 0) errors.push({ code: 'unclosed_optional', at: inOptional });
  const result = { tokens, errors };
  if (parsed.size > 500) parsed.clear();
  parsed.set(body, result);
  return result;
}

export interface TemplateVar {
  spec: VarSpec;
  /** The label for this template (a per-template override or the variable's own). */
  label: LocalText;
  required: boolean;
}

/** The variables a template uses, in order of first appearance; required unless only inside [ ]. */
export function templateVars(t: Pick<Template, 'body' | 'labels'>): TemplateVar[] {
  const seen = new Map<VarKey, TemplateVar>();
  for (const tok of parseBody(t.body).tokens) {
    if (tok.kind !== 'var') continue;
    const prev = seen.get(tok.key);
    if (prev) {
      if (!tok.optional) prev.required = true;
      continue;
    }
    const spec = VARIABLES[tok.key];
    seen.set(tok.key, { spec, label: t.labels?.[tok.key] ?? spec.label, required: !tok.optional });
  }
  return [...seen.values()];
}

const filled = (values: Values, k: VarKey) => (values[k] ?? '').trim() !== '';

/** Every problem with the values: missing required ones, bad formats, totals that don't add up. */
export function checkValues(t: Pick<Template, 'body' | 'labels'>, values: Values): VarIssue[] {
  const vars = templateVars(t);
  const out: VarIssue[] = [];
  for (const v of vars) {
    const k = v.spec.key;
    if (!filled(values, k)) {
      if (v.required) out.push({ key: k, code: 'required', severity: 'error' });
      continue;
    }
    const issue = checkValue(v.spec, values[k]!);
    if (issue) out.push(issue);
  }
  return [...out, ...crossChecks(values, new Set(vars.map((v) => v.spec.key)))];
}

/** A piece of the rendered text, for a preview that marks what came from variables. */
export interface RenderPart {
  text: string;
  /** The variable it came from; `missing` when the value was absent or invalid (text is then the placeholder). */
  key?: VarKey;
  missing?: boolean;
}

export interface Rendered {
  text: string;
  parts: RenderPart[];
  issues: VarIssue[];
  /** No error-severity issue: the text may be inserted. */
  ok: boolean;
}

/**
 * Renders a template with the values as inputs hold them. Missing or invalid variables become
 * `placeholder(label)` (〔本金〕 by default) so a preview can show where they go; `ok` tells
 * whether the result may be inserted.
 */
export function render(
  t: Pick<Template, 'body' | 'labels'>,
  values: Values,
  opts: { lang?: 'zh' | 'en'; placeholder?: (label: string, key: VarKey) => string } = {},
): Rendered {
  const issues = checkValues(t, values);
  const bad = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.key));
  const vars = new Map(templateVars(t).map((v) => [v.spec.key, v]));
  const ph = opts.placeholder ?? ((label: string) => `〔${label}〕`);
  const lang = opts.lang ?? 'zh';
  const parts: RenderPart[] = [];
  const tokens = parseBody(t.body).tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'open') {
      // An optional part: written when each variable inside has a (valid) value.
      let j = i + 1;
      let complete = true;
      for (; j < tokens.length && tokens[j]!.kind !== 'close'; j++) {
        const inner = tokens[j]!;
        if (inner.kind === 'var' && (!filled(values, inner.key) || bad.has(inner.key))) complete = false;
      }
      if (!complete) i = j;
      continue;
    }
    if (tok.kind === 'close') continue;
    if (tok.kind === 'text') {
      parts.push({ text: tok.text });
      continue;
    }
    const v = vars.get(tok.key)!;
    if (!filled(values, tok.key) || bad.has(tok.key)) {
      parts.push({ text: ph(v.label[lang], tok.key), key: tok.key, missing: true });
    } else {
      parts.push({ text: formatValue(v.spec, values[tok.key]!), key: tok.key });
    }
  }
  // Merge adjacent literal parts so offsets stay simple for the preview.
  const merged: RenderPart[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && !last.key && !p.key) last.text += p.text;
    else merged.push({ ...p });
  }
  return {
    text: merged.map((p) => p.text).join(''),
    parts: merged,
    issues,
    ok: !issues.some((i) => i.severity === 'error'),
  };
}

/** Example values for every variable (realistic; used by tests, samples and the editor's lint on save). */
export function exampleValues(): Values {
  const out: Values = {};
  for (const spec of Object.values(VARIABLES)) out[spec.key] = spec.example;
  return out;
}
