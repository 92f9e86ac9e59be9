// The site scope ("只在这些网站检查", set in the options page as an agent does): a site not listed
// is dormant — no badge, no in-page UI, no send guard — and the popup is told so; a listed site
// (localhost, the second test origin) is checked and guarded; listing the dormant site wakes its
// open page up.
import { describe, expect, it } from 'vitest';
import {
  $,
  VIOLATING,
  type Tab,
  type WebExtGlobal,
  attr,
  badge,
  count,
  guardDialog,
  holdsFor,
  inOptions,
  openConsole,
  send,
  sent,
  setChecked,
  typeMessage,
  useE2E,
  waitForBadge,
} from '../harness';

const env = useE2E();

/** Adds a site to the scope list of the open options page. */
async function listSite(options: Tab, host: string): Promise<void> {
  await (await $(options, 'section#sites input[name="scope"]')).fill(host);
  await (await $(options, 'section#sites [data-cg-scope-form] button[type="submit"]')).click();
  await $(options, `[data-cg-scope="${host}"]`);
}

/** What the popup is told about a site (the toolbar popup shows it as a notice; popup.html opened as a page has no active web tab to talk about). */
async function outOfScope(host: string): Promise<boolean | undefined> {
  const popup = await env.openExtensionPage('popup.html');
  const state = await popup.mainFrame().evaluate((h) => {
    const g = globalThis as unknown as WebExtGlobal;
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'cg:popup-state', host: h }) as Promise<{ outOfScope?: boolean }>;
  }, host);
  await popup.close();
  return state.outOfScope;
}

describe('site scope', () => {
  it('"只在这些网站检查": elsewhere dormant (no badge, no guard) and the popup is told so; on a listed site all works', async () => {
    await inOptions(env, async (o) => {
      await setChecked(await $(o, 'section#sites input[name="onlyListed"]'), true);
      await listSite(o, 'localhost');
    });
    try {
      // 127.0.0.1 is not listed.
      const out = await openConsole(env, 'send-chat');
      await typeMessage(out, VIOLATING);
      expect(await holdsFor(async () => (await badge(out)) === null, 800)).toBe(true);
      expect(await count(out.tab, 'collectguard-ui')).toBe(0);
      await send(out, 'enter');
      expect(await sent(out.tab)).toEqual([VIOLATING]);
      expect(await outOfScope('127.0.0.1')).toBe(true);
      expect(await outOfScope('localhost')).toBe(false);

      // localhost is listed: checked and guarded.
      const inside = await openConsole(env, 'send-chat', env.servers.otherOrigin);
      await typeMessage(inside, VIOLATING);
      await waitForBadge(inside);
      await send(inside, 'enter');
      expect(await attr(await guardDialog(inside.tab), 'data-mode')).toBe('confirm');
      expect(await sent(inside.tab)).toEqual([]);

      // Once 127.0.0.1 is listed too, its open page wakes up: checked and guarded, no reload.
      await inOptions(env, (o) => listSite(o, '127.0.0.1'));
      await typeMessage(out, VIOLATING);
      await waitForBadge(out);
      await send(out, 'enter');
      expect(await attr(await guardDialog(out.tab), 'data-mode')).toBe('confirm');
      expect(await sent(out.tab)).toEqual([VIOLATING]);
    } finally {
      await inOptions(env, async (o) => setChecked(await $(o, 'section#sites input[name="onlyListed"]'), false));
    }
  });
});
