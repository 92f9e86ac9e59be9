// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../../src/overlay/ui/Badge';
import { quiet, view } from './fixtures';

afterEach(cleanup);

describe('Badge', () => {
  it('carries the public contract: data-cg-badge, data-count, data-max-severity', () => {
    const { container } = render(<Badge view={view()} lang="zh" open={false} onOpen={() => {}} />);
    const b = container.querySelector('[data-cg-badge]')!;
    expect(b).not.toBeNull();
    expect(b.getAttribute('data-count')).toBe('2');
    expect(b.getAttribute('data-max-severity')).toBe('error');
    expect(b.textContent).toContain('2');
    expect(b.textContent).toContain('1条短信');
    // Colour is not the only signal: an icon and an accessible label say it too.
    expect(b.querySelector('[data-icon="error"]')).not.toBeNull();
    expect(b.getAttribute('aria-label')).toContain('2处问题');
  });

  it('a checked message with nothing wrong gets a clear 合规 mark and the segment count', () => {
    const { container } = render(<Badge view={view({ findings: [], segments: 2, compliant: true })} lang="zh" open={false} onOpen={() => {}} />);
    const b = container.querySelector('[data-cg-badge]')!;
    expect(b.getAttribute('data-count')).toBe('0');
    expect(b.getAttribute('data-max-severity')).toBe('none');
    expect(b.getAttribute('data-compliant')).toBe('true');
    expect(b.querySelector('[data-cg-compliant]')!.textContent).toBe('合规');
    expect(b.querySelector('[data-icon="ok"]')).not.toBeNull();
    expect(b.textContent).toContain('2条短信');
  });

  it('asks who the message is for when the text does not tell', () => {
    const { container } = render(<Badge view={view({ findings: [], detected: 'unsure' })} lang="zh" open={false} onOpen={() => {}} />);
    const b = container.querySelector('[data-cg-badge]')!;
    expect(b.getAttribute('data-audience')).toBe('unsure');
    expect(b.getAttribute('data-compliant')).toBe('false');
    expect(b.querySelector('[data-cg-ask-recipient]')!.textContent).toBe('收信人?');
  });

  it('compact: icon and count only, in the box it was given', () => {
    const { container } = render(<Badge view={view({ badge: { x: 10, y: 20, w: 30, h: 18, mode: 'compact' } })} lang="zh" open={false} onOpen={() => {}} />);
    const b = container.querySelector('[data-cg-badge]') as HTMLElement;
    expect(b.getAttribute('data-mode')).toBe('compact');
    expect(b.textContent).toBe('2');
    expect(b.querySelector('[data-icon="error"]')).not.toBeNull();
    expect([b.style.left, b.style.top, b.style.height, b.style.maxWidth]).toEqual(['10px', '20px', '18px', '30px']);
  });

  it('shows the quiet-hours mark', () => {
    const { container } = render(<Badge view={view({ findings: [quiet], quiet: true })} lang="zh" open={false} onOpen={() => {}} />);
    expect(container.querySelector('[data-icon="quiet"]')).not.toBeNull();
    expect(container.querySelector('[data-cg-badge]')!.getAttribute('data-quiet')).toBe('true');
  });

  it('speaks English', () => {
    const { container } = render(<Badge view={view()} lang="en" open={false} onOpen={() => {}} />);
    const b = container.querySelector('[data-cg-badge]')!;
    expect(b.textContent).toContain('1 SMS');
    expect(b.getAttribute('aria-label')).toContain('2 issues');
  });

  it('opens the panel on click; keyboard activation asks for focus', () => {
    const onOpen = vi.fn();
    const { container } = render(<Badge view={view()} lang="zh" open={false} onOpen={onOpen} />);
    const b = container.querySelector('[data-cg-badge]')!;
    fireEvent.click(b, { detail: 1 });
    expect(onOpen).toHaveBeenLastCalledWith(false);
    fireEvent.click(b, { detail: 0 });
    expect(onOpen).toHaveBeenLastCalledWith(true);
  });

  it('renders nothing without a placement', () => {
    const { container } = render(<Badge view={view({ badge: null })} lang="zh" open={false} onOpen={() => {}} />);
    expect(container.querySelector('[data-cg-badge]')).toBeNull();
  });
});
