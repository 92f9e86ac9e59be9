// SPEC "In-page UI" flow on the textareas of popular UI kits not covered by textareas.e2e.ts:
// Ant Design Vue <a-textarea> (auto-size, show-count), Naive UI <n-input type="textarea">
// (autosize, counter) and MUI <TextField multiline> (autosizing, with a hidden shadow textarea).
import { describe, it } from 'vitest';
import { contractFlow } from '../flow';
import { findEditor, useE2E } from '../harness';

const env = useE2E();

describe('UI-kit textareas: badge, panel, fix, framework state, undo, clean text', () => {
  for (const kind of ['ant-design-vue', 'naive-ui', 'mui-textfield'] as const) {
    it(kind, async () => {
      const tab = await env.open(kind);
      await contractFlow(await findEditor(tab), { name: kind });
    });
  }
});
