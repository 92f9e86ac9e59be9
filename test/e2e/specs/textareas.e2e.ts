// SPEC "In-page UI" flow on textarea/input editors in React, antd, Vue and Element Plus consoles,
// and fields that must never get a badge.
import { describe, expect, it } from 'vitest';
import { contractFlow } from '../flow';
import { VIOLATING, allBadges, findEditor, focusField, holdsFor, screenshot, typeSlowly, useE2E } from '../harness';

const env = useE2E();

describe('textarea and input editors: badge, panel, fix, framework state, undo, clean text', () => {
  for (const kind of ['react-textarea', 'antd-textarea', 'vue-textarea', 'element-plus', 'input'] as const) {
    it(kind, async () => {
      const tab = await env.open(kind);
      await contractFlow(await findEditor(tab), { name: kind });
    });
  }

  it('input page: password, search box and short readonly input get no badge', async () => {
    const tab = await env.open('input');
    // The message field stays empty; the recipient holds digits only. Any error/warning badge on
    // this page would come from a field that must not be checked.
    const password = await findEditor(tab, { marker: 'password' });
    await focusField(password);
    await typeSlowly(password, VIOLATING, 5);
    const search = await findEditor(tab, { marker: 'search' });
    await focusField(search);
    await typeSlowly(search, '老赖 坐牢', 5);
    const readonly = await findEditor(tab, { marker: 'readonly' });
    await readonly.el.click(); // focus a readonly field holding 老赖
    const noBadge = await holdsFor(async () => (await allBadges(tab)).every((b) => !b.visible || b.count === 0 || (b.maxSeverity !== 'error' && b.maxSeverity !== 'warning')), 1_000, 400);
    await screenshot(tab, 'input-no-badge-fields');
    expect(noBadge, `badges: ${JSON.stringify((await allBadges(tab)).map((b) => ({ count: b.count, sev: b.maxSeverity, box: b.box })))}`).toBe(true);
  });
});
