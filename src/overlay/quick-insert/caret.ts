// Where the caret is on screen, to open the quick-insert picker right there. Text fields: a
// throw-away mirror with the field's text metrics (in our shadow root; the page is never touched);
// contenteditable: the client rect of a collapsed range at the offset.

import { buildText, domRange } from '../adapters/ce-text';
import { isTextField } from '../edit';
import type { Field } from '../fields';

export interface CaretBox {
  x: number;
  top: number;
  bottom: number;
}

const COPIED = [
  'box-sizing', 'width', 'height', 'overflow-x', 'overflow-y', 'border-top-width', 'border-right-width', 'border-bottom-width',
  'border-left-width', 'border-style', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'font-style',
  'font-variant', 'font-weight', 'font-stretch', 'font-size', 'font-size-adjust', 'line-height', 'font-family',
  'text-align', 'text-transform', 'text-indent', 'text-decoration', 'letter-spacing', 'word-spacing', 'tab-size',
  'direction', 'writing-mode',
] as const;

function textFieldCaret(field: HTMLTextAreaElement | HTMLInputElement, offset: number, container: Node): CaretBox {
  const doc = field.ownerDocument;
  const win = doc.defaultView ?? window;
  const cs = win.getComputedStyle(field);
  const box = field.getBoundingClientRect();
  const div = doc.createElement('div');
  const st = div.style;
  for (const p of COPIED) st.setProperty(p, cs.getPropertyValue(p));
  st.position = 'fixed';
  st.left = `${box.left}px`;
  st.top = `${box.top}px`;
  st.visibility = 'hidden';
  st.pointerEvents = 'none';
  st.overflow = 'hidden';
  const textarea = field instanceof HTMLTextAreaElement;
  st.whiteSpace = textarea ? 'pre-wrap' : 'pre';
  st.overflowWrap = textarea ? 'break-word' : 'normal';
  div.textContent = field.value.slice(0, offset);
  const mark = doc.createElement('span');
  mark.textContent = field.value.slice(offset) || '.';
  div.appendChild(mark);
  // Measured inside our own shadow root (never in the page's DOM) and removed at once.
  container.appendChild(div);
  try {
    div.scrollTop = field.scrollTop;
    div.scrollLeft = field.scrollLeft;
    const m = mark.getBoundingClientRect();
    const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.4 || 18;
    const x = Math.min(Math.max(m.left, box.left), box.right);
    const top = Math.min(Math.max(m.top, box.top), box.bottom - 4);
    return { x, top, bottom: Math.min(top + lh, box.bottom) };
  } finally {
    div.remove();
  }
}

function editableCaret(field: HTMLElement, offset: number): CaretBox {
  const box = field.getBoundingClientRect();
  try {
    const range = domRange(buildText(field), offset, offset);
    const r = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
    if (r && (r.width || r.height || r.left || r.top)) return { x: r.left, top: r.top, bottom: r.bottom };
  } catch {
    // Fall through to the field's corner.
  }
  return { x: box.left + 8, top: box.top, bottom: Math.min(box.top + 24, box.bottom) };
}

/**
 * The caret's box at `offset` of the field's text, in viewport coordinates. `container` (our
 * shadow root, not transformed) holds the measuring mirror for a moment.
 */
export function caretBox(field: Field, offset: number, container: Node): CaretBox {
  return isTextField(field) ? textFieldCaret(field, offset, container) : editableCaret(field, offset);
}
