import { describe, expect, it } from 'vitest';
import { checkTemplate, checkTemplates } from '../../../src/templates/check';
import { exportTemplates, mergeImported, parseTemplateFile, validateEntry, type ImportError } from '../../../src/templates/io';
import type { Template } from '../../../src/templates/index';

const GOOD = {
  id: 'my-first',
  name: '首次逾期（本司版）',
  scenario: 'first_overdue',
  tone: 'standard',
  audience: 'debtor',
  segments: 2,
  body: '【{platform}】{salutation}您好，您的借款已逾期{overdueDays}天，应还{total}。请通过{channel}还款，客服电话{hotline}[（工号{agentId}）]。',
};
const file = (templates: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'collectguard-templates', version: 1, templates, ...over });

function rejects(text: string): ImportError {
  const r = parseTemplateFile(text);
  if (r.ok) throw new Error('accepted a bad file');
  return r.error;
}

describe('parseTemplateFile', () => {
  it('accepts a good file and fills defaults', () => {
    const r = parseTemplateFile(file([GOOD, { name: '极简', body: '【{platform}】{salutation}您好，请致电{hotline}。' }]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]).toEqual(GOOD);
    expect(r.value[1]).toMatchObject({ name: '极简', scenario: 'custom', tone: 'standard', audience: 'debtor', segments: 1 });
    expect(r.value[1]!.id).toMatch(/^custom-/);
  });

  it('round-trips through export', () => {
    const r = parseTemplateFile(file([GOOD]));
    if (!r.ok) throw new Error('bad');
    const again = parseTemplateFile(exportTemplates(r.value));
    expect(again).toEqual({ ok: true, value: r.value });
  });

  it('rejects malformed files whole, naming the entry and the field', () => {
    expect(rejects('{not json').code).toBe('json');
    expect(rejects('[]').code).toBe('not_object');
    expect(rejects(file([], { format: 'other' }))).toMatchObject({ code: 'format', field: 'format' });
    expect(rejects(file([], { version: 2 }))).toMatchObject({ code: 'version', field: 'version' });
    expect(rejects(file([], { templates: {} }))).toMatchObject({ code: 'templates', field: 'templates' });
    expect(rejects(file([], { extra: 1 }))).toMatchObject({ code: 'unknown_field', field: 'extra' });
    expect(rejects(file([GOOD, 'x']))).toMatchObject({ code: 'entry', entry: 2 });
    expect(rejects(file([GOOD, { ...GOOD, id: 'b', boby: 'typo' }]))).toMatchObject({ code: 'unknown_field', entry: 2, entryId: 'b', field: 'boby' });
    expect(rejects(file([{ ...GOOD, name: undefined }]))).toMatchObject({ code: 'required', entry: 1, field: 'name' });
    expect(rejects(file([{ ...GOOD, name: 42 }]))).toMatchObject({ code: 'type', entry: 1, field: 'name' });
    expect(rejects(file([{ ...GOOD, name: '' }]))).toMatchObject({ code: 'length', field: 'name' });
    expect(rejects(file([{ ...GOOD, id: 'Bad Id' }]))).toMatchObject({ code: 'id', field: 'id', entryId: 'Bad Id' });
    expect(rejects(file([{ ...GOOD, id: 'pre_due.gentle' }]))).toMatchObject({ code: 'builtin_id', field: 'id' });
    expect(rejects(file([GOOD, { ...GOOD }]))).toMatchObject({ code: 'duplicate_id', entry: 2, field: 'id' });
    expect(rejects(file([{ ...GOOD, scenario: 'weekly' }]))).toMatchObject({ code: 'enum', field: 'scenario' });
    expect(rejects(file([{ ...GOOD, tone: 'angry' }]))).toMatchObject({ code: 'enum', field: 'tone' });
    expect(rejects(file([{ ...GOOD, audience: 'family' }]))).toMatchObject({ code: 'enum', field: 'audience' });
    expect(rejects(file([{ ...GOOD, body: undefined }]))).toMatchObject({ code: 'required', field: 'body' });
    expect(rejects(file([{ ...GOOD, body: 'x'.repeat(501) }]))).toMatchObject({ code: 'length', field: 'body' });
    expect(rejects(file([{ ...GOOD, body: '您好{name}' }]))).toMatchObject({ code: 'syntax', field: 'body', detail: '{name}' });
    expect(rejects(file([{ ...GOOD, body: '您好[工号{agentId}' }]))).toMatchObject({ code: 'syntax', field: 'body' });
    const long = GOOD.body + '我们理解您可能遇到了困难，如需协商还款方案请致电官方客服，祝您生活愉快。';
    expect(rejects(file([{ ...GOOD, body: long, segments: 1 }]))).toMatchObject({ code: 'segments', field: 'segments', detail: '2' });
    expect(rejects(file([{ ...GOOD, segments: 'two' }]))).toMatchObject({ code: 'type', field: 'segments' });
    expect(rejects('x'.repeat(1_000_001)).code).toBe('too_big');
  });

  it('mergeImported replaces same ids and appends new ones, keeping order', () => {
    const a = { ...GOOD, id: 'a' } as Template;
    const b = { ...GOOD, id: 'b' } as Template;
    const a2 = { ...a, name: 'A2' };
    const c = { ...GOOD, id: 'c' } as Template;
    expect(mergeImported([a, b], [a2, c]).map((t) => [t.id, t.name])).toEqual([
      ['a', 'A2'],
      ['b', GOOD.name],
      ['c', GOOD.name],
    ]);
  });

  it('validateEntry is the editor’s check too', () => {
    expect(validateEntry({ name: 'n', body: '【{platform}】您好' }).ok).toBe(true);
    expect(validateEntry({ name: 'n', body: '' })).toMatchObject({ ok: false, error: { code: 'length', field: 'body' } });
  });
});

describe('compliance check of templates', () => {
  it('errors reject an import, naming the entry and body; warnings are returned to confirm', () => {
    const contact = { ...GOOD, id: 'c1', audience: 'third_party', body: '【{platform}】{salutation}您好，请转告{contactName}，其借款应还{total}。' };
    const parsed = parseTemplateFile(file([GOOD, contact]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const r = checkTemplates(parsed.value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'lint', entry: 2, entryId: 'c1', field: 'body' });

    const pressing = { ...GOOD, id: 'p1', body: '【{platform}】{salutation}您好，您的借款应还{total}，请通过{channel}还款，否则后果自负。客服{hotline}' };
    const p2 = parseTemplateFile(file([pressing]));
    if (!p2.ok) throw new Error('bad');
    const w = checkTemplates(p2.value);
    expect(w.ok).toBe(true);
    if (w.ok) expect(w.warnings[0]?.findings[0]?.category).toBe('pressure');
  });

  it('checkTemplate lints the rendered text for the template audience', () => {
    const c = checkTemplate({ body: '【{platform}】{salutation}，你这个老赖', audience: 'debtor' });
    expect(c.errors[0]?.category).toBe('insult');
    expect(c.text).toContain('安信贷');
  });
});
