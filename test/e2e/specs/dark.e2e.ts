// Dark mode (prefers-color-scheme: dark for the whole browser): the in-page panel, the popup and
// the in-page template picker switch to their dark surfaces; the options page is looked at too.
import { describe, expect, it } from 'vitest';
import { $, type El, VIOLATING, findEditor, focusField, openPanel, screenshot, typeSlowly, useE2E } from '../harness';

const env = useE2E({ colorScheme: 'dark' });

const background = (el: El) => el.evaluate((e) => getComputedStyle(e).backgroundColor, null);

describe('dark mode', () => {
  it('panel, popup and in-page picker follow prefers-color-scheme: dark', async () => {
    const tab = await env.open('react-textarea');
    expect(await tab.mainFrame().evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(true);
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING);
    const { badge } = await openPanel(editor);
    const panelBg = await badge.el.evaluate((b) => getComputedStyle((b.getRootNode() as ShadowRoot).querySelector('[data-cg-panel]')!).backgroundColor, null);
    await screenshot(tab, 'dark-panel');

    const popup = await env.openExtensionPage('popup.html', { viewport: { width: 720, height: 560 } });
    await (await $(popup, '[data-template-id="promise_followup.gentle"]')).click();
    await (await $(popup, '[data-var="salutation"]')).fill('王女士');
    await (await $(popup, '[data-var="total"]')).fill('1200');
    await (await $(popup, '[data-var="dueDate"]')).fill('2025-12-20');
    const popupBg = await background(await $(popup, 'body'));
    await screenshot(popup, 'dark-popup');
    await popup.close();

    const options = await env.openExtensionPage('options.html');
    await $(options, '[data-cg-options] section#rules');
    await screenshot(options, 'dark-options');
    await options.close();

    await tab.bringToFront();
    await focusField(editor);
    await typeSlowly(editor, '//', 20);
    const pickerBg = await background(await $(tab, 'div[data-cg-quick-insert]', { visible: true }));
    await screenshot(tab, 'dark-picker');
    // The dark surface colours: popup and picker rgb(32, 33, 36); the in-page panel uses the
    // raised #2d2e31 of src/page/ui/styles.ts.
    expect({ panelBg, popupBg, pickerBg }).toEqual({ panelBg: 'rgb(45, 46, 49)', popupBg: 'rgb(32, 33, 36)', pickerBg: 'rgb(32, 33, 36)' });
  });
});
