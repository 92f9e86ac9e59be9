// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../src/overlay/ui/Panel';
import { insult, pressure, quiet, view, viewport } from './fixtures';

afterEach(cleanup);

function setup(over: Parameters<typeof view>[0] = {}, lang: 'zh' | 'en' = 'zh') {
  const cb = { onClose: vi.fn(), onFix: vi.fn(), onShow: vi.fn(), onAudience: vi.fn() };
  const r = render(<Panel view={view(over)} lang={lang} viewport={viewport} focus={false} {...cb} />);
  return { ...r, ...cb };
}

describe('Panel', () => {
  it('lists every finding with the contract attributes, errors first, then in the order of the text', () => {
    const { container } = setup({ findings: [insult, pressure, quiet] });
    const rows = [...container.querySelectorAll('[data-rule-id]')];
    expect(rows.map((r) => r.getAttribute('data-rule-id'))).toEqual([insult.ruleId, quiet.ruleId, pressure.ruleId]);
    expect(rows.map((r) => r.getAttribute('data-category'))).toEqual(['insult', 'time_window', 'pressure']);
    expect(rows.map((r) => r.getAttribute('data-severity'))).toEqual(['error', 'error', 'warning']);
    expect(rows.map((r) => [r.getAttribute('data-start'), r.getAttribute('data-end')])).toEqual([
      ['3', '5'],
      ['0', '0'],
      ['10', '14'],
    ]);
    // A fix button only where there is a suggestion for a span.
    expect(rows.map((r) => !!r.querySelector('[data-cg-fix]'))).toEqual([true, false, false]);
    expect(rows[0]!.textContent).toContain('「老赖」是对债务人的侮辱性称呼');
    expect(rows[0]!.textContent).toContain('侮辱谩骂');
    expect(rows[0]!.textContent).toContain('错误');
    expect(rows[0]!.textContent).toContain('《治安管理处罚法》');
    expect(rows[1]!.textContent).toContain('整条短信');
  });

  it('calls onFix with the finding key', () => {
    const { container, onFix } = setup();
    fireEvent.click(container.querySelector('[data-cg-fix]')!);
    expect(onFix).toHaveBeenCalledWith(insult.key);
  });

  it('has the recipient switch: 自动 (what the text says), 本人, 第三方', () => {
    const { container, onAudience } = setup({ audience: 'third_party', detected: 'third_party' });
    const auto = container.querySelector('[data-cg-audience="auto"]')!;
    const debtor = container.querySelector('[data-cg-audience="debtor"]')!;
    const third = container.querySelector('[data-cg-audience="third_party"]')!;
    expect([auto.textContent, debtor.textContent, third.textContent]).toEqual(['自动', '本人', '第三方']);
    expect(auto.getAttribute('aria-pressed')).toBe('true');
    expect(third.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('[data-cg-detected]')!.textContent).toBe('识别为第三方');
    fireEvent.click(debtor);
    expect(onAudience).toHaveBeenCalledWith('debtor');
  });

  it('a chosen recipient is pressed, and 自动 takes it back', () => {
    const { container, onAudience } = setup({ audience: 'debtor', audienceMode: 'debtor', detected: 'third_party' });
    expect(container.querySelector('[data-cg-audience="debtor"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('[data-cg-detected]')).toBeNull();
    fireEvent.click(container.querySelector('[data-cg-audience="auto"]')!);
    expect(onAudience).toHaveBeenCalledWith('auto');
  });

  it('asks when the text does not say who it is for', () => {
    const { container } = setup({ detected: 'unsure' });
    expect(container.querySelector('[data-cg-audience-switch]')!.getAttribute('data-audience')).toBe('unsure');
    expect(container.querySelector('[data-cg-detected]')!.textContent).toBe('无法判断，请选择');
  });

  it('with nothing found and the recipient unknown, it says for whom it checked', () => {
    const { container } = setup({ findings: [], detected: 'unsure' });
    expect(container.querySelector('.empty')!.textContent).toContain('按发给本人检查');
  });

  it('shows the 合规 mark for a compliant message', () => {
    const { container } = setup({ findings: [], compliant: true });
    expect(container.querySelector('[data-cg-compliant]')!.textContent).toContain('合规');
  });

  it('one row per problem: findings about the same words show every category', () => {
    const also = { ...insult, ruleId: 'cn.third_party_disclosure.debt_terms', category: 'third_party_disclosure' as const, message: '向第三方提及债务', suggestion: undefined };
    const { container } = setup({ findings: [{ ...insult, also: [also] }] });
    const rows = [...container.querySelectorAll('[data-rule-id]')];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.getAttribute('data-also')).toBe('cn.third_party_disclosure.debt_terms');
    expect(rows[0]!.textContent).toContain('侮辱谩骂、向第三方泄露');
    expect(rows[0]!.textContent).toContain('向第三方提及债务');
  });

  it('opens below the field, never over it, and keeps its side while the list changes', () => {
    const { container, rerender } = setup();
    const panel = () => container.querySelector('[data-cg-panel]') as HTMLElement;
    // fixtures: the field's box is x 100..500, y 200..300
    expect(panel().getAttribute('data-side')).toBe('below');
    expect(parseFloat(panel().style.top)).toBeGreaterThanOrEqual(300);
    const cb = { onClose: vi.fn(), onFix: vi.fn(), onShow: vi.fn(), onAudience: vi.fn() };
    rerender(<Panel view={view({ findings: [insult] })} lang="zh" viewport={viewport} focus={false} {...cb} />);
    expect(panel().getAttribute('data-side')).toBe('below');
  });

  it('with little room on its side the whole panel scrolls, so the findings stay reachable', () => {
    const cb = { onClose: vi.fn(), onFix: vi.fn(), onShow: vi.fn(), onAudience: vi.fn() };
    const panel = (c: Element) => c.querySelector('[data-cg-panel]') as HTMLElement;
    // fixtures: the field's box is x 100..500, y 200..300; in a frame 600 × 460 nothing fits beside
    // it and under 200 px are left above or below it.
    const short = render(<Panel view={view()} lang="zh" viewport={{ ...viewport, w: 600, h: 460 }} focus={false} {...cb} />);
    expect(parseFloat(panel(short.container).style.maxHeight)).toBeLessThan(200);
    expect(panel(short.container).classList.contains('short')).toBe(true);
    short.unmount();
    const roomy = render(<Panel view={view()} lang="zh" viewport={viewport} focus={false} {...cb} />);
    expect(panel(roomy.container).classList.contains('short')).toBe(false);
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
    // Severity labels are capitalised; the summary is a line of its own under the title.
    expect(container.querySelector('.row .sev')!.textContent).toBe('Error');
    expect(container.querySelector('.title .sub')!.textContent).toBe('2 issues · 16 chars · 1 SMS');
  });
});
