// The send consoles (test/e2e/pages/send-*): fixture consoles whose own send logic records every
// message it sent (`window.__fixture.sent()`), and what the send-guard, purpose, scope and
// statistics specs do with them: type a message, send it the console's way, answer the send
// guard's dialog (`[data-cg-send-guard]` in the extension's shadow UI), change a setting in the
// options page as an agent does.
import { $, count, gone } from './dom';
import type { El, Tab } from './driver';
import { type Editor, findEditor, fixtureValue, focusField, typeSlowly } from './editor';
import type { E2E } from './harness';
import { holdsFor, waitFor } from './wait';

export interface SendConsole {
  kind: string;
  /** How the agent sends there: a click on the send control, or Enter in the field. */
  via: 'click' | 'enter';
}

/** antd Form + 发送, Element Plus @click 发送, a plain <form> the browser submits, a React chat that sends on Enter. */
export const SEND_CONSOLES: readonly SendConsole[] = [
  { kind: 'send-antd', via: 'click' },
  { kind: 'send-element-plus', via: 'click' },
  { kind: 'send-plain-form', via: 'click' },
  { kind: 'send-chat', via: 'enter' },
];

/** The send guard's dialog. */
export const GUARD = '[data-cg-send-guard]';

/** Every message the console's own send logic sent, in order. */
export function sent(tab: Tab): Promise<string[]> {
  return tab.mainFrame().evaluate(() => window.__fixture!.sent!(), null);
}

/** What the plain form's target frame received: each submit the browser really made. */
export function sinkLoads(tab: Tab): Promise<string[]> {
  return tab.mainFrame().evaluate(() => (window as unknown as { __sinkLoads(): string[] }).__sinkLoads(), null);
}

/** Open a send console (on `origin`, default the first server) and find its message field. */
export async function openConsole(env: E2E, kind: string, origin?: string): Promise<Editor> {
  return findEditor(await env.open(kind, origin ? { origin } : {}));
}

/** Click into the field and type `text` until the console's own state holds it. */
export async function typeMessage(editor: Editor, text: string): Promise<void> {
  await focusField(editor);
  await typeSlowly(editor, text, 5);
  await waitFor(async () => ((await fixtureValue(editor)) === text ? true : undefined), 3_000, 'the console to hold the typed text');
}

/** Send as the agent does on this console. */
export async function send(editor: Editor, via: SendConsole['via']): Promise<void> {
  if (via === 'enter') await editor.tab.press('Enter');
  else await (await $(editor.tab, '[data-e2e="send"]')).click();
}

/** The send guard's dialog, once it shows; its `data-mode` (confirm or block) is the caller's to check. */
export function guardDialog(tab: Tab): Promise<El> {
  return $(tab, GUARD, { visible: true, timeout: 5_000 });
}

/** Whether the dialog is there (now). */
export async function guardShown(tab: Tab): Promise<boolean> {
  return (await count(tab, GUARD)) > 0;
}

/** Click 返回修改 (and wait for the dialog to go) or 仍然发送. */
export async function answer(tab: Tab, button: 'back' | 'send'): Promise<void> {
  await (await $(tab, `${GUARD} [data-cg-guard-${button}]`, { visible: true })).click();
  if (button === 'back') await gone(tab, GUARD);
}

/** Wait until the console sent something. */
export async function someSent(tab: Tab): Promise<string[]> {
  return waitFor(async () => {
    const s = await sent(tab);
    return s.length ? s : undefined;
  }, 3_000, 'the console to send');
}

/** Nothing more is sent for a while (a second send would show up here). */
export function staysSent(tab: Tab, expected: string[]): Promise<boolean> {
  return holdsFor(async () => JSON.stringify(await sent(tab)) === JSON.stringify(expected), 1_000, 200);
}

/** Change something in the options page (opened as a tab of its own), as the agent does, and close it once saved. */
export async function inOptions(env: E2E, act: (options: Tab) => Promise<void>): Promise<void> {
  const options = await env.openExtensionPage('options.html');
  await $(options, 'section#guard');
  await act(options);
  await $(options, '[data-cg-save-status="saved"]', { timeout: 5_000 }).catch(() => undefined);
  await options.close();
}

/** Requests of these tabs that went anywhere but the local test consoles and the extension itself. */
export function foreignRequests(env: E2E, tabs: readonly Tab[]): string[] {
  const local = [env.servers.origin, env.servers.otherOrigin, env.browser.extensionOrigin];
  return tabs.flatMap((t) => t.requests).filter((u) => !local.some((o) => u.startsWith(o)) && !/^(data|blob|about):/.test(u));
}
