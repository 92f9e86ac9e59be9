import { describe, expect, it } from 'vitest';
import { ineligibleReason, type FieldDescription } from '../../../src/overlay/fields';

const base: FieldDescription = { kind: 'textarea', type: '', readOnly: false, disabled: false, labels: 'content message', maxLength: -1, width: 500, inSearch: false };
const d = (over: Partial<FieldDescription>) => ({ ...base, ...over });

describe('eligibility of fields', () => {
  it('checks textareas, text-like inputs and contenteditable editors', () => {
    expect(ineligibleReason(base)).toBeNull();
    for (const type of ['text', 'tel', 'url', 'email', '']) expect(ineligibleReason(d({ kind: 'input', type }))).toBeNull();
    expect(ineligibleReason(d({ kind: 'contenteditable' }))).toBeNull();
  });

  it('never checks passwords, search boxes or other input types', () => {
    expect(ineligibleReason(d({ kind: 'input', type: 'password' }))).toBe('password');
    expect(ineligibleReason(d({ kind: 'input', type: 'search' }))).toBe('search box');
    for (const type of ['number', 'date', 'checkbox', 'hidden']) expect(ineligibleReason(d({ kind: 'input', type }))).not.toBeNull();
  });

  it('skips readonly and disabled fields', () => {
    expect(ineligibleReason(d({ readOnly: true }))).toBe('readonly');
    expect(ineligibleReason(d({ disabled: true }))).toBe('disabled');
    expect(ineligibleReason(d({ kind: 'contenteditable', readOnly: true }))).toBe('readonly');
  });

  it('skips fields that look like search boxes', () => {
    for (const labels of ['q search', '搜索', '请输入查询内容', 'keyword', 'SearchBox']) expect(ineligibleReason(d({ labels }))).not.toBeNull();
    expect(ineligibleReason(d({ inSearch: true }))).toBe('inside a search form');
  });

  it('skips short and narrow inputs, not textareas', () => {
    expect(ineligibleReason(d({ kind: 'input', maxLength: 11 }))).toBe('maxlength too small');
    expect(ineligibleReason(d({ kind: 'input', maxLength: 20 }))).toBeNull();
    expect(ineligibleReason(d({ kind: 'input', width: 120 }))).toBe('too narrow');
    expect(ineligibleReason(d({ kind: 'input', width: 0 }))).toBeNull(); // not rendered yet: decided later
    expect(ineligibleReason(d({ kind: 'textarea', width: 120, maxLength: 10 }))).toBeNull();
  });

  it('ignores elements that are not text fields', () => {
    expect(ineligibleReason(d({ kind: null }))).toBe('not a text field');
  });
});
