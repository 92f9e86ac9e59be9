// Custom templates as JSON: the documented file format, the validator for imports (a bad file
// is rejected whole, naming the entry and the field) and the export.
//
// ## File format (version 1)
//
// ```json
// {
//   "format": "collectguard-templates",
//   "version": 1,
//   "templates": [
//     {
//       "id": "my-first-overdue",
//       "name": "首次逾期（本司版）",
//       "scenario": "first_overdue",
//       "tone": "standard",
//       "audience": "debtor",
//       "segments": 2,
//       "body": "【{platform}】{salutation}您好，您在{platform}的借款已逾期{overdueDays}天，应还{total}。请通过{channel}还款，客服电话{hotline}[（工号{agentId}）]。"
//     }
//   ]
// }
// ```
//
// Fields of an entry:
//   id        optional; 1–64 of a-z 0-9 _ - (starting with a letter or digit), unique in the file,
//             not the id of a built-in template. Missing: one is generated. An imported entry
//             whose id equals a saved custom template's id replaces it; others are added.
//   name      required; 1–40 characters.
//   scenario  optional, default "custom": pre_due | first_overdue | repeat_overdue |
//             contact_notice | instalment | reduction | holiday | promise_followup | repaid | custom
//   tone      optional, default "standard": gentle | standard | firm
//   audience  optional, default "debtor": debtor | third_party
//   segments  optional: the SMS segments the message fits in (1–7) when rendered with typical
//             values; computed when missing, rejected when the message does not fit.
//   body      required; at most 500 characters. `{key}` is a variable, `[ … ]` an optional part
//             written only when its variables have values. Variable keys: salutation, platform,
//             principal, interest, total, overdueDays, dueDate, channel, hotline, agentId,
//             contactName, periods, instalment, reduction, payable, holiday. Amounts render as
//             "5000.00元", dates as "12月10日".
// Any other field, a wrong type, a syntax error in a body, or a body that the compliance check
// finds an error in (rendered with typical values, for its audience) rejects the whole file.

import { smsSegments } from '../core/structure';
import type { Audience } from '../core/types';
import { isBuiltinTemplateId, SCENARIOS, TONES } from './scenarios';
import { exampleValues, parseBody, render, type SyntaxError } from './render';
import type { ScenarioId, Template, Tone } from './types';

export const FILE_FORMAT = 'collectguard-templates';
export const FILE_VERSION = 1;
export const MAX_TEMPLATES = 500;
export const MAX_BODY = 500;
export const MAX_NAME = 40;
export const MAX_SEGMENTS = 7;
export const MAX_FILE_BYTES = 1_000_000;

const FIELDS = ['id', 'name', 'scenario', 'tone', 'audience', 'segments', 'body'] as const;
type Field = (typeof FIELDS)[number];

export type ImportErrorCode =
  | 'too_big'
  | 'json'
  | 'not_object'
  | 'format'
  | 'version'
  | 'templates'
  | 'too_many'
  | 'entry'
  | 'unknown_field'
  | 'required'
  | 'type'
  | 'id'
  | 'duplicate_id'
  | 'builtin_id'
  | 'length'
  | 'enum'
  | 'segments'
  | 'syntax'
  | 'lint';

export interface ImportError {
  code: ImportErrorCode;
  /** 1-based entry number in `templates`; absent for errors about the file as a whole. */
  entry?: number;
  /** The entry's id or name when it has one, to find it in the file. */
  entryId?: string;
  /** The field at fault (top-level field name for file errors). */
  field?: string;
  /** Specifics: the unknown variable, the finding's message, the allowed values, the JSON parse error. */
  detail?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ImportError };

const ID_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const SCENARIO_IDS = new Set<string>(SCENARIOS.map((s) => s.id));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A fresh id for a custom template. */
export function newTemplateId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const id = `custom-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
    if (!taken.has(id) && !isBuiltinTemplateId(id)) return id;
  }
}

/** Describes a body syntax error for `detail`. */
export function syntaxDetail(body: string, e: SyntaxError): string {
  return e.name ? `{${e.name}}` : `${e.code}@${e.at}: ${body.slice(Math.max(0, e.at - 4), e.at + 6)}`;
}

/**
 * The rules every custom template obeys, whether typed in the editor or imported: field types,
 * lengths, known scenario/tone/audience, body syntax, and a declared segment count that the
 * message (rendered with typical values) fits in. The compliance check is separate (check.ts).
 */
export function validateEntry(
  raw: unknown,
  at?: { entry: number },
  ids: { seen?: Set<string>; reserved?: ReadonlySet<string> } = {},
): Parsed<Template> {
  const taken = ids.seen;
  const where = at ? { entry: at.entry } : {};
  if (!isObject(raw)) return { ok: false, error: { code: 'entry', ...where } };
  const entryId = typeof raw.id === 'string' ? raw.id : typeof raw.name === 'string' ? raw.name : undefined;
  const fail = (code: ImportErrorCode, field: Field | string, detail?: string): Parsed<Template> => ({
    ok: false,
    error: { code, ...where, ...(entryId !== undefined ? { entryId } : {}), field, ...(detail !== undefined ? { detail } : {}) },
  });
  for (const k of Object.keys(raw)) if (!(FIELDS as readonly string[]).includes(k)) return fail('unknown_field', k);

  let id: string;
  if (raw.id === undefined) id = newTemplateId(new Set([...(taken ?? []), ...(ids.reserved ?? [])]));
  else if (typeof raw.id !== 'string') return fail('type', 'id', 'string');
  else if (isBuiltinTemplateId(raw.id)) return fail('builtin_id', 'id');
  else if (!ID_RE.test(raw.id)) return fail('id', 'id');
  else if (taken?.has(raw.id)) return fail('duplicate_id', 'id');
  else id = raw.id;

  if (raw.name === undefined) return fail('required', 'name');
  if (typeof raw.name !== 'string') return fail('type', 'name', 'string');
  const name = raw.name.trim();
  if (!name || [...name].length > MAX_NAME) return fail('length', 'name', `1–${MAX_NAME}`);

  let scenario: ScenarioId = 'custom';
  if (raw.scenario !== undefined) {
    if (typeof raw.scenario !== 'string' || !SCENARIO_IDS.has(raw.scenario)) return fail('enum', 'scenario', [...SCENARIO_IDS].join(' | '));
    scenario = raw.scenario as ScenarioId;
  }
  let tone: Tone = 'standard';
  if (raw.tone !== undefined) {
    if (typeof raw.tone !== 'string' || !(TONES as readonly string[]).includes(raw.tone)) return fail('enum', 'tone', TONES.join(' | '));
    tone = raw.tone as Tone;
  }
  let audience: Audience = 'debtor';
  if (raw.audience !== undefined) {
    if (raw.audience !== 'debtor' && raw.audience !== 'third_party') return fail('enum', 'audience', 'debtor | third_party');
    audience = raw.audience;
  }

  if (raw.body === undefined) return fail('required', 'body');
  if (typeof raw.body !== 'string') return fail('type', 'body', 'string');
  const body = raw.body.replace(/\r\n?/g, '\n').trim();
  if (!body || [...body].length > MAX_BODY) return fail('length', 'body', `1–${MAX_BODY}`);
  const syntax = parseBody(body).errors;
  if (syntax.length) {
    const e = syntax[0]!;
    return fail('syntax', 'body', syntaxDetail(body, e));
  }

  const needed = smsSegments(render({ body }, exampleValues()).text);
  let segments = needed;
  if (raw.segments !== undefined) {
    if (typeof raw.segments !== 'number' || !Number.isInteger(raw.segments) || raw.segments < 1 || raw.segments > MAX_SEGMENTS) {
      return fail('type', 'segments', `1–${MAX_SEGMENTS}`);
    }
    if (raw.segments < needed) return fail('segments', 'segments', String(needed));
    segments = raw.segments;
  }
  if (segments > MAX_SEGMENTS) return fail('segments', 'body', String(needed));

  taken?.add(id);
  return { ok: true, value: { id, name, scenario, tone, audience, segments, body } };
}

/**
 * Parses and validates a whole file. The first problem rejects it: nothing of a bad file is
 * kept. The compliance check of each body comes after (check.ts `checkTemplates`).
 */
export function parseTemplateFile(text: string): Parsed<Template[]> {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: { code: 'too_big' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: { code: 'json', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (!isObject(data)) return { ok: false, error: { code: 'not_object' } };
  for (const k of Object.keys(data)) {
    if (k !== 'format' && k !== 'version' && k !== 'templates') return { ok: false, error: { code: 'unknown_field', field: k } };
  }
  if (data.format !== FILE_FORMAT) return { ok: false, error: { code: 'format', field: 'format', detail: FILE_FORMAT } };
  if (data.version !== FILE_VERSION) return { ok: false, error: { code: 'version', field: 'version', detail: String(FILE_VERSION) } };
  if (!Array.isArray(data.templates)) return { ok: false, error: { code: 'templates', field: 'templates' } };
  if (data.templates.length > MAX_TEMPLATES) return { ok: false, error: { code: 'too_many', field: 'templates', detail: String(MAX_TEMPLATES) } };
  // Ids the file asks for: a generated id never takes one of them.
  const reserved = new Set<string>();
  for (const e of data.templates) if (isObject(e) && typeof e.id === 'string') reserved.add(e.id);
  const seen = new Set<string>();
  const out: Template[] = [];
  for (let i = 0; i < data.templates.length; i++) {
    const r = validateEntry(data.templates[i], { entry: i + 1 }, { seen, reserved });
    if (!r.ok) return r;
    out.push(r.value);
  }
  return { ok: true, value: out };
}

/** The JSON file for a list of custom templates (only the documented fields). */
export function exportTemplates(templates: readonly Template[]): string {
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    templates: templates.map((t) => ({
      id: t.id,
      name: t.name ?? t.id,
      scenario: t.scenario,
      tone: t.tone,
      audience: t.audience,
      segments: t.segments,
      body: t.body,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Saved custom templates updated with imported ones: same id replaces, new ids are added. */
export function mergeImported(saved: readonly Template[], imported: readonly Template[]): Template[] {
  const byId = new Map(imported.map((t) => [t.id, t]));
  const out = saved.map((t) => byId.get(t.id) ?? t);
  const have = new Set(saved.map((t) => t.id));
  for (const t of imported) if (!have.has(t.id)) out.push(t);
  return out;
}
