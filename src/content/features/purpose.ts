// What a field is for: a message to someone (every check, the send guard) or an internal note
// (备注, 催记, 通话小结, 工单记录, remarks) where agents record what a debtor said — only the privacy
// checks (full ID and card numbers), no badge noise, no send guard. Read from what the page calls
// the field (its label, aria-label, name, id, placeholder); an administrator's selectors for the
// site (the frame's settings) win, then the agent's own choice, remembered per site and field by
// the background. The framework (src/overlay) shows the purpose and the switch, and filters a
// note's findings; this feature is where it learns each field's purpose.

import type { Purpose } from '../../overlay/ui/types';
import type { Feature } from '../feature';
import { purposeMemory } from '../field-memory';

/** Chinese words that name an internal record (matched anywhere in the text). */
const NOTE_ZH = ['备注', '催记', '催收记录', '通话小结', '通话记录', '沟通记录', '跟进记录', '处理记录', '工单记录', '内部记录', '小结'];
/** English words that do (matched as whole words, camelCase and snake_case split). */
const NOTE_EN = new Set(['note', 'notes', 'remark', 'remarks', 'memo', 'memos']);
const MESSAGE_ZH = ['短信', '消息', '信息内容', '回复', '发送内容', '聊天'];
const MESSAGE_EN = new Set(['sms', 'message', 'messages', 'msg', 'reply', 'chat']);

function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** What one piece of text says about the purpose: 'note', 'message', or null (nothing, or both). */
export function purposeOfText(text: string): Purpose | null {
  const w = words(text);
  const note = NOTE_ZH.some((x) => text.includes(x)) || w.some((x) => NOTE_EN.has(x));
  const message = MESSAGE_ZH.some((x) => text.includes(x)) || w.some((x) => MESSAGE_EN.has(x));
  if (note === message) return null;
  return note ? 'note' : 'message';
}

/** The purpose from the field's names, most telling first: the first that says something decides. */
export function purposeFromSources(sources: readonly string[]): Purpose | null {
  for (const s of sources) {
    const p = purposeOfText(s);
    if (p) return p;
  }
  return null;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const FIELD_SELECTOR = 'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/**
 * The label a UI kit draws beside the field (antd's form item, Element Plus' el-form-item, a plain
 * row): the nearest ancestor, up to a few levels, that holds this field and no other one, and a
 * short label-like element that is not inside the field.
 */
function containerLabel(field: Element): string {
  let p = field.parentElement;
  for (let i = 0; p && i < 4 && p.tagName !== 'FORM'; i++, p = p.parentElement) {
    const fields = [...p.querySelectorAll(FIELD_SELECTOR)].filter((x) => x !== field && !field.contains(x) && (x as HTMLInputElement).type !== 'hidden');
    if (fields.length) return '';
    for (const l of p.querySelectorAll('label, legend, [class*="label" i]')) {
      if (l.contains(field)) continue;
      const t = text(l);
      if (t && t.length <= 40) return t;
    }
  }
  return '';
}

/** What the page calls a field, the most telling first: its label, aria-label, name, id, placeholder, title. */
export function purposeSources(field: Element): string[] {
  const doc = field.ownerDocument;
  const labels: string[] = [];
  for (const l of (field as HTMLInputElement).labels ?? []) labels.push(text(l));
  const labelledBy = field.getAttribute('aria-labelledby');
  if (labelledBy) for (const id of labelledBy.split(/\s+/)) labels.push(text(doc.getElementById(id)));
  labels.push(containerLabel(field));
  const attrs = ['aria-label', 'name', 'id', 'placeholder', 'aria-placeholder', 'data-placeholder', 'title'].map((a) => field.getAttribute(a) ?? '');
  return [...labels, ...attrs].filter(Boolean);
}

/** The purpose an administrator's selectors give the field (policy `siteSelectors`), or null. */
export function policyPurpose(field: Element, selectors: { message?: string; note?: string }): Purpose | null {
  const hit = (sel?: string) => {
    if (!sel) return false;
    try {
      return field.closest(sel) !== null;
    } catch {
      return false; // a selector the browser cannot parse names nothing
    }
  };
  if (hit(selectors.note)) return 'note';
  if (hit(selectors.message)) return 'message';
  return null;
}

export const purpose: Feature = {
  name: 'purpose',
  init(signal, { settings, framework }) {
    framework.usePurposes(
      {
        fixed: (field) => policyPurpose(field, settings.current.selectors),
        detect: (field) => purposeFromSources(purposeSources(field)),
        ...purposeMemory,
      },
      signal,
    );
  },
};
