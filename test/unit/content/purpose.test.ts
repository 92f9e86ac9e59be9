// @vitest-environment happy-dom
// What a field is for, read from what the page calls it: internal notes (备注, 催记, 通话小结,
// 工单记录, remarks) against messages; an administrator's selector wins.

import { afterEach, describe, expect, it } from 'vitest';
import { policyPurpose, purposeFromSources, purposeOfText, purposeSources } from '../../../src/content/features/purpose';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('purpose from text', () => {
  it('the words of internal records are notes', () => {
    for (const s of ['备注', '催记', '通话小结', '工单记录', '跟进记录', '催收记录', 'remarks', 'Remark', 'notes', 'callNote', 'follow_up_notes', 'memo']) expect(purposeOfText(s), s).toBe('note');
  });

  it('messages, and names that say nothing', () => {
    for (const s of ['短信内容', '回复客户', 'message', 'smsBody', 'chatInput', 'reply']) expect(purposeOfText(s), s).toBe('message');
    for (const s of ['内容', 'content', 'textarea-1', 'notebook', 'denote', '']) expect(purposeOfText(s), s).toBeNull();
  });

  it('the most telling source decides; one that says both or nothing is skipped', () => {
    expect(purposeFromSources(['', '短信备注', 'remark'])).toBe('note');
    expect(purposeFromSources(['短信内容', 'remark'])).toBe('message');
    expect(purposeFromSources(['内容'])).toBeNull();
  });
});

describe('purpose sources in the page', () => {
  it('a <label for>, aria-labelledby, the UI kit’s form-item label, then the attributes', () => {
    document.body.innerHTML = `
      <label for="a">通话小结</label><textarea id="a" name="content"></textarea>
      <span id="l">回复</span><textarea id="b" aria-labelledby="l"></textarea>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>催记</label></div><div class="ant-form-item-control"><textarea id="c"></textarea></div></div>
      <textarea id="d" placeholder="请输入备注"></textarea>`;
    const src = (id: string) => purposeSources(document.getElementById(id)!);
    expect(purposeFromSources(src('a'))).toBe('note');
    expect(purposeFromSources(src('b'))).toBe('message');
    expect(src('c')).toContain('催记');
    expect(purposeFromSources(src('c'))).toBe('note');
    expect(purposeFromSources(src('d'))).toBe('note');
  });

  it('a container holding several fields gives none of them its label', () => {
    document.body.innerHTML = `<div><label>备注</label><textarea id="x"></textarea><textarea id="y"></textarea></div>`;
    expect(purposeSources(document.getElementById('x')!)).not.toContain('备注');
  });

  it('an administrator’s selectors: note, message, or nothing (a broken selector names nothing)', () => {
    document.body.innerHTML = `<div class="followup-note"><textarea id="n"></textarea></div><textarea id="m" class="sms"></textarea>`;
    const n = document.getElementById('n')!;
    const m = document.getElementById('m')!;
    const sel = { note: '.followup-note', message: 'textarea.sms' };
    expect(policyPurpose(n, sel)).toBe('note');
    expect(policyPurpose(m, sel)).toBe('message');
    expect(policyPurpose(m, {})).toBeNull();
    expect(policyPurpose(m, { note: '##' })).toBeNull();
  });
});
