// What counts as a send and whether to stop it: the send guard's pure decisions.

import { describe, expect, it } from 'vitest';
import { blocking, isSendLabel, keyHints, keyOutcome, keySends, sendKeyOf, verdict, type KeyContext } from '../../../../src/content/features/send-guard/decide';

describe('isSendLabel: a button or link that means send', () => {
  it('accepts the send words of consoles, in Chinese and English, with antd spacing, hints and icons', () => {
    for (const s of ['发送', '发 送', ' 发送 ', '提交', '提 交', '确认发送', '立即发送', '发送短信', '发送消息', 'Send', 'SEND', 'Submit', 'Send message', '发送(Enter)', '发送（Ctrl+Enter）', '➤ 发送', 'send now', '保存并发送', '发送给客户', 'Send SMS']) {
      expect(isSendLabel(s), s).toBe(true);
    }
  });

  it('refuses what only mentions sending or is something else', () => {
    for (const s of ['', '发送记录', '重新提交审核', '发送给主管审批后再说', '保存', '取消', '发送时段设置', 'Sender', 'Sent items', 'submitted', '提交工单记录并关闭这个非常长的按钮文字']) {
      expect(isSendLabel(s), s).toBe(false);
    }
  });
});

describe('sendKeyOf', () => {
  const k = (o: Partial<Parameters<typeof sendKeyOf>[0]>) => sendKeyOf({ key: 'Enter', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...o });
  it('Enter, and Ctrl or ⌘ with Enter', () => {
    expect(k({})).toBe('enter');
    expect(k({ ctrlKey: true })).toBe('mod-enter');
    expect(k({ metaKey: true })).toBe('mod-enter');
  });
  it('never Shift+Enter, Alt+Enter, another key, or an IME choosing a word', () => {
    expect(k({ shiftKey: true })).toBeNull();
    expect(k({ altKey: true })).toBeNull();
    expect(k({ key: 'a' })).toBeNull();
    expect(k({ isComposing: true })).toBeNull();
    expect(k({ keyCode: 229 })).toBeNull();
  });
});

describe('keyHints: what the page says its keys do', () => {
  it('reads the usual chat hints', () => {
    expect(keyHints('输入消息，按 Enter 发送，Shift+Enter 换行')).toEqual({ enter: 'sends' });
    expect(keyHints('Ctrl+Enter 发送')).toEqual({ 'mod-enter': 'sends' });
    expect(keyHints('回车发送')).toEqual({ enter: 'sends' });
    expect(keyHints('Enter 换行，Ctrl + Enter 发送')).toEqual({ enter: 'newline', 'mod-enter': 'sends' });
    expect(keyHints('Press Enter to send')).toEqual({ enter: 'sends' });
    expect(keyHints('⌘+Enter to send')).toEqual({ 'mod-enter': 'sends' });
  });
  it('nothing when nothing is said', () => {
    expect(keyHints('请输入短信内容')).toEqual({});
  });
});

describe('keySends: does this key send in this field?', () => {
  const ctx = (o: Partial<KeyContext>): KeyContext => ({ key: 'enter', kind: 'textarea', inForm: false, sendControlNear: false, enterKeyHintSend: false, hints: {}, ...o });

  it('a chat box outside any form, with a send button beside it: Enter and Ctrl+Enter send', () => {
    expect(keySends(ctx({ sendControlNear: true }))).toBe(true);
    expect(keySends(ctx({ sendControlNear: true, key: 'mod-enter' }))).toBe(true);
    expect(keySends(ctx({ kind: 'contenteditable', sendControlNear: true }))).toBe(true);
  });

  it('a form’s textarea: Enter writes a new line (the send button and the submit are guarded instead)', () => {
    expect(keySends(ctx({ inForm: true, sendControlNear: true }))).toBe(false);
  });

  it('an input: Enter submits its form, or sends beside a send button', () => {
    expect(keySends(ctx({ kind: 'input', inForm: true }))).toBe(true);
    expect(keySends(ctx({ kind: 'input', sendControlNear: true }))).toBe(true);
    expect(keySends(ctx({ kind: 'input' }))).toBe(false);
  });

  it('a field with nothing around it that sends: no', () => {
    expect(keySends(ctx({}))).toBe(false);
  });

  it('the page’s hints and enterkeyhint="send" say more than the layout; what the field did says most', () => {
    expect(keySends(ctx({ inForm: true, hints: { enter: 'sends' } }))).toBe(true);
    expect(keySends(ctx({ sendControlNear: true, hints: { enter: 'newline' } }))).toBe(false);
    expect(keySends(ctx({ enterKeyHintSend: true }))).toBe(true);
    expect(keySends(ctx({ sendControlNear: true, learned: 'newline' }))).toBe(false);
    expect(keySends(ctx({ inForm: true, learned: 'sends' }))).toBe(true);
  });
});

describe('keyOutcome: what a key did, from the text before and after', () => {
  it('emptied or cut to less than half: sent', () => {
    expect(keyOutcome('你好，请还款', '')).toBe('sends');
    expect(keyOutcome('第一行内容很长很长很长', '第一')).toBe('sends');
  });
  it('a line added: a new line', () => {
    expect(keyOutcome('第一行', '第一行\n')).toBe('newline');
  });
  it('otherwise unknown (nothing typed before, nothing changed)', () => {
    expect(keyOutcome('', '')).toBeNull();
    expect(keyOutcome('不变', '不变')).toBeNull();
  });
});

describe('blocking and verdict', () => {
  const f = (severity: 'error' | 'warning' | 'info') => ({ severity });
  it('only errors stop a send (quiet hours are an error finding); warnings and info never', () => {
    expect(blocking([f('warning'), f('info')])).toEqual([]);
    expect(blocking([f('error'), f('warning')])).toEqual([f('error')]);
  });
  it('off lets everything go; confirm asks; block refuses; nothing to stop goes at once', () => {
    expect(verdict('off', 3)).toBe('send');
    expect(verdict('confirm', 0)).toBe('send');
    expect(verdict('block', 0)).toBe('send');
    expect(verdict('confirm', 1)).toBe('confirm');
    expect(verdict('block', 2)).toBe('block');
  });
});
