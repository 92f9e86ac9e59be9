// Issue 10 in both browsers: what a web page's own script can do to CollectGuard. Our in-page UI
// lives in open shadow roots (tests pierce them; so can the page), so every control that changes
// stored state, inserts text or reveals stored data must act on a person's events only. Each test
// is an attack the page mounts from its main world (a frame's `evaluate` runs there, as the page's
// own script would; the attacks are in test/e2e/page-world.ts): pressing our buttons, firing our
// shortcuts, typing `//` by script, submitting the picker's form, moving the focus to steer the
// popup's insert, messaging the extension.
import { describe, expect, it } from 'vitest';
import { clickAnywhere, existsAnywhere, readEverything, scriptFocusesNotes, scriptPressesAltJ, scriptTypesTrigger } from '../page-world';
import {
  $,
  $$,
  type Editor,
  type Tab,
  attr,
  badge,
  clearField,
  count,
  fieldText,
  findEditor,
  focusField,
  holdsFor,
  screenshot,
  sleep,
  typeSlowly,
  useE2E,
  waitFor,
  waitForBadge,
} from '../harness';

const env = useE2E();

type Local = { get(k: null): Promise<Record<string, unknown>>; set(o: object): Promise<void> };
type ExtGlobal = { browser?: { storage: { local: Local } }; chrome?: { storage: { local: Local } } };

/** Everything in the extension's storage.local (read where the extension API is: a trusted context). */
function stored(): Promise<Record<string, unknown>> {
  return env.browser.inExtension(() => {
    const g = globalThis as unknown as ExtGlobal;
    return (g.browser ?? g.chrome)!.storage.local.get(null);
  }, null);
}
function store(items: Record<string, unknown>): Promise<void> {
  return env.browser.inExtension((o) => {
    const g = globalThis as unknown as ExtGlobal;
    return (g.browser ?? g.chrome)!.storage.local.set(o);
  }, items);
}
const allowlist = async () => ((await stored()).settings as { allowlist?: string[] } | undefined)?.allowlist ?? [];

/** The page's own script clicks the first match of `selector` (our UI's open shadow roots included). */
const pageClicks = (tab: Tab, selector: string) => tab.mainFrame().evaluate(clickAnywhere, selector);
/** Whether the page's script can see `selector` anywhere (document and open shadow roots). */
const shows = (tab: Tab, selector: string) => tab.mainFrame().evaluate(existsAnywhere, selector);

const CARD = '[data-cg-card]';
const PICKER = 'div[data-cg-quick-insert]';

/** The agent types `text` and opens the first finding's card with Alt+J (a person's keys). */
async function agentOpensCard(editor: Editor, text: string): Promise<void> {
  await focusField(editor);
  await typeSlowly(editor, text, 5);
  await waitForBadge(editor, (b) => b.count > 0);
  await editor.tab.press('Control+Home');
  await editor.tab.press('Alt+J');
  await $(editor.tab, CARD, { visible: true, timeout: 5_000 });
}

describe('a page’s own script cannot press CollectGuard’s buttons', () => {
  it('a synthetic Alt+J opens no card; a synthetic click on an underline neither', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '你这个老赖，再不还钱就等着坐牢吧', 5);
    await waitForBadge(editor);
    await tab.mainFrame().evaluate(scriptPressesAltJ, null);
    await tab.mainFrame().evaluate(() => {
      const ta = document.querySelector<HTMLTextAreaElement>('[data-e2e="message"]')!;
      const r = ta.getBoundingClientRect();
      ta.dispatchEvent(new MouseEvent('click', { clientX: r.left + 30, clientY: r.top + 14, bubbles: true, composed: true }));
    }, null);
    expect(await holdsFor(async () => !(await shows(tab, CARD)), 600), 'no card').toBe(true);
    // The agent's own Alt+J still works.
    await tab.press('Control+Home');
    await tab.press('Alt+J');
    await $(tab, CARD, { visible: true, timeout: 5_000 });
  });

  it('"始终允许此词" and its confirmation clicked by the page store nothing', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    // A warning (offered and allowed at once) …
    await agentOpensCard(editor, '【安信贷】您好，请尽快还款，否则后果自负。');
    const findings = (await badge(editor))!.count;
    expect(await pageClicks(tab, '[data-cg-allow]'), 'the page found the button').toBe(true);
    await sleep(500);
    expect(await allowlist()).toEqual([]);
    expect((await badge(editor))!.count, 'the warning is still there').toBe(findings);
    expect(await count(tab, CARD), 'the card is still open').toBe(1);
    // … and an error, whose confirmation the agent opened: the page presses "确定允许".
    await tab.press('Escape');
    await clearField(editor);
    await agentOpensCard(editor, '再不还钱就等着坐牢吧');
    await (await $(tab, `${CARD} [data-cg-allow]`)).click();
    await $(tab, `${CARD} [data-cg-allow-confirm-box]`, { visible: true });
    expect(await pageClicks(tab, '[data-cg-allow-confirm]'), 'the page found the confirmation').toBe(true);
    await sleep(500);
    expect(await allowlist()).toEqual([]);
    await screenshot(tab, 'page-script-allow-refused');
  });

  it('"忽略一次", "应用修改" and Enter in the card do nothing for the page', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await agentOpensCard(editor, '你这个老赖，再不还钱就等着坐牢吧');
    const before = await fieldText(editor);
    const findings = (await badge(editor))!.count;
    expect(await pageClicks(tab, '[data-cg-fix]')).toBe(true);
    expect(await pageClicks(tab, '[data-cg-ignore]')).toBe(true);
    await tab.mainFrame().evaluate(() => {
      const c = [...document.querySelectorAll('collectguard-ui')].map((h) => h.shadowRoot?.querySelector('[data-cg-card]')).find((x) => x)!;
      c.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    }, null);
    await sleep(500);
    expect(await fieldText(editor)).toBe(before);
    expect((await badge(editor))!.count).toBe(findings);
    expect(await count(tab, CARD), 'the card is still open').toBe(1);
  });

  it('the recipient switch clicked by the page changes nothing and stores nothing', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '【安信贷】您好，您的借款已逾期3天，欠款5000元，请尽快还款。', 5);
    const b = await waitForBadge(editor, () => true);
    await b.el.click();
    const third = await $(tab, '[data-cg-audience="third_party"]', { visible: true });
    expect(await pageClicks(tab, '[data-cg-audience="third_party"]')).toBe(true);
    await sleep(500);
    expect(await attr(third, 'aria-pressed')).toBe('false');
    expect((await badge(editor))!.maxSeverity).not.toBe('error');
    expect(Object.keys(await stored()).filter((k) => k.startsWith('cg.audience'))).toEqual([]);
    await screenshot(tab, 'page-script-refused');
  });
});

describe('a page’s own script cannot open the template picker or read what it holds', () => {
  const SECRET = { platform: '秘密平台甲', hotline: '400-999-1234', agentId: '9527' };

  it('`//` written by a script (synthetic input, execCommand) opens no picker; nothing stored reaches the page', async () => {
    await store({
      templateValues: SECRET,
      customTemplates: { version: 1, templates: [{ id: 'own-secret', name: '内部专用话术乙', scenario: 'custom', tone: 'standard', audience: 'debtor', body: '【{platform}】您好，请联系{hotline}。' }] },
    });
    try {
      const tab = await env.open('react-textarea');
      const editor = await findEditor(tab);
      await focusField(editor);
      await typeSlowly(editor, '您好', 5);
      await tab.mainFrame().evaluate(scriptTypesTrigger, null);
      expect(await holdsFor(async () => !(await shows(tab, PICKER)), 600), 'no picker after a synthetic input or execCommand').toBe(true);
      // Had it opened, the page would now pick a template and read the form.
      await pageClicks(tab, '[data-template-id]');
      await sleep(300);
      const seen = await tab.mainFrame().evaluate(readEverything, null);
      for (const secret of [...Object.values(SECRET), '内部专用话术乙']) expect(seen, secret).not.toContain(secret);
    } finally {
      await env.clearStorage();
    }
  });

  it('in the picker the agent opened, the page can neither choose a template nor insert one', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, '您好//', 20);
    const picker = await $(tab, PICKER, { visible: true, timeout: 5_000 });
    expect(await pageClicks(tab, '[data-template-id]')).toBe(true);
    expect(await holdsFor(async () => (await $$(picker, '[data-var]')).length === 0, 500), 'no form from the page’s click').toBe(true);
    // The agent chooses; the page submits the form with requestSubmit (a trusted submit event)
    // and clicks the insert button.
    await tab.press('Enter');
    await $(picker, '[data-var]', { visible: true });
    await tab.mainFrame().evaluate(() => {
      const root = [...document.querySelectorAll('collectguard-ui')].map((h) => h.shadowRoot).find((r) => r?.querySelector('[data-cg-quick-insert]'))!;
      root.querySelector('form')!.requestSubmit();
      root.querySelector<HTMLElement>('[data-cg-qi-insert]')!.click();
    }, null);
    await sleep(500);
    expect(await fieldText(editor)).toBe('您好//');
    expect(await count(tab, PICKER), 'the picker is still open').toBe(1);
  });
});

describe('a page’s own script cannot steer the popup’s insert', () => {
  it('the insert goes to the field the agent used, not the one the page focused afterwards', async () => {
    const tab = await env.open('crm');
    const sms = await findEditor(tab);
    await focusField(sms);
    await typeSlowly(sms, '您好，', 5);
    // The page moves the focus to its notes field (a focus the browser reports as trusted) and
    // fakes a press and a key in it.
    await tab.mainFrame().evaluate(scriptFocusesNotes, null);
    const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
    await (await $(popup, '[data-template-id="repaid.standard"]')).click();
    await $(popup, '[data-var]');
    for (const input of await $$(popup, '[data-var]')) {
      const type = await attr(input, 'type');
      await input.fill(type === 'number' ? '5000' : type === 'date' ? '2025-12-10' : (await attr(input, 'data-var')) === 'hotline' ? '400-800-1234' : '安信贷');
    }
    await (await $(popup, '[data-cg-insert]')).click();
    await waitFor(async () => ((await count(popup, '[data-cg-status="ok"]')) ? true : undefined), 5_000, 'the insert');
    await tab.bringToFront();
    const notes = await findEditor(tab, { marker: 'notes' });
    expect(await fieldText(notes)).toBe('');
    expect((await fieldText(sms)).startsWith('您好，')).toBe(true);
    expect((await fieldText(sms)).length).toBeGreaterThan(10);
  });
});

describe('a page’s own script cannot reach the background', () => {
  it('has no channel to the extension: settings and the allowlist stay as they were', async () => {
    const tab = await env.open('react-textarea');
    const tried = await tab.mainFrame().evaluate(async (id) => {
      type Rt = { sendMessage?: (...a: unknown[]) => Promise<unknown> };
      const g = globalThis as unknown as { chrome?: { runtime?: Rt }; browser?: { runtime?: Rt } };
      const rt = g.chrome?.runtime ?? g.browser?.runtime;
      if (!rt?.sendMessage) return 'no runtime';
      try {
        await rt.sendMessage(id, { type: 'cg:allow-phrase', phrase: '老赖' });
        await rt.sendMessage(id, { type: 'cg:pause-site', host: location.hostname, paused: true });
        return 'sent';
      } catch (e) {
        return `refused: ${String(e)}`;
      }
    }, env.extensionId);
    expect(tried).not.toBe('sent');
    expect(await allowlist()).toEqual([]);
    expect(((await stored()).settings as { disabledSites?: string[] } | undefined)?.disabledSites ?? []).toEqual([]);
  });
});
