// SPEC "In-page UI" flow on contenteditable editors: a bare contenteditable, Quill 2, ProseMirror
// and Lexical. Fixes must go through each editor's model (framework state) and its own undo.
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { contractFlow } from '../flow';
import { type E2E, findEditor, setupE2E } from '../harness';

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

describe('contenteditable editors: badge, panel, fix, framework state, undo, clean text', () => {
  for (const kind of ['plain-contenteditable', 'quill', 'prosemirror', 'lexical'] as const) {
    it(kind, async () => {
      const page = await env.open(kind);
      await contractFlow(await findEditor(page), { name: kind });
    });
  }
});
