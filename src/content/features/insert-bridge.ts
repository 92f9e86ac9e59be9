// Where the popup's templates go, in every frame: tells the background when the agent uses a
// message field (cg:field-focused) so the popup knows where an insert goes, and inserts the
// popup's text there (cg:insert): over the selection, or at the caret it had when the agent left
// it, so that Ctrl+Z undoes it and the page's framework sees it, and the message is then checked
// for the template's recipient. "Uses" means the agent's own hand: a press of the mouse in the
// field or a key typed in it (a trusted pointerdown, keydown or keyup; Tab's keyup lands in the
// field it moved to). Focus alone does not count: a page's script can move the focus with
// element.focus(), and the browser reports that focus as trusted, so a page (or a third-party
// frame) could otherwise make its own field the target of the agent's next insert.

import type { Audience } from '../../core/types';
import { request } from '../../messaging/client';
import type { InsertResult } from '../../messaging/protocol';
import { fieldText, isTextField, replaceRange, selectionOffsets } from '../../overlay/edit';
import { deepActiveElement, describeField, fieldFromEvent, isEligibleDescription, type Field } from '../../overlay/fields';
import type { Feature } from '../feature';

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

export const insertBridge: Feature = {
  name: 'insert-bridge',
  init(signal, { doc, inbox, recipients }) {
    let last: Field | null = null;
    /** The selection the last field had when it lost focus (contenteditable loses it on clicks elsewhere). */
    let lastSel: { start: number; end: number } | null = null;

    /** Whether the background has heard of `last` since it last lost the focus (keys then need not tell it again). */
    let told = false;
    const focused = (f: Field) => {
      if (f !== last) lastSel = null;
      last = f;
      told = true;
      // The background takes the tab, frame and URL from the sender; the label is only a hint.
      request('cg:field-focused', { label: fieldLabel(f) }).catch(() => undefined);
    };

    const used = (e: Event) => {
      if (!e.isTrusted) return;
      const f = fieldFromEvent(e);
      if (f && (e.type === 'pointerdown' || f !== last || !told)) focused(f);
    };
    for (const type of ['pointerdown', 'keydown', 'keyup']) doc.addEventListener(type, used, { capture: true, signal });

    doc.addEventListener(
      'focusout',
      (e: Event) => {
        if (!last || !e.composedPath().includes(last)) return;
        told = false;
        try {
          lastSel = selectionOffsets(last);
        } catch {
          lastSel = null;
        }
      },
      { capture: true, signal },
    );

    async function insert(text: string, audience?: Audience): Promise<InsertResult> {
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
      if (ok) {
        lastSel = { start: start + text.length, end: start + text.length };
        if (audience) recipients.set(f, audience);
      }
      return ok ? { ok: true } : { ok: false, reason: 'refused' };
    }
    inbox.on('cg:insert', (p) => insert(typeof p.text === 'string' ? p.text : '', p.audience === 'debtor' || p.audience === 'third_party' ? p.audience : undefined), signal);
  },
};
