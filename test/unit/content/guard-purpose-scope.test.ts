// @vitest-environment happy-dom
// The content script with issue 13's settings, against a fake background: an internal note gets
// only the privacy checks and the agent's switch is remembered per site and field (an
// administrator's selector fixes it); out of the site scope the frame stays dormant until the scope
// takes it in; and the send guard and the statistics are wired to the checked fields.

import { UI_PARTS } from '../../../src/overlay/ui/parts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACKS } from '../../../src/core/index';
import { startContent } from '../../../src/content/index';
import { DEFAULT_PAGE_SETTINGS } from '../../../src/content/settings';
import type { PageSettings } from '../../../src/messaging/protocol';
import type { StatEvent } from '../../../src/stats/events';
import { fakeBackground, fakeCtx } from './fakes';

const ID = '11010519491231002X';

/** A fake background: this frame's settings, the rule pack, the purpose memory; records every request. */
function background(settings: Partial<PageSettings> = {}) {
  const state = { settings: { ...DEFAULT_PAGE_SETTINGS, ...settings } as PageSettings, purposes: new Map<string, string>() };
  const bg = fakeBackground({
    'cg:page-settings': () => state.settings,
    'cg:get-pack': () => PACKS.cn,
    'cg:field-focused': () => true,
    'cg:recall-purpose': (m) => state.purposes.get(m.field as string) ?? null,
    'cg:remember-purpose': (m) => (state.purposes.set(m.field as string, m.purpose as string), true),
    'cg:stats': () => true,
  });
  return { ...bg, state, counted: () => bg.of('cg:stats').flatMap((r) => r.events as StatEvent[]) };
}

/** An event as the agent's own action makes it (happy-dom marks none as trusted; our controls answer only trusted ones). */
function agent<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}
const agentClick = (el: Element) => el.dispatchEvent(agent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));

const ui = () => document.querySelector('collectguard-ui')?.shadowRoot ?? null;
const badgeOf = () => ui()?.querySelector<HTMLElement>('[data-cg-badge]') ?? null;
/** The categories the field's panel lists. */
async function panelCategories(): Promise<string[]> {
  const b = await vi.waitFor(() => badgeOf() ?? Promise.reject(new Error('no badge')));
  if (!ui()!.querySelector('[data-cg-purpose]')) agentClick(b);
  await vi.waitFor(() => expect(ui()!.querySelector('[data-cg-purpose]')).not.toBeNull());
  return [...ui()!.querySelectorAll('[data-category]')].map((r) => r.getAttribute('data-category')!);
}

/** A textarea holding `text`, with `attrs`, focused (the framework checks it), with a box (happy-dom has no layout). */
function field(text: string, attrs: Record<string, string> = {}): HTMLTextAreaElement {
  const ta = document.createElement('textarea');
  for (const [k, v] of Object.entries(attrs)) ta.setAttribute(k, v);
  ta.getBoundingClientRect = () => DOMRect.fromRect({ x: 20, y: 20, width: 400, height: 120 });
  ta.value = text;
  document.body.append(ta);
  ta.focus();
  return ta;
}

/** A 发送 button beside the field, counting the console's own sends. */
function sendButton(ta: HTMLTextAreaElement): HTMLButtonElement & { sent: number } {
  const button = Object.assign(document.createElement('button'), { sent: 0 });
  button.textContent = '发送';
  button.addEventListener('click', () => button.sent++);
  ta.after(button);
  return button;
}

let stop: () => void = () => undefined;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '';
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

async function start() {
  const started = fakeCtx();
  stop = started.stop;
  return startContent(started.ctx, { noHighlights: true, uiParts: UI_PARTS });
}

describe('field purpose', () => {
  it('a field labelled as a note gets only the privacy checks; switched to a message it gets them all, and the choice is remembered for the site', async () => {
    const bg = background();
    await start();
    field(`你这个老赖，身份证号${ID}`, { id: 'summary', placeholder: '通话小结' });
    await vi.waitFor(() => expect(badgeOf()?.getAttribute('data-purpose')).toBe('note'));
    expect(new Set(await panelCategories())).toEqual(new Set(['privacy']));
    agentClick(ui()!.querySelector('[data-cg-purpose-option="message"]')!);
    await vi.waitFor(async () => expect(await panelCategories()).toContain('insult'));
    expect(ui()!.querySelector('[data-cg-purpose]')!.getAttribute('data-cg-purpose')).toBe('message');
    expect(bg.of('cg:remember-purpose')).toEqual([{ type: 'cg:remember-purpose', field: 'summary', purpose: 'message' }]);
  });

  it('the agent’s stored choice wins over the label', async () => {
    const bg = background();
    bg.state.purposes.set('summary', 'message');
    await start();
    field('你这个老赖', { id: 'summary', placeholder: '备注' });
    await vi.waitFor(() => expect(badgeOf()?.getAttribute('data-purpose')).toBe('message'));
    expect(await panelCategories()).toContain('insult');
  });

  it('an administrator’s selector fixes the purpose: the agent cannot switch it', async () => {
    background({ selectors: { note: 'textarea.followup' } });
    await start();
    field(`身份证${ID}，老赖`, { class: 'followup', placeholder: '短信内容' });
    await vi.waitFor(() => expect(badgeOf()?.getAttribute('data-purpose')).toBe('note'));
    await panelCategories();
    const option = ui()!.querySelector<HTMLButtonElement>('[data-cg-purpose-option="message"]')!;
    expect(option.disabled).toBe(true);
    agentClick(option);
    await new Promise((r) => setTimeout(r, 50));
    expect(ui()!.querySelector('[data-cg-purpose]')!.getAttribute('data-cg-purpose')).toBe('note');
  });
});

describe('site scope', () => {
  it('outside the listed sites: no page listener, no rule pack, no badge; all of it once the scope takes the site in', async () => {
    const added: string[] = [];
    for (const target of [document, window] as EventTarget[]) {
      const orig = target.addEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type: string, ...rest: unknown[]) => {
        added.push(type);
        return (orig as (...a: unknown[]) => void)(type, ...rest);
      });
    }
    const bg = background({ inScope: false, active: false });
    const env = await start();
    const ta = field('你这个老赖');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 100));
    expect(added).toEqual([]);
    expect(bg.of('cg:get-pack')).toEqual([]);
    expect(bg.of('cg:field-focused')).toEqual([]);
    expect(ui()).toBeNull();

    bg.state.settings = { ...DEFAULT_PAGE_SETTINGS };
    await env.inbox.receive({ type: 'cg:settings-changed' });
    await vi.waitFor(() => expect(added).toEqual(expect.arrayContaining(['focusin', 'click', 'keydown', 'submit'])));
    ta.blur();
    ta.focus();
    await vi.waitFor(() => expect(badgeOf()?.getAttribute('data-max-severity')).toBe('error'));

    // Out of scope again: everything goes.
    bg.state.settings = { ...DEFAULT_PAGE_SETTINGS, inScope: false, active: false };
    await env.inbox.receive({ type: 'cg:settings-changed' });
    await vi.waitFor(() => expect(ui()).toBeNull());
  });
});

describe('send guard and statistics wiring', () => {
  it('a click on 发送 beside a checked field with an error opens the dialog in CollectGuard’s shadow UI; the stop and the finding are counted once', async () => {
    const bg = background();
    await start();
    const ta = field('你这个老赖');
    await vi.waitFor(() => expect(badgeOf()?.getAttribute('data-max-severity')).toBe('error'));
    const button = sendButton(ta);
    agentClick(button);
    await vi.waitFor(() => expect(ui()!.querySelector('[data-cg-send-guard]')?.getAttribute('data-mode')).toBe('confirm'));
    expect(button.sent).toBe(0);
    await vi.waitFor(() => expect(bg.counted()).toContainEqual({ kind: 'stopped' }));
    expect(bg.counted().filter((x) => x.kind === 'shown' && x.rule.startsWith('cn.insult'))).toHaveLength(1);
    // Nothing but ids and categories reaches the background.
    expect(JSON.stringify(bg.of('cg:stats'))).not.toContain('老赖');
  });

  it('switched off by the settings: the same click is the console’s at once', async () => {
    background({ sendGuard: 'off' });
    await start();
    const ta = field('你这个老赖');
    await vi.waitFor(() => expect(badgeOf()?.getAttribute('data-max-severity')).toBe('error'));
    const button = sendButton(ta);
    agentClick(button);
    expect(button.sent).toBe(1);
    expect(ui()!.querySelector('[data-cg-send-guard]')).toBeNull();
  });
});
