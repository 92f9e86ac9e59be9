// The organisation policy: the managed-storage schema Chrome loads (only the JSON-schema subset
// Chrome accepts), the example policy files validated against it, and the merge rules.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/types';
import { PACKS } from '../../../src/core/index';
import { SCENARIOS, TONES } from '../../../src/templates/builtin';
import { EMPTY_POLICY, isFieldFixed, mergePolicy, parsePolicy, toUserPatch, SettingsLockedError } from '../../../src/settings/policy';
import { SECTIONS, defaultSettings } from '../../../src/settings/schema';
import { templatesPort } from '../../../src/settings/templates-port';

const read = (rel: string) => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as Record<string, unknown>;
const schema = read('../../../public/managed_schema.json') as Schema;
const example = read('../../fixtures/policy/collectguard-policy.json');

// ---- a validator for the schema subset Chrome uses for storage.managed_schema ----------------

interface Schema {
  type?: string;
  $ref?: string;
  id?: string;
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: (string | number)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  required?: string[];
}

// Allowed attributes per type, as in Chromium's components/policy/core/common/schema.cc.
const ALLOWED: Record<string, string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
  $ref: ['$ref', 'description', 'title'],
};

function collectIds(s: Schema, ids: Map<string, Schema>): void {
  if (s.id) ids.set(s.id, s);
  for (const c of Object.values(s.properties ?? {})) collectIds(c, ids);
  for (const c of Object.values(s.patternProperties ?? {})) collectIds(c, ids);
  if (s.additionalProperties) collectIds(s.additionalProperties, ids);
  if (s.items) collectIds(s.items, ids);
}

/** Schema errors Chrome would refuse the extension for. */
function checkSchema(s: Schema, path: string, ids: Map<string, Schema>, errors: string[]): void {
  const kind = s.$ref !== undefined ? '$ref' : s.type;
  if (!kind || !ALLOWED[kind]) return void errors.push(`${path}: needs a known "type" or "$ref"`);
  for (const k of Object.keys(s)) if (!ALLOWED[kind]!.includes(k)) errors.push(`${path}: attribute "${k}" is not allowed for ${kind}`);
  if (kind === '$ref' && !ids.has(s.$ref!)) errors.push(`${path}: $ref "${s.$ref}" has no schema with that id`);
  if (kind === 'array' && !s.items) errors.push(`${path}: array without items`);
  for (const [k, c] of Object.entries(s.properties ?? {})) checkSchema(c, `${path}.${k}`, ids, errors);
  for (const [k, c] of Object.entries(s.patternProperties ?? {})) checkSchema(c, `${path}[/${k}/]`, ids, errors);
  if (s.additionalProperties) checkSchema(s.additionalProperties, `${path}.*`, ids, errors);
  if (s.items) checkSchema(s.items, `${path}[]`, ids, errors);
  for (const r of s.required ?? []) if (!s.properties?.[r]) errors.push(`${path}: required "${r}" is not a property`);
}

/** Value errors against the schema (what Chrome drops before the extension sees it). */
function validate(v: unknown, s: Schema, path: string, ids: Map<string, Schema>, errors: string[]): void {
  if (s.$ref) return validate(v, ids.get(s.$ref)!, path, ids, errors);
  const t = s.type;
  const ok =
    t === 'object' ? typeof v === 'object' && v !== null && !Array.isArray(v)
    : t === 'array' ? Array.isArray(v)
    : t === 'integer' ? Number.isInteger(v)
    : t === 'number' ? typeof v === 'number'
    : typeof v === t;
  if (!ok) return void errors.push(`${path}: expected ${t}`);
  if (s.enum && !s.enum.includes(v as string)) errors.push(`${path}: ${JSON.stringify(v)} not in ${JSON.stringify(s.enum)}`);
  if (s.pattern && !new RegExp(s.pattern).test(v as string)) errors.push(`${path}: ${JSON.stringify(v)} does not match ${s.pattern}`);
  if (t === 'array') (v as unknown[]).forEach((x, i) => validate(x, s.items!, `${path}[${i}]`, ids, errors));
  if (t === 'object') {
    const o = v as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in o)) errors.push(`${path}: missing required "${r}"`);
    for (const [k, x] of Object.entries(o)) {
      const sub = s.properties?.[k] ?? Object.entries(s.patternProperties ?? {}).find(([p]) => new RegExp(p).test(k))?.[1] ?? s.additionalProperties;
      if (!sub) errors.push(`${path}.${k}: unknown property`);
      else validate(x, sub, `${path}.${k}`, ids, errors);
    }
  }
}

function schemaErrors(v: unknown): string[] {
  const ids = new Map<string, Schema>();
  collectIds(schema, ids);
  const errors: string[] = [];
  validate(v, schema, '$', ids, errors);
  return errors;
}

describe('managed storage schema (public/managed_schema.json)', () => {
  it('uses only what Chrome accepts: top-level object without additionalProperties, known attributes, resolvable $refs', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const ids = new Map<string, Schema>();
    collectIds(schema, ids);
    const errors: string[] = [];
    checkSchema(schema, '$', ids, errors);
    expect(errors).toEqual([]);
  });

  it('declares every section, and a lock flag for each', () => {
    for (const s of ['rules', 'customPhrases', 'allowlist', 'templates', 'quietHours', 'sites', 'defaultAudience', 'signature', 'language', 'locked']) {
      expect(schema.properties, s).toHaveProperty(s);
    }
    expect(Object.keys(schema.properties!.locked!.properties!).sort()).toEqual([...SECTIONS].sort());
  });

  it('its enums match the code (categories, packs, scenarios, tones)', () => {
    expect(schema.properties!.rules!.properties!.disabledCategories!.items!.enum).toEqual([...CATEGORIES]);
    expect(schema.properties!.rules!.properties!.pack!.enum).toEqual(Object.keys(PACKS));
    const t = schema.properties!.templates!.items!.properties!;
    expect(t.scenario!.enum).toEqual(SCENARIOS.map((s) => s.id));
    expect(t.tone!.enum).toEqual([...TONES]);
  });

  it('the example policy is valid against the schema and is read without a problem', () => {
    expect(schemaErrors(example)).toEqual([]);
    const r = parsePolicy(example);
    expect(r.problems).toEqual([]);
    expect(templatesPort.validate(example.templates).errors).toEqual([]);
    // It exercises every section and every lock.
    expect(Object.keys(example).sort()).toEqual(Object.keys(schema.properties!).sort());
    expect(Object.keys(example.locked as object).sort()).toEqual([...SECTIONS].sort());
  });

  it('the site-scope example (checking only on the CRM) is valid and read without a problem', () => {
    const scope = read('../../fixtures/policy/site-scope-policy.json');
    expect(schemaErrors(scope)).toEqual([]);
    const r = parsePolicy(scope);
    expect(r.problems).toEqual([]);
    expect(r.policy.values).toMatchObject({ onlyListed: true, onlySites: ['crm.example.com', 'sms.example.cn'], sendGuard: 'block' });
  });

  it('the Chrome (Linux/macOS JSON) and Firefox (policies.json) files carry the same policy', () => {
    const chrome = read('../../fixtures/policy/chrome-managed-policy.json') as { '3rdparty': { extensions: Record<string, unknown> } };
    expect(Object.values(chrome['3rdparty'].extensions)).toEqual([example]);
    const firefox = read('../../fixtures/policy/firefox-policies.json') as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } };
    expect(firefox.policies['3rdparty'].Extensions).toEqual({ 'collectguard@collectguard.local': example });
  });

  it('the validator catches what Chrome would drop', () => {
    expect(schemaErrors({ quietHours: { error: { start: '25:00', end: '08:00' } } })).toHaveLength(1);
    expect(schemaErrors({ rules: { disabledCategories: ['nope'] } })).toHaveLength(1);
    expect(schemaErrors({ customPhrases: [{ phrase: 'x' }] })).toEqual(['$.customPhrases[0]: missing required "category"']);
    expect(schemaErrors({ locked: { sites: 'yes' } })).toHaveLength(1);
  });
});

describe('parsePolicy and the merge', () => {
  it('reads the example into settings values, times converted to minutes', () => {
    const { policy } = parsePolicy(example);
    expect(policy.values.quietHours).toEqual({ error: { start: 21 * 60 + 30, end: 8 * 60 + 30 }, warning: { start: 20 * 60 + 30, end: 21 * 60 + 30 } });
    expect(policy.values.disabledSites).toEqual(['intranet.example.com']);
    expect(policy.values.paused).toBe(false);
    expect(policy.values.severityOverrides).toEqual({ pressure: 'error', 'cn.identity.sender': 'error' });
    expect(policy.locked).toMatchObject({ rules: true, quietHours: true, sites: true, signature: true, allowlist: false });
    expect(policy.templates).toHaveLength(1);
  });

  it('nothing there: the empty policy', () => {
    for (const raw of [undefined, null, {}, 'x']) expect(parsePolicy(raw)).toEqual({ policy: EMPTY_POLICY, problems: [] });
  });

  it('broken values (Firefox does not check the schema) are left out and reported, the rest applies', () => {
    const r = parsePolicy({
      allowlist: ['ok', 5],
      customPhrases: [{ phrase: '(a)\\1', regex: true, category: 'threat' }, { phrase: '老赖', category: 'insult' }],
      quietHours: { error: { start: '25:00', end: '08:00' } },
      sites: 'everything',
      locked: { sites: 'yes', nonsense: true, rules: true },
    });
    expect(r.policy.values.allowlist).toEqual(['ok']);
    expect(r.policy.values.customPhrases!.map((c) => c.phrase)).toEqual(['老赖']);
    expect(r.policy.values.quietHours).toBeUndefined();
    expect(r.policy.locked.sites).toBe(false);
    expect(r.policy.locked.rules).toBe(true);
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['policy.allowlist[1]', 'policy.customPhrases[0]', 'policy.quietHours.error.start', 'policy.sites', 'policy.locked.sites', 'policy.locked.nonsense']));
    expect(r.problems.every((p) => p.message.zh.startsWith('组织策略') && p.message.en.startsWith('Organisation policy'))).toBe(true);
  });

  it('a locked section without values: the defaults, not the user’s', () => {
    const user = { ...defaultSettings(), paused: true, disabledSites: ['a.com'], allowlist: ['x'] };
    const s = mergePolicy(user, { values: {}, locked: { ...EMPTY_POLICY.locked, sites: true } });
    expect(s.paused).toBe(false);
    expect(s.disabledSites).toEqual([]);
    expect(s.allowlist).toEqual(['x']);
  });

  it('locked rules: only the policy’s disabled rules and severities count', () => {
    const user = { ...defaultSettings(), disabledRules: ['cn.threat.visit'], severityOverrides: { pressure: 'info' as const } };
    const s = mergePolicy(user, { values: { disabledRules: ['cn.channel.contact'] }, locked: { ...EMPTY_POLICY.locked, rules: true } });
    expect(s.disabledRules).toEqual(['cn.channel.contact']);
    expect(s.severityOverrides).toEqual({});
  });

  it('toUserPatch strips policy entries and refuses fixed fields', () => {
    const { policy } = parsePolicy(example);
    expect(toUserPatch({ allowlist: ['安信贷', '我的'] }, policy)).toEqual({ allowlist: ['我的'] });
    expect(() => toUserPatch({ signature: '【别的】' }, policy)).toThrow(SettingsLockedError);
    expect(toUserPatch({ signature: '【安信贷】' }, policy)).toEqual({});
    expect(isFieldFixed(policy, 'defaultAudience')).toBe(true); // a single value it sets
    expect(isFieldFixed(policy, 'allowlist')).toBe(false);
    expect(isFieldFixed(policy, 'disabledRules')).toBe(true); // rules are locked
  });
});
