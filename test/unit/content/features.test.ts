// @vitest-environment happy-dom
// The content script's features together in one frame, against a fake background: what reaches
// the background when the agent focuses a field (only trusted focus), where the popup's insert
// goes, and one settings source feeding every feature (a change costs this frame one read).

import { UI_PARTS } from '../../../src/overlay/ui/parts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACKS } from '../../../src/core/index';
import { startContent } from '../../../src/content/index';
import { DEFAULT_PAGE_SETTINGS } from '../../../src/content/settings';
import { fieldLabel } from '../../../src/content/features/insert-bridge';
import { triggerAt } from '../../../src/content/features/quick-insert';
import type { PageSettings } from '../../../src/messaging/protocol';
import { fakeBackground, fakeCtx } from './fakes';

/** A fake background: answers what a frame asks (its settings can change) and records every request. */
function background() {
  const state = { settings: { ...DEFAULT_PAGE_SETTINGS } as PageSettings };
  const bg = fakeBackground({
    'cg:page-settings': () => state.settings,
    'cg:get-pack': () => PACKS.cn,
    'cg:field-focused': () => true,
  });
  return { ...bg, state };
}

/** An event as the browser makes it for a person's action (happy-dom marks none as trusted). */
function trusted(el: Element, e: Event) {
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}
const press = (el: Element) => trusted(el, new PointerEvent('pointerdown', { bubbles: true, composed: true }));

const liveRegion = () => document.querySelector('collectguard-ui')?.shadowRoot?.querySelector('[data-cg-live]')?.textContent ?? '';

let stop: () => void = () => undefined;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});
afterEach(() => stop());

describe('insert bridge', () => {
  it('only a person’s press in a field makes it the insert target, not a focus a script can cause, and the insert goes there', async () => {
    const bg = background();
    document.body.innerHTML = `<textarea id="sms" aria-label="短信内容"></textarea><textarea id="ad" aria-label="广告框"></textarea>`;
    const sms = document.getElementById('sms') as HTMLTextAreaElement;
    const ad = document.getElementById('ad') as HTMLTextAreaElement;
    const started = fakeCtx();
    stop = started.stop;
    const env = await startContent(started.ctx, { noHighlights: true, uiParts: UI_PARTS });

    press(sms);
    await vi.waitFor(() => expect(bg.of('cg:field-focused')).toEqual([{ type: 'cg:field-focused', label: '短信内容' }]));
    // A script focuses another field (the browser marks that focus as trusted), fires a synthetic
    // focusin and a synthetic press on it.
    ad.focus();
    trusted(ad, new FocusEvent('focusin', { bubbles: true, composed: true }));
    ad.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    ad.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'a' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(bg.of('cg:field-focused')).toHaveLength(1);

    const reply = await env.inbox.receive({ type: 'cg:insert', text: '您好' });
    expect(reply).toEqual({ ok: true });
    expect(sms.value).toBe('您好');
    expect(ad.value).toBe('');
  });

  it('Tab into a field (its keyup lands there) makes it the target', async () => {
    const bg = background();
    document.body.innerHTML = `<textarea id="sms" aria-label="短信内容"></textarea>`;
    const started = fakeCtx();
    stop = started.stop;
    await startContent(started.ctx, { noHighlights: true, uiParts: UI_PARTS });
    trusted(document.getElementById('sms')!, new KeyboardEvent('keyup', { bubbles: true, composed: true, key: 'Tab' }));
    await vi.waitFor(() => expect(bg.of('cg:field-focused')).toHaveLength(1));
  });

  it('reports nothing about where it runs but the field’s label', async () => {
    const bg = background();
    document.body.innerHTML = `<textarea aria-label="短信内容"></textarea>`;
    const started = fakeCtx();
    stop = started.stop;
    await startContent(started.ctx, { noHighlights: true, uiParts: UI_PARTS });
    press(document.querySelector('textarea')!);
    await vi.waitFor(() => expect(bg.of('cg:field-focused')).toHaveLength(1));
    expect(Object.keys(bg.of('cg:field-focused')[0]!).sort()).toEqual(['label', 'type']);
  });
});

describe('one settings source per frame', () => {
  it('a settings change costs the frame one read, and pausing the site removes the in-page UI', async () => {
    const bg = background();
    document.body.innerHTML = `<textarea></textarea>`;
    const ta = document.querySelector('textarea')!;
    const started = fakeCtx();
    stop = started.stop;
    const env = await startContent(started.ctx, { noHighlights: true, uiParts: UI_PARTS });
    ta.value = '你这个老赖';
    ta.focus();
    await vi.waitFor(() => expect(liveRegion()).toMatch(/发现\d+处问题/), { timeout: 5000 });
    const before = bg.of('cg:page-settings').length;

    bg.state.settings = { ...DEFAULT_PAGE_SETTINGS, active: false };
    await env.inbox.receive({ type: 'cg:settings-changed' });
    await vi.waitFor(() => expect(document.querySelector('collectguard-ui')).toBeNull());
    expect(bg.of('cg:page-settings').length - before).toBe(1);
  });
});

describe('quick insert and field labels', () => {
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
