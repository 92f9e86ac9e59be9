// Inline warnings in real Firefox: the SPEC contract flow (badge, underlines, panel, fix, Ctrl+Z,
// compliant message) in React/Vue textareas, a plain <input>, a plain contenteditable, rich
// editors (ProseMirror, Lexical, Quill), same-origin, cross-origin, srcdoc and about:blank
// iframes, open shadow roots and fields mounted late by an SPA.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractFlow } from './flow';
import { type FxEnv, findEditor, setupFirefox } from './harness';

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

describe('contract flow in Firefox: text fields and editors', () => {
  for (const kind of ['react-textarea', 'vue-textarea', 'input', 'plain-contenteditable', 'prosemirror', 'lexical', 'quill']) {
    it(kind, async () => {
      const page = await env.open(kind);
      await contractFlow(await findEditor(page), { name: kind });
    });
  }
});

describe('contract flow in Firefox: frames, shadow roots, late fields', () => {
  it('iframe-same-origin', async () => {
    const page = await env.open('iframe-same-origin');
    const editor = await findEditor(page);
    expect(editor.frame).not.toBe(page.mainFrame());
    await contractFlow(editor, { name: 'iframe-same-origin' });
  });

  it('iframe-cross-origin', async () => {
    const page = await env.open('iframe-cross-origin');
    const editor = await findEditor(page);
    expect(new URL(editor.frame.url()).origin).toBe(env.servers.otherOrigin);
    await contractFlow(editor, { name: 'iframe-cross-origin' });
  });

  it('iframe-srcdoc: srcdoc frame filled by the parent', async () => {
    const page = await env.open('iframe-srcdoc');
    await contractFlow(await findEditor(page, { frameName: 'srcdoc' }), { name: 'iframe-srcdoc' });
  });

  it('iframe-srcdoc: about:blank frame built by the parent', async () => {
    const page = await env.open('iframe-srcdoc');
    await contractFlow(await findEditor(page, { frameName: 'blank' }), { name: 'iframe-about-blank' });
  });

  for (const kind of ['shadow-dom', 'spa-late']) {
    it(kind, async () => {
      const page = await env.open(kind);
      await contractFlow(await findEditor(page), { name: kind });
    });
  }
});
