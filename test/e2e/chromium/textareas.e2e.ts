// SPEC "In-page UI" flow on textarea/input editors in React, antd, Vue and Element Plus consoles,
// and fields that must never get a badge.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractFlow } from '../flow';
import { type E2E, VIOLATING, allBadges, findEditor, focusField, holdsFor, screenshot, setupE2E, typeSlowly } from '../harness';

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

describe('textarea and input editors: badge, panel, fix, framework state, undo, clean text', () => {
  for (const kind of ['react-textarea', 'antd-textarea', 'vue-textarea', 'element-plus', 'input'] as const) {
    it(kind, async () => {
      const page = await env.open(kind);
      await contractFlow(await findEditor(page), { name: kind });
    });
  }

  it('input page: password, search box and short readonly input get no badge', async () => {
    const page = await env.open('input');
    // The message field stays empty; the recipient holds digits only. Any error/warning badge on
    // this page would come from a field that must not be checked.
    const password = await findEditor(page, { marker: 'password' });
    await focusField(password);
    await typeSlowly(password, VIOLATING, 5);
    const search = await findEditor(page, { marker: 'search' });
    await focusField(search);
    await typeSlowly(search, '老赖 坐牢', 5);
    const readonly = await findEditor(page, { marker: 'readonly' });
    await readonly.locator.click(); // focus a readonly field holding 老赖
    const noBadge = await holdsFor(async () => (await allBadges(page.mainFrame())).every((b) => !b.visible || b.count === 0 || (b.maxSeverity !== 'error' && b.maxSeverity !== 'warning')), 1_000, 400);
    await screenshot(page, 'input-no-badge-fields');
    expect(noBadge, `badges: ${JSON.stringify((await allBadges(page.mainFrame())).map((b) => ({ count: b.count, sev: b.maxSeverity, box: b.box })))}`).toBe(true);
  });
});
