// The send guard on consoles that record what they send (antd Form + 发送, Element Plus @click 发送,
// a plain <form> submitted natively, a React chat that sends on Enter): a compliant message is
// sent by the console at once with no dialog; an error message is stopped; 返回修改 leaves the
// field as it was; 仍然发送 sends exactly once; an error jumps to its span; a page script cannot
// press the dialog; a warning never stops a send; quiet hours count as an error; block mode has no
// way past; a required reason; off. Settings are changed the way an agent does it, in the options
// page. And nothing the pages of this file asked for left the machine.
import { describe, expect, it } from 'vitest';
import {
  $,
  COMPLIANT,
  GUARD,
  SEND_CONSOLES,
  type Tab,
  VIOLATING,
  answer,
  attr,
  count,
  fieldText,
  fixtureValue,
  foreignRequests,
  gone,
  guardDialog,
  hasFocus,
  inOptions,
  openConsole,
  screenshot,
  send,
  sent,
  setChecked,
  sinkLoads,
  sleep,
  someSent,
  staysSent,
  typeMessage,
  useE2E,
  waitFor,
  waitForBadge,
} from '../harness';

const env = useE2E();

/** Every tab this file opened, for the last test: what they asked for. */
const tabs: Tab[] = [];
async function open(kind: string) {
  const editor = await openConsole(env, kind);
  tabs.push(editor.tab);
  return editor;
}

async function stopped(tab: Tab, mode = 'confirm'): Promise<void> {
  expect(await attr(await guardDialog(tab), 'data-mode')).toBe(mode);
}

/** Sets the send guard in the options page. */
const guardMode = (mode: 'off' | 'confirm' | 'block') => inOptions(env, async (o) => setChecked(await $(o, `section#guard input[value="${mode}"]`), true));
const requireReason = (on: boolean) => inOptions(env, async (o) => setChecked(await $(o, 'section#guard input[name="sendGuardReason"]'), on));

describe('send guard, confirm mode (the default)', () => {
  for (const c of SEND_CONSOLES) {
    it(`${c.kind}: a compliant message is sent by the console at once, with no dialog`, async () => {
      const editor = await open(c.kind);
      await typeMessage(editor, COMPLIANT);
      await send(editor, c.via);
      // The console's own handler ran during the agent's click or key: no wait, no second pass.
      expect(await sent(editor.tab)).toEqual([COMPLIANT]);
      expect(await count(editor.tab, GUARD)).toBe(0);
      expect(await staysSent(editor.tab, [COMPLIANT])).toBe(true);
    });

    it(`${c.kind}: an error message is stopped; 返回修改 leaves the field as it was, focus and caret back`, async () => {
      const editor = await open(c.kind);
      await typeMessage(editor, VIOLATING);
      await send(editor, c.via);
      await stopped(editor.tab);
      expect(await sent(editor.tab)).toEqual([]);
      expect(await count(editor.tab, `${GUARD} [data-category="insult"]`)).toBeGreaterThan(0);
      await screenshot(editor.tab, `send-guard-${c.kind}-stopped`);
      await answer(editor.tab, 'back');
      expect(await fieldText(editor)).toBe(VIOLATING);
      expect(await fixtureValue(editor)).toBe(VIOLATING);
      expect(await hasFocus(editor)).toBe(true);
      expect(await editor.el.evaluate((el) => (el as HTMLTextAreaElement).selectionStart, null)).toBe(VIOLATING.length);
      expect(await staysSent(editor.tab, [])).toBe(true);
    });

    it(`${c.kind}: 仍然发送 sends exactly once, through the console's own send logic`, async () => {
      const editor = await open(c.kind);
      await typeMessage(editor, VIOLATING);
      await send(editor, c.via);
      await stopped(editor.tab);
      await answer(editor.tab, 'send');
      expect(await someSent(editor.tab)).toEqual([VIOLATING]);
      expect(await staysSent(editor.tab, [VIOLATING])).toBe(true);
      expect(await count(editor.tab, GUARD)).toBe(0);
      if (c.kind === 'send-plain-form') {
        // The browser really submitted the form, once.
        await waitFor(async () => ((await sinkLoads(editor.tab)).length ? true : undefined), 3_000, 'the form to be submitted to /sink/');
        expect(await sinkLoads(editor.tab)).toEqual([VIOLATING]);
      }
    });
  }

  it('Enter and Escape both mean 返回修改', async () => {
    const editor = await open('send-chat');
    await typeMessage(editor, VIOLATING);
    await send(editor, 'enter');
    await stopped(editor.tab);
    await editor.tab.press('Enter');
    await gone(editor.tab, GUARD);
    await send(editor, 'enter');
    await stopped(editor.tab);
    await editor.tab.press('Escape');
    await gone(editor.tab, GUARD);
    expect(await fieldText(editor)).toBe(VIOLATING);
    expect(await staysSent(editor.tab, [])).toBe(true);
  });

  it('an error in the dialog jumps to its span in the field', async () => {
    const editor = await open('send-antd');
    await typeMessage(editor, VIOLATING);
    await send(editor, 'click');
    await stopped(editor.tab);
    await (await $(editor.tab, `${GUARD} [data-category="insult"] [data-cg-guard-jump]`)).click();
    await gone(editor.tab, GUARD);
    const [start, end] = await editor.el.evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd], null);
    // The finding's span: the unit its fix replaces, around the insult's words.
    expect(VIOLATING.slice(start, end)).toContain('老赖');
    await $(editor.tab, '[data-cg-card]', { visible: true });
  });

  it('a page script cannot press 仍然发送 or 返回修改', async () => {
    const editor = await open('send-chat');
    await typeMessage(editor, VIOLATING);
    await send(editor, 'enter');
    await stopped(editor.tab);
    await editor.tab.mainFrame().evaluate(() => {
      const ui = [...document.querySelectorAll('collectguard-ui')].map((h) => h.shadowRoot!).find((r) => r.querySelector('[data-cg-send-guard]'))!;
      (ui.querySelector('[data-cg-guard-send]') as HTMLButtonElement).click();
      ui.querySelector('[data-cg-guard-back]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      ui.querySelector('[data-cg-send-guard]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }, null);
    await sleep(300);
    expect(await count(editor.tab, GUARD)).toBe(1);
    expect(await sent(editor.tab)).toEqual([]);
  });

  it('a warning never stops a send', async () => {
    const editor = await open('send-element-plus');
    const warned = '【安信贷】您好，您的借款已逾期，这是最后通牒，请通过官方APP还款，客服4008001234。';
    await typeMessage(editor, warned);
    await waitForBadge(editor, (b) => b.maxSeverity === 'warning');
    await send(editor, 'click');
    expect(await sent(editor.tab)).toEqual([warned]);
  });

  it('quiet hours count as an error: a compliant message at 23:30 is stopped, and goes at 10:00', async () => {
    await env.setClock('23:30');
    try {
      const editor = await open('send-chat');
      await typeMessage(editor, COMPLIANT);
      await send(editor, 'enter');
      await stopped(editor.tab);
      expect(await count(editor.tab, `${GUARD} [data-category="time_window"]`)).toBe(1);
      await screenshot(editor.tab, 'send-guard-quiet-hours');
      await editor.tab.press('Escape');
    } finally {
      await env.setClock('10:00');
    }
    const editor = await open('send-chat');
    await typeMessage(editor, COMPLIANT);
    await send(editor, 'enter');
    expect(await sent(editor.tab)).toEqual([COMPLIANT]);
  });
});

describe('send guard, other settings', () => {
  it('block mode: no 仍然发送, nothing is sent', async () => {
    await guardMode('block');
    try {
      for (const c of [SEND_CONSOLES[0]!, SEND_CONSOLES[3]!]) {
        const editor = await open(c.kind);
        await typeMessage(editor, VIOLATING);
        await send(editor, c.via);
        await stopped(editor.tab, 'block');
        expect(await count(editor.tab, `${GUARD} [data-cg-guard-send]`)).toBe(0);
        await screenshot(editor.tab, `send-guard-${c.kind}-block`);
        await answer(editor.tab, 'back');
        expect(await staysSent(editor.tab, [])).toBe(true);
      }
    } finally {
      await guardMode('confirm');
    }
  });

  it('a required reason: 仍然发送 only after one is given, then exactly once', async () => {
    await requireReason(true);
    try {
      const editor = await open('send-antd');
      await typeMessage(editor, VIOLATING);
      await send(editor, 'click');
      await stopped(editor.tab);
      const go = await $(editor.tab, `${GUARD} [data-cg-guard-send]`);
      const disabled = () => go.evaluate((b) => (b as HTMLButtonElement).disabled, null);
      expect(await disabled()).toBe(true);
      await (await $(editor.tab, `${GUARD} [data-cg-guard-reason]`)).fill('规则误报');
      await waitFor(async () => ((await disabled()) ? undefined : true), 3_000, '仍然发送 to be enabled');
      await screenshot(editor.tab, 'send-guard-reason');
      await go.click();
      await someSent(editor.tab);
      expect(await staysSent(editor.tab, [VIOLATING])).toBe(true);
    } finally {
      await requireReason(false);
    }
  });

  it('off: an error message is sent like any other', async () => {
    await guardMode('off');
    try {
      const editor = await open('send-chat');
      await typeMessage(editor, VIOLATING);
      await send(editor, 'enter');
      expect(await sent(editor.tab)).toEqual([VIOLATING]);
    } finally {
      await guardMode('confirm');
    }
  });
});

describe('privacy', () => {
  it('nothing left the machine: every request went to the local test consoles or the extension', () => {
    expect(tabs.flatMap((t) => t.requests).length).toBeGreaterThan(0);
    expect(foreignRequests(env, tabs)).toEqual([]);
  });
});
