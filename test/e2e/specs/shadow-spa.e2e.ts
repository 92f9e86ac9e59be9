// SPEC "In-page UI" flow on fields the content script has to discover: inside open shadow roots
// (one and two levels deep), mounted late and swapped by an SPA, and on a big mutating page.
import { describe, expect, it } from 'vitest';
import { contractFlow } from '../flow';
import { $, VIOLATING, allBadges, attr, findEditor, holdsFor, useE2E, waitFor } from '../harness';

const env = useE2E();

describe('shadow DOM, late and swapped fields, busy pages', () => {
  it('shadow-dom: textarea in an open shadow root', async () => {
    const tab = await env.open('shadow-dom');
    await contractFlow(await findEditor(tab), { name: 'shadow-dom' });
  });

  it('shadow-dom: textarea two shadow roots deep', async () => {
    const tab = await env.open('shadow-dom');
    await contractFlow(await findEditor(tab, { marker: 'message-nested' }), { name: 'shadow-dom-nested' });
  });

  it('spa-late: field mounted 1 s after load, then replaced by a new element', async () => {
    const tab = await env.open('spa-late');
    const first = await findEditor(tab);
    expect(await attr(first.el, 'data-route')).toBe('first');
    await contractFlow(first, { name: 'spa-late-first' });

    // Leave a violation in the first field, then swap it out like a router does.
    await first.el.fill(VIOLATING);
    await waitFor(async () => ((await allBadges(tab)).some((b) => b.visible && b.maxSeverity === 'error') ? true : undefined), 5_000, 'badge on the first field');
    await (await $(tab, '[data-e2e="swap"]')).click();
    await waitFor(async () => ((await attr(await $(tab, '[data-e2e="message"]'), 'data-route')) === 'second' ? true : undefined));
    const stale = await holdsFor(async () => (await allBadges(tab)).every((b) => !b.visible || b.maxSeverity !== 'error'), 600, 300);
    expect(stale, 'the removed field leaves no error badge behind').toBe(true);

    const second = await findEditor(tab);
    expect(await attr(second.el, 'data-route')).toBe('second');
    await contractFlow(second, { name: 'spa-late-second' });
  });

  it('big-dom: one textarea on a 5,000-node page mutating every frame', async () => {
    const tab = await env.open('big-dom');
    await contractFlow(await findEditor(tab), { name: 'big-dom' });
  });
});
