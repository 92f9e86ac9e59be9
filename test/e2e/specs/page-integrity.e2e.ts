// The extension never changes the page: while the agent types a violating message and the
// extension draws its underlines and badge, the page's own DOM (outside <collectguard-ui>), its
// attributes, its layout and the field's text are exactly what they are in a browser WITHOUT the
// extension doing the same typing. No wrapping spans, no attributes on the field, no value edits.
import { describe, expect, it } from 'vitest';
import { VIOLATING, consoleUrl, fieldText, findEditor, focusField, pageMutations, pageSnapshot, recordPageMutations, settle, sleep, typeSlowly, useBrowser, useE2E, waitForBadge } from '../harness';

const env = useE2E();
/** The same browser without the extension, doing the same typing. */
const control = useBrowser({ withExtension: false });

interface Run {
  before: string[];
  after: string[];
  mutations: string[];
  text: string;
  editorHtml: string;
}

async function run(kind: string, withExt: boolean): Promise<Run> {
  const tab = withExt ? await env.open(kind) : await control.openTab(consoleUrl(env.servers, kind));
  if (!withExt) await settle(tab);
  try {
    const editor = await findEditor(tab);
    await focusField(editor);
    await sleep(200);
    const before = await pageSnapshot(editor.frame);
    await recordPageMutations(editor.frame);
    await typeSlowly(editor, VIOLATING, 40);
    if (withExt) await waitForBadge(editor);
    await sleep(500);
    const mutations = (await pageMutations(editor.frame)).map((m) => `${m.type} ${m.target} ${m.detail}`);
    const after = await pageSnapshot(editor.frame);
    const editorHtml = await editor.el.evaluate((el) => (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? '' : el.innerHTML), null);
    return { before, after, mutations, text: await fieldText(editor), editorHtml };
  } finally {
    await tab.close();
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
