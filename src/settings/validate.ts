// Validation of settings, part by part. Stored data may be partial (an older build, a hand-edited
// export) or corrupted (a bug, a disk error): each broken part falls back to its default on its
// own, each broken entry of a list is dropped on its own, and every fallback is reported, so one
// bad value never costs the user their phrases, allowlist or sites.

import { BUILTIN_PACK_IDS, PACKS, validateCustomRules } from '../core/engine';
import { CATEGORIES, SEVERITIES, type Category, type CustomPhrase, type LocalText, type QuietHours, type Severity } from '../core/types';
import { LIMITS } from './limits';
import { DEFAULT_SETTINGS, normalizeSite, SEND_GUARD_MODES, sectionOf, type SectionId, type SendGuardMode, type Settings, type SettingsField } from './schema';

export interface SettingsProblem {
  section: SectionId;
  /** Dotted path of the bad value, e.g. `customPhrases[2]`, `quietHours.error.start`. */
  path: string;
  message: LocalText;
}


type Reporter = (path: string, zh: string, en: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a value is, in words, for messages. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function stringList(v: unknown, path: string, report: Reporter, item: (s: string, i: number) => string | null): string[] | undefined {
  if (!Array.isArray(v)) {
    report(path, `应为列表，实际为 ${kindOf(v)}`, `should be a list, got ${kindOf(v)}`);
    return undefined;
  }
  const out: string[] = [];
  const seen = new Set<string>();
  v.slice(0, LIMITS.listEntries).forEach((x, i) => {
    if (typeof x !== 'string') {
      report(`${path}[${i}]`, `应为文字`, `should be text`);
      return;
    }
    const y = item(x, i);
    if (y !== null && !seen.has(y)) {
      seen.add(y);
      out.push(y);
    }
  });
  tooMany(v.length, LIMITS.listEntries, path, report);
  return out;
}

/** Reports a list longer than its limit (its first `max` entries are kept). */
function tooMany(n: number, max: number, path: string, report: Reporter) {
  if (n > max) report(path, `共${n}项，最多${max}项，只保留前${max}项`, `${n} entries: at most ${max}; the first ${max} are kept`);
}

/** An entry that is not a phrase (a site, a rule id), or null after reporting it as too long. */
function entryText(s: string, path: string, report: Reporter): string | null {
  if (s.length <= LIMITS.entry) return s;
  report(path, `不能超过${LIMITS.entry}个字符`, `longer than ${LIMITS.entry} characters`);
  return null;
}

function minutes(v: unknown, path: string, report: Reporter): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 24 * 60) return v;
  report(path, `应为 0–1439 之间的分钟数`, `should be minutes after midnight (0–1439)`);
  return undefined;
}

function quietWindow(v: unknown, path: string, report: Reporter, dflt: { start: number; end: number }): { start: number; end: number } {
  if (!isObject(v)) {
    report(path, `格式不对`, `malformed`);
    return { ...dflt };
  }
  const start = minutes(v.start, `${path}.start`, report);
  const end = minutes(v.end, `${path}.end`, report);
  if (start === undefined || end === undefined) return { ...dflt };
  return { start, end };
}

/** Validated value of one field, or undefined (after reporting) when it must fall back. */
export function validateField(field: SettingsField, v: unknown, report: Reporter): unknown {
  switch (field) {
    case 'language':
      if (v === 'zh' || v === 'en') return v;
      report(field, `未知语言「${String(v)}」`, `unknown language "${String(v)}"`);
      return undefined;
    case 'paused':
    case 'onlyListed':
    case 'sendGuardReason':
      if (typeof v === 'boolean') return v;
      report(field, `应为 true 或 false`, `should be true or false`);
      return undefined;
    case 'disabledSites':
    case 'onlySites':
      return stringList(v, field, report, (s, i) => {
        const n = entryText(s, `${field}[${i}]`, report) === null ? null : normalizeSite(s);
        if (n === null && s.length <= LIMITS.entry) report(`${field}[${i}]`, `「${s}」不是网站地址`, `"${s}" is not a site`);
        return n;
      });
    case 'sendGuard':
      if (SEND_GUARD_MODES.includes(v as SendGuardMode)) return v;
      report(field, `应为 off、confirm 或 block，实际为「${String(v)}」`, `should be off, confirm or block, got "${String(v)}"`);
      return undefined;
    case 'pack':
      if (typeof v === 'string' && (BUILTIN_PACK_IDS.includes(v) || PACKS[v])) return v;
      report(field, `未知规则包「${String(v)}」`, `unknown rule pack "${String(v)}"`);
      return undefined;
    case 'disabledPacks':
      return stringList(v, field, report, (s, i) => entryText(s, `${field}[${i}]`, report));
    case 'disabledCategories':
      return stringList(v, field, report, (s, i) => {
        if (CATEGORIES.includes(s as Category)) return s;
        report(`${field}[${i}]`, `未知类别「${s}」`, `unknown category "${s}"`);
        return null;
      });
    case 'disabledRules':
      return stringList(v, field, report, (s, i) => (s.trim() ? entryText(s.trim(), `${field}[${i}]`, report) : null));
    case 'severityOverrides': {
      if (!isObject(v)) {
        report(field, `格式不对`, `malformed`);
        return undefined;
      }
      const out: Record<string, Severity | 'off'> = {};
      const entries = Object.entries(v);
      for (const [k, x] of entries.slice(0, LIMITS.listEntries)) {
        if (entryText(k, `${field}.${k.slice(0, 40)}`, report) === null) continue;
        if (x === 'off' || SEVERITIES.includes(x as Severity)) out[k] = x as Severity | 'off';
        else report(`${field}.${k}`, `未知级别「${String(x).slice(0, 40)}」`, `unknown severity "${String(x).slice(0, 40)}"`);
      }
      tooMany(entries.length, LIMITS.listEntries, field, report);
      return out;
    }
    case 'customPhrases': {
      if (!Array.isArray(v)) {
        report(field, `应为列表，实际为 ${kindOf(v)}`, `should be a list, got ${kindOf(v)}`);
        return undefined;
      }
      tooMany(v.length, LIMITS.customPhrases, field, report);
      const r = validateCustomRules(v.slice(0, LIMITS.customPhrases));
      for (const e of r.errors) {
        const what = e.field ? `${e.field}：` : '';
        report(`${field}[${e.index}]`, `${what}${stripEntryPrefix(e.message.zh)}`, `${e.field ? `${e.field}: ` : ''}${stripEntryPrefix(e.message.en)}`);
      }
      // Dedupe identical entries (same phrase, mode and category).
      const seen = new Set<string>();
      const out: CustomPhrase[] = [];
      for (const c of r.rules) {
        const k = `${c.regex ? 1 : 0}|${c.category}|${c.phrase}`;
        if (!seen.has(k)) out.push(c), seen.add(k);
      }
      return out;
    }
    case 'allowlist':
      return stringList(v, field, report, (s, i) => {
        const t = s.trim();
        const why = allowlistError(t);
        if (why) report(`${field}[${i}]`, why.zh, why.en);
        return why ? null : t;
      });
    case 'quietHours': {
      if (!isObject(v)) {
        report(field, `格式不对`, `malformed`);
        return undefined;
      }
      const d = DEFAULT_SETTINGS.quietHours;
      const q: QuietHours = { error: quietWindow(v.error, `${field}.error`, report, d.error), warning: quietWindow(v.warning, `${field}.warning`, report, d.warning) };
      return q;
    }
    case 'defaultAudience':
      if (v === 'auto' || v === 'debtor' || v === 'third_party') return v;
      report(field, `未知收信人类型「${String(v)}」`, `unknown recipient type "${String(v)}"`);
      return undefined;
    case 'signature': {
      const why = signatureError(v);
      if (why === null) return (v as string).trim();
      report(field, why.zh, why.en);
      return undefined;
    }
  }
}

/** Why an allowlist phrase cannot be used, or null. */
export function allowlistError(phrase: string): LocalText | null {
  const t = phrase.trim();
  if (!t) return { zh: '允许词不能为空', en: 'The phrase is empty' };
  // Allowlisted phrases are literal text: check it as a phrase without the expansion syntax.
  const r = validateCustomRules([{ phrase: t.replace(/[()|?]/g, ''), category: 'insult' }]);
  const e = r.errors[0];
  if (!e) return null;
  return { zh: stripEntryPrefix(e.message.zh), en: stripEntryPrefix(e.message.en) };
}

/** Why a signature cannot be used, or null. */
export function signatureError(v: unknown): LocalText | null {
  if (typeof v !== 'string') return { zh: '签名应为文字', en: 'The signature should be text' };
  if (v.trim().length > LIMITS.signature) return { zh: `签名不能超过${LIMITS.signature}个字符`, en: `The signature is longer than ${LIMITS.signature} characters` };
  return null;
}

/** "第1条 phrase：词语不能为空" → "词语不能为空" (for a form that edits one entry). */
export function stripEntryPrefix(s: string): string {
  return s.replace(/^第\d+条\s*\S*?：/, '').replace(/^Entry \d+(, [^:]*)?: /, '');
}

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  'language',
  'paused',
  'disabledSites',
  'pack',
  'disabledPacks',
  'disabledCategories',
  'disabledRules',
  'severityOverrides',
  'customPhrases',
  'allowlist',
  'quietHours',
  'defaultAudience',
  'signature',
  'sendGuard',
  'sendGuardReason',
  'onlyListed',
  'onlySites',
];

export interface Validated<T> {
  value: T;
  problems: SettingsProblem[];
}

const FIELD_LABELS: Record<SettingsField, LocalText> = {
  language: { zh: '语言', en: 'Language' },
  paused: { zh: '全局暂停', en: 'Global pause' },
  disabledSites: { zh: '已暂停的网站', en: 'Paused sites' },
  pack: { zh: '规则包', en: 'Rule pack' },
  disabledPacks: { zh: '已关闭的规则包', en: 'Disabled rule packs' },
  disabledCategories: { zh: '已关闭的类别', en: 'Disabled categories' },
  disabledRules: { zh: '已关闭的规则', en: 'Disabled rules' },
  severityOverrides: { zh: '级别设置', en: 'Severity settings' },
  customPhrases: { zh: '自定义词语', en: 'Custom phrases' },
  allowlist: { zh: '允许词', en: 'Allowed phrases' },
  quietHours: { zh: '发送时段', en: 'Quiet hours' },
  defaultAudience: { zh: '默认收信人', en: 'Default recipient' },
  signature: { zh: '短信签名', en: 'SMS signature' },
  sendGuard: { zh: '发送拦截', en: 'Send guard' },
  sendGuardReason: { zh: '仍然发送需填理由', en: 'Reason to send anyway' },
  onlyListed: { zh: '只在这些网站检查', en: 'Check only on these sites' },
  onlySites: { zh: '检查的网站', en: 'Sites checked' },
};

/** `customPhrases[2]` → 自定义词语第3项 / Custom phrases, entry 3; `quietHours.error.start` → 发送时段 error.start. */
export function humanPath(path: string): LocalText {
  const m = /^(\w+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
  const label = m ? FIELD_LABELS[m[1] as SettingsField] : undefined;
  if (!m || !label) return { zh: path, en: path };
  const n = m[2] !== undefined ? Number(m[2]) + 1 : undefined;
  return {
    zh: `${label.zh}${n !== undefined ? `第${n}项` : ''}${m[3] ? ` ${m[3]}` : ''}`,
    en: `${label.en}${n !== undefined ? `, entry ${n}` : ''}${m[3] ? ` ${m[3]}` : ''}`,
  };
}

function reporterFor(problems: SettingsProblem[], prefix = ''): Reporter {
  return (path, zh, en) => {
    const field = path.split(/[.[]/)[0] as SettingsField;
    const where = humanPath(path);
    problems.push({ section: sectionOf(field), path: prefix + path, message: { zh: `${where.zh}：${zh}`, en: `${where.en}: ${en}` } });
  };
}

/**
 * Current-version settings from anything: every field is validated on its own and falls back to
 * its default when missing or broken. `partial` (true: missing fields are not reported) is how
 * stored data is read; imports are checked with `partial` false for the fields they carry.
 */
export function validateSettings(raw: unknown, opts: { reportMissing?: boolean } = {}): Validated<Settings> {
  const problems: SettingsProblem[] = [];
  const out = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { value: out, problems };
  if (!isObject(raw)) {
    problems.push({ section: 'rules', path: '', message: { zh: `设置数据已损坏（${kindOf(raw)}），已全部恢复默认`, en: `The settings data is corrupted (${kindOf(raw)}); everything was reset to the defaults` } });
    return { value: out, problems };
  }
  const report = reporterFor(problems);
  for (const f of SETTINGS_FIELDS) {
    if (!(f in raw) || raw[f] === undefined) {
      if (opts.reportMissing) report(f, '缺失，已使用默认值', 'missing; the default is used');
      continue;
    }
    const v = validateField(f, raw[f], report);
    if (v !== undefined) (out as unknown as Record<string, unknown>)[f] = v;
  }
  return { value: out, problems };
}

/** Validates only the fields present in `patch` (for saves and imports); no defaults filled in. */
export function validatePatch(patch: Record<string, unknown>, prefix = ''): Validated<Partial<Settings>> {
  const problems: SettingsProblem[] = [];
  const report = reporterFor(problems, prefix);
  const out: Record<string, unknown> = {};
  for (const f of SETTINGS_FIELDS) {
    if (!(f in patch) || patch[f] === undefined) continue;
    const v = validateField(f, patch[f], report);
    if (v !== undefined) out[f] = v;
  }
  return { value: out as Partial<Settings>, problems };
}
