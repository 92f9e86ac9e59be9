// SPEC "In-page UI" flow inside iframes: the content script runs in the frame (all_frames,
// match_about_blank), so the badge and panel are in the frame's document.
import { describe, expect, it } from 'vitest';
import { contractFlow } from '../flow';
import { allBadges, findEditor, useE2E } from '../harness';

const env = useE2E();

describe('iframes: badge, panel, fix, framework state, undo, clean text', () => {
  it('iframe-same-origin', async () => {
    const tab = await env.open('iframe-same-origin');
    const editor = await findEditor(tab);
    expect(editor.frame.isMain).toBe(false);
    await contractFlow(editor, { name: 'iframe-same-origin' });
    expect((await allBadges(tab)).length, 'no badge in the outer document').toBe(0);
  });

  it('iframe-cross-origin (out-of-process, other site)', async () => {
    const tab = await env.open('iframe-cross-origin');
    const editor = await findEditor(tab);
    expect(new URL(editor.frame.url()).origin).toBe(env.servers.otherOrigin);
    await contractFlow(editor, { name: 'iframe-cross-origin' });
    expect((await allBadges(tab)).length, 'no badge in the outer document').toBe(0);
  });

  it('iframe-srcdoc: srcdoc frame filled by the parent', async () => {
    const tab = await env.open('iframe-srcdoc');
    await contractFlow(await findEditor(tab, { frameName: 'srcdoc' }), { name: 'iframe-srcdoc' });
  });

  it('iframe-srcdoc: about:blank frame built by the parent', async () => {
    const tab = await env.open('iframe-srcdoc');
    await contractFlow(await findEditor(tab, { frameName: 'blank' }), { name: 'iframe-about-blank' });
  });
});
