// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../src/overlay/ui/Panel';
import { insult, pressure, quiet, view, viewport } from './fixtures';

afterEach(cleanup);

const anchor = { x: 420, y: 276, w: 80, h: 22 };

function setup(over: Parameters<typeof view>[0] = {}, lang: 'zh' | 'en' = 'zh') {
  const cb = { onClose: vi.fn(), onFix: vi.fn(), onShow: vi.fn(), onAudience: vi.fn() };
  const r = render(<Panel view={view(over)} lang={lang} anchor={anchor} viewport={viewport} focus={false} {...cb} />);
  return { ...r, ...cb };
}

describe('Panel', () => {
  it('lists every finding with the contract attributes', () => {
    const { container } = setup({ findings: [insult, pressure, quiet] });
    const rows = [...container.querySelectorAll('[data-rule-id]')];
    expect(rows.map((r) => r.getAttribute('data-rule-id'))).toEqual([insult.ruleId, pressure.ruleId, quiet.ruleId]);
    expect(rows.map((r) => r.getAttribute('data-category'))).toEqual(['insult', 'pressure', 'time_window']);
    expect(rows.map((r) => r.getAttribute('data-severity'))).toEqual(['error', 'warning', 'error']);
    expect(rows.map((r) => [r.getAttribute('data-start'), r.getAttribute('data-end')])).toEqual([
      ['3', '5'],
      ['10', '14'],
      ['0', '0'],
    ]);
    // A fix button only where there is a suggestion for a span.
    expect(rows.map((r) => !!r.querySelector('[data-cg-fix]'))).toEqual([true, false, false]);
    expect(rows[0]!.textContent).toContain('「老赖」是对债务人的侮辱性称呼');
    expect(rows[0]!.textContent).toContain('侮辱谩骂');
    expect(rows[0]!.textContent).toContain('错误');
    expect(rows[0]!.textContent).toContain('《治安管理处罚法》');
    expect(rows[2]!.textContent).toContain('整条短信');
  });

  it('calls onFix with the finding key', () => {
    const { container, onFix } = setup();
    fireEvent.click(container.querySelector('[data-cg-fix]')!);
    expect(onFix).toHaveBeenCalledWith(insult.key);
  });

  it('has the audience switch, preset and changeable', () => {
    const { container, onAudience } = setup({ audience: 'third_party' });
    const debtor = container.querySelector('[data-cg-audience="debtor"]')!;
    const third = container.querySelector('[data-cg-audience="third_party"]')!;
    expect(debtor.textContent).toBe('本人');
    expect(third.textContent).toBe('第三方');
    expect(third.getAttribute('aria-pressed')).toBe('true');
    expect(debtor.getAttribute('aria-pressed')).toBe('false');
    expect(container.textContent).toContain('自动识别');
    fireEvent.click(debtor);
    expect(onAudience).toHaveBeenCalledWith('debtor');
  });

  it('Escape and the close button close it', () => {
    const { container, onClose } = setup();
    fireEvent.keyDown(container.querySelector('[data-cg-panel]')!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(container.querySelector('button.x')!);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('says so when there is nothing to fix', () => {
    const { container } = setup({ findings: [] });
    expect(container.querySelectorAll('[data-rule-id]').length).toBe(0);
    expect(container.textContent).toContain('未发现问题');
  });

  it('speaks English', () => {
    const { container } = setup({}, 'en');
    expect(container.textContent).toContain('Compliance check');
    expect(container.querySelector('[data-cg-fix]')!.textContent).toBe('Apply fix');
    expect(container.querySelector('[data-cg-audience="third_party"]')!.textContent).toBe('Third party');
    expect(container.textContent).toContain('Insult');
  });
});
