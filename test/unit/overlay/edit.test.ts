// @vitest-environment happy-dom
// The fallback path of edit.ts (no execCommand here): setRangeText + a genuine-looking input
// event, never a plain `.value =`. The execCommand path, undo and the editors' models are covered
// in real Chromium by the end-to-end suite.
import { afterEach, describe, expect, it } from 'vitest';
import { fieldText, insertAtCaret, replaceRange, selectionOffsets } from '../../../src/overlay/edit';

afterEach(() => {
  document.body.innerHTML = '';
});

function textarea(value: string): { el: HTMLTextAreaElement; events: InputEvent[] } {
  document.body.innerHTML = '<textarea></textarea>';
  const el = document.querySelector('textarea')!;
  el.value = value;
  const events: InputEvent[] = [];
  el.addEventListener('input', (e) => events.push(e as InputEvent));
  return { el, events };
}

describe('replaceRange on a textarea', () => {
  it('replaces exactly the span and tells the page with an input event', async () => {
    const { el, events } = textarea('你这个老赖，再不还钱');
    expect(await replaceRange(el, 3, 5, '您')).toBe(true);
    expect(el.value).toBe('你这个您，再不还钱');
    expect(events.length).toBe(1);
    expect(events[0]!.inputType).toBe('insertText');
    expect(events[0]!.data).toBe('您');
    expect(events[0]!.bubbles).toBe(true);
  });

  it('inserts at the caret, replacing the selection', async () => {
    const { el } = textarea('【安信贷】您好，');
    el.focus();
    el.setSelectionRange(8, 8);
    expect(selectionOffsets(el)).toEqual({ start: 8, end: 8 });
    expect(await insertAtCaret(el, '请尽快还款')).toBe(true);
    expect(el.value).toBe('【安信贷】您好，请尽快还款');
    el.setSelectionRange(0, 5);
    expect(await insertAtCaret(el, '【XX】')).toBe(true);
    expect(el.value).toBe('【XX】您好，请尽快还款');
  });

  it('reads the text of textareas and contenteditable editors', () => {
    const { el } = textarea('abc');
    expect(fieldText(el)).toBe('abc');
    document.body.innerHTML = '<div contenteditable="true"><p>a</p><p>b</p></div>';
    expect(fieldText(document.querySelector('div')!)).toBe('a\nb');
  });
});
