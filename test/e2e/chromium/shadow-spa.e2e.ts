// SPEC "In-page UI" flow on fields the content script has to discover: inside open shadow roots
// (one and two levels deep), mounted late and swapped by an SPA, and on a big mutating page.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractFlow } from '../flow';
import { type E2E, allBadges, findEditor, holdsFor, setupE2E, waitFor } from '../harness';

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

describe('shadow DOM, late and swapped fields, busy pages', () => {
  it('shadow-dom: textarea in an open shadow root', async () => {
    const page = await env.open('shadow-dom');
    await contractFlow(await findEditor(page), { name: 'shadow-dom' });
  });

  it('shadow-dom: textarea two shadow roots deep', async () => {
    const page = await env.open('shadow-dom');
    await contractFlow(await findEditor(page, { marker: 'message-nested' }), { name: 'shadow-dom-nested' });
  });

  it('spa-late: field mounted 1 s after load, then replaced by a new element', async () => {
    const page = await env.open('spa-late');
    const first = await findEditor(page);
    expect(await first.locator.getAttribute('data-route')).toBe('first');
    await contractFlow(first, { name: 'spa-late-first', violating: '你这个老赖，再不还钱就等着坐牢吧' });

    // Leave a violation in the first field, then swap it out like a router does.
    await first.locator.fill('你这个老赖，再不还钱就等着坐牢吧');
    await waitFor(async () => ((await allBadges(page.mainFrame())).some((b) => b.visible && b.maxSeverity === 'error') ? true : undefined), 5_000, 'badge on the first field');
    await page.locator('[data-e2e="swap"]').click();
    await waitFor(async () => ((await page.locator('[data-e2e="message"]').getAttribute('data-route')) === 'second' ? true : undefined));
    const stale = await holdsFor(async () => (await allBadges(page.mainFrame())).every((b) => !b.visible || b.maxSeverity !== 'error'), 600, 300);
    expect(stale, 'the removed field leaves no error badge behind').toBe(true);

    const second = await findEditor(page);
    expect(await second.locator.getAttribute('data-route')).toBe('second');
    await contractFlow(second, { name: 'spa-late-second' });
  });

  it('big-dom: one textarea on a 5,000-node page mutating every frame', async () => {
    const page = await env.open('big-dom');
    await contractFlow(await findEditor(page), { name: 'big-dom' });
  });
});
