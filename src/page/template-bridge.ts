// The content-script side of templates, in every frame:
//  - tells the background when an eligible field gets focus (`cg:field-focused`), so the popup
//    knows where an insert goes;
//  - inserts the popup's text into that field (`cg:insert`): over the selection or at the caret
//    it had when the agent left it, so that Ctrl+Z undoes it and the page's framework sees it;
//  - opens the quick-insert picker at the caret on the shortcut (`cg:quick-insert`, sent by the
//    background for the commands API) or when `//` is typed in a field.
// Every listener is tied to the content-script context: nothing is left behind on reload.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InsertResult, Message } from '../messaging/protocol';
import { DEFAULT_SETTINGS, isActiveOn, type Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/remote';
import { fieldText, isTextField, replaceRange, selectionOffsets } from './edit';
import { deepActiveElement, describeField, fieldFromEvent, fieldFromTarget, isEligibleDescription, type Field } from './fields';
import { QuickInsertHost } from './quick-insert/index';

/** The typed triggers that open the picker: `//`, and `、、` (what `/` gives in Chinese IMEs). */
export const TRIGGERS = ['//', '、、'];

/** A short name for the field, for the popup's "inserts into …" line. */
export function fieldLabel(field: Element): string {
  const doc = field.ownerDocument;
  let label = field.getAttribute('aria-label') || field.getAttribute('placeholder') || field.getAttribute('aria-placeholder') || field.getAttribute('data-placeholder') || '';
  if (!label) {
    const labelledBy = field.getAttribute('aria-labelledby');
    if (labelledBy) label = labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
  }
  if (!label && field.id) {
    const root = field.getRootNode() as Document | ShadowRoot;
    label = root.querySelector?.(`label[for="${CSS.escape(field.id)}"]`)?.textContent ?? '';
  }
  if (!label) label = field.closest('label')?.textContent ?? '';
  if (!label) label = field.getAttribute('name') || field.getAttribute('title') || '';
  label = label.replace(/\s+/g, ' ').trim();
  return [...label].length > 24 ? `${[...label].slice(0, 23).join('')}…` : label;
}

/** Where a typed trigger ends at `caret` in `text`, or null. Not after ':' or '/' (URLs: http://). */
export function triggerAt(text: string, caret: number): { start: number; end: number } | null {
  for (const tr of TRIGGERS) {
    const start = caret - tr.length;
    if (start < 0 || text.slice(start, caret) !== tr) continue;
    const before = text[start - 1];
    if (before === ':' || before === '/' || before === '：' || before === '、') continue;
    return { start, end: caret };
  }
  return null;
}

export interface TemplateBridge {
  /** The field an insert would go to. */
  lastField(): Field | null;
  /** Inserts into the last focused field (what `cg:insert` does). */
  insert(text: string): Promise<InsertResult>;
  quickInsert: QuickInsertHost;
}

export function startTemplateBridge(ctx: ContentScriptContext, doc: Document = document): TemplateBridge {
  let last: Field | null = null;
  /** The selection the last field had when it lost focus (contenteditable loses it on clicks elsewhere). */
  let lastSel: { start: number; end: number } | null = null;
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const picker = new QuickInsertHost(doc);
  ctx.onInvalidated(() => picker.close(false));

  // A change heard before the first read answers is newer than that read.
  let changed = false;
  void loadSettings()
    .then((s) => {
      if (!changed) settings = s;
    })
    .catch(() => undefined);
  try {
    const unwatch = watchSettings((s) => {
      changed = true;
      settings = s.effective;
    });
    ctx.onInvalidated(unwatch);
  } catch {
    // Storage unavailable: defaults.
  }

  const send = (msg: Message) => {
    try {
      void browser.runtime.sendMessage(msg).catch(() => undefined);
    } catch {
      // Context invalidated (extension reloaded): nobody to tell.
    }
  };

  ctx.addEventListener(
    doc,
    'focusin',
    (e: Event) => {
      if (picker.contains(e)) return;
      const f = fieldFromEvent(e);
      if (!f) return;
      if (f !== last) lastSel = null;
      last = f;
      send({ type: 'cg:field-focused', url: doc.location?.href ?? '', label: fieldLabel(f) });
    },
    { capture: true },
  );

  ctx.addEventListener(
    doc,
    'focusout',
    (e: Event) => {
      if (!last || picker.contains(e)) return;
      const path = e.composedPath();
      if (!path.includes(last)) return;
      try {
        lastSel = selectionOffsets(last);
      } catch {
        lastSel = null;
      }
    },
    { capture: true },
  );

  // `//` typed at the caret opens the picker (not while an IME is composing, not on paused sites).
  const checkTrigger = (e: Event, data: string | null) => {
    if (picker.contains(e) || picker.isOpen) return;
    if (data && !/[/、]$/.test(data)) return;
    if (!isActiveOn(settings, doc.location?.hostname ?? '')) return;
    const f = fieldFromEvent(e);
    if (!f) return;
    const sel = selectionOffsets(f);
    if (!sel || sel.start !== sel.end) return;
    const trigger = triggerAt(fieldText(f), sel.end);
    if (trigger) void picker.open(f, { trigger });
  };
  ctx.addEventListener(
    doc,
    'input',
    (e: Event) => {
      const ie = e as InputEvent;
      if (ie.isComposing) return;
      if (ie.inputType && ie.inputType !== 'insertText' && ie.inputType !== 'insertCompositionText') return;
      checkTrigger(e, ie.data);
    },
    { capture: true },
  );
  // A Chinese IME commits 、 (its `/`) at compositionend, after the last input event.
  ctx.addEventListener(doc, 'compositionend', (e: Event) => checkTrigger(e, (e as CompositionEvent).data), { capture: true });

  async function insert(text: string): Promise<InsertResult> {
    const f = last;
    if (!f) return { ok: false, reason: 'no-field' };
    if (!f.isConnected || !isEligibleDescription(describeField(f))) return { ok: false, reason: 'field-gone' };
    const len = fieldText(f).length;
    // A textarea keeps its selection when blurred; a contenteditable's may have moved elsewhere.
    let sel: { start: number; end: number } | null = null;
    try {
      sel = selectionOffsets(f);
    } catch {
      sel = null;
    }
    if (!isTextField(f)) {
      const active = deepActiveElement(f.ownerDocument);
      const holds = active === f || (active !== null && f.contains(active));
      if (!holds && lastSel) sel = lastSel;
    }
    const start = Math.min(sel?.start ?? len, len);
    const end = Math.min(Math.max(sel?.end ?? len, start), len);
    const ok = await replaceRange(f, start, end, text);
    if (ok) lastSel = { start: start + text.length, end: start + text.length };
    return ok ? { ok: true } : { ok: false, reason: 'refused' };
  }

  const onMessage = (msg: unknown): Promise<unknown> | undefined => {
    if (!msg || typeof msg !== 'object') return undefined;
    const m = msg as Message;
    if (m.type === 'cg:insert') return insert(String(m.text ?? ''));
    if (m.type === 'cg:quick-insert') {
      // Only the frame where the agent is typing opens the picker.
      if (!doc.hasFocus()) return undefined;
      const f = fieldFromTarget(deepActiveElement(doc));
      if (!f) return undefined;
      void picker.open(f);
      return Promise.resolve(true);
    }
    return undefined;
  };
  try {
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  } catch {
    // No runtime (tests without a fake browser).
  }

  // A field that already has focus when we start (document_idle after the agent clicked).
  const focused = fieldFromTarget(deepActiveElement(doc));
  if (focused) {
    last = focused;
    send({ type: 'cg:field-focused', url: doc.location?.href ?? '', label: fieldLabel(focused) });
  }

  return { lastField: () => last, insert, quickInsert: picker };
}
