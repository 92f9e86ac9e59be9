// SPEC "In-page UI" flow inside iframes: the content script runs in the frame (all_frames,
// match_about_blank), so the badge and panel are in the frame's document.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractFlow } from '../flow';
import { type E2E, allBadges, findEditor, setupE2E } from '../harness';

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

describe('iframes: badge, panel, fix, framework state, undo, clean text', () => {
  it('iframe-same-origin', async () => {
    const page = await env.open('iframe-same-origin');
    const editor = await findEditor(page);
    expect(editor.frame).not.toBe(page.mainFrame());
    await contractFlow(editor, { name: 'iframe-same-origin' });
    expect((await allBadges(page.mainFrame())).length, 'no badge in the outer document').toBe(0);
  });

  it('iframe-cross-origin (out-of-process, other site)', async () => {
    const page = await env.open('iframe-cross-origin');
    const editor = await findEditor(page);
    expect(new URL(editor.frame.url()).origin).toBe(env.servers.otherOrigin);
    await contractFlow(editor, { name: 'iframe-cross-origin' });
    expect((await allBadges(page.mainFrame())).length, 'no badge in the outer document').toBe(0);
  });

  it('iframe-srcdoc: srcdoc frame filled by the parent', async () => {
    const page = await env.open('iframe-srcdoc');
    await contractFlow(await findEditor(page, { frameName: 'srcdoc' }), { name: 'iframe-srcdoc' });
  });

  it('iframe-srcdoc: about:blank frame built by the parent', async () => {
    const page = await env.open('iframe-srcdoc');
    await contractFlow(await findEditor(page, { frameName: 'blank' }), { name: 'iframe-about-blank' });
  });
});
