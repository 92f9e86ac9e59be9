import { describe, expect, it } from 'vitest';
import {
  BUILTIN_TEMPLATES,
  checkValues,
  exampleValues,
  formatAmount,
  inputType,
  parseAmount,
  parseBody,
  parseDate,
  render,
  templateVars,
  VARIABLES,
} from '../../../src/templates/index';

const tpl = (body: string) => ({ body });

describe('values: parsing and formatting', () => {
  it('amounts render as 元 with two decimals', () => {
    expect(parseAmount('5000')).toBe(500000);
    expect(parseAmount('5,000.5')).toBe(500050);
    expect(parseAmount('¥123.45')).toBe(12345);
    expect(parseAmount('88元')).toBe(8800);
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(formatAmount(500000)).toBe('5000.00元');
    expect(formatAmount(12345)).toBe('123.45元');
    expect(formatAmount(5)).toBe('0.05元');
    expect(render(tpl('应还{total}'), { total: '5123.4' }).text).toBe('应还5123.40元');
    expect(render(tpl('应还{total}'), { total: '0' }).text).toBe('应还0.00元');
  });

  it('dates render as 12月10日 from an <input type=date> value and common spellings', () => {
    expect(render(tpl('请于{dueDate}前还款'), { dueDate: '2025-12-10' }).text).toBe('请于12月10日前还款');
    expect(render(tpl('{dueDate}'), { dueDate: '2026-01-05' }).text).toBe('1月5日');
    expect(parseDate('2025/3/7')).toEqual({ year: 2025, month: 3, day: 7 });
    expect(parseDate('12月10日')).toEqual({ month: 12, day: 10 });
    expect(parseDate('2025年12月10日')).toEqual({ year: 2025, month: 12, day: 10 });
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('2024-02-29')).not.toBeNull();
    expect(parseDate('2025-02-29')).toBeNull();
    expect(parseDate('13月1日')).toBeNull();
    expect(parseDate('tomorrow')).toBeNull();
  });

  it('input types follow the public contract: number for amounts and counts, date for dates', () => {
    expect(inputType(VARIABLES.principal.type)).toBe('number');
    expect(inputType(VARIABLES.overdueDays.type)).toBe('number');
    expect(inputType(VARIABLES.dueDate.type)).toBe('date');
    expect(inputType(VARIABLES.hotline.type)).toBe('tel');
    expect(inputType(VARIABLES.salutation.type)).toBe('text');
  });

  it('rejects bad values with a code per variable', () => {
    const t = tpl('{salutation}{principal}{overdueDays}{dueDate}{platform}{hotline}');
    const issues = checkValues(t, {
      salutation: '张先生',
      principal: '-5',
      overdueDays: '1.5',
      dueDate: '2025-13-01',
      platform: '【安信贷】',
      hotline: 'call me',
    });
    const byKey = Object.fromEntries(issues.map((i) => [i.key, [i.code, i.severity]]));
    expect(byKey).toEqual({
      principal: ['negative', 'error'],
      overdueDays: ['integer', 'error'],
      dueDate: ['date', 'error'],
      platform: ['chars', 'error'],
      hotline: ['phone', 'warning'],
    });
    expect(checkValues(tpl('{principal}'), { principal: '12.345' })[0]?.code).toBe('decimals');
    expect(checkValues(tpl('{principal}'), { principal: '12.3400' })).toEqual([]);
    expect(checkValues(tpl('{platform}'), { platform: '一二三四五六七八九十一二三四五六七' })[0]?.code).toBe('too_long');
    expect(checkValues(tpl('{overdueDays}'), { overdueDays: '0' })[0]?.code).toBe('integer');
  });

  it('warns (without blocking) when the total is not principal + interest', () => {
    const t = tpl('{principal}{interest}{total}');
    expect(checkValues(t, { principal: '5000', interest: '123.45', total: '5123.45' })).toEqual([]);
    const r = render(t, { principal: '5000', interest: '123.45', total: '5200' });
    expect(r.issues).toEqual([{ key: 'total', code: 'sum', severity: 'warning' }]);
    expect(r.ok).toBe(true);
  });
});

describe('render', () => {
  it('a missing required value blocks insertion and shows a placeholder', () => {
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'first_overdue.standard')!;
    const values = { ...exampleValues() };
    delete values.principal;
    const r = render(t, values);
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual({ key: 'principal', code: 'required', severity: 'error' });
    expect(r.text).toContain('〔本金〕');
    expect(r.parts.find((p) => p.key === 'principal')).toEqual({ text: '〔本金〕', key: 'principal', missing: true });
    const ok = render(t, exampleValues());
    expect(ok.ok).toBe(true);
    expect(ok.text).not.toMatch(/[{}〔〕[\]]/);
    expect(ok.text).toContain('本金5000.00元');
  });

  it('optional parts appear only when their variables have values', () => {
    const t = tpl('客服{hotline}[（工号{agentId}）]。');
    expect(render(t, { hotline: '95555', agentId: '0371' }).text).toBe('客服95555（工号0371）。');
    expect(render(t, { hotline: '95555' }).text).toBe('客服95555。');
    expect(render(t, { hotline: '95555', agentId: '  ' }).text).toBe('客服95555。');
    expect(templateVars(t).map((v) => [v.spec.key, v.required])).toEqual([
      ['hotline', true],
      ['agentId', false],
    ]);
    // An invalid optional value drops the part and is still reported.
    const bad = render(t, { hotline: '95555', agentId: '03【71' });
    expect(bad.text).toBe('客服95555。');
    expect(bad.ok).toBe(false);
  });

  it('uses per-template labels for placeholders', () => {
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'first_overdue.standard')!;
    expect(render(t, {}).text).toContain('请于〔还款期限〕前');
    expect(render(t, {}, { lang: 'en' }).text).toContain('〔Pay by〕');
  });

  it('reports syntax errors of a body', () => {
    expect(parseBody('您好{name}').errors[0]).toMatchObject({ code: 'unknown_var', name: 'name' });
    expect(parseBody('您好{platform').errors[0]?.code).toBe('unclosed_var');
    expect(parseBody('您好{}').errors[0]?.code).toBe('empty_var');
    expect(parseBody('[a[{agentId}]]').errors.map((e) => e.code)).toContain('nested_optional');
    expect(parseBody('工号{agentId}]').errors[0]?.code).toBe('unopened_optional');
    expect(parseBody('[工号{agentId}').errors[0]?.code).toBe('unclosed_optional');
    expect(parseBody('[工号]').errors[0]?.code).toBe('optional_without_var');
    expect(parseBody('a}b').errors[0]?.code).toBe('stray_brace');
    expect(parseBody('【{platform}】您好').errors).toEqual([]);
  });
});
