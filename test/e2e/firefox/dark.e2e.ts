// Dark mode in real Firefox (the system theme pref Firefox maps to prefers-color-scheme): the
// in-page panel, the in-page template picker and the popup switch colours, and are looked at.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FxEnv, VIOLATING, findEditor, focusField, openPanel, screenshot, setupFirefox, typeSlowly, waitFor } from './harness';

let env: FxEnv;
beforeAll(async () => {
  env = await setupFirefox({ prefs: { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } });
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

describe('dark mode', () => {
  it('panel, picker and popup follow prefers-color-scheme: dark', async () => {
    const page = await env.open('react-textarea');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING);
    const { badge } = await openPanel(editor);
    const panelBg = await badge.handle.evaluate((b) => getComputedStyle((b.getRootNode() as ShadowRoot).querySelector('[data-cg-panel]')!).backgroundColor);
    await screenshot(page, 'dark-panel');

    const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
    await popup.waitForSelector('[data-template-id]');
    await popup.click('[data-template-id="promise_followup.gentle"]');
    await popup.waitForSelector('[data-var]');
    const popupBg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await screenshot(popup, 'dark-popup');
    await popup.close();

    await page.bringToFront();
    await focusField(editor);
    await typeSlowly(editor, '//', 20);
    const pickerBg = await waitFor(
      () =>
        page.evaluate(() => {
          const el = document.querySelector('collectguard-ui[data-cg-quick-insert]')?.shadowRoot?.querySelector('[data-cg-quick-insert]');
          return el && el.getBoundingClientRect().width > 0 ? getComputedStyle(el).backgroundColor : undefined;
        }),
      5_000,
      'the picker',
    );
    await screenshot(page, 'dark-picker');
    // The dark surface colours (popup and picker as in test/e2e/chromium/templates-screens.e2e.ts;
    // the in-page panel uses the raised #2d2e31 of src/page/ui/styles.ts).
    expect({ panelBg, popupBg, pickerBg }).toEqual({ panelBg: 'rgb(45, 46, 49)', popupBg: 'rgb(32, 33, 36)', pickerBg: 'rgb(32, 33, 36)' });
  });
});
