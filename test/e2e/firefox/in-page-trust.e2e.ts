// Issue 15 in real Firefox: the recipient of the message is found; the panel never covers
// its field at the four edges of the window nor a 600-character message; the badge stays inside
// its field in a dense table and beside antd's counter; errors come first and no span is listed
// twice; "always allow" asks first; a compliant message shows 合规; a paused site shows on the
// toolbar button and in the popup. (The recipient switch and its reset: card-audience.e2e.ts.)
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Box, TO_THIRD_PARTY, VIOLATION, inside, overlaps } from '../page-world';
import { COMPLIANT, type FxEditor, type FxEnv, badge, chord, clickIn, findEditor, focusField, hasFocus, inUi, openPanel, screenshot, setupFirefox, sleep, typeSlowly, waitFor, waitForBadge } from './harness';

let env: FxEnv;
beforeAll(async () => {
  env = await setupFirefox({ viewport: { width: 1280, height: 800 } });
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

const boxOf = (h: ElementHandle<Element>): Promise<Box> =>
  h.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
const boxOfSelector = async (page: Page, sel: string): Promise<Box> => boxOf((await page.$(sel))!);

async function panelOf(editor: FxEditor): Promise<ElementHandle<Element>> {
  const { badge: b } = await openPanel(editor);
  return (await inUi(b, '[data-cg-panel]'))!;
}

async function panelBeside(editor: FxEditor, name: string): Promise<void> {
  const p = await boxOf(await panelOf(editor));
  const field = await boxOf(editor.handle);
  await screenshot(editor.page, `in-page-panel-${name}`);
  expect(overlaps(p, field), `${name}: panel ${JSON.stringify(p)} over field ${JSON.stringify(field)}`).toBe(false);
  const vp = await editor.page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  expect(p.x >= 0 && p.y >= 0 && p.x + p.width <= vp.w && p.y + p.height <= vp.h, `${name}: inside the window`).toBe(true);
  expect(p.height).toBeGreaterThan(150);
}

describe('who the message is for', () => {
  it('the issue’s message to 李女士 about 张伟’s debt is for a third party: 6 disclosure errors', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, TO_THIRD_PARTY, 3);
    const b = await waitFor(async () => {
      const x = await badge(editor);
      return x && (await x.handle.evaluate((e) => e.getAttribute('data-audience'))) === 'third_party' ? x : undefined;
    }, 5_000, 'the badge to read a third party');
    expect(b.maxSeverity).toBe('error');
    const { rows } = await openPanel(editor);
    expect(rows.filter((r) => r.category === 'third_party_disclosure' && r.severity === 'error')).toHaveLength(6);
  });
});

describe('the panel never covers its field', () => {
  for (const corner of ['tl', 'tr', 'bl', 'br'] as const) {
    it(`a field in the ${corner} corner`, async () => {
      const page = await env.open('window-edges');
      const editor = await findEditor(page, { marker: `edge-${corner}` });
      await focusField(editor);
      await typeSlowly(editor, VIOLATION, 3);
      await panelBeside(editor, `edge-${corner}`);
    });
  }

  it('a 600-character message, not over the send button', async () => {
    const page = await env.open('crm');
    const editor = await findEditor(page);
    await focusField(editor);
    await editor.handle.evaluate((el, text) => {
      const ta = el as HTMLTextAreaElement;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(ta, text);
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }, `${VIOLATION}。`.repeat(30).slice(0, 599));
    await typeSlowly(editor, '。', 5);
    await panelBeside(editor, 'crm-600');
    const p = await boxOf((await inUi((await badge(editor))!, '[data-cg-panel]'))!);
    expect(overlaps(p, await boxOfSelector(page, '[data-e2e="send"]'))).toBe(false);
  });
});

describe('the badge stays inside its field', () => {
  it('in a dense table; a click on the next row reaches the next row', async () => {
    const page = await env.open('dense-table');
    const row3 = await findEditor(page, { marker: 'row-3' });
    await focusField(row3);
    await typeSlowly(row3, '你这个老赖，再不还钱就等着坐牢吧，我们会天天打电话给你的家人和同事', 2);
    const b = await waitForBadge(row3);
    expect(inside(b.box, await boxOf(row3.handle))).toBe(true);
    const row4 = await findEditor(page, { marker: 'row-4' });
    const r4 = await boxOf(row4.handle);
    expect(overlaps(b.box, r4)).toBe(false);
    await page.mouse.click(r4.x + r4.width - 20, r4.y + 6);
    expect(await hasFocus(row4)).toBe(true);
    await screenshot(page, 'in-page-dense-table');
  });

  it('beside antd’s counter', async () => {
    const page = await env.open('antd-counter');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, `${VIOLATION}。${VIOLATION}。`, 2);
    const b = await waitForBadge(editor, (x) => x.count > 0);
    expect(inside(b.box, await boxOf(editor.handle))).toBe(true);
    const counters = await page.$$('.ant-input-data-count');
    expect(overlaps(b.box, await boxOf(counters[counters.length - 1]!))).toBe(false);
    await screenshot(page, 'in-page-antd-counter');
  });
});

describe('the panel list and the card', () => {
  it('errors first; no span twice; 「警察会找你」 once', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '后果自负，你这个老赖，再不还钱警察会找你', 3);
    const { badge: b, rows } = await openPanel(editor);
    const rank: Record<string, number> = { error: 3, warning: 2, info: 1 };
    const sev = rows.map((r) => rank[r.severity!]!);
    expect(sev).toEqual([...sev].sort((a, c) => c - a));
    const spans = rows.filter((r) => r.end! > r.start!).map((r) => `${r.start}-${r.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    const police = await b.handle.evaluate((el) => Array.from((el.getRootNode() as ShadowRoot).querySelectorAll('[data-rule-id]')).filter((r) => r.textContent!.includes('警察会找你')).length);
    expect(police).toBe(1);
  });

  it('a compliant message shows 合规', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, COMPLIANT, 3);
    const b = await waitFor(async () => {
      const x = await badge(editor);
      return x && (await x.handle.evaluate((e) => e.getAttribute('data-compliant'))) === 'true' ? x : undefined;
    }, 5_000, 'the 合规 badge');
    expect(await b.handle.evaluate((e) => e.textContent)).toContain('合规');
    await screenshot(page, 'in-page-compliant');
  });

  it('"始终允许此词" on an error asks first', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '再不还钱就等着坐牢吧', 3);
    const b = await waitForBadge(editor);
    await chord(page, 'Control+Home');
    await chord(page, 'Alt+J');
    const allow = await waitFor(async () => (await inUi(b, '[data-cg-card] [data-cg-allow]')) ?? undefined, 3_000, 'the card’s allow button');
    await clickIn(page, editor.frame, allow);
    const confirm = await waitFor(async () => (await inUi(b, '[data-cg-allow-confirm-box]')) ?? undefined, 3_000, 'the confirmation');
    expect(await confirm.evaluate((e) => e.textContent)).toContain('「坐牢」将在所有网站都不再提示');
    await screenshot(page, 'in-page-allow-confirm');
  });
});

describe('pause', () => {
  it('a paused site shows 停 on the toolbar button for its tab, and the popup says so', async () => {
    const page = await env.open('react-textarea');
    await focusField(await findEditor(page));
    const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
    await popup.waitForSelector('[data-cg-pause-site]');
    await popup.click('[data-cg-pause-site] + .pp-switch');
    await popup.waitForSelector('[data-cg-paused="site"]');
    type Api = { runtime: { sendMessage(m: object): Promise<{ tabId: number } | null> }; browserAction: { getBadgeText(d: object): Promise<string> } };
    const text = () =>
      popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        const target = await api.runtime.sendMessage({ type: 'cg:get-target' });
        return api.browserAction.getBadgeText({ tabId: target!.tabId });
      });
    await waitFor(async () => ((await text()) === '停' ? true : undefined), 5_000, 'the badge text 停');
    await screenshot(popup, 'in-page-popup-paused');
    await popup.click('[data-cg-pause-site] + .pp-switch');
    await waitFor(async () => ((await text()) === '' ? true : undefined), 5_000, 'the badge text to clear');
    await sleep(100);
  });
});
