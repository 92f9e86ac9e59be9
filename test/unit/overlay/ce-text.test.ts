// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildText, domPoint, domRange, textOffset } from '../../../src/overlay/adapters/ce-text';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('contenteditable text', () => {
  it('joins blocks with newlines, as Quill / ProseMirror / Lexical render them', () => {
    expect(buildText(editor('<p>你这个老赖</p><p>再不还钱</p>')).text).toBe('你这个老赖\n再不还钱');
    expect(buildText(editor('<p>a</p><p><br></p><p>b</p>')).text).toBe('a\n\nb');
    expect(buildText(editor('<p><br></p><p>b</p>')).text).toBe('\nb');
    expect(buildText(editor('<div><p>a</p></div><div><p>b</p></div>')).text).toBe('a\nb');
    expect(buildText(editor('<p><span data-lexical-text="true">老赖</span></p>')).text).toBe('老赖');
  });

  it('turns <br> into a newline except a block-final one', () => {
    expect(buildText(editor('a<br>b')).text).toBe('a\nb');
    expect(buildText(editor('<p>a<br></p>')).text).toBe('a');
    expect(buildText(editor('<p>a<br><br></p>')).text).toBe('a\n');
    expect(buildText(editor('a<br><div>b</div>')).text).toBe('a\nb');
    expect(buildText(editor('<div>a</div>b')).text).toBe('a\nb');
  });

  it('skips scripts, styles and embedded controls', () => {
    expect(buildText(editor('a<style>.x{}</style><script>1</script>b')).text).toBe('ab');
  });

  it('skips placeholders drawn inside the editable and lone zero-width caret anchors (Slate)', () => {
    const slateEmpty =
      '<p><span><span data-slate-placeholder="true" contenteditable="false" style="position: absolute; pointer-events: none; user-select: none">请输入短信内容</span>' +
      '<span data-slate-zero-width="n">\ufeff<br></span></span></p>';
    expect(buildText(editor(slateEmpty)).text).toBe('');
    expect(buildText(editor('<p>老赖</p><p><span>\ufeff<br></span></p><p>坐牢</p>')).text).toBe('老赖\n\n坐牢');
    // A selectable non-editable island (a mention) is text; a zero-width character inside a word stays.
    expect(buildText(editor('<p>找<span contenteditable="false">@张三</span>老\ufeff赖</p>')).text).toBe('找@张三老\ufeff赖');
  });

  it('maps offsets to DOM positions and back', () => {
    const ed = editor('<p>你这个<b>老赖</b>，</p><p>再不还钱</p>');
    const ce = buildText(ed);
    expect(ce.text).toBe('你这个老赖，\n再不还钱');
    const r = domRange(ce, 3, 5)!;
    expect(r.toString()).toBe('老赖');
    const r2 = domRange(ce, 5, 9)!;
    expect(r2.toString().replace(/\n/g, '')).toBe('，再不');
    const p = domPoint(ce, 7, 'forward')!;
    expect(p.node.data).toBe('再不还钱');
    expect(p.offset).toBe(0);
    const back = domPoint(ce, 7, 'backward')!;
    expect(back.node.data).toBe('，');
    expect(textOffset(ce, p.node, 2)).toBe(9);
    expect(textOffset(ce, ed.querySelector('b')!.firstChild!, 1)).toBe(4);
    expect(textOffset(ce, document.body, 0)).toBeNull();
  });

  it('every span of the text maps to a range with the same text (within one block)', () => {
    const ed = editor('<p>【安信贷】您好，<span>您的</span>借款<em>已逾期</em>3天</p>');
    const ce = buildText(ed);
    for (let s = 0; s < ce.text.length; s++) {
      for (let e = s + 1; e <= ce.text.length; e++) {
        expect(domRange(ce, s, e)!.toString()).toBe(ce.text.slice(s, e));
      }
    }
  });
});
