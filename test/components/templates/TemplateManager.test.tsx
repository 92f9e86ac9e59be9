// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '../../../src/templates/index';
import { TemplateManager, type TemplateStore } from '../../../src/templates/ui/TemplateManager';

afterEach(cleanup);

const SAVED: Template = {
  id: 'mine',
  name: '本司首逾',
  scenario: 'first_overdue',
  tone: 'standard',
  audience: 'debtor',
  segments: 1,
  body: '【{platform}】{salutation}您好，您的借款已逾期{overdueDays}天，应还{total}。请通过{channel}还款，客服电话{hotline}。',
};

function memoryStore(initial: Template[] = []) {
  let data = [...initial];
  const store = {
    load: vi.fn(async () => [...data]),
    save: vi.fn(async (list: readonly Template[]) => {
      data = [...list];
    }),
    get data() {
      return data;
    },
  } satisfies TemplateStore & { data: Template[] };
  return store;
}

async function setup(initial: Template[] = [], props: Partial<Parameters<typeof TemplateManager>[0]> = {}) {
  const store = memoryStore(initial);
  const onExport = vi.fn();
  const r = render(<TemplateManager lang="zh" store={store} onExport={onExport} {...props} />);
  await waitFor(() => expect(store.load).toHaveBeenCalled());
  await waitFor(() => expect(r.container.querySelector('.tm-list, .tm-empty')).not.toBeNull());
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => r.container.querySelector<T>(sel);
  const $$ = (sel: string) => [...r.container.querySelectorAll<HTMLElement>(sel)];
  return { ...r, store, onExport, $, $$ };
}

const input = (el: Element, value: string) => fireEvent.input(el, { target: { value } });

async function importText($: (s: string) => HTMLElement | null, text: string) {
  const fileInput = $('[data-tm-import]') as HTMLInputElement;
  const file = new File([text], 'templates.json', { type: 'application/json' });
  Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
  fireEvent.change(fileInput);
}

const file = (templates: unknown[]) => JSON.stringify({ format: 'collectguard-templates', version: 1, templates });

describe('TemplateManager: create, edit, duplicate, delete', () => {
  it('creates a template after the compliance check passes', async () => {
    const { $, $$, store } = await setup();
    expect($('.tm-empty')).not.toBeNull();
    fireEvent.click($('[data-tm-new]')!);
    input($('[data-tm-field="name"]')!, '周末提醒');
    input($('[data-tm-field="body"]')!, '【{platform}】{salutation}您好，您的借款应还{total}，请于{dueDate}前通过{channel}还款，客服电话{hotline}。');
    // Live preview with sample values.
    await waitFor(() => expect($('[data-cg-preview-text]')!.textContent).toContain('5123.45元'));
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect(store.save).toHaveBeenCalledTimes(1));
    const saved = store.data[0]!;
    expect(saved).toMatchObject({ name: '周末提醒', scenario: 'custom', tone: 'standard', audience: 'debtor', segments: 1 });
    expect(saved.id).toMatch(/^custom-/);
    await waitFor(() => expect($('[data-tm-notice="ok"]')?.textContent).toBe('已保存「周末提醒」'));
    expect($$('[data-tm-kind="custom"]').map((e) => e.dataset.tmTemplate)).toEqual([saved.id]);
    expect($('[data-tm-editor]')).toBeNull();
  });

  it('inserts variables at the caret of the body', async () => {
    const { $ } = await setup();
    fireEvent.click($('[data-tm-new]')!);
    const body = $('[data-tm-field="body"]') as HTMLTextAreaElement;
    body.setSelectionRange(body.value.length, body.value.length);
    fireEvent.click($('[data-tm-var="hotline"]')!);
    await waitFor(() => expect(($('[data-tm-field="body"]') as HTMLTextAreaElement).value).toBe('【{platform}】{salutation}您好，{hotline}'));
  });

  it('errors block saving', async () => {
    const { $, store } = await setup();
    fireEvent.click($('[data-tm-new]')!);
    input($('[data-tm-field="name"]')!, '坏模板');
    input($('[data-tm-field="body"]')!, '【{platform}】{salutation}，你这个老赖，再不还钱就等着坐牢吧。客服{hotline}');
    await waitFor(() => expect($('[data-cg-mark="error"]')).not.toBeNull());
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect($('[data-tm-errors]')?.textContent).toMatch(/合规检查发现\d处错误/));
    expect($('[data-tm-errors]')!.textContent).toContain('老赖');
    expect(store.save).not.toHaveBeenCalled();
  });

  it('syntax and field problems are named', async () => {
    const { $, store } = await setup();
    fireEvent.click($('[data-tm-new]')!);
    input($('[data-tm-field="name"]')!, '写错了');
    input($('[data-tm-field="body"]')!, '【{platform}】{name}您好');
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect($('[data-tm-errors]')?.textContent).toBe('正文：模板写法有误：{name}'));
    input($('[data-tm-field="name"]')!, '');
    input($('[data-tm-field="body"]')!, '【{platform}】您好');
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect($('[data-tm-errors]')?.textContent).toMatch(/^名称：/));
    expect(store.save).not.toHaveBeenCalled();
  });

  it('warnings ask to confirm before saving', async () => {
    const { $, store } = await setup();
    fireEvent.click($('[data-tm-new]')!);
    input($('[data-tm-field="name"]')!, '施压');
    input($('[data-tm-field="body"]')!, '【{platform}】{salutation}您好，您的借款应还{total}，请通过{channel}还款，否则后果自负。客服{hotline}');
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect($('[data-tm-warnings]')?.textContent).toMatch(/合规检查发现1处警告/));
    expect(store.save).not.toHaveBeenCalled();
    fireEvent.click($('[data-tm-save-anyway]')!);
    await waitFor(() => expect(store.save).toHaveBeenCalledTimes(1));
    expect(store.data[0]!.name).toBe('施压');
  });

  it('edits in place, duplicates as a new template, deletes after confirming', async () => {
    const { $, $$, store } = await setup([SAVED]);
    fireEvent.click($('[data-tm-template="mine"] [data-tm-action="edit"]')!);
    expect(($('[data-tm-field="name"]') as HTMLInputElement).value).toBe('本司首逾');
    input($('[data-tm-field="name"]')!, '本司首逾v2');
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect(store.data).toEqual([{ ...SAVED, name: '本司首逾v2' }]));

    fireEvent.click($('[data-tm-template="mine"] [data-tm-action="duplicate"]')!);
    expect(($('[data-tm-field="name"]') as HTMLInputElement).value).toBe('本司首逾v2（副本）');
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect(store.data).toHaveLength(2));
    expect(store.data[1]!.id).not.toBe('mine');
    expect(store.data[1]!.body).toBe(SAVED.body);

    fireEvent.click($('[data-tm-template="mine"] [data-tm-action="delete"]')!);
    expect($('[data-tm-template="mine"]')!.textContent).toContain('确定删除');
    fireEvent.click($('[data-tm-template="mine"] [data-tm-action="confirm-delete"]')!);
    await waitFor(() => expect(store.data.map((t) => t.id)).not.toContain('mine'));
    expect($$('[data-tm-kind="custom"]')).toHaveLength(1);
  });

  it('built-in templates are read-only but can be duplicated as custom ones', async () => {
    const { $, store } = await setup();
    const row = $('[data-tm-template="first_overdue.gentle"]')!;
    expect(row.querySelector('[data-tm-action="edit"]')).toBeNull();
    expect(row.querySelector('[data-tm-action="delete"]')).toBeNull();
    fireEvent.click(row.querySelector('[data-tm-action="duplicate"]')!);
    expect(($('[data-tm-field="name"]') as HTMLInputElement).value).toBe('首次逾期 · 温和（副本）');
    expect(($('[data-tm-field="scenario"]') as HTMLSelectElement).value).toBe('first_overdue');
    fireEvent.click($('[data-tm-save]')!);
    await waitFor(() => expect(store.data).toHaveLength(1));
    // The built-in body uses per-template labels only for display: the copy renders the same text.
    expect(store.data[0]!.scenario).toBe('first_overdue');
  });

  it('locked: read-only, no create, import or delete', async () => {
    const { $ } = await setup([SAVED], { locked: true, managed: [{ id: 'org-1', name: '组织模板', body: '【{platform}】{salutation}您好，请致电{hotline}。' }] });
    expect($('[data-tm-new]')).toBeNull();
    expect($('[data-tm-import]')).toBeNull();
    expect($('[data-tm-action]')).toBeNull();
    expect($('[data-tm-template="org-1"]')!.dataset.tmKind).toBe('managed');
  });
});

describe('TemplateManager: import and export', () => {
  it('imports a good file (same id replaces, new ids are added)', async () => {
    const { $, store } = await setup([SAVED]);
    await importText($, file([{ ...SAVED, name: '新版' }, { id: 'second', name: '第二个', body: '【{platform}】{salutation}您好，请致电官方客服{hotline}。' }]));
    await waitFor(() => expect($('[data-tm-notice="ok"]')?.textContent).toBe('已导入2个模板'));
    expect(store.data.map((t) => [t.id, t.name])).toEqual([
      ['mine', '新版'],
      ['second', '第二个'],
    ]);
  });

  it('rejects a malformed file whole, naming the entry and the field; nothing changes', async () => {
    const { $, store } = await setup([SAVED]);
    await importText($, file([{ id: 'ok', name: '好的', body: '【{platform}】您好，请致电{hotline}' }, { id: 'bad', name: '坏的', body: '您好{debtor}' }]));
    await waitFor(() => expect($('[data-tm-notice="error"]')?.textContent).toBe('导入失败（第2条「bad」的 body 字段）：模板写法有误：{debtor}。已保存的模板没有任何改动。'));
    expect(store.save).not.toHaveBeenCalled();
    expect(store.data).toEqual([SAVED]);

    await importText($, '{"format":"collectguard-templates","version":1,"templates":[');
    await waitFor(() => expect($('[data-tm-notice="error"]')?.textContent).toMatch(/^导入失败（文件）：不是有效的 JSON/));
    await importText($, file([{ name: 'x', body: '【{platform}】您好', colour: 'red' }]));
    await waitFor(() => expect($('[data-tm-notice="error"]')?.textContent).toContain('第1条「x」的 colour 字段'));
    expect(store.save).not.toHaveBeenCalled();
  });

  it('rejects a file whose template fails the compliance check', async () => {
    const { $, store } = await setup();
    await importText($, file([{ id: 'c1', name: '转告', audience: 'third_party', body: '【{platform}】{salutation}您好，请转告{contactName}，其借款应还{total}。' }]));
    await waitFor(() => expect($('[data-tm-notice="error"]')?.textContent).toMatch(/^导入失败（第1条「c1」的 body 字段）：合规检查未通过/));
    expect(store.save).not.toHaveBeenCalled();
  });

  it('asks to confirm an import with warnings', async () => {
    const { $, store } = await setup();
    await importText($, file([{ id: 'w1', name: '有警告', body: '【{platform}】{salutation}您好，应还{total}，后果自负。客服{hotline}' }]));
    await waitFor(() => expect($('[data-tm-import-confirm]')?.textContent).toContain('有警告'));
    expect(store.save).not.toHaveBeenCalled();
    fireEvent.click($('[data-tm-import-anyway]')!);
    await waitFor(() => expect(store.data.map((t) => t.id)).toEqual(['w1']));
  });

  it('exports the custom templates as the documented JSON', async () => {
    const { $, onExport } = await setup([SAVED]);
    fireEvent.click($('[data-tm-export]')!);
    expect(onExport).toHaveBeenCalledTimes(1);
    const json = JSON.parse(onExport.mock.calls[0]![0] as string);
    expect(json).toEqual({ format: 'collectguard-templates', version: 1, templates: [SAVED] });
  });

  it('says so when there is nothing to export', async () => {
    const { $, onExport } = await setup();
    fireEvent.click($('[data-tm-export]')!);
    expect(onExport).not.toHaveBeenCalled();
    expect($('[data-tm-notice="error"]')?.textContent).toBe('没有可导出的自定义模板');
  });
});
