// The local statistics: a stopped and a confirmed send on a console are counted and shown in the
// options page's 统计 section; what is stored is counts by day and rule, never a word of the
// message or the page's address; and nothing the pages of this file asked for left the machine.
import { describe, expect, it } from 'vitest';
import { $, type Tab, VIOLATING, answer, attr, foreignRequests, guardDialog, inOptions, openConsole, screenshot, send, someSent, text, typeMessage, useE2E, waitFor } from '../harness';

const env = useE2E();
const tabs: Tab[] = [];

const stat = async (options: Tab, id: string) => text(await $(options, `[data-cg-stat="${id}"] b`));

describe('statistics', () => {
  it('count a stopped and a confirmed send, shown in the options page (no text kept)', async () => {
    await inOptions(env, async (o) => {
      await (await $(o, '[data-cg-stats-reset]')).click();
      await (await $(o, '[data-cg-stats-reset-confirm]')).click();
      await waitFor(async () => ((await stat(o, 'stopped')) === '0' ? true : undefined), 3_000, 'the reset');
    });
    const editor = await openConsole(env, 'send-chat');
    tabs.push(editor.tab);
    await typeMessage(editor, VIOLATING);
    await send(editor, 'enter');
    expect(await attr(await guardDialog(editor.tab), 'data-mode')).toBe('confirm');
    await answer(editor.tab, 'back');
    await send(editor, 'enter');
    await guardDialog(editor.tab);
    await answer(editor.tab, 'send');
    await someSent(editor.tab);

    const options = await env.openExtensionPage('options.html#stats');
    tabs.push(options);
    await waitFor(async () => ((await stat(options, 'confirmed')) === '1' ? true : undefined), 5_000, 'the confirmed send to be counted');
    expect(await stat(options, 'stopped')).toBe('2');
    expect(Number(await stat(options, 'errors'))).toBeGreaterThanOrEqual(2);
    await (await $(options, 'section#stats')).evaluate((s) => s.scrollIntoView(), null);
    await screenshot(options, 'statistics');
    // What is stored: counts by day and rule, never a word of the message.
    const stored = await options.mainFrame().evaluate(() => {
      type Local = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
      const g = globalThis as unknown as { browser?: Local; chrome?: Local };
      return (g.browser ?? g.chrome)!.storage.local.get(null);
    }, null);
    const stats = JSON.stringify(Object.entries(stored).filter(([k]) => k.startsWith('cg.stats.')));
    expect(stats).toContain('"stopped":2');
    expect(stats).not.toContain('老赖');
    expect(stats).not.toContain('127.0.0.1');
  });
});

describe('privacy', () => {
  it('nothing left the machine: every request went to the local test consoles or the extension', () => {
    expect(tabs.flatMap((t) => t.requests).length).toBeGreaterThan(0);
    expect(foreignRequests(env, tabs)).toEqual([]);
  });
});
