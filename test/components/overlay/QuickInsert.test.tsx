// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/core/index';
import { QuickInsert } from '../../../src/overlay/quick-insert/QuickInsert';
import { BUILTIN_TEMPLATES, exampleValues, render as renderTemplate } from '../../../src/templates/index';

afterEach(cleanup);

function setup(remembered = {}, lintFn: (text: string, audience: 'debtor' | 'third_party') => ReturnType<typeof lint> | null = (text, audience) => lint(text, { audience })) {
  const onInsert = vi.fn();
  const onClose = vi.fn();
  const r = render(
    <QuickInsert
      lang="zh"
      templates={BUILTIN_TEMPLATES}
      last={{ byScenario: { first_overdue: 'first_overdue.firm' } }}
      remembered={remembered}
      caret={{ x: 100, top: 100, bottom: 120 }}
      viewport={{ w: 1200, h: 800 }}
      lint={lintFn}
      onInsert={onInsert}
      onClose={onClose}
    />,
  );
  const $ = <T extends HTMLElement = HTMLElement>(s: string) => r.container.querySelector<T>(s);
  const $$ = (s: string) => [...r.container.querySelectorAll<HTMLElement>(s)];
  return { ...r, $, $$, onInsert, onClose };
}

describe('QuickInsert', () => {
  it('opens below the caret with the filter focused', async () => {
    const { $ } = setup();
    const dialog = $('[data-cg-quick-insert]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.style.top).toBe('126px');
    await waitFor(() => expect(document.activeElement).toBe($('[data-cg-qi-search]')));
  });

  it('type to filter, Enter to choose (last used first), fill, Enter to insert', async () => {
    const { $, $$, onInsert } = setup({ platform: '安信贷' });
    const search = $<HTMLInputElement>('[data-cg-qi-search]')!;
    fireEvent.input(search, { target: { value: 'scyq' } });
    await waitFor(() => expect($$('[data-template-id]').map((e) => e.dataset.templateId)).toEqual(['first_overdue.firm', 'first_overdue.gentle', 'first_overdue.standard']));
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    expect($<HTMLInputElement>('[data-var="platform"]')!.value).toBe('安信贷');
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.var).toBe('salutation'));
    // Enter with missing values: nothing inserted, the first missing field gets the focus.
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onInsert).not.toHaveBeenCalled();
    const values = exampleValues();
    for (const input of $$('[data-var]')) fireEvent.input(input, { target: { value: values[input.dataset.var as keyof typeof values] } });
    await waitFor(() => expect($('[data-cg-mark="ok"]')).not.toBeNull());
    // The form's submit event is not an insert: a page's script can have the browser fire it.
    fireEvent.submit($('form')!);
    expect(onInsert).not.toHaveBeenCalled();
    fireEvent.keyDown($('[data-var="salutation"]')!, { key: 'Enter' });
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'first_overdue.firm')!;
    expect(onInsert).toHaveBeenCalledWith(t, renderTemplate(t, values).text, expect.objectContaining({ salutation: '张先生' }));
  });

  it('shows no verdict while the rule pack is not there yet (lint gives null), never 合规', async () => {
    const { $, $$ } = setup({}, () => null);
    fireEvent.keyDown($<HTMLInputElement>('[data-cg-qi-search]')!, { key: 'Enter' });
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    const values = exampleValues();
    for (const input of $$('[data-var]')) fireEvent.input(input, { target: { value: values[input.dataset.var as keyof typeof values] } });
    await waitFor(() => expect($('[data-cg-preview-text]')!.textContent).not.toContain('〔'));
    expect($('[data-cg-mark]')).toBeNull();
  });

  it('the Enter that commits a pinyin composition neither chooses nor inserts', async () => {
    const { $, $$, onInsert } = setup();
    const search = $<HTMLInputElement>('[data-cg-qi-search]')!;
    fireEvent.keyDown(search, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(search, { key: 'Enter', keyCode: 229 });
    expect($$('[data-var]')).toHaveLength(0);
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fireEvent.keyDown($('[data-var]')!, { key: 'Enter', isComposing: true });
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('lists each template with a preview of its text', () => {
    const { $ } = setup();
    expect($('[data-template-id="first_overdue.firm"] .cg-excerpt')!.textContent!.length).toBeGreaterThan(10);
  });

  it('Escape closes without inserting', () => {
    const { $, onClose, onInsert } = setup();
    fireEvent.keyDown($('[data-cg-qi-search]')!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onInsert).not.toHaveBeenCalled();
  });

  it('opens above the caret near the bottom of the viewport', () => {
    const onClose = vi.fn();
    const r = render(
      <QuickInsert lang="en" templates={BUILTIN_TEMPLATES} last={{ byScenario: {} }} remembered={{}} caret={{ x: 1190, top: 760, bottom: 780 }} viewport={{ w: 1200, h: 800 }} lint={() => []} onInsert={vi.fn()} onClose={onClose} />,
    );
    const dialog = r.container.querySelector<HTMLElement>('[data-cg-quick-insert]')!;
    expect(dialog.style.bottom).toBe('46px');
    expect(dialog.style.left).toBe(`${1200 - 440 - 8}px`);
    expect(dialog.getAttribute('aria-label')).toBe('Insert a template');
  });
});
