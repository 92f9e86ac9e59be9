// How the settings import/export reaches the custom templates of src/templates: their storage
// key, their validator (the same rules as the template editor and the template file import,
// including the compliance check of each body) and their stored shape.

import type { LocalText } from '../core/types';
import { checkTemplates } from '../templates/check';
import { validateEntry, type ImportError } from '../templates/io';
import { parseCustom, STORAGE_KEYS } from '../templates/storage';
import type { Template } from '../templates/types';
import type { TemplatesPort } from './transfer';

const REASONS: Record<ImportError['code'], LocalText> = {
  too_big: { zh: '文件过大', en: 'the file is too large' },
  json: { zh: '不是有效的 JSON', en: 'not valid JSON' },
  not_object: { zh: '应为对象', en: 'should be an object' },
  format: { zh: '格式标识不对', en: 'wrong format marker' },
  version: { zh: '版本不支持', en: 'unsupported version' },
  templates: { zh: '应为列表', en: 'should be a list' },
  too_many: { zh: '模板过多', en: 'too many templates' },
  entry: { zh: '应为对象', en: 'should be an object' },
  unknown_field: { zh: '未知字段', en: 'unknown field' },
  required: { zh: '缺少必填项', en: 'is required' },
  type: { zh: '类型不对', en: 'has the wrong type' },
  id: { zh: 'id 只能包含小写字母、数字、_ 和 -（最多64个）', en: 'id may only hold a-z, 0-9, _ and - (at most 64)' },
  duplicate_id: { zh: 'id 重复', en: 'duplicate id' },
  builtin_id: { zh: 'id 与内置模板相同', en: 'id of a built-in template' },
  length: { zh: '长度不对', en: 'has the wrong length' },
  enum: { zh: '取值不在允许范围内', en: 'is not one of the allowed values' },
  segments: { zh: '短信条数不够容纳内容', en: 'the message does not fit the declared SMS count' },
  syntax: { zh: '正文写法有误', en: 'the body has a syntax error' },
  lint: { zh: '正文未通过合规检查', en: 'the body fails the compliance check' },
};

/** One line per template import error: which entry, which field, what is wrong. */
export function describeTemplateError(e: ImportError): LocalText {
  const r = REASONS[e.code];
  const who = e.entry !== undefined ? { zh: `模板第${e.entry}项${e.entryId ? `（${e.entryId}）` : ''}`, en: `Template ${e.entry}${e.entryId ? ` (${e.entryId})` : ''}` } : { zh: '模板', en: 'Templates' };
  const field = e.field ? ` ${e.field}` : '';
  const detail = e.detail ? `（${e.detail}）` : '';
  return { zh: `${who.zh}${field}：${r.zh}${detail}`, en: `${who.en}${field}: ${r.en}${e.detail ? ` (${e.detail})` : ''}` };
}

export const templatesPort: TemplatesPort = {
  storageKey: STORAGE_KEYS.custom,
  fromStored: (raw) =>
    parseCustom(raw).map((t) => ({ id: t.id, name: t.name ?? t.id, scenario: t.scenario, tone: t.tone, audience: t.audience, segments: t.segments, body: t.body })),
  validate(list) {
    if (!Array.isArray(list)) return { templates: [], errors: [{ zh: 'templates 应为一个列表', en: 'templates should be a list' }] };
    const reserved = new Set<string>();
    for (const e of list) if (e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string') reserved.add((e as { id: string }).id);
    const seen = new Set<string>();
    const templates: Template[] = [];
    const errors: LocalText[] = [];
    list.forEach((entry, i) => {
      const r = validateEntry(entry, { entry: i + 1 }, { seen, reserved });
      if (r.ok) templates.push(r.value);
      else errors.push(describeTemplateError(r.error));
    });
    if (!errors.length) {
      try {
        const c = checkTemplates(templates);
        if (!c.ok) errors.push(describeTemplateError(c.error));
      } catch (x) {
        // The import must answer, not throw: an engine failure refuses the templates with the reason.
        errors.push({ zh: `无法检查模板：${String(x)}`, en: `The templates could not be checked: ${String(x)}` });
      }
    }
    return { templates, errors };
  },
  toStored: (list) => ({ version: 1, templates: list }),
  idOf: (t) => String((t as { id?: unknown }).id ?? ''),
};
