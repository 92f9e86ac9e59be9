// @vitest-environment happy-dom
// The field's purpose in the panel ([data-cg-purpose]) and on the badge: an internal note shows
// no SMS count and no audience switch; switching acts on trusted clicks only, not when the
// organisation fixes it.

import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../../src/overlay/ui/Badge';
import { Panel } from '../../../src/overlay/ui/Panel';
import { renderGuarded, view, viewport } from './fixtures';

afterEach(cleanup);

function panel(over: Parameters<typeof view>[0], byPerson = true) {
  const onPurpose = vi.fn();
  const ui = <Panel view={view(over)} lang="zh" viewport={viewport} focus={false} onClose={vi.fn()} onFix={vi.fn()} onShow={vi.fn()} onAudience={vi.fn()} onPurpose={onPurpose} />;
  // A page script's events are the ones the overlay's guarded shadow root stops.
  const r = byPerson ? render(ui) : renderGuarded(ui);
  return { ...r, onPurpose, $: (s: string) => r.container.querySelector<HTMLButtonElement>(s) };
}

describe('purpose in the panel', () => {
  it('shows the purpose on [data-cg-purpose] and switches it', () => {
    const { $, onPurpose } = panel({});
    expect($('[data-cg-purpose]')!.getAttribute('data-cg-purpose')).toBe('message');
    expect($('[data-cg-purpose-option="message"]')!.getAttribute('aria-pressed')).toBe('true');
    expect($('[data-cg-audience-switch]')).not.toBeNull();
    fireEvent.click($('[data-cg-purpose-option="note"]')!);
    expect(onPurpose).toHaveBeenCalledWith('note');
  });

  it('a note: the privacy-only hint instead of the audience switch', () => {
    const { $, container } = panel({ purpose: 'note', purposeChosen: true, findings: [] });
    expect($('[data-cg-purpose]')!.getAttribute('data-cg-purpose')).toBe('note');
    expect($('[data-cg-audience-switch]')).toBeNull();
    expect(container.textContent).toContain('只检查身份证号和银行卡号');
  });

  it('fixed by the organisation: not switchable, and says so', () => {
    const { $, container, onPurpose } = panel({ purpose: 'note', purposeFixed: true });
    expect($('[data-cg-purpose-option="message"]')!.disabled).toBe(true);
    fireEvent.click($('[data-cg-purpose-option="message"]')!);
    expect(onPurpose).not.toHaveBeenCalled();
    expect(container.textContent).toContain('由组织设定');
  });

  it('a page script’s click does not switch it', () => {
    const { $, onPurpose } = panel({}, false);
    fireEvent.click($('[data-cg-purpose-option="note"]')!);
    expect(onPurpose).not.toHaveBeenCalled();
  });
});

describe('the badge of a note', () => {
  it('says 备注 instead of an SMS count', () => {
    const r = render(<Badge view={view({ purpose: 'note', findings: [] })} lang="zh" open={false} onOpen={vi.fn()} />);
    const b = r.container.querySelector('[data-cg-badge]')!;
    expect(b.getAttribute('data-purpose')).toBe('note');
    expect(b.textContent).toBe('备注');
    expect(b.getAttribute('aria-label')).toContain('内部备注');
  });
});
