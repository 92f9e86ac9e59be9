// Templates end to end in real Chromium: popup.html opened as a page of its own, a template
// chosen, every `data-var` filled, `data-cg-insert` clicked → the text arrives in the console's
// field (React controlled textarea, plain contenteditable) and in the page's framework state;
// Ctrl+Z undoes it. The in-page picker opens on `//` and on the quick-insert command.
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectFieldAndState } from '../flow';
import { type E2E, type Editor, ensureFocus, fieldText, findEditor, focusField, imeCompose, screenshot, setupE2E, sleep, typeSlowly, waitFor } from '../harness';
import { BUILTIN_TEMPLATES, render, templateVars, type Values } from '../../../src/templates/index';

let env: E2E;
beforeAll(async () => {
  env = await setupE2E({ viewport: { width: 1280, height: 900 } });
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

/** What a test (or an agent) types into each kind of input. */
const BY_TYPE: Record<string, string> = { number: '5000', date: '2025-12-10', tel: '400-800-1234' };
const TEXT: Record<string, string> = { salutation: '张先生', platform: '安信贷', channel: '安信贷APP', agentId: '0371', contactName: '张伟', holiday: '春节' };

async function openPopup(): Promise<Page> {
  const popup = await env.context.newPage();
  await popup.setViewportSize({ width: 720, height: 560 });
  await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
  await popup.waitForSelector('[data-template-id]');
  return popup;
}

/**
 * Types an ISO date into a date input the way an agent does, segment by segment, in the order the
 * browser shows them (it follows the browser's language). Playwright's fill() sets a date's value
 * by script, and the in-page picker takes only a person's events.
 */
async function typeDate(input: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  for (const order of [[m, d, y], [y, m, d], [d, m, y]]) {
    // Emptied and focused, the input's caret is in its first segment.
    await input.evaluate((el) => ((el as HTMLInputElement).value = ''));
    await input.focus();
    await input.page().keyboard.type(order.join(''));
    if ((await input.inputValue()) === iso) return;
  }
  throw new Error(`could not type the date ${iso}`);
}

/** Fills every data-var input of the open form; returns the values as the test typed them. */
async function fillAll(popup: Page, scope = ''): Promise<Values> {
  const inputs = popup.locator(`${scope} [data-var]`);
  const n = await inputs.count();
  const values: Values = {};
  for (let i = 0; i < n; i++) {
    const input = inputs.nth(i);
    const key = (await input.getAttribute('data-var'))!;
    const type = (await input.getAttribute('type')) ?? 'text';
    const value = key === 'interest' ? '123.45' : key === 'total' ? '5123.45' : key === 'overdueDays' || key === 'periods' ? '15' : (BY_TYPE[type] ?? TEXT[key] ?? '测试');
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

async function insertFromPopup(editor: Editor, id: string, name: string): Promise<string> {
  const popup = await openPopup();
  await popup.click(`[data-template-id="${id}"]`);
  await popup.waitForSelector(`[data-cg-form="${id}"] [data-var]`);
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id)!;
  // SPEC: amounts are type=number, dates type=date.
  for (const v of templateVars(t)) {
    const type = await popup.locator(`[data-var="${v.spec.key}"]`).getAttribute('type');
    if (v.spec.type === 'amount' || v.spec.type === 'count') expect(type, v.spec.key).toBe('number');
    if (v.spec.type === 'date') expect(type, v.spec.key).toBe('date');
  }
  const values = await fillAll(popup);
  const text = expected(id, values);
  await waitFor(async () => ((await popup.locator('[data-cg-mark="ok"]').count()) ? true : undefined), 5_000, 'the 合规 mark');
  expect(await popup.locator('[data-cg-preview-text]').innerText()).toBe(text);
  await screenshot(popup, `templates-${name}-popup`);
  await popup.click('[data-cg-insert]');
  await waitFor(async () => ((await popup.locator('[data-cg-status="ok"]').count()) ? true : undefined), 5_000, 'the insert to succeed').catch(async (e) => {
    await screenshot(popup, `templates-${name}-FAIL-popup`);
    throw new Error(`${String(e)}; status: ${await popup.locator('[data-cg-status]').innerText()}`);
  });
  await popup.close();
  return text;
}

describe('popup.html opened as a page inserts into the last focused field', () => {
  for (const kind of ['react-textarea', 'plain-contenteditable'] as const) {
    it(kind, async () => {
      const page = await env.open(kind);
      const editor = await findEditor(page);
      await focusField(editor);
      const prefix = '';
      const text = await insertFromPopup(editor, 'first_overdue.standard', kind);
      await page.bringToFront();
      await expectFieldAndState(editor, prefix + text, 'after insert');
      await screenshot(page, `templates-${kind}-inserted`);
      // Undo in the page.
      await ensureFocus(editor);
      await page.keyboard.press('Control+Z');
      await expectFieldAndState(editor, prefix, 'after Ctrl+Z');
    });
  }

  it('inserts at the caret and over a selection, keeping the text around it', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '开头XX结尾', 10);
    // Select "XX".
    await editor.locator.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(2, 4));
    const text = await insertFromPopup(editor, 'contact_notice.standard', 'selection');
    await page.bringToFront();
    await expectFieldAndState(editor, `开头${text}结尾`, 'after insert over the selection');
  });

  it('says when no field is known and offers copy', async () => {
    const popup = await openPopup();
    await popup.click('[data-template-id="pre_due.gentle"]');
    await waitFor(async () => ((await popup.locator('[data-cg-target="none"]').count()) ? true : undefined), 5_000, 'the no-field notice');
    await screenshot(popup, 'templates-no-field');
    await popup.click('[data-cg-insert]');
    // Missing values first.
    expect(await popup.locator('[data-cg-status="error"]').innerText()).toMatch(/请先填写/);
    await fillAll(popup);
    await popup.click('[data-cg-insert]');
    await waitFor(async () => ((await popup.locator('[data-cg-status="error"]').innerText()).includes('复制') ? true : undefined), 5_000, 'the copy hint');
    expect(await popup.locator('[data-cg-copy]').count()).toBe(1);
    // The live lint follows the audience: amounts to a third party are errors, underlined and listed.
    await popup.click('[data-cg-audience="third_party"]');
    await waitFor(async () => ((await popup.locator('[data-cg-mark="error"]').count()) ? true : undefined), 5_000, 'the error mark');
    expect(await popup.locator('.cg-finding[data-category="third_party_disclosure"]').count()).toBeGreaterThan(0);
    expect(await popup.locator('.cg-u-error').count()).toBeGreaterThan(0);
    await screenshot(popup, 'templates-popup-findings');
  });
});

describe('in-page quick insert', () => {
  const picker = (page: Page) => page.locator('collectguard-ui[data-cg-quick-insert] [data-cg-quick-insert]');

  it('`//` opens the picker at the caret; type to filter, Enter, fill, Enter inserts', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '您好//', 20);
    await picker(page).waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.type('scyq');
    await sleep(100);
    await screenshot(page, 'templates-quick-list');
    await page.keyboard.press('Enter');
    const form = picker(page).locator('[data-var]').first();
    await form.waitFor({ state: 'visible' });
    const scope = 'collectguard-ui[data-cg-quick-insert] [data-cg-quick-insert]';
    const values = await fillAll(page, scope);
    const opts = BUILTIN_TEMPLATES.filter((t) => t.scenario === 'first_overdue');
    await screenshot(page, 'templates-quick-form');
    await page.locator(`${scope} [data-var]`).last().press('Enter');
    const text = await waitFor(async () => {
      const v = await fieldText(editor);
      return v.startsWith('您好') && !v.includes('//') ? v : undefined;
    }, 5_000, 'the quick insert');
    expect(opts.map((t) => `您好${expected(t.id, values)}`)).toContain(text);
    await expectFieldAndState(editor, text, 'after quick insert');
    expect(await picker(page).count()).toBe(0);
    await page.keyboard.press('Control+Z');
    await expectFieldAndState(editor, '您好//', 'after Ctrl+Z');
  });

  it('a Chinese IME’s 、、 (its `/`) opens the picker too', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '您好', 10);
    await imeCompose(page, '/', '、');
    await sleep(100);
    expect(await picker(page).count(), 'one 、 is just punctuation').toBe(0);
    await imeCompose(page, '/', '、');
    await picker(page).waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.press('Escape');
    await expectFieldAndState(editor, '您好、、', 'after Escape');
  });

  it('Escape closes the picker and leaves the text untouched', async () => {
    const page = await env.open('plain-contenteditable');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '测试//', 20);
    await picker(page).waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.press('Escape');
    await waitFor(async () => ((await picker(page).count()) === 0 ? true : undefined), 3_000, 'the picker to close');
    await expectFieldAndState(editor, '测试//', 'after Escape');
    // The caret is back in the field, after the trigger.
    await page.keyboard.type('再');
    await expectFieldAndState(editor, '测试//再', 'typing after Escape');
  });

  it('the quick-insert command opens the picker at the caret', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '前文', 10);
    await page.keyboard.press('Alt+K');
    let opened = await picker(page)
      .waitFor({ state: 'visible', timeout: 1_500 })
      .then(() => true)
      .catch(() => false);
    if (!opened) {
      // Headless Chromium does not route browser accelerators to extension commands: fire the
      // command's handler in the service worker the way the browser would.
      const sw = env.context.serviceWorkers()[0]!;
      await sw.evaluate(async () => {
        type Tabs = {
          query(q: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, m: object): Promise<unknown>;
        };
        const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
        const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
        await tabs.sendMessage(tab!.id!, { type: 'cg:quick-insert' });
      });
      opened = await picker(page)
        .waitFor({ state: 'visible', timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(opened, 'picker opened').toBe(true);
    await screenshot(page, 'templates-quick-command');
    await page.keyboard.type('hkqr');
    await page.keyboard.press('Enter');
    const scope = 'collectguard-ui[data-cg-quick-insert] [data-cg-quick-insert]';
    await page.locator(`${scope} [data-var]`).first().waitFor();
    const values = await fillAll(page, scope);
    await page.locator(`${scope} [data-var]`).first().press('Enter');
    const text = await waitFor(async () => {
      const v = await fieldText(editor);
      return v.length > 10 ? v : undefined;
    }, 5_000, 'the insert');
    const candidates = BUILTIN_TEMPLATES.filter((t) => t.scenario === 'repaid').map((t) => `前文${expected(t.id, values)}`);
    expect(candidates).toContain(text);
    await expectFieldAndState(editor, text, 'after command insert');
  });
});
