// @vitest-environment happy-dom
// The send guard's dialog: the SPEC contract attributes, 返回修改 as the default (Enter and Esc),
// no 仍然发送 in block mode, a required reason, and (in the guarded shadow root) a person's events only.

import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuardDialog, reasonCategory, type GuardDialogProps } from '../../../src/overlay/ui/GuardDialog';
import { insult, quiet, renderGuarded } from './fixtures';

afterEach(cleanup);

function setup(over: Partial<GuardDialogProps> = {}) {
  const cb = { onBack: vi.fn(), onSend: vi.fn(), onJump: vi.fn() };
  const r = render(<GuardDialog mode="confirm" lang="zh" items={[{ field: 0, finding: insult }, { field: 0, finding: quiet }]} fields={1} requireReason={false} {...cb} {...over} />);
  const $ = (sel: string) => r.container.querySelector<HTMLElement>(sel);
  return { ...r, ...cb, $ };
}

describe('GuardDialog', () => {
  it('confirm mode: the errors, 返回修改 focused, and 仍然发送', () => {
    const { $, container } = setup();
    const d = $('[data-cg-send-guard]')!;
    expect(d.getAttribute('data-mode')).toBe('confirm');
    expect(d.getAttribute('role')).toBe('alertdialog');
    expect(d.textContent).toContain('发送前发现2处错误');
    expect([...container.querySelectorAll('[data-rule-id]')].map((r) => r.getAttribute('data-rule-id'))).toEqual([insult.ruleId, quiet.ruleId]);
    expect(d.textContent).toContain('「老赖」');
    expect(d.textContent).toContain('整条短信');
    expect($('[data-cg-guard-back]')!.textContent).toBe('返回修改');
    expect($('[data-cg-guard-send]')!.textContent).toBe('仍然发送');
    expect(document.activeElement).toBe($('[data-cg-guard-back]'));
    expect($('[data-cg-guard-reason]')).toBeNull();
  });

  it('block mode: no way past', () => {
    const { $ } = setup({ mode: 'block' });
    expect($('[data-cg-send-guard]')!.getAttribute('data-mode')).toBe('block');
    expect($('[data-cg-guard-send]')).toBeNull();
    expect($('[data-cg-send-guard]')!.textContent).toContain('不能发送');
  });

  it('Enter and Esc go back; Enter on a focused 仍然发送 does not', () => {
    const a = setup();
    fireEvent.keyDown(a.$('[data-cg-guard-back]')!, { key: 'Enter' });
    expect(a.onBack).toHaveBeenCalledTimes(1);
    cleanup();
    const b = setup();
    fireEvent.keyDown(b.$('[data-cg-send-guard]')!, { key: 'Escape' });
    expect(b.onBack).toHaveBeenCalledTimes(1);
    cleanup();
    const c = setup();
    fireEvent.keyDown(c.$('[data-cg-guard-send]')!, { key: 'Enter' });
    expect(c.onBack).not.toHaveBeenCalled();
    fireEvent.click(c.$('[data-cg-guard-send]')!);
    expect(c.onSend).toHaveBeenCalledWith(undefined);
  });

  it('one outcome only: a second click does nothing', () => {
    const { $, onSend, onBack } = setup();
    fireEvent.click($('[data-cg-guard-send]')!);
    fireEvent.click($('[data-cg-guard-send]')!);
    fireEvent.click($('[data-cg-guard-back]')!);
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onBack).not.toHaveBeenCalled();
  });

  it('a required reason: 仍然发送 waits for it; the category of a suggestion is passed on, anything else is "other"', () => {
    const { $, onSend } = setup({ requireReason: true });
    const input = $('[data-cg-guard-reason]') as HTMLInputElement;
    expect(input).not.toBeNull();
    expect(($('[data-cg-guard-send]') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(input, { target: { value: '主管已批准' } });
    expect(($('[data-cg-guard-send]') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click($('[data-cg-guard-send]')!);
    expect(onSend).toHaveBeenCalledWith('approved');
    expect(reasonCategory('The customer asked for it')).toBe('customer_request');
    expect(reasonCategory('客户说明天还')).toBe('other');
  });

  it('a reason is not asked in block mode', () => {
    const { $ } = setup({ mode: 'block', requireReason: true });
    expect($('[data-cg-guard-reason]')).toBeNull();
  });

  it('an error jumps to its span', () => {
    const { container, onJump } = setup();
    fireEvent.click(container.querySelector('[data-cg-guard-jump]')!);
    expect(onJump).toHaveBeenCalledWith({ field: 0, finding: insult });
  });

  it('events a page script makes are ignored (isTrusted false)', () => {
    const cb = { onBack: vi.fn(), onSend: vi.fn(), onJump: vi.fn() };
    const r = renderGuarded(<GuardDialog mode="confirm" lang="en" items={[{ field: 0, finding: insult }]} fields={1} requireReason={false} {...cb} />);
    fireEvent.click(r.container.querySelector('[data-cg-guard-send]')!);
    fireEvent.keyDown(r.container.querySelector('[data-cg-send-guard]')!, { key: 'Escape' });
    expect(cb.onSend).not.toHaveBeenCalled();
    expect(cb.onBack).not.toHaveBeenCalled();
    expect(r.container.textContent).toContain('Send anyway');
  });
});
