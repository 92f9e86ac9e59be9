// @vitest-environment happy-dom
// The send guard on a page (happy-dom; the real consoles, frameworks and browsers are in the e2e
// suite): which clicks, submits and keys it stops, that a clean message is left alone, that
// "仍然发送" replays the action exactly once, "返回修改" sends nothing, and block mode has no way past.
// The dialog is the page framework's (a real one, whose lint the test does not need), and what it
// counts — a send stopped, a send confirmed — is what the statistics get.

import { UI_PARTS } from '../../../../src/overlay/ui/parts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commonDepth, fieldsOfControl, sendControlIn, sendControlNear } from '../../../../src/content/features/send-guard/controls';
import { startSendGuard, type GuardConfig } from '../../../../src/content/features/send-guard/guard';
import type { Finding } from '../../../../src/core/types';
import { Overlay, type LintProvider, type OverlayEvent } from '../../../../src/overlay/framework';
import type { ShownFinding } from '../../../../src/overlay/ui/types';

/** 老赖 anywhere is an error; 最后通牒 a warning. */
function findingsOf(text: string): ShownFinding[] {
  const out: ShownFinding[] = [];
  const add = (match: string, severity: Finding['severity'], category: Finding['category']) => {
    const start = text.indexOf(match);
    if (start >= 0) out.push({ ruleId: `t.${category}`, category, severity, start, end: start + match.length, match, message: `「${match}」`, key: `t.${category}@${start}` });
  };
  add('老赖', 'error', 'insult');
  add('最后通牒', 'warning', 'pressure');
  return out;
}

let events: OverlayEvent[];
let config: GuardConfig;
let abort: AbortController;
let overlay: Overlay;
let notes: Set<Element>;
let sent: string[];

/** A click as the agent makes it (happy-dom has no trusted events; the dialog only answers trusted ones). */
function agentClick(el: Element): void {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  el.dispatchEvent(e);
}

function agentKey(el: Element, key: string, o: KeyboardEventInit = {}): boolean {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...o });
  Object.defineProperty(e, 'isTrusted', { value: true });
  return el.dispatchEvent(e);
}

const dialog = () => document.querySelector('collectguard-ui')?.shadowRoot?.querySelector('[data-cg-send-guard]') ?? null;
const flush = () => new Promise((r) => setTimeout(r, 0));

function start(fields: () => Element[]) {
  startSendGuard(
    {
      doc: document,
      config: () => config,
      fields: fields as () => HTMLTextAreaElement[],
      check: (f) => ({ purpose: notes.has(f) ? 'note' : 'message', findings: findingsOf((f as HTMLTextAreaElement).value ?? f.textContent ?? '') }),
      ready: async () => true,
      dialog: overlay,
      showFinding: () => undefined,
    },
    abort.signal,
  );
}

/** The framework the dialog is drawn by: it checks nothing itself here (the guard's `check` says what is wrong). */
const noLint: LintProvider = { forField: () => ({ run: () => [] }), audienceOf: () => 'debtor', epoch: () => 0 };

beforeEach(() => {
  events = [];
  sent = [];
  notes = new Set();
  config = { mode: 'confirm', requireReason: false, lang: 'zh' };
  abort = new AbortController();
  overlay = new Overlay(document, noLint, { allowPhrase: async () => true }, { noHighlights: true, uiParts: UI_PARTS });
  overlay.start({ lang: 'zh', active: true, allowLocked: false });
  overlay.observe((e) => {
    if (e.kind === 'stopped' || e.kind === 'confirmed') events.push(e);
  }, abort.signal);
});

afterEach(() => {
  abort.abort();
  overlay.destroy();
  document.body.innerHTML = '';
});

function chatConsole() {
  document.body.innerHTML = `
    <div class="chat"><div class="log"></div>
      <div class="composer"><textarea id="msg"></textarea><button id="send" type="button"><span>发 送</span></button></div>
    </div>
    <div class="side"><textarea id="remark" placeholder="备注"></textarea><button id="save">保存</button></div>`;
  const msg = document.getElementById('msg') as HTMLTextAreaElement;
  const send = document.getElementById('send')!;
  send.addEventListener('click', () => {
    sent.push(msg.value);
    msg.value = '';
  });
  msg.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      sent.push(msg.value);
      msg.value = '';
    }
  });
  return { msg, send, remark: document.getElementById('remark') as HTMLTextAreaElement };
}

describe('finding the send control and its fields', () => {
  it('a button labelled 发送 (antd spacing) in the path of a click on its inner span', () => {
    const { send } = chatConsole();
    const span = send.querySelector('span')!;
    expect(sendControlIn([span, send, send.parentElement!, document.body, document.documentElement, document, window])).toBe(send);
    expect(sendControlIn([document.getElementById('save')!, document.body])).toBeNull();
  });

  it('an administrator’s selector overrides the guess', () => {
    const { send } = chatConsole();
    const save = document.getElementById('save')!;
    expect(sendControlIn([save, document.body], '#save')).toBe(save);
    expect(sendControlIn([send, document.body], '#save')).toBeNull();
    expect(sendControlIn([send, document.body], '##bad')).toBeNull();
  });

  it('the fields of a control: its form’s, else those in the nearest container it shares', () => {
    const { msg, send, remark } = chatConsole();
    expect(fieldsOfControl(send, [msg, remark])).toEqual([msg]);
    expect(commonDepth(send, msg)).toBeGreaterThan(commonDepth(send, remark));
    document.body.insertAdjacentHTML('beforeend', `<form id="f"><input id="a"><button id="go">提交</button></form>`);
    const a = document.getElementById('a')!;
    expect(fieldsOfControl(document.getElementById('go')!, [msg, a])).toEqual([a]);
  });

  it('a send control near a chat box, none near a lone note box', () => {
    const { msg } = chatConsole();
    expect(sendControlNear(msg)).toBe(true);
    document.body.innerHTML = `<div><textarea id="lone"></textarea><button>保存</button></div>`;
    expect(sendControlNear(document.getElementById('lone')!)).toBe(false);
  });
});

describe('clicking send', () => {
  it('a compliant message is sent by the page’s own handler at once: no dialog, nothing counted', () => {
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '您好，请按时还款';
    agentClick(send);
    expect(sent).toEqual(['您好，请按时还款']);
    expect(dialog()).toBeNull();
    expect(events).toEqual([]);
  });

  it('a warning never stops a send', () => {
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '这是最后通牒';
    agentClick(send);
    expect(sent).toEqual(['这是最后通牒']);
  });

  it('an error stops it before the page sees the click; 返回修改 leaves the text and sends nothing', async () => {
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    agentClick(send);
    expect(sent).toEqual([]);
    await flush();
    const d = dialog()!;
    expect(d.getAttribute('data-mode')).toBe('confirm');
    expect(d.querySelector('[data-rule-id="t.insult"]')).not.toBeNull();
    expect(events).toEqual([{ kind: 'stopped' }]);
    agentClick(d.querySelector('[data-cg-guard-back]')!);
    expect(dialog()).toBeNull();
    expect(sent).toEqual([]);
    expect(msg.value).toBe('你这个老赖');
    expect(document.activeElement).toBe(msg);
  });

  it('仍然发送 replays the click once: the page sends exactly once, and the confirmation is counted', async () => {
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    agentClick(send);
    await flush();
    const go = dialog()!.querySelector('[data-cg-guard-send]')!;
    agentClick(go);
    agentClick(go); // a double click
    expect(sent).toEqual(['你这个老赖']);
    expect(events).toEqual([{ kind: 'stopped' }, { kind: 'confirmed' }]);
    expect(dialog()).toBeNull();
  });

  it('a page script cannot press the dialog’s buttons (untrusted clicks do nothing)', async () => {
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    agentClick(send);
    await flush();
    (dialog()!.querySelector('[data-cg-guard-send]') as HTMLButtonElement).click();
    dialog()!.querySelector('[data-cg-guard-back]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(dialog()).not.toBeNull();
    expect(sent).toEqual([]);
  });

  it('block mode offers no way past', async () => {
    config = { ...config, mode: 'block' };
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    agentClick(send);
    await flush();
    expect(dialog()!.getAttribute('data-mode')).toBe('block');
    expect(dialog()!.querySelector('[data-cg-guard-send]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('off: nothing is stopped', () => {
    config = { ...config, mode: 'off' };
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    agentClick(send);
    expect(sent).toEqual(['你这个老赖']);
  });

  it('an internal note is never stopped', () => {
    document.body.innerHTML = `<div><textarea id="n"></textarea><button id="b">提交</button></div>`;
    const n = document.getElementById('n') as HTMLTextAreaElement;
    notes.add(n);
    let submitted = 0;
    document.getElementById('b')!.addEventListener('click', () => submitted++);
    start(() => [n]);
    n.value = '客户说他不是老赖';
    agentClick(document.getElementById('b')!);
    expect(submitted).toBe(1);
  });

  it('a required reason: 仍然发送 waits for it, and only its category is counted', async () => {
    config = { ...config, requireReason: true };
    const { msg, send } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    agentClick(send);
    await flush();
    const go = dialog()!.querySelector<HTMLButtonElement>('[data-cg-guard-send]')!;
    expect(go.disabled).toBe(true);
    const reason = dialog()!.querySelector<HTMLInputElement>('[data-cg-guard-reason]')!;
    reason.value = '规则误报';
    const typed = new Event('input', { bubbles: true });
    Object.defineProperty(typed, 'isTrusted', { value: true });
    reason.dispatchEvent(typed);
    await flush();
    expect(go.disabled).toBe(false);
    agentClick(go);
    expect(sent).toEqual(['你这个老赖']);
    expect(events).toEqual([{ kind: 'stopped' }, { kind: 'confirmed', reason: 'false_positive' }]);
  });
});

describe('Enter in a chat box', () => {
  it('a compliant message: the page’s own Enter handler sends it', () => {
    const { msg } = chatConsole();
    start(() => [msg]);
    msg.value = '您好';
    agentKey(msg, 'Enter');
    expect(sent).toEqual(['您好']);
  });

  it('an error: Enter is stopped; 仍然发送 replays it to the page once', async () => {
    const { msg } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    expect(agentKey(msg, 'Enter')).toBe(false);
    expect(sent).toEqual([]);
    await flush();
    agentClick(dialog()!.querySelector('[data-cg-guard-send]')!);
    expect(sent).toEqual(['你这个老赖']);
  });

  it('Shift+Enter and an IME’s Enter are never sends', () => {
    const { msg } = chatConsole();
    start(() => [msg]);
    msg.value = '你这个老赖';
    agentKey(msg, 'Enter', { shiftKey: true });
    agentKey(msg, 'Enter', { isComposing: true } as KeyboardEventInit);
    expect(dialog()).toBeNull();
  });

  it('Enter in a form’s textarea writes a new line: not stopped', () => {
    document.body.innerHTML = `<form><textarea id="t"></textarea><button>发送</button></form>`;
    const t = document.getElementById('t') as HTMLTextAreaElement;
    start(() => [t]);
    t.value = '你这个老赖';
    expect(agentKey(t, 'Enter')).toBe(true);
    expect(dialog()).toBeNull();
  });
});

describe('form submit', () => {
  it('a submit of a form holding an error is stopped; 仍然发送 submits it once, as the agent’s button would', async () => {
    document.body.innerHTML = `<form id="f"><textarea id="t"></textarea><button id="s" type="submit">保存</button></form>`;
    const form = document.getElementById('f') as HTMLFormElement;
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const submits: (string | null)[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits.push((e as SubmitEvent).submitter?.id ?? null);
    });
    start(() => [t]);
    t.value = '你这个老赖';
    const ev = new Event('submit', { bubbles: true, cancelable: true });
    Object.defineProperty(ev, 'submitter', { value: document.getElementById('s') });
    form.dispatchEvent(ev);
    expect(submits).toEqual([]);
    await flush();
    agentClick(dialog()!.querySelector('[data-cg-guard-send]')!);
    expect(submits).toHaveLength(1);
  });
});

describe('fields nobody focused', () => {
  it('text a page or a paste put in, never focused, is checked all the same', async () => {
    document.body.innerHTML = `<div class="box"><textarea id="t"></textarea><button id="b">发送</button></div>`;
    const t = document.getElementById('t') as HTMLTextAreaElement;
    let clicks = 0;
    document.getElementById('b')!.addEventListener('click', () => clicks++);
    start(() => []);
    t.value = '你这个老赖';
    agentClick(document.getElementById('b')!);
    expect(clicks).toBe(0);
    await flush();
    expect(dialog()).not.toBeNull();
  });
});

describe('a console that validates, then submits by itself', () => {
  it('after 仍然发送 its own submit of the same text is not stopped again: one dialog, one send', async () => {
    document.body.innerHTML = `<form id="f"><textarea id="t"></textarea><button id="b" type="button">发送</button></form>`;
    const form = document.getElementById('f') as HTMLFormElement;
    const t = document.getElementById('t') as HTMLTextAreaElement;
    const submits: string[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits.push(t.value);
    });
    // The button validates asynchronously, then submits the form itself.
    document.getElementById('b')!.addEventListener('click', () => setTimeout(() => form.requestSubmit(), 0));
    start(() => [t]);
    t.value = '你这个老赖';
    agentClick(document.getElementById('b')!);
    await flush();
    agentClick(dialog()!.querySelector('[data-cg-guard-send]')!);
    await flush();
    await flush();
    expect(dialog()).toBeNull();
    expect(submits).toEqual(['你这个老赖']);
    expect(events).toEqual([{ kind: 'stopped' }, { kind: 'confirmed' }]);
  });
});
