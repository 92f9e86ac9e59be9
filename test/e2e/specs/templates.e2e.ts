// Templates end to end: popup.html opened as a page of its own, a template chosen, every
// `data-var` filled, `data-cg-insert` clicked → the text arrives in the console's field (React
// controlled textarea, plain contenteditable) and in the page's framework state; Ctrl+Z undoes
// it. The in-page picker opens on `//`, on a Chinese IME's 、、 and on the quick-insert command.
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, render, templateVars, type Values } from '../../../src/templates/index';
import { describeUnless } from '../../skip';
import { expectFieldAndState } from '../flow';
import { $, $$, type El, type Tab, type WebExtGlobal, attr, count, driver, ensureFocus, fieldText, findEditor, focusField, isVisible, screenshot, sleep, text, typeDate, typeSlowly, useE2E, waitFor } from '../harness';

const env = useE2E({ viewport: { width: 1280, height: 900 } });

/** What a test (or an agent) types into each kind of input. */
const BY_TYPE: Record<string, string> = { number: '5000', date: '2025-12-10', tel: '400-800-1234' };
const TEXT: Record<string, string> = { salutation: '张先生', platform: '安信贷', channel: '安信贷APP', agentId: '0371', contactName: '张伟', holiday: '春节' };

function valueFor(key: string, type: string): string {
  if (key === 'interest') return '123.45';
  if (key === 'total') return '5123.45';
  if (key === 'overdueDays' || key === 'periods') return '15';
  return BY_TYPE[type] ?? TEXT[key] ?? '测试';
}

/** Fills every `[data-var]` input under `scope` as an agent does; returns the values as the test typed them. */
async function fillAll(scope: Tab | El): Promise<Values> {
  const values: Values = {};
  for (const input of await $$(scope, '[data-var]')) {
    const key = (await attr(input, 'data-var'))!;
    const type = (await attr(input, 'type')) ?? 'text';
    const value = valueFor(key, type);
    // Dates are typed as an agent does: the in-page picker takes only a person's events.
    if (type === 'date') await typeDate(input, value);
    else await input.fill(value);
    values[key as keyof Values] = value;
  }
  return values;
}

function expected(id: string, values: Values): string {
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id)!;
  const r = render(t, values);
  expect(r.ok, JSON.stringify(r.issues)).toBe(true);
  return r.text;
}

const present = (tab: Tab, selector: string) => async () => ((await count(tab, selector)) ? true : undefined);

async function openPopup(): Promise<Tab> {
  const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
  await $(popup, '[data-template-id]');
  return popup;
}

async function insertFromPopup(id: string, name: string): Promise<string> {
  const popup = await openPopup();
  await waitFor(present(popup, '[data-cg-target="known"]'), 10_000, 'the popup to know the last focused field');
  await (await $(popup, `[data-template-id="${id}"]`)).click();
  const form = await $(popup, `[data-cg-form="${id}"]`);
  await $(form, '[data-var]');
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id)!;
  // SPEC: amounts are type=number, dates type=date.
  for (const v of templateVars(t)) {
    const type = await attr(await $(form, `[data-var="${v.spec.key}"]`), 'type');
    if (v.spec.type === 'amount' || v.spec.type === 'count') expect(type, v.spec.key).toBe('number');
    if (v.spec.type === 'date') expect(type, v.spec.key).toBe('date');
  }
  const values = await fillAll(form);
  const want = expected(id, values);
  await waitFor(present(popup, '[data-cg-mark="ok"]'), 15_000, 'the 合规 mark');
  expect(await text(await $(popup, '[data-cg-preview-text]'))).toBe(want);
  await screenshot(popup, `templates-${name}-popup`);
  await (await $(popup, '[data-cg-insert]')).click();
  await waitFor(present(popup, '[data-cg-status="ok"]'), 5_000, 'the insert to succeed').catch(async (e) => {
    await screenshot(popup, `templates-${name}-FAIL-popup`);
    throw new Error(`${String(e)}; status: ${await text(await $(popup, '[data-cg-status]'))}`);
  });
  await popup.close();
  return want;
}

describe('popup.html opened as a page inserts into the last focused field', () => {
  for (const kind of ['react-textarea', 'plain-contenteditable'] as const) {
    it(kind, async () => {
      const tab = await env.open(kind);
      const editor = await findEditor(tab);
      await focusField(editor);
      const inserted = await insertFromPopup('first_overdue.standard', kind);
      await tab.bringToFront();
      await expectFieldAndState(editor, inserted, 'after insert');
      await screenshot(tab, `templates-${kind}-inserted`);
      // Undo in the page.
      await ensureFocus(editor);
      await tab.press('Control+Z');
      await expectFieldAndState(editor, '', 'after Ctrl+Z');
    });
  }

  it('inserts at the caret and over a selection, keeping the text around it', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '开头XX结尾', 10);
    // Select "XX".
    await editor.el.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(2, 4), null);
    const inserted = await insertFromPopup('contact_notice.standard', 'selection');
    await tab.bringToFront();
    await expectFieldAndState(editor, `开头${inserted}结尾`, 'after insert over the selection');
  });

  it('says when no field is known and offers copy', async () => {
    const popup = await openPopup();
    await (await $(popup, '[data-template-id="pre_due.gentle"]')).click();
    await waitFor(present(popup, '[data-cg-target="none"]'), 5_000, 'the no-field notice');
    await screenshot(popup, 'templates-no-field');
    const insert = await $(popup, '[data-cg-insert]');
    await insert.click();
    // Missing values first.
    expect(await text(await $(popup, '[data-cg-status="error"]'))).toMatch(/请先填写/);
    await fillAll(popup);
    await insert.click();
    await waitFor(async () => ((await text(await $(popup, '[data-cg-status="error"]'))).includes('复制') ? true : undefined), 5_000, 'the copy hint');
    expect(await count(popup, '[data-cg-copy]')).toBe(1);
    // The live lint follows the audience: amounts to a third party are errors, underlined and listed.
    await (await $(popup, '[data-cg-audience="third_party"]')).click();
    await waitFor(present(popup, '[data-cg-mark="error"]'), 5_000, 'the error mark');
    expect(await count(popup, '.cg-finding[data-category="third_party_disclosure"]')).toBeGreaterThan(0);
    expect(await count(popup, '.cg-u-error')).toBeGreaterThan(0);
    await screenshot(popup, 'templates-popup-findings');
  });
});

describe('in-page quick insert', () => {
  /** The picker inside its <collectguard-ui data-cg-quick-insert> host. */
  const PICKER = 'div[data-cg-quick-insert]';
  const pickerShown = async (tab: Tab) => {
    for (const el of await $$(tab, PICKER)) if (await isVisible(el)) return true;
    return false;
  };
  const picker = (tab: Tab) => $(tab, PICKER, { visible: true, timeout: 5_000 });

  /** Fill the picker's form and press Enter in its last input. */
  async function fillAndSubmit(tab: Tab, name: string): Promise<Values> {
    const form = await picker(tab);
    await $(form, '[data-var]', { visible: true });
    const values = await fillAll(form);
    await screenshot(tab, name);
    await (await $$(form, '[data-var]')).at(-1)!.focus();
    await tab.press('Enter');
    return values;
  }

  it('`//` opens the picker at the caret; type to filter, Enter, fill, Enter inserts; Ctrl+Z undoes', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '您好//', 20);
    await picker(tab);
    await tab.type('scyq');
    await sleep(100);
    await screenshot(tab, 'templates-quick-list');
    await tab.press('Enter');
    const values = await fillAndSubmit(tab, 'templates-quick-form');
    const inserted = await waitFor(async () => {
      const v = await fieldText(editor);
      return v.startsWith('您好') && !v.includes('//') ? v : undefined;
    }, 5_000, 'the quick insert');
    const candidates = BUILTIN_TEMPLATES.filter((t) => t.scenario === 'first_overdue').map((t) => `您好${expected(t.id, values)}`);
    expect(candidates).toContain(inserted);
    await expectFieldAndState(editor, inserted, 'after quick insert');
    expect(await pickerShown(tab)).toBe(false);
    await ensureFocus(editor);
    await tab.press('Control+Z');
    await expectFieldAndState(editor, '您好//', 'after Ctrl+Z');
  });

  describeUnless(driver.imeMissing, 'with a Chinese IME', () => {
    it('a Chinese IME’s 、、 (its `/`) opens the picker too', async () => {
      const tab = await env.open('react-textarea');
      const editor = await findEditor(tab);
      await focusField(editor);
      await typeSlowly(editor, '您好', 10);
      await tab.ime!.compose('/', '、');
      await sleep(100);
      expect(await pickerShown(tab), 'one 、 is just punctuation').toBe(false);
      await tab.ime!.compose('/', '、');
      await picker(tab);
      await tab.press('Escape');
      await expectFieldAndState(editor, '您好、、', 'after Escape');
    });
  });

  it('Escape closes the picker in a contenteditable and leaves the text untouched', async () => {
    const tab = await env.open('plain-contenteditable');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '测试//', 20);
    await picker(tab);
    await tab.press('Escape');
    await waitFor(async () => ((await pickerShown(tab)) ? undefined : true), 3_000, 'the picker to close');
    await expectFieldAndState(editor, '测试//', 'after Escape');
    // The caret is back in the field, after the trigger.
    await tab.type('再');
    await expectFieldAndState(editor, '测试//再', 'typing after Escape');
  });

  it('the quick-insert command (Alt+K) opens the picker at the caret', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '前文', 10);
    await tab.press('Alt+K');
    let opened = await waitFor(async () => ((await pickerShown(tab)) ? true : undefined), 1_500).catch(() => false);
    let via = 'shortcut';
    if (!opened) {
      // Headless browsers do not route synthesised keys to extension commands: send what the
      // background's command handler sends, from an extension page, to the tab of the last
      // focused field (as the background knows it: tab URLs need the "tabs" permission, which
      // CollectGuard does not ask for).
      via = 'runtime message';
      const ext = await env.openExtensionPage('options.html');
      await tab.bringToFront(); // the console is the foreground tab when an agent presses the shortcut
      await ext.mainFrame().evaluate(async () => {
        const g = globalThis as unknown as WebExtGlobal;
        const api = (g.browser ?? g.chrome)!;
        const target = (await api.runtime.sendMessage({ type: 'cg:get-target' })) as { tabId: number };
        await api.tabs.sendMessage(target.tabId, { type: 'cg:quick-insert' });
      }, null);
      await ext.close();
      opened = await waitFor(async () => ((await pickerShown(tab)) ? true : undefined), 3_000).catch(() => false);
    }
    expect(opened, `picker opened (${via})`).toBe(true);
    await screenshot(tab, 'templates-quick-command');
    await tab.type('hkqr');
    await tab.press('Enter');
    const values = await fillAndSubmit(tab, 'templates-quick-command-form');
    const inserted = await waitFor(async () => {
      const v = await fieldText(editor);
      return v.length > 10 ? v : undefined;
    }, 5_000, 'the insert');
    const candidates = BUILTIN_TEMPLATES.filter((t) => t.scenario === 'repaid').map((t) => `前文${expected(t.id, values)}`);
    expect(candidates).toContain(inserted);
    await expectFieldAndState(editor, inserted, 'after command insert');
  });
});
