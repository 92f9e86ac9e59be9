// Sanity of the fixtures and the harness, independent of what the content script does: every page
// loads without errors, typing reaches the field, and `window.__fixture.value()` (the framework's
// state) equals the field's visible text. Also checks that the IME simulation (where the browser
// has one) really produces composition events. These pass with any extension build, including a
// content-script stub.
import { describe, expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import { $, type Editor, attr, driver, fieldText, findEditor, fixtureValue, focusField, screenshot, sleep, typeSlowly, useE2E, waitFor } from '../harness';

const TEXT = '您好，测试短信 abc 123。';

const env = useE2E();

async function typeAndCheck(editor: Editor, text = TEXT): Promise<void> {
  await focusField(editor);
  await typeSlowly(editor, text, 5);
  await waitFor(async () => ((await fixtureValue(editor)) === text ? true : undefined), 2_000).catch(() => {});
  expect(await fieldText(editor), 'field text').toBe(text);
  expect(await fixtureValue(editor), '__fixture.value() (framework state)').toBe(text);
}

const SIMPLE = [
  'react-textarea',
  'antd-textarea',
  'vue-textarea',
  'element-plus',
  'input',
  'plain-contenteditable',
  'quill',
  'prosemirror',
  'lexical',
  'iframe-same-origin',
  'iframe-cross-origin',
  'hostile-css',
  'big-dom',
] as const;

describe('fixture pages: typing reaches the field and the framework state', () => {
  it('the extension is loaded', () => {
    expect(env.extensionId).toMatch(driver.extensionIdPattern);
  });

  for (const kind of SIMPLE) {
    it(kind, async () => {
      const tab = await env.open(kind);
      const editor = await findEditor(tab);
      const expectedKind = kind === 'input' ? 'input' : ['plain-contenteditable', 'quill', 'prosemirror', 'lexical'].includes(kind) ? 'contenteditable' : 'textarea';
      expect(editor.kind).toBe(expectedKind);
      if (kind.startsWith('iframe-')) expect(editor.frame.isMain, 'editor is inside the iframe').toBe(false);
      if (kind === 'iframe-cross-origin') expect(new URL(editor.frame.url()).origin).toBe(env.servers.otherOrigin);
      await typeAndCheck(editor);
      await screenshot(tab, `sanity-${kind}`);
      expect(tab.errors).toEqual([]);
    });
  }

  it('input: password, search and readonly fields exist and take text (no badge is checked elsewhere)', async () => {
    const tab = await env.open('input');
    for (const marker of ['password', 'search', 'readonly', 'recipient']) {
      const ed = await findEditor(tab, { marker });
      expect(ed.kind).toBe('input');
    }
    const readonly = await findEditor(tab, { marker: 'readonly' });
    expect(await readonly.el.evaluate((el) => (el as HTMLInputElement).readOnly, null)).toBe(true);
    const search = await $(tab, '[data-e2e="search"]');
    expect(await attr(search, 'placeholder')).toBe('搜索');
    expect(await attr(search, 'type')).toBe('search');
  });

  it('iframe-srcdoc: both parent-written frames (srcdoc and about:blank)', async () => {
    const tab = await env.open('iframe-srcdoc');
    for (const frameName of ['srcdoc', 'blank']) {
      const editor = await findEditor(tab, { frameName });
      expect(editor.frame.url(), frameName).toMatch(frameName === 'srcdoc' ? /^about:srcdoc/ : /^about:blank/);
      await typeAndCheck(editor, `${frameName}：${TEXT}`);
    }
    await screenshot(tab, 'sanity-iframe-srcdoc');
    expect(tab.errors).toEqual([]);
  });

  it('shadow-dom: one and two shadow roots deep', async () => {
    const tab = await env.open('shadow-dom');
    for (const marker of ['message', 'message-nested']) {
      const editor = await findEditor(tab, { marker });
      const depth = await editor.el.evaluate((el) => {
        let d = 0;
        for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) d++;
        return d;
      }, null);
      expect(depth, `${marker} shadow depth`).toBe(marker === 'message' ? 1 : 2);
      await typeAndCheck(editor, `${marker}：${TEXT}`);
    }
    await screenshot(tab, 'sanity-shadow-dom');
    expect(tab.errors).toEqual([]);
  });

  it('spa-late: mounted after 1 s, swapped for a new element on click', async () => {
    const tab = await env.open('spa-late');
    const t0 = Date.now();
    const first = await findEditor(tab);
    expect(Date.now() - t0 + 300, 'mounted late').toBeGreaterThan(600);
    expect(await attr(first.el, 'data-route')).toBe('first');
    await typeAndCheck(first);
    await (await $(tab, '[data-e2e="swap"]')).click();
    await waitFor(async () => ((await attr(await $(tab, '[data-e2e="message"]'), 'data-route')) === 'second' ? true : undefined));
    expect(await first.el.evaluate((el) => el.isConnected, null), 'old textarea removed').toBe(false);
    const second = await findEditor(tab);
    expect(await fieldText(second)).toBe('');
    expect(await fixtureValue(second)).toBe('');
    await typeAndCheck(second, `新路由：${TEXT}`);
    expect(tab.errors).toEqual([]);
  });

  it('big-dom: ≥ 5,000 nodes, mutating continuously', async () => {
    const frame = (await env.open('big-dom')).mainFrame();
    const a = await frame.evaluate(() => ({ nodes: window.__bigdom!.nodes(), mutations: window.__bigdom!.mutations }), null);
    await sleep(300);
    const b = await frame.evaluate(() => window.__bigdom!.mutations, null);
    expect(a.nodes).toBeGreaterThanOrEqual(5000);
    expect(b).toBeGreaterThan(a.mutations);
  });
});

describeUnless(driver.imeMissing, 'fixture pages: IME simulation', () => {
  it('the IME simulation produces real composition events', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await editor.el.evaluate((el) => {
      const log: string[] = [];
      (window as unknown as { __imeLog: string[] }).__imeLog = log;
      for (const t of ['compositionstart', 'compositionupdate', 'compositionend'] as const) {
        el.addEventListener(t, (e) => log.push(`${t}:${(e as CompositionEvent).data}`));
      }
      el.addEventListener('input', (e) => log.push(`input:${(e as InputEvent).isComposing}`));
    }, null);
    let during = '';
    await tab.ime!.compose('zuolao', '坐牢', {
      whileComposing: async () => {
        during = await fieldText(editor);
      },
    });
    const log = await tab.mainFrame().evaluate(() => (window as unknown as { __imeLog: string[] }).__imeLog, null);
    expect(during, 'candidate shown as composition text').toBe('坐牢');
    expect(log[0]).toBe('compositionstart:');
    expect(log).toContain('compositionupdate:zuo');
    expect(log).toContain('input:true');
    expect(log.at(-1) === 'compositionend:坐牢' || log.at(-2) === 'compositionend:坐牢', `log ${log.join(' ')}`).toBe(true);
    expect(await fieldText(editor)).toBe('坐牢');
    expect(await fixtureValue(editor)).toBe('坐牢');
  });
});
