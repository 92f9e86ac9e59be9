// Templates in real Firefox: popup.html opened as a moz-extension:// page of its own, a template
// chosen, every `data-var` filled, `data-cg-insert` clicked → the text arrives in the console's
// field (React-controlled textarea, plain contenteditable) and in the framework state, Ctrl+Z
// undoes it; the in-page quick insert (`//` and the quick-insert command) inserts at the caret.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, render, templateVars, type Values } from '../../../src/templates/index';
import { expectFieldAndState } from './flow';
import { type FxEditor, type FxEnv, chord, ensureFocus, fieldText, findEditor, focusField, screenshot, setupFirefox, sleep, typeSlowly, waitFor } from './harness';

let env: FxEnv;
beforeAll(async () => {
  env = await setupFirefox();
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

const BY_TYPE: Record<string, string> = { number: '5000', date: '2025-12-10', tel: '400-800-1234' };
const TEXT: Record<string, string> = { salutation: '张先生', platform: '安信贷', channel: '安信贷APP', agentId: '0371', contactName: '张伟', holiday: '春节' };

function valueFor(key: string, type: string): string {
  if (key === 'interest') return '123.45';
  if (key === 'total') return '5123.45';
  if (key === 'overdueDays' || key === 'periods') return '15';
  return BY_TYPE[type] ?? TEXT[key] ?? '测试';
}

/**
 * Types a value as an agent does. Date inputs take no typed ISO text: their segments are typed in
 * the order the browser shows them (it follows the browser's language); a value set by script
 * would reach no in-page picker, which takes only a person's events.
 */
async function fill(input: ElementHandle<Element>, value: string): Promise<void> {
  const type = await input.evaluate((el) => (el as HTMLInputElement).type);
  if (type === 'date') {
    const [y, m, d] = value.split('-') as [string, string, string];
    for (const order of [[m, d, y], [y, m, d], [d, m, y]]) {
      // Emptied, blurred and focused again, Home puts the caret in its first segment.
      await input.evaluate((el) => {
        (el as HTMLInputElement).value = '';
        (el as HTMLInputElement).blur();
      });
      await input.focus();
      await input.press('Home');
      await input.type(order.join(''));
      if ((await input.evaluate((el) => (el as HTMLInputElement).value)) === value) return;
    }
    throw new Error(`could not type the date ${value}`);
  }
  await input.click({ count: 3 });
  await input.evaluate((el) => (el as HTMLInputElement).select());
  await input.type(value);
}

/** Fills every `[data-var]` under `scope` (a selector, may pierce shadow roots). */
async function fillAll(page: Page, scope: string): Promise<Values> {
  const inputs = await page.$$(`${scope} [data-var]`);
  const values: Values = {};
  for (const input of inputs) {
    const [key, type] = await input.evaluate((el) => [el.getAttribute('data-var')!, el.getAttribute('type') ?? 'text'] as const);
    const v = valueFor(key, type);
    await fill(input, v);
    values[key as keyof Values] = v;
  }
  return values;
}

function expected(id: string, values: Values): string {
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id)!;
  const r = render(t, values);
  expect(r.ok, JSON.stringify(r.issues)).toBe(true);
  return r.text;
}

async function count(page: Page, selector: string): Promise<number> {
  return (await page.$$(selector)).length;
}

async function insertFromPopup(id: string, name: string): Promise<string> {
  const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
  await popup.waitForSelector('[data-template-id]');
  await waitFor(async () => ((await count(popup, '[data-cg-target="known"]')) ? true : undefined), 10_000, 'the popup to know the last focused field');
  await popup.click(`[data-template-id="${id}"]`);
  await popup.waitForSelector(`[data-cg-form="${id}"] [data-var]`);
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id)!;
  for (const v of templateVars(t)) {
    const type = await popup.$eval(`[data-var="${v.spec.key}"]`, (el) => el.getAttribute('type'));
    if (v.spec.type === 'amount' || v.spec.type === 'count') expect(type, v.spec.key).toBe('number');
    if (v.spec.type === 'date') expect(type, v.spec.key).toBe('date');
  }
  const values = await fillAll(popup, `[data-cg-form="${id}"]`);
  const text = expected(id, values);
  await waitFor(async () => ((await count(popup, '[data-cg-mark="ok"]')) ? true : undefined), 15_000, 'the 合规 mark');
  expect(await popup.$eval('[data-cg-preview-text]', (el) => (el as HTMLElement).innerText)).toBe(text);
  await screenshot(popup, `templates-${name}-popup`);
  await popup.click('[data-cg-insert]');
  await waitFor(async () => ((await count(popup, '[data-cg-status="ok"]')) ? true : undefined), 5_000, 'the insert to succeed').catch(async (e) => {
    await screenshot(popup, `templates-${name}-FAIL-popup`);
    throw new Error(`${String(e)}; status: ${await popup.$eval('[data-cg-status]', (el) => el.textContent)}`);
  });
  await popup.close();
  return text;
}

describe('popup.html (moz-extension:// page) inserts into the last focused field', () => {
  for (const kind of ['react-textarea', 'plain-contenteditable'] as const) {
    it(kind, async () => {
      const page = await env.open(kind);
      const editor = await findEditor(page);
      await focusField(editor);
      const text = await insertFromPopup('first_overdue.standard', kind);
      await page.bringToFront();
      await expectFieldAndState(editor, text, 'after insert');
      await screenshot(page, `templates-${kind}-inserted`);
      await ensureFocus(editor);
      await chord(page, 'Control+Z');
      await expectFieldAndState(editor, '', 'after Ctrl+Z');
    });
  }

  it('inserts over a selection, keeping the text around it', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '开头XX结尾', 10);
    await editor.handle.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(2, 4));
    const text = await insertFromPopup('contact_notice.standard', 'selection');
    await page.bringToFront();
    await expectFieldAndState(editor, `开头${text}结尾`, 'after insert over the selection');
  });
});

describe('in-page quick insert', () => {
  async function pickerVisible(page: Page): Promise<boolean> {
    return page.evaluate(() => {
      for (const host of Array.from(document.querySelectorAll('collectguard-ui[data-cg-quick-insert]'))) {
        const el = host.shadowRoot?.querySelector('[data-cg-quick-insert]');
        if (el && el.getBoundingClientRect().width > 0) return true;
      }
      return false;
    });
  }

  async function fillPicker(page: Page): Promise<Values> {
    const values: Values = {};
    await waitFor(async () => ((await page.$$('pierce/[data-cg-quick-insert] [data-var]')).length ? true : undefined), 5_000, 'the picker form');
    for (const input of await page.$$('pierce/[data-cg-quick-insert] [data-var]')) {
      const [key, type] = await input.evaluate((el) => [el.getAttribute('data-var')!, el.getAttribute('type') ?? 'text'] as const);
      const v = valueFor(key, type);
      await fill(input, v);
      values[key as keyof Values] = v;
    }
    return values;
  }

  async function submitPicker(page: Page): Promise<void> {
    const inputs = await page.$$('pierce/[data-cg-quick-insert] [data-var]');
    await inputs.at(-1)!.focus();
    await page.keyboard.press('Enter');
  }

  it('`//` opens the picker at the caret; filter, Enter, fill, Enter inserts; Ctrl+Z undoes', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '您好//', 20);
    await waitFor(async () => ((await pickerVisible(page)) ? true : undefined), 5_000, 'the picker');
    await page.keyboard.type('scyq');
    await sleep(100);
    await screenshot(page, 'templates-quick-list');
    await page.keyboard.press('Enter');
    const values = await fillPicker(page);
    await screenshot(page, 'templates-quick-form');
    await submitPicker(page);
    const text = await waitFor(async () => {
      const v = await fieldText(editor);
      return v.startsWith('您好') && !v.includes('//') ? v : undefined;
    }, 5_000, 'the quick insert');
    const candidates = BUILTIN_TEMPLATES.filter((t) => t.scenario === 'first_overdue').map((t) => `您好${expected(t.id, values)}`);
    expect(candidates).toContain(text);
    await expectFieldAndState(editor, text, 'after quick insert');
    expect(await pickerVisible(page)).toBe(false);
    await ensureFocus(editor);
    await chord(page, 'Control+Z');
    await expectFieldAndState(editor, '您好//', 'after Ctrl+Z');
  });

  it('Escape closes the picker in a contenteditable and leaves the text untouched', async () => {
    const page = await env.open('plain-contenteditable');
    const editor: FxEditor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '测试//', 20);
    await waitFor(async () => ((await pickerVisible(page)) ? true : undefined), 5_000, 'the picker');
    await page.keyboard.press('Escape');
    await waitFor(async () => ((await pickerVisible(page)) ? undefined : true), 3_000, 'the picker to close');
    await expectFieldAndState(editor, '测试//', 'after Escape');
    await page.keyboard.type('再');
    await expectFieldAndState(editor, '测试//再', 'typing after Escape');
  });

  it('the quick-insert command (Alt+K) opens the picker at the caret', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '前文', 10);
    await chord(page, 'Alt+K');
    let opened = await waitFor(async () => ((await pickerVisible(page)) ? true : undefined), 1_500).catch(() => false);
    let via = 'shortcut';
    if (!opened) {
      // Synthesised WebDriver keys reach the page, not the browser's shortcut handling: send the
      // message the background's commands.onCommand handler sends, from an extension page.
      via = 'runtime message';
      const ext = await env.openExtensionPage('options.html');
      // The console is the foreground tab when an agent presses the shortcut.
      await page.bringToFront();
      await ext.evaluate(async () => {
        // The tab of the last focused field, as the background knows it (tab URLs need the
        // "tabs" permission, which CollectGuard does not ask for).
        type Api = {
          runtime: { sendMessage(m: object): Promise<{ tabId: number } | null> };
          tabs: { sendMessage(id: number, m: object): Promise<unknown> };
        };
        const api = (globalThis as unknown as { browser: Api }).browser;
        const target = await api.runtime.sendMessage({ type: 'cg:get-target' });
        await api.tabs.sendMessage(target!.tabId, { type: 'cg:quick-insert' });
      });
      await ext.close();
      opened = await waitFor(async () => ((await pickerVisible(page)) ? true : undefined), 3_000).catch(() => false);
    }
    expect(opened, `picker opened (${via})`).toBe(true);
    await screenshot(page, 'templates-quick-command');
    await page.keyboard.type('hkqr');
    await page.keyboard.press('Enter');
    const values = await fillPicker(page);
    await submitPicker(page);
    const text = await waitFor(async () => {
      const v = await fieldText(editor);
      return v.length > 10 ? v : undefined;
    }, 5_000, 'the insert');
    const candidates = BUILTIN_TEMPLATES.filter((t) => t.scenario === 'repaid').map((t) => `前文${expected(t.id, values)}`);
    expect(candidates).toContain(text);
    await expectFieldAndState(editor, text, 'after command insert');
  });
});
