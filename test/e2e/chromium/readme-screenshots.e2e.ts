// The README's screenshots, taken from the built extension in real Chromium: (1) underlines and
// the card in an SMS console, (2) the popup with a template's form filled in, (3) the options page,
// (4) the panel of a CRM page's SMS box: a message to a third party, its problems worst first.
// Every run writes them to test-results/readme-screens/; `npm run screenshots`
// (CG_UPDATE_SCREENSHOTS=1) also copies them to assets/screenshots/, the committed folder the
// README shows. 1280×800 (and the popup at its real 720×560) is what the Chrome Web Store takes.
//
// The console is served as https://sms-console.example.com/ (requests answered by the test from
// the built fixture pages), so the pictures show a plausible address instead of a test port.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2E, PAGES_DIST, REPO, VIOLATING, badge, findEditor, focusField, setupE2E, sleep, typeSlowly, waitFor, waitForBadge } from '../harness';

const OUT = join(REPO, 'test-results/readme-screens');
const COMMITTED = join(REPO, 'assets/screenshots');
const HOST = 'https://sms-console.example.com';
const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

let env: E2E;
beforeAll(async () => {
  env = await setupE2E({ viewport: { width: 1280, height: 800 } });
  await env.context.route(`${HOST}/**`, async (route) => {
    const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^([/\\])+/, '');
    let file = join(PAGES_DIST, path);
    if (!file.startsWith(PAGES_DIST + sep) && file !== PAGES_DIST) return route.fulfill({ status: 403 });
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
});
afterAll(async () => {
  await env?.close();
});

async function save(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.CG_UPDATE_SCREENSHOTS) {
    mkdirSync(COMMITTED, { recursive: true });
    copyFileSync(path, join(COMMITTED, `${name}.png`));
  }
}

async function openConsole(): Promise<Page> {
  const page = await env.context.newPage();
  await page.goto(`${HOST}/react-textarea/`, { waitUntil: 'load' });
  await sleep(300);
  return page;
}

describe('README screenshots', () => {
  it('1. underlines and the card in an SMS console', async () => {
    const page = await openConsole();
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING, 10);
    const b = await waitForBadge(editor);
    // Hover the first underline like an agent's mouse: the card opens next to it.
    const box = await b.locator.evaluate((el) => {
      const u = (el.getRootNode() as ShadowRoot).querySelector('[data-cg-underline]');
      const r = u?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    });
    expect(box, 'an underline box').not.toBeNull();
    await page.mouse.move(box!.x - 40, box!.y + 60);
    await page.mouse.move(box!.x, box!.y, { steps: 5 });
    await waitFor(async () => ((await page.locator('[data-cg-card]').count()) ? true : undefined), 3_000, 'the card');
    await sleep(200);
    await save(page, 'console-card');
    await page.close();
  });

  it('2. the popup with a template’s form', async () => {
    const console_ = await openConsole();
    await focusField(await findEditor(console_));
    const popup = await env.context.newPage();
    await popup.setViewportSize({ width: 720, height: 560 });
    await popup.goto(`chrome-extension://${env.extensionId}/popup.html`);
    await popup.click('[data-template-id="first_overdue.standard"]');
    const values: Record<string, string> = {
      platform: '安信贷',
      salutation: '张先生',
      overdueDays: '15',
      total: '5123.45',
      principal: '5000',
      interest: '123.45',
      dueDate: '2025-12-20',
      channel: '安信贷APP',
      hotline: '400-800-1234',
    };
    for (const input of await popup.locator('[data-var]').all()) {
      const key = (await input.getAttribute('data-var'))!;
      await input.fill(values[key] ?? '测试');
    }
    await waitFor(async () => ((await popup.locator('[data-cg-mark="ok"]').count()) ? true : undefined), 15_000, 'the 合规 mark').catch(async (e) => {
      await popup.screenshot({ path: join(OUT, 'FAIL-popup-template.png') });
      throw e;
    });
    await popup.locator('[data-var]').first().focus();
    await save(popup, 'popup-template');
    await popup.close();
    await console_.close();
  });

  it('3. the options page', async () => {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${env.extensionId}/options.html`);
    await page.waitForSelector('[data-cg-options] section#rules');
    await sleep(200);
    await save(page, 'options');
    expect(await badge(page)).toBeNull();
    await page.close();
  });

  it('4. the panel beside the field: recipient found, problems worst first', async () => {
    const page = await env.context.newPage();
    await page.goto(`${HOST}/crm/`, { waitUntil: 'load' });
    await sleep(300);
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '李女士您好，请转告张伟尽快还款，他在我司的借款已逾期12天，欠款5230元未还。', 10);
    const b = await waitForBadge(editor);
    await b.locator.click();
    await page.locator('[data-cg-panel]').waitFor();
    await sleep(200);
    await save(page, 'console-panel');
    await page.close();
  });
});
