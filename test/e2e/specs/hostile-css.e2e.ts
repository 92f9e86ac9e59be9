// The extension's UI against aggressive global page CSS (pages/hostile-css/hostile.css): the badge
// and panel stay visible, readable, where they belong and clickable; the flow still works; the
// page's own layout is not changed by the extension (compared with a browser without it).
import { describe, expect, it } from 'vitest';
import { contractFlow } from '../flow';
import { $, VIOLATING, consoleUrl, findEditor, focusField, openPanel, pageSnapshot, screenshot, settle, sleep, typeSlowly, useBrowser, useE2E, waitForBadge } from '../harness';

const env = useE2E();
/** The same browser without the extension, doing the same typing. */
const control = useBrowser({ withExtension: false });

describe('hostile global CSS', () => {
  it('full flow still works', async () => {
    const tab = await env.open('hostile-css');
    await contractFlow(await findEditor(tab), { name: 'hostile-css' });
  });

  it('badge and panel stay visible, unscaled, near the field and clickable', async () => {
    const tab = await env.open('hostile-css');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING);
    const b = await waitForBadge(editor);
    await screenshot(tab, 'hostile-css-badge');
    expect(b.visible, 'badge visible').toBe(true);
    expect(b.distance, 'badge within 48 px of the field').toBeLessThanOrEqual(48);
    expect(b.box.width, 'badge width').toBeGreaterThanOrEqual(12);
    expect(b.box.height, 'badge height').toBeGreaterThanOrEqual(12);
    const look = await b.el.evaluate((el) => {
      // Effective opacity and filters along the path to the document, through shadow hosts.
      let opacity = 1;
      const filters: string[] = [];
      for (let n: Element | null = el; n; ) {
        const cs = getComputedStyle(n);
        opacity *= Number(cs.opacity);
        if (cs.filter !== 'none') filters.push(`${n.localName}: ${cs.filter}`);
        const parent: Node | null = n.parentNode;
        n = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
      }
      const r = el.getBoundingClientRect();
      const he = el as HTMLElement;
      return { opacity, filters, scaleX: he.offsetWidth ? r.width / he.offsetWidth : 1, scaleY: he.offsetHeight ? r.height / he.offsetHeight : 1, pointer: getComputedStyle(el).pointerEvents };
    }, null);
    expect(look.opacity, 'effective opacity of the badge').toBeGreaterThanOrEqual(0.9);
    expect(look.filters, 'no page filter reaches the badge').toEqual([]);
    expect(look.scaleX, 'badge not scaled/rotated by page CSS (x)').toBeGreaterThan(0.9);
    expect(look.scaleX).toBeLessThan(1.15);
    expect(look.scaleY, 'badge not scaled/rotated by page CSS (y)').toBeGreaterThan(0.9);
    expect(look.scaleY).toBeLessThan(1.15);
    expect(look.pointer).not.toBe('none');

    const { rows } = await openPanel(editor); // a real click on the badge
    await screenshot(tab, 'hostile-css-panel');
    const rowLook = await (await $(tab, '[data-rule-id]')).evaluate((el) => {
      const cs = getComputedStyle(el);
      return { color: cs.color, opacity: cs.opacity };
    }, null);
    expect(rows.filter((r) => r.visible).length).toBeGreaterThan(0);
    expect(rowLook.color, 'row text not transparent').not.toBe('rgba(0, 0, 0, 0)');
    expect(Number(rowLook.opacity), 'row opacity').toBeGreaterThan(0.9);
  });

  it("page CSS draws nothing into the extension's hosts (::before/::after content)", async () => {
    const tab = await env.open('hostile-css');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING);
    await waitForBadge(editor);
    const hosts = await tab.mainFrame().evaluate(
      () =>
        Array.from(document.querySelectorAll('collectguard-ui')).map((h) => ({
          before: getComputedStyle(h, '::before').content,
          after: getComputedStyle(h, '::after').content,
        })),
      null,
    );
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) {
      // `*::before, *::after { content: "x" !important }` matches the host element itself; only a
      // rule inside the shadow root (`:host::before, :host::after { content: none !important }`)
      // beats it.
      expect(['none', 'normal'], '<collectguard-ui>::before content').toContain(h.before);
      expect(['none', 'normal'], '<collectguard-ui>::after content').toContain(h.after);
    }
  });

  it("the page's layout and attributes are the same as without the extension", async () => {
    const snap = async (withExt: boolean) => {
      const tab = withExt ? await env.open('hostile-css') : await control.openTab(consoleUrl(env.servers, 'hostile-css'));
      if (!withExt) await settle(tab);
      const editor = await findEditor(tab);
      await focusField(editor);
      await typeSlowly(editor, VIOLATING);
      if (withExt) await waitForBadge(editor);
      else await sleep(500);
      await tab.mouseMove({ x: 0, y: 0 });
      const s = await pageSnapshot(tab.mainFrame());
      await tab.close();
      return s;
    };
    const without = await snap(false);
    const withExt = await snap(true);
    expect(withExt).toEqual(without);
  });
});
