// SPEC "In-page UI" flow on the textareas of popular UI kits not covered by textareas.e2e.ts:
// Ant Design Vue <a-textarea> (auto-size, show-count), Naive UI <n-input type="textarea">
// (autosize, counter) and MUI <TextField multiline> (autosizing, with a hidden shadow textarea).
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

describe('UI-kit textareas: badge, panel, fix, framework state, undo, clean text', () => {
  for (const kind of ['ant-design-vue', 'naive-ui', 'mui-textfield'] as const) {
    it(kind, async () => {
      const page = await env.open(kind);
      await contractFlow(await findEditor(page), { name: kind });
    });
  }
});
