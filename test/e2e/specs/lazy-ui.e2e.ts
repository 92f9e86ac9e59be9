// The parts of the in-page UI a frame loads on first use (src/content/lazy.ts): the panel, the
// card and the send guard's dialog once the frame shows its first badge, the template picker at
// the first `//`. They are imported from the extension package by the content script, so a
// page's Content-Security-Policy, which governs the page's own scripts, must not stop them.
import { describe, expect, it } from 'vitest';
import { $, findEditor, focusField, openPanel, screenshot, typeSlowly, useE2E, VIOLATING } from '../harness';

const env = useE2E();

describe('UI loaded on first use', () => {
  it("on a page whose CSP allows only its own scripts: the first badge's panel and the first `//`'s picker", async () => {
    const tab = await env.open('csp-strict');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING, 10);
    const { rows } = await openPanel(editor);
    expect(rows.filter((r) => r.visible).length, 'findings listed in the panel').toBeGreaterThan(0);
    await screenshot(tab, 'lazy-ui-csp-panel');
    await tab.press('Escape');
    await focusField(editor);
    await tab.press('End');
    await typeSlowly(editor, '//', 20);
    await $(tab, 'div[data-cg-quick-insert]', { visible: true, timeout: 5_000 });
    await screenshot(tab, 'lazy-ui-csp-picker');
    await tab.press('Escape');
    expect(tab.errors).toEqual([]);
  });
});
