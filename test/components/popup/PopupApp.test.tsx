// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../src/popup/PopupApp';
import { BUILTIN_TEMPLATES, exampleValues, render as renderTemplate, templateVars } from '../../../src/templates/index';
import { TARGET, fakeApi } from './fakes';

afterEach(cleanup);

async function setup(api = fakeApi()) {
  const r = render(<PopupApp api={api} />);
  await waitFor(() => expect(r.container.querySelector('[data-template-id]')).not.toBeNull());
  const $ = <T extends Element = HTMLElement>(sel: string) => r.container.querySelector<T & Element>(sel) as T | null;
  const $$ = (sel: string) => [...r.container.querySelectorAll<HTMLElement>(sel)];
  return { ...r, api, $, $$ };
}

function fill(input: HTMLInputElement, value: string) {
  fireEvent.input(input, { target: { value } });
}

function fillAll(container: Element, values = exampleValues()) {
  for (const input of container.querySelectorAll<HTMLInputElement>('[data-var]')) {
    const key = input.dataset.var as keyof typeof values;
    fill(input, values[key] ?? '');
  }
}

describe('PopupApp: list', () => {
  it('lists every template grouped by scenario, with data-template-id', async () => {
    const { $$ } = await setup();
    expect($$('[data-template-id]').map((e) => e.dataset.templateId)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    expect($$('.cg-group-hd').map((e) => e.textContent)).toEqual(['到期前提醒', '首次逾期', '多次逾期', '紧急联系人转告', '协商分期', '减免优惠', '节假日问候', '承诺还款跟进', '还款确认']);
  });

  it('searching scyq keeps only 首次逾期; Escape clears the search', async () => {
    const { $, $$ } = await setup();
    const search = $<HTMLInputElement>('[data-cg-search]')!;
    fireEvent.input(search, { target: { value: 'scyq' } });
    await waitFor(() => expect($$('[data-template-id]').every((e) => e.dataset.templateId!.startsWith('first_overdue.'))).toBe(true));
    expect($$('.cg-group-hd').map((e) => e.textContent)).toEqual(['首次逾期']);
    fireEvent.input(search, { target: { value: 'nothing-like-this' } });
    await waitFor(() => expect($('.cg-list-empty')?.textContent).toContain('nothing-like-this'));
    fireEvent.keyDown(search, { key: 'Escape' });
    await waitFor(() => expect($$('[data-template-id]')).toHaveLength(BUILTIN_TEMPLATES.length));
  });

  it('is keyboard-navigable: arrows move the active option, Enter opens it and focuses the first empty field', async () => {
    const { $, $$ } = await setup();
    const search = $<HTMLInputElement>('[data-cg-search]')!;
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    await waitFor(() => expect($('.cg-opt-row.cg-active')?.dataset.templateId).toBe(BUILTIN_TEMPLATES[2]!.id));
    expect(search.getAttribute('aria-activedescendant')).toBe($('.cg-opt-row.cg-active')!.id);
    fireEvent.keyDown(search, { key: 'ArrowUp' });
    fireEvent.keyDown(search, { key: 'Enter' });
    const id = BUILTIN_TEMPLATES[1]!.id;
    await waitFor(() => expect($(`[data-cg-form="${id}"]`)).not.toBeNull());
    await waitFor(() => expect((document.activeElement as HTMLElement)?.dataset.var).toBe($$('[data-var]')[0]!.dataset.var));
    // Escape goes back to the search.
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).toBe(search);
  });

  it('preselects the last used template and marks the last one per scenario', async () => {
    const { $, $$ } = await setup(fakeApi({ last: { byScenario: { first_overdue: 'first_overdue.firm' }, last: 'first_overdue.firm' } }));
    await waitFor(() => expect($('[data-cg-form="first_overdue.firm"]')).not.toBeNull());
    const group = $$('[data-template-id^="first_overdue."]').map((e) => e.dataset.templateId);
    expect(group[0]).toBe('first_overdue.firm');
    expect($('[data-template-id="first_overdue.firm"] .cg-last')?.textContent).toBe('上次使用');
  });
});

describe('PopupApp: form and preview', () => {
  it('shows typed inputs (number for amounts, date for dates) with units, prefilled from remembered values', async () => {
    const { $, $$ } = await setup(fakeApi({ remembered: { platform: '安信贷', hotline: '95188' } }));
    fireEvent.click($('[data-template-id="first_overdue.standard"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'first_overdue.standard')!;
    expect($$('[data-var]').map((e) => e.dataset.var)).toEqual(templateVars(t).map((v) => v.spec.key));
    expect($<HTMLInputElement>('[data-var="principal"]')!.type).toBe('number');
    expect($<HTMLInputElement>('[data-var="dueDate"]')!.type).toBe('date');
    expect($<HTMLInputElement>('[data-var="overdueDays"]')!.type).toBe('number');
    expect($<HTMLInputElement>('[data-var="platform"]')!.value).toBe('安信贷');
    expect($<HTMLInputElement>('[data-var="hotline"]')!.value).toBe('95188');
    expect($('[data-var="principal"]')!.closest('.cg-var')!.textContent).toContain('元');
    expect($('[data-var="overdueDays"]')!.closest('.cg-var')!.textContent).toContain('天');
    // Preview shows placeholders for what is missing.
    expect($('[data-cg-preview-text]')!.textContent).toContain('〔本金〕');
  });

  it('renders and lints the preview live: 合规 mark, counts; a bad word is underlined and listed', async () => {
    const { $, $$, container, api } = await setup();
    fireEvent.click($('[data-template-id="first_overdue.standard"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fillAll(container);
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'first_overdue.standard')!;
    const text = renderTemplate(t, exampleValues()).text;
    await waitFor(() => expect($('[data-cg-preview-text]')!.textContent).toBe(text));
    await waitFor(() => expect($('[data-cg-mark="ok"]')?.textContent).toContain('合规'));
    expect($('.cg-count')!.textContent).toMatch(/\d+字 · 2条短信/);
    expect(api.lint).toHaveBeenLastCalledWith(text, 'debtor');

    fill($<HTMLInputElement>('[data-var="salutation"]')!, '老赖');
    await waitFor(() => expect($('[data-cg-mark="error"]')).not.toBeNull());
    const row = $('.cg-finding[data-category="insult"]')!;
    expect(row.dataset.severity).toBe('error');
    expect(row.textContent).toContain('老赖');
    expect($('.cg-u-error')!.textContent).toBe('老赖');
  });

  it('gives no verdict when the preview could not be linted (background unreachable), never 合规', async () => {
    const api = fakeApi();
    api.lint.mockImplementation(async () => null as never);
    const { $, $$, container } = await setup(api);
    fireEvent.click($('[data-template-id="first_overdue.standard"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fillAll(container);
    await waitFor(() => expect(api.lint).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect($('[data-cg-mark]')).toBeNull();
  });

  it('shows the templates the organisation pushes whichever answer comes first', async () => {
    const pushed = { id: 'org-reminder', name: '机构模板', scenario: 'pre_due', tone: 'standard', audience: 'debtor', body: '【{platform}】{salutation}您好，您的借款将于{dueDate}到期，请通过{channel}还款，客服电话{hotline}。' };
    // The settings (with the pushed templates) answer before the template library has loaded.
    const api = fakeApi({ state: { managedTemplates: [pushed] } });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = api.load.getMockImplementation()!;
    api.load.mockImplementation(async () => {
      await gate;
      return load();
    });
    const r = render(<PopupApp api={api} />);
    await waitFor(() => expect(api.state).toHaveBeenCalled());
    await new Promise((res) => setTimeout(res, 10));
    release();
    await waitFor(() => expect(r.container.querySelector('[data-template-id="org-reminder"]')).not.toBeNull());
  });

  it('the audience switch re-lints for a third party', async () => {
    const { $, $$, container, api } = await setup();
    fireEvent.click($('[data-template-id="pre_due.standard"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fillAll(container);
    fireEvent.click($('[data-cg-audience="third_party"]')!);
    await waitFor(() => expect(api.lint).toHaveBeenLastCalledWith(expect.any(String), 'third_party'));
    await waitFor(() => expect($('.cg-finding[data-category="third_party_disclosure"]')).not.toBeNull());
    expect($('[data-cg-audience="third_party"]')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('a missing required value blocks insertion with a clear message and focuses it', async () => {
    const { $, $$, api } = await setup();
    fireEvent.click($('[data-template-id="first_overdue.standard"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fill($<HTMLInputElement>('[data-var="platform"]')!, '安信贷');
    fireEvent.click($('[data-cg-insert]')!);
    await waitFor(() => expect($('[data-cg-status="error"]')?.textContent).toMatch(/^请先填写：称呼、逾期天数/));
    expect(api.insert).not.toHaveBeenCalled();
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.var).toBe('salutation'));
    expect($('[data-var="salutation"]')!.getAttribute('aria-invalid')).toBe('true');
    expect($('[data-var="salutation"]')!.closest('.cg-var')!.textContent).toContain('必填');
  });

  it('an invalid value is named too', async () => {
    const { $, $$, container, api } = await setup();
    fireEvent.click($('[data-template-id="first_overdue.standard"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fillAll(container, { ...exampleValues(), platform: '【安信贷】' });
    fireEvent.click($('[data-cg-insert]')!);
    await waitFor(() => expect($('[data-cg-status="error"]')?.textContent).toBe('请先修改：平台名称'));
    expect(api.insert).not.toHaveBeenCalled();
  });
});

describe('PopupApp: insert, copy, site', () => {
  it('inserts the final text into the known field, for the template’s recipient, and remembers values and template', async () => {
    const { $, $$, container, api } = await setup();
    await waitFor(() => expect($('[data-cg-target="known"]')?.textContent).toBe('将插入到 sms.example.com 的「短信内容」'));
    fireEvent.click($('[data-template-id="contact_notice.gentle"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fillAll(container);
    fireEvent.submit($('[data-cg-form]')!);
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'contact_notice.gentle')!;
    await waitFor(() => expect(api.insert).toHaveBeenCalledWith(renderTemplate(t, exampleValues()).text, TARGET, 'third_party', t.id));
    await waitFor(() => expect($('[data-cg-status="ok"]')?.textContent).toBe('已插入到输入框'));
    expect(api.remember).toHaveBeenCalledWith(t, expect.objectContaining({ platform: '安信贷', salutation: '张先生' }));
    expect($('[data-template-id="contact_notice.gentle"] .cg-last')).not.toBeNull();
  });

  it('says when no field is known and offers copy', async () => {
    const { $, $$, container, api } = await setup(fakeApi({ target: null }));
    await waitFor(() => expect($('[data-cg-target="none"]')?.textContent).toContain('未检测到输入框'));
    fireEvent.click($('[data-template-id="repaid.standard"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    expect($('[data-cg-copy]')!.className).toContain('pp-primary');
    fillAll(container);
    fireEvent.click($('[data-cg-insert]')!);
    await waitFor(() => expect($('[data-cg-status="error"]')?.textContent).toContain('复制'));
    expect(api.insert).not.toHaveBeenCalled();
    fireEvent.click($('[data-cg-copy]')!);
    await waitFor(() => expect($('[data-cg-status="ok"]')?.textContent).toContain('已复制'));
    const t = BUILTIN_TEMPLATES.find((x) => x.id === 'repaid.standard')!;
    expect(api.copy).toHaveBeenCalledWith(renderTemplate(t, exampleValues()).text);
  });

  it('reports why an insert failed', async () => {
    const { $, $$, container } = await setup(fakeApi({ insertResult: { ok: false, reason: 'field-gone' } }));
    fireEvent.click($('[data-template-id="holiday.gentle"]')!);
    await waitFor(() => expect($$('[data-var]').length).toBeGreaterThan(0));
    fillAll(container);
    fireEvent.click($('[data-cg-insert]')!);
    await waitFor(() => expect($('[data-cg-status="error"]')?.textContent).toContain('之前的输入框已不在页面上'));
  });

  it('pauses checking on the site through the settings', async () => {
    const { $, api } = await setup();
    const toggle = await waitFor(() => {
      const el = $<HTMLInputElement>('[data-cg-pause-site]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(toggle.dataset.cgPauseSite).toBe('sms.example.com');
    expect(toggle.checked).toBe(false);
    expect(toggle.closest('label')!.textContent).toContain('在此网站暂停');
    fireEvent.click(toggle);
    await waitFor(() => expect(api.pauseSite).toHaveBeenCalledWith('sms.example.com', true));
    await waitFor(() => expect($<HTMLInputElement>('[data-cg-pause-site]')!.checked).toBe(true));
  });

  it('the pause toggle is read-only when the organisation manages the site list', async () => {
    const { $ } = await setup(fakeApi({ state: { sitesLocked: true } }));
    await waitFor(() => expect($<HTMLInputElement>('[data-cg-pause-site]')?.disabled).toBe(true));
  });

  it('speaks English when the settings say so', async () => {
    const { $ } = await setup(fakeApi({ state: { language: 'en' } }));
    await waitFor(() => expect($('[data-cg-target]')?.textContent).toBe('Inserts into “短信内容” on sms.example.com'));
    expect($('.cg-group-hd')!.textContent).toBe('Before the due date');
  });
});
