// SPEC "In-page UI" flow on contenteditable editors: a bare contenteditable, Quill 2, ProseMirror
// and Lexical. Fixes must go through each editor's model (framework state) and its own undo.
import { describe, it } from 'vitest';
import { contractFlow } from '../flow';
import { findEditor, useE2E } from '../harness';

const env = useE2E();

describe('contenteditable editors: badge, panel, fix, framework state, undo, clean text', () => {
  for (const kind of ['plain-contenteditable', 'quill', 'prosemirror', 'lexical'] as const) {
    it(kind, async () => {
      const tab = await env.open(kind);
      await contractFlow(await findEditor(tab), { name: kind });
    });
  }
});
