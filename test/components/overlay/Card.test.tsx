// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../src/overlay/ui/Card';
import type { ShownFinding } from '../../../src/overlay/ui/types';
import { insult, pressure, viewport } from './fixtures';

afterEach(cleanup);

const anchor = { x: 120, y: 210, w: 28, h: 20 };

function setup(finding: ShownFinding = insult, opts: { lang?: 'zh' | 'en'; focus?: boolean } = {}) {
  const cb = { onFix: vi.fn(), onIgnore: vi.fn(), onAllow: vi.fn(), onClose: vi.fn(), onNext: vi.fn() };
  const r = render(<Card finding={finding} lang={opts.lang ?? 'zh'} anchor={anchor} viewport={viewport} focus={opts.focus ?? false} {...cb} />);
  const card = r.container.querySelector('[data-cg-card]') as HTMLElement;
  return { ...r, ...cb, card };
}

describe('Card', () => {
  it('is a dialog answering what, why and what instead, in that order', () => {
    const { card } = setup();
    expect(card.getAttribute('role')).toBe('dialog');
    const text = card.textContent!;
    const what = text.indexOf('「老赖」是对债务人的侮辱性称呼');
    const why = text.indexOf('依据：《治安管理处罚法》');
    const instead = text.indexOf('建议改为');
    expect(what).toBeGreaterThanOrEqual(0);
    expect(why).toBeGreaterThan(what);
    expect(instead).toBeGreaterThan(why);
    expect(card.querySelector('[data-cg-fix]')!.textContent).toBe('应用修改');
    expect(card.querySelector('[data-cg-ignore]')!.textContent).toBe('忽略一次');
    expect(card.querySelector('[data-cg-allow]')!.textContent).toBe('始终允许此词');
    // Icons and words, not colour alone.
    expect(card.querySelector('[data-icon="error"]')).not.toBeNull();
    expect(text).toContain('错误');
  });

  it('buttons call back', () => {
    const { card, onFix, onIgnore, onAllow, onClose } = setup(pressure);
    fireEvent.click(card.querySelector('[data-cg-ignore]')!);
    fireEvent.click(card.querySelector('[data-cg-allow]')!);
    fireEvent.click(card.querySelector('button.x')!);
    expect(onIgnore).toHaveBeenCalledTimes(1);
    expect(onAllow).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
    const again = setup();
    fireEvent.click(again.card.querySelector('[data-cg-fix]')!);
    expect(again.onFix).toHaveBeenCalledTimes(1);
    expect(onFix).not.toHaveBeenCalled();
  });

  it('"always allow" on an error asks first: it silences the words on every site', () => {
    const { card, onAllow } = setup();
    fireEvent.click(card.querySelector('[data-cg-allow]')!);
    expect(onAllow).not.toHaveBeenCalled();
    expect(card.querySelector('[data-cg-allow-confirm-box]')!.textContent).toContain('「老赖」将在所有网站都不再提示');
    fireEvent.click(card.querySelector('[data-cg-allow-cancel]')!);
    expect(card.querySelector('[data-cg-allow-confirm-box]')).toBeNull();
    fireEvent.click(card.querySelector('[data-cg-allow]')!);
    fireEvent.click(card.querySelector('[data-cg-allow-confirm]')!);
    expect(onAllow).toHaveBeenCalledTimes(1);
  });

  it('says "Enter 应用" only while the focus is in the card', () => {
    const hover = setup(insult, { focus: false });
    expect(hover.card.querySelector('.hint')!.textContent).toBe('Esc 关闭');
    cleanup();
    const keyboard = setup(insult, { focus: true });
    expect(keyboard.card.querySelector('.hint')!.textContent).toBe('Enter 应用 · Esc 关闭');
  });

  it('offers no "always allow" when the organisation locks the allowlist', () => {
    const r = render(<Card finding={insult} lang="zh" anchor={anchor} viewport={viewport} focus={false} onFix={vi.fn()} onIgnore={vi.fn()} onClose={vi.fn()} onNext={vi.fn()} />);
    const card = r.container.querySelector('[data-cg-card]')!;
    expect(card.querySelector('[data-cg-allow]')).toBeNull();
    expect(card.querySelector('[data-cg-ignore]')).not.toBeNull();
  });

  it('Enter applies the fix, Escape closes, Alt+J moves on', () => {
    const { card, onFix, onClose, onNext } = setup();
    fireEvent.keyDown(card, { key: 'Enter' });
    expect(onFix).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(card, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledWith(true);
    fireEvent.keyDown(card, { key: 'j', code: 'KeyJ', altKey: true });
    expect(onNext).toHaveBeenCalledWith(1);
    fireEvent.keyDown(card, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true });
    expect(onNext).toHaveBeenCalledWith(-1);
  });

  it('Enter on a secondary button activates that button, not the fix', () => {
    const { card, onFix } = setup();
    fireEvent.keyDown(card.querySelector('[data-cg-ignore]')!, { key: 'Enter' });
    expect(onFix).not.toHaveBeenCalled();
  });

  it('without a suggestion there is no fix and Enter does nothing', () => {
    const { card, onFix } = setup(pressure);
    expect(card.querySelector('[data-cg-fix]')).toBeNull();
    fireEvent.keyDown(card, { key: 'Enter' });
    expect(onFix).not.toHaveBeenCalled();
    expect(card.textContent).toContain('警告');
  });

  it('opened from the keyboard, focus goes to the primary button', () => {
    const { card } = setup(insult, { focus: true });
    expect(document.activeElement).toBe(card.querySelector('[data-cg-fix]'));
  });

  it('speaks English', () => {
    const { card } = setup(insult, { lang: 'en' });
    expect(card.querySelector('[data-cg-fix]')!.textContent).toBe('Apply fix');
    expect(card.querySelector('[data-cg-ignore]')!.textContent).toBe('Ignore once');
    expect(card.querySelector('[data-cg-allow]')!.textContent).toBe('Always allow this phrase');
    expect(card.textContent).toContain('Source: 《治安管理处罚法》');
  });

  it('in English, shows the Chinese words the fix inserts with what they mean', () => {
    const { card } = setup({ ...insult, suggestionGloss: 'you (polite)' }, { lang: 'en' });
    expect(card.querySelector('.val')!.textContent).toBe('您');
    expect(card.querySelector('.gloss')!.textContent).toBe('you (polite)');
  });
});
