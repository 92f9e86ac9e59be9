// The README's screenshots, taken from the built extension in real Chromium: (1) underlines and
// the card in an SMS console, (2) the popup with a template's form filled in, (3) the options page,
// (4) the panel of a CRM page's SMS box: a message to a third party, its problems worst first.
// Every run writes them to test-results/readme-screens/; `npm run screenshots`
// (CG_UPDATE_SCREENSHOTS=1) also copies them to assets/screenshots/, the committed folder the
// README shows. 1280×800 (and the popup at its real 720×560) is what the Chrome Web Store takes.
//
// The console is served as https://sms-console.example.com/ (requests answered by the test from
// the built fixture pages), so the pictures show a plausible address instead of a test port.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import { playwrightContext } from '../driver/chromium';
import { $, $$, MIME, PAGES_DIST, REPO, type Tab, VIOLATING, attr, badge, count, driver, fileFor, findEditor, focusField, sleep, typeSlowly, useE2E, waitFor, waitForBadge } from '../harness';

const OUT = join(REPO, 'test-results/readme-screens');
const COMMITTED = join(REPO, 'assets/screenshots');
const HOST = 'https://sms-console.example.com';

async function save(tab: Tab, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await tab.screenshot(path);
  if (process.env.CG_UPDATE_SCREENSHOTS) {
    mkdirSync(COMMITTED, { recursive: true });
    copyFileSync(path, join(COMMITTED, `${name}.png`));
  }
}

const onlyChromium = driver.name === 'chromium' ? null : "the README's screenshots are taken once, in Chromium (the Chrome Web Store's sizes)";

describeUnless(onlyChromium, 'README screenshots', () => {
  const env = useE2E({ viewport: { width: 1280, height: 800 } });
  beforeAll(async () => {
    await playwrightContext(env.browser).route(`${HOST}/**`, async (route) => {
      const file = fileFor(PAGES_DIST, new URL(route.request().url()).pathname);
      if (!file) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: MIME[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
  });
  async function openConsole(): Promise<Tab> {
    const tab = await env.openTab(`${HOST}/react-textarea/`);
    await sleep(300);
    return tab;
  }

  it('1. underlines and the card in an SMS console', async () => {
    const tab = await openConsole();
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING, 10);
    const b = await waitForBadge(editor);
    // Hover the first underline like an agent's mouse: the card opens next to it.
    const box = await b.el.evaluate((el) => {
      const u = (el.getRootNode() as ShadowRoot).querySelector('[data-cg-underline]');
      const r = u?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    }, null);
    expect(box, 'an underline box').not.toBeNull();
    await tab.mouseMove({ x: box!.x - 40, y: box!.y + 60 });
    await tab.mouseMove(box!, 5);
    await waitFor(async () => ((await count(tab, '[data-cg-card]')) ? true : undefined), 3_000, 'the card');
    await sleep(200);
    await save(tab, 'console-card');
    await tab.close();
  });

  it('2. the popup with a template’s form', async () => {
    const console_ = await openConsole();
    await focusField(await findEditor(console_));
    const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
    await (await $(popup, '[data-template-id="first_overdue.standard"]')).click();
    await $(popup, '[data-var]');
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
    const inputs = await $$(popup, '[data-var]');
    for (const input of inputs) await input.fill(values[(await input.evaluate((el) => el.getAttribute('data-var'), null))!] ?? '测试');
    await waitFor(async () => ((await count(popup, '[data-cg-mark="ok"]')) ? true : undefined), 15_000, 'the 合规 mark').catch(async (e) => {
      await popup.screenshot(join(OUT, 'FAIL-popup-template.png'));
      throw e;
    });
    await inputs[0]!.focus();
    await save(popup, 'popup-template');
    await popup.close();
    await console_.close();
  });

  it('3. the options page', async () => {
    const tab = await env.openExtensionPage('options.html');
    await $(tab, '[data-cg-options] section#rules');
    await sleep(200);
    await save(tab, 'options');
    expect(await badge(tab)).toBeNull();
    await tab.close();
  });

  it('4. the panel beside the field: recipient found, problems worst first', async () => {
    const tab = await env.openTab(`${HOST}/crm/`);
    await sleep(300);
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '李女士您好，请转告张伟尽快还款，他在我司的借款已逾期12天，欠款5230元未还。', 10);
    const b = await waitForBadge(editor, (x) => x.maxSeverity === 'error' && x.count > 0);
    expect(await attr(b.el, 'data-audience'), 'the recipient found from the text').toBe('third_party');
    await b.el.click();
    await $(tab, '[data-cg-panel]', { visible: true });
    await sleep(200);
    await save(tab, 'console-panel');
    await tab.close();
  });
});
