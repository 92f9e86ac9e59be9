// The extension never changes the page: while the agent types a violating message and the
// extension draws its underlines and badge, the page's own DOM (outside <collectguard-ui>), its
// attributes, its layout and the field's text are exactly what they are in a browser WITHOUT the
// extension doing the same typing. No wrapping spans, no attributes on the field, no value edits.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type E2E,
  type LaunchedBrowser,
  VIOLATING,
  fieldText,
  findEditor,
  focusField,
  pageMutations,
  pageSnapshot,
  recordPageMutations,
  settle,
  setupE2E,
  launchChromium,
  sleep,
  typeSlowly,
  waitForBadge,
} from '../harness';

let env: E2E;
let control: LaunchedBrowser;
beforeAll(async () => {
  env = await setupE2E();
  control = await launchChromium({ withExtension: false });
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await control?.close();
  await env?.close();
});

interface Run {
  before: string[];
  after: string[];
  mutations: string[];
  text: string;
  editorHtml: string;
}

async function run(kind: string, withExt: boolean): Promise<Run> {
  const page = withExt ? await env.open(kind) : await control.context.newPage();
  if (!withExt) {
    await page.goto(`${env.servers.origin}/${kind}/?xport=${env.servers.otherPort}`);
    await settle(page);
  }
  try {
    const editor = await findEditor(page);
    await focusField(editor);
    await sleep(200);
    const before = await pageSnapshot(editor.frame);
    await recordPageMutations(editor.frame);
    await typeSlowly(editor, VIOLATING, 40);
    if (withExt) await waitForBadge(editor);
    await sleep(500);
    const mutations = (await pageMutations(editor.frame)).map((m) => `${m.type} ${m.target} ${m.detail}`);
    const after = await pageSnapshot(editor.frame);
    const editorHtml = await editor.locator.evaluate((el) => (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? '' : el.innerHTML));
    return { before, after, mutations, text: await fieldText(editor), editorHtml };
  } finally {
    await page.close();
  }
}

describe("the page's DOM, attributes, layout and field text are untouched while typing", () => {
  for (const kind of ['react-textarea', 'vue-textarea', 'input', 'plain-contenteditable', 'quill', 'prosemirror', 'lexical', 'shadow-dom'] as const) {
    it(kind, async () => {
      const without = await run(kind, false);
      const withExt = await run(kind, true);
      expect(withExt.text, 'field text').toBe(VIOLATING);
      expect(withExt.editorHtml, 'editor DOM (no wrapping spans)').toBe(without.editorHtml);
      expect(withExt.before, 'page before typing (extension loaded, idle)').toEqual(without.before);
      expect(withExt.after, 'page after typing and linting').toEqual(without.after);
      expect([...withExt.mutations].sort(), 'mutations of the page’s own nodes').toEqual([...without.mutations].sort());
    });
  }
});
