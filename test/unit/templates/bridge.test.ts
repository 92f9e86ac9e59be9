// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldLabel, triggerAt } from '../../../src/page/template-bridge';

describe('template bridge helpers', () => {
  it('finds the typed trigger right before the caret, not in URLs', () => {
    expect(triggerAt('您好//', 4)).toEqual({ start: 2, end: 4 });
    expect(triggerAt('//', 2)).toEqual({ start: 0, end: 2 });
    expect(triggerAt('您好、、', 4)).toEqual({ start: 2, end: 4 });
    expect(triggerAt('http://', 7)).toBeNull();
    expect(triggerAt('a///', 4)).toBeNull();
    expect(triggerAt('您好/', 3)).toBeNull();
    expect(triggerAt('//之后', 4)).toBeNull();
  });

  it('names a field by aria-label, placeholder, label or name', () => {
    document.body.innerHTML = `
      <textarea id="a" aria-label="短信正文"></textarea>
      <textarea id="b" placeholder="请输入短信内容"></textarea>
      <label for="c">消息</label><textarea id="c"></textarea>
      <label>内容 <input id="d"></label>
      <div id="e" contenteditable="true" data-placeholder="这里写短信"></div>
      <textarea id="f" placeholder="一个非常非常非常非常非常非常非常非常长的占位文字说明"></textarea>`;
    const label = (id: string) => fieldLabel(document.getElementById(id)!);
    expect(label('a')).toBe('短信正文');
    expect(label('b')).toBe('请输入短信内容');
    expect(label('c')).toBe('消息');
    expect(label('d')).toBe('内容');
    expect(label('e')).toBe('这里写短信');
    expect(label('f')).toHaveLength(24);
    expect(label('f').endsWith('…')).toBe(true);
  });
});
