// SPEC "In-page UI" flow on the rich editors Chinese SMS/CRM consoles embed: Slate (slate-react,
// the basis of wangEditor), wangEditor 5, Draft.js, CKEditor 5 (classic) and TinyMCE (its
// editable <body> is inside an iframe). Fixes must reach each editor's model and its own undo.
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

describe('rich editors of Chinese consoles: badge, panel, fix, model state, undo, clean text', () => {
  for (const kind of ['slate', 'wangeditor', 'draftjs', 'ckeditor5', 'tinymce'] as const) {
    it(kind, async () => {
      const page = await env.open(kind);
      // TinyMCE's undo manager opens a typing step on keydown: type as an IME does (keydown 229).
      await contractFlow(await findEditor(page), { name: kind, imeKeys: kind === 'tinymce' });
    });
  }
});
