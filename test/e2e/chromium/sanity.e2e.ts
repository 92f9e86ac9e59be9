// Sanity of the fixtures and the harness, independent of what the content script does: every page
// loads without errors, typing reaches the field, and `window.__fixture.value()` (the framework's
// state) equals the field's visible text. Also checks that the CDP IME simulation really produces
// composition events. These pass with any extension build, including a content-script stub.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type E2E,
  type Editor,
  fieldText,
  findEditor,
  fixtureValue,
  focusField,
  imeCompose,
  pageErrors,
  screenshot,
  setupE2E,
  sleep,
  typeSlowly,
  waitFor,
} from '../harness';

const TEXT = '您好，测试短信 abc 123。';

let env: E2E;
beforeAll(async () => {
  env = await setupE2E();
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

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
  it('the extension is loaded (service worker id)', () => {
    expect(env.extensionId).toMatch(/^[a-p]{32}$/);
  });

  for (const kind of SIMPLE) {
    it(kind, async () => {
      const page = await env.open(kind);
      const editor = await findEditor(page);
      const expectedKind = kind === 'input' ? 'input' : ['plain-contenteditable', 'quill', 'prosemirror', 'lexical'].includes(kind) ? 'contenteditable' : 'textarea';
      expect(editor.kind).toBe(expectedKind);
      if (kind.startsWith('iframe-')) expect(editor.frame, 'editor is inside the iframe').not.toBe(page.mainFrame());
      if (kind === 'iframe-cross-origin') expect(new URL(editor.frame.url()).origin).toBe(env.servers.otherOrigin);
      await typeAndCheck(editor);
      await screenshot(page, `sanity-${kind}`);
      expect(pageErrors(page)).toEqual([]);
    });
  }

  it('input: password, search and readonly fields exist and take text (no badge is checked elsewhere)', async () => {
    const page = await env.open('input');
    for (const marker of ['password', 'search', 'readonly', 'recipient']) {
      const ed = await findEditor(page, { marker });
      expect(ed.kind).toBe('input');
    }
    const readonly = await findEditor(page, { marker: 'readonly' });
    expect(await readonly.locator.evaluate((el) => (el as HTMLInputElement).readOnly)).toBe(true);
    expect(await page.locator('[data-e2e="search"]').getAttribute('placeholder')).toBe('搜索');
    expect(await page.locator('[data-e2e="search"]').getAttribute('type')).toBe('search');
  });

  it('iframe-srcdoc: both parent-written frames (srcdoc and about:blank)', async () => {
    const page = await env.open('iframe-srcdoc');
    for (const frameName of ['srcdoc', 'blank']) {
      const editor = await findEditor(page, { frameName });
      expect(editor.frame.url(), frameName).toMatch(frameName === 'srcdoc' ? /^about:srcdoc/ : /^about:blank/);
      await typeAndCheck(editor, `${frameName}：${TEXT}`);
    }
    await screenshot(page, 'sanity-iframe-srcdoc');
    expect(pageErrors(page)).toEqual([]);
  });

  it('shadow-dom: one and two shadow roots deep', async () => {
    const page = await env.open('shadow-dom');
    for (const marker of ['message', 'message-nested']) {
      const editor = await findEditor(page, { marker });
      const depth = await editor.locator.evaluate((el) => {
        let d = 0;
        for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) d++;
        return d;
      });
      expect(depth, `${marker} shadow depth`).toBe(marker === 'message' ? 1 : 2);
      await typeAndCheck(editor, `${marker}：${TEXT}`);
    }
    await screenshot(page, 'sanity-shadow-dom');
    expect(pageErrors(page)).toEqual([]);
  });

  it('spa-late: mounted after 1 s, swapped for a new element on click', async () => {
    const page = await env.open('spa-late');
    const t0 = Date.now();
    const first = await findEditor(page);
    expect(Date.now() - t0 + 300, 'mounted late').toBeGreaterThan(600);
    expect(await first.locator.getAttribute('data-route')).toBe('first');
    await typeAndCheck(first);
    const oldHandle = await first.locator.elementHandle();
    await page.locator('[data-e2e="swap"]').click();
    await waitFor(async () => ((await page.locator('[data-e2e="message"]').getAttribute('data-route')) === 'second' ? true : undefined));
    expect(await oldHandle!.evaluate((el) => el.isConnected), 'old textarea removed').toBe(false);
    const second = await findEditor(page);
    expect(await fieldText(second)).toBe('');
    expect(await fixtureValue(second)).toBe('');
    await typeAndCheck(second, `新路由：${TEXT}`);
    expect(pageErrors(page)).toEqual([]);
  });

  it('big-dom: ≥ 5,000 nodes, mutating continuously', async () => {
    const page = await env.open('big-dom');
    const a = await page.evaluate(() => ({ nodes: window.__bigdom!.nodes(), mutations: window.__bigdom!.mutations }));
    await sleep(300);
    const b = await page.evaluate(() => window.__bigdom!.mutations);
    expect(a.nodes).toBeGreaterThanOrEqual(5000);
    expect(b).toBeGreaterThan(a.mutations);
  });

  it('CDP IME simulation produces real composition events', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await editor.locator.evaluate((el) => {
      const log: string[] = [];
      (window as unknown as { __imeLog: string[] }).__imeLog = log;
      for (const t of ['compositionstart', 'compositionupdate', 'compositionend'] as const) {
        el.addEventListener(t, (e) => log.push(`${t}:${(e as CompositionEvent).data}`));
      }
      el.addEventListener('input', (e) => log.push(`input:${(e as InputEvent).isComposing}`));
    });
    let during = '';
    await imeCompose(page, 'zuolao', '坐牢', {
      whileComposing: async () => {
        during = await fieldText(editor);
      },
    });
    const log = await page.evaluate(() => (window as unknown as { __imeLog: string[] }).__imeLog);
    expect(during, 'candidate shown as composition text').toBe('坐牢');
    expect(log[0]).toBe('compositionstart:');
    expect(log).toContain('compositionupdate:zuo');
    expect(log).toContain('input:true');
    expect(log.at(-1) === 'compositionend:坐牢' || log.at(-2) === 'compositionend:坐牢', `log ${log.join(' ')}`).toBe(true);
    expect(await fieldText(editor)).toBe('坐牢');
    expect(await fixtureValue(editor)).toBe('坐牢');
  });
});
