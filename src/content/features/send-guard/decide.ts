// The send guard's decisions, pure (no DOM): which controls and keys mean "send", which findings
// stop a send, and what happens then. Unit-tested in Node; guard.ts applies them to
// the page's events.

import type { Finding } from '../../../core/types';
import type { SendGuardMode } from '../../../settings/schema';

// ---- what counts as sending ---------------------------------------------------------------

/** After spaces and symbols are gone: (确认/立即/保存并) 发送|提交 (短信/消息/给客户), or send/submit (message). */
const SEND_ZH = /^(?:确认|立即|马上|一键|保存并|确定)?(?:发送|提交|发出)(?:短信|消息|信息|回复|给客户|给借款人)?$/;
const SEND_EN = /^(?:send|submit)(?:sms|message|messages|reply|now|text)?$/;

/**
 * Whether a button's or link's text (or its aria-label, title or value) means "send": 发送,
 * 发 送 (antd spaces two-character labels), 确认发送, 提交, Send, Submit — not 发送记录 or 重新提交审核.
 * Parenthesised hints ("发送(Enter)") and icons are ignored.
 */
export function isSendLabel(label: string): boolean {
  const s = label
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  if (!s || s.length > 20) return false;
  return SEND_ZH.test(s) || SEND_EN.test(s);
}

/** The keys that may send: Enter alone, or Ctrl/⌘ + Enter. */
export type SendKey = 'enter' | 'mod-enter';

export interface KeyLike {
  key: string;
  keyCode?: number;
  isComposing?: boolean;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Which send key a keydown is, or null (another key, Shift/Alt held, or an IME choosing a word). */
export function sendKeyOf(e: KeyLike): SendKey | null {
  if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || e.shiftKey || e.altKey) return null;
  return e.ctrlKey || e.metaKey ? 'mod-enter' : 'enter';
}

export type KeyBehaviour = 'sends' | 'newline';

/**
 * What a page's own hint says the keys do: "按 Enter 发送", "Ctrl+Enter 发送", "Shift+Enter 换行"
 * (so Enter sends), "Enter 换行" — in placeholders, labels and the text around the field.
 */
export function keyHints(text: string): Partial<Record<SendKey, KeyBehaviour>> {
  const out: Partial<Record<SendKey, KeyBehaviour>> = {};
  const re = /(?:(shift|ctrl|control|cmd|command|⌘|alt)\s*[+＋]\s*)?(?:按\s*)?(?:enter|回车|↵|⏎)\s*键?\s*(?:to\s+)?[:：]?\s*(发送|提交|send|submit|换行|new\s*line|line\s*break)/gi;
  for (const m of text.matchAll(re)) {
    const mod = (m[1] ?? '').toLowerCase();
    const action: KeyBehaviour = /发送|提交|send|submit/i.test(m[2]!) ? 'sends' : 'newline';
    if (!mod) out.enter ??= action;
    else if (mod === 'shift') {
      if (action === 'newline') out.enter ??= 'sends';
    } else if (mod !== 'alt') out['mod-enter'] ??= action;
  }
  return out;
}

/** What is known about one key in one field, for deciding whether pressing it sends. */
export interface KeyContext {
  key: SendKey;
  kind: 'textarea' | 'input' | 'contenteditable';
  /** The field is inside a <form>. */
  inForm: boolean;
  /** A send button or link shares a near container with the field. */
  sendControlNear: boolean;
  /** `enterkeyhint="send"` on the field. */
  enterKeyHintSend: boolean;
  /** What the page's hints say (keyHints). */
  hints: Partial<Record<SendKey, KeyBehaviour>>;
  /** What this field was seen doing with the key earlier (the page cleared it, or a line was added). */
  learned?: KeyBehaviour;
}

/**
 * Whether the page sends when this key is pressed in this field. What the field was seen doing
 * wins, then the page's own hints, then the form: Enter in a form's input submits it; in a chat
 * box outside any form, with a send button beside it, Enter and Ctrl+Enter send; in a form's
 * textarea Enter writes a new line.
 */
export function keySends(c: KeyContext): boolean {
  if (c.learned) return c.learned === 'sends';
  const hinted = c.hints[c.key];
  if (hinted) return hinted === 'sends';
  if (c.key === 'enter' && c.enterKeyHintSend) return true;
  if (c.kind === 'input') return c.key === 'enter' ? c.inForm || c.sendControlNear : c.sendControlNear;
  return !c.inForm && c.sendControlNear;
}

/**
 * What a key did, judged from the field's text before and a moment after: emptied (or cut to
 * less than half) — the page sent it; a line added — a new line; anything else — unknown.
 */
export function keyOutcome(before: string, after: string): KeyBehaviour | null {
  if (!before.trim()) return null;
  if (!after.trim() || after.length < before.length / 2) return 'sends';
  if (after.length > before.length && /\n/.test(after) && after.split('\n').length > before.split('\n').length) return 'newline';
  return null;
}

// ---- whether to stop it -------------------------------------------------------------------

/** The findings that stop a send: errors only, the quiet hours among them; warnings never. */
export function blocking<F extends Pick<Finding, 'severity'>>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === 'error');
}

export type Verdict = 'send' | 'confirm' | 'block';

/** What happens to a send with `errors` error findings. */
export function verdict(mode: SendGuardMode, errors: number): Verdict {
  if (mode === 'off' || errors === 0) return 'send';
  return mode;
}
