// Changing the field's text on an explicit user action (apply a fix, insert a template) so that
// Ctrl+Z undoes it and the page's framework (React, Vue, Angular, ProseMirror, Lexical, Quill)
// sees the change. Never assigns .value (React's value tracker would swallow it) and never rewrites
// the editor's DOM by hand.

import { buildText, domRange, textOffset } from './adapters/ce-text';
import type { Field, TextField } from './fields';

export const isTextField = (f: Field): f is TextField => f instanceof HTMLTextAreaElement || f instanceof HTMLInputElement;

/** The field's plain text, as the content script lints it. */
export function fieldText(field: Field): string {
  return isTextField(field) ? field.value : buildText(field).text;
}

function focusField(field: Field): void {
  const doc = field.ownerDocument;
  const active = doc.activeElement;
  const root = field.getRootNode();
  const focused = root instanceof ShadowRoot ? root.activeElement === field : active === field;
  if (!focused) field.focus({ preventScroll: true });
}

function execInsert(doc: Document, text: string): boolean {
  try {
    // An empty replacement is a deletion; insertText with '' works in Chrome, 'delete' is clearer.
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function replaceInTextField(field: TextField, start: number, end: number, text: string): boolean {
  const doc = field.ownerDocument;
  focusField(field);
  const before = field.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  let selectable = true;
  try {
    field.setSelectionRange(start, end);
  } catch {
    // Inputs of type email support neither selection ranges nor setRangeText.
    selectable = false;
  }
  if (selectable) {
    if (execInsert(doc, text) && field.value === expected) return true;
    if (field.value !== before) return field.value === expected;
  }
  // No undo step in this path, but frameworks still see a genuine input event.
  try {
    if (selectable) field.setRangeText(text, start, end, 'end');
    else {
      // The prototype's setter, not the instance's: React's value tracker then sees the change.
      const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, expected);
    }
  } catch {
    return false;
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === expected;
}

/** The selection that holds `field`'s caret, looking into its shadow root when it lives in one. */
export function selectionRangeIn(field: HTMLElement): Range | StaticRange | null {
  const doc = field.ownerDocument;
  const root = field.getRootNode();
  const sel = doc.getSelection();
  if (root instanceof ShadowRoot) {
    const legacy = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    if (legacy && legacy.rangeCount) return legacy.getRangeAt(0);
    const composed = (sel as (Selection & { getComposedRanges?: (o: unknown) => StaticRange[] }) | null)?.getComposedRanges;
    if (sel && composed) {
      try {
        const r = composed.call(sel, { shadowRoots: [root] })[0];
        if (r) return r;
      } catch {
        // Older signature: getComposedRanges(...roots).
        const r = (composed as (...a: unknown[]) => StaticRange[]).call(sel, root)[0];
        if (r) return r;
      }
    }
  }
  return sel && sel.rangeCount ? sel.getRangeAt(0) : null;
}

function selectRange(doc: Document, range: Range): void {
  const sel = doc.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Resolves when the editor's text differs from `before` (true) or after `ms` without change (false). */
/**
 * Waits up to `ms` for the edit to land: the field's text becomes `expected`. A change to anything
 * else (an editor's paste bin, a re-render in progress) is waited out; only at the end does any
 * change count, for editors that normalise what they insert.
 */
function settled(field: HTMLElement, before: string, expected: string, ms: number): Promise<boolean> {
  const landed = () => buildText(field).text === expected;
  if (landed()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: boolean) => {
      if (done) return;
      done = true;
      mo.disconnect();
      clearTimeout(timer);
      resolve(v);
    };
    const mo = new MutationObserver(() => {
      if (landed()) finish(true);
    });
    mo.observe(field, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => finish(buildText(field).text !== before), ms);
    // Editors that commit their model in a microtask (Lexical) change the DOM right after this.
    queueMicrotask(() => {
      if (landed()) finish(true);
    });
  });
}

/**
 * Selects `range` and gives the editor time to see it, as a person's selection would: model
 * editors sync their selection on the (async, often throttled) selectionchange, and some fold an
 * edit made in the same task as a selection change into the previous undo step (wangEditor's
 * slate-history, CKEditor 5's typing batch).
 */
function select(doc: Document, range: Range): Promise<void> {
  selectRange(doc, range);
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 30);
    };
    doc.addEventListener('selectionchange', done);
    const timer = setTimeout(done, 120);
  });
}

async function replaceInEditable(field: HTMLElement, start: number, end: number, text: string): Promise<boolean> {
  const doc = field.ownerDocument;
  focusField(field);
  const before = buildText(field).text;
  const expected = before.slice(0, start) + text + before.slice(end);
  let dt: DataTransfer | null = null;
  try {
    dt = new DataTransfer();
    dt.setData('text/plain', text);
  } catch {
    dt = null;
  }
  // Offer the change the way the editor takes edits into its model and its own undo, and fall back
  // to the browser's editing: (1) beforeinput, as a spellchecker's replacement (Slate and
  // wangEditor, Lexical, CKEditor 5, Quill); (2) a paste, which every rich editor handles itself
  // (ProseMirror, Draft.js, TinyMCE — whose undo records no execCommand edit); (3)
  // execCommand('insertText'): the browser's undo, for plain contenteditable and editors that read
  // the DOM. Synthetic events have no default action, so one nobody handled changes nothing.
  const attempts: ((r: Range) => boolean)[] = [
    (r) =>
      !field.dispatchEvent(
        new InputEvent('beforeinput', {
          bubbles: true,
          cancelable: true,
          composed: true,
          inputType: 'insertReplacementText',
          data: text,
          dataTransfer: dt,
          targetRanges: [new StaticRange(r)],
        }),
      ),
    () => !!dt && !field.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: dt })),
    () => execInsert(doc, text),
  ];
  for (const attempt of attempts) {
    const range = domRange(buildText(field), start, end) ?? (start === end ? caretRangeAtEnd(field) : null);
    if (!range) return false;
    const cur = selectionRangeIn(field);
    if (!cur || cur.startContainer !== range.startContainer || cur.startOffset !== range.startOffset || cur.endContainer !== range.endContainer || cur.endOffset !== range.endOffset) {
      await select(doc, range);
    }
    let took = false;
    try {
      took = attempt(range);
    } catch {
      // An event constructor the browser lacks: try the next way.
    }
    // A handled event may still change the DOM a little later (a re-render, a paste bin).
    if (await settled(field, before, expected, took ? 300 : 60)) return true;
  }
  return false;
}

function caretRangeAtEnd(field: HTMLElement): Range {
  const r = field.ownerDocument.createRange();
  r.selectNodeContents(field);
  r.collapse(false);
  return r;
}

/**
 * Replaces [start, end) of the field's text (offsets as `fieldText` reports them) with `text`.
 * Resolves to whether the field's text changed (editors that commit their model asynchronously
 * are given a moment before the fallbacks run).
 */
export async function replaceRange(field: Field, start: number, end: number, text: string): Promise<boolean> {
  return isTextField(field) ? replaceInTextField(field, start, end, text) : replaceInEditable(field, start, end, text);
}

/** The current selection as text offsets, or null when the field does not hold it. */
export function selectionOffsets(field: Field): { start: number; end: number } | null {
  if (isTextField(field)) {
    const s = field.selectionStart;
    const e = field.selectionEnd;
    return s === null || e === null ? null : { start: Math.min(s, e), end: Math.max(s, e) };
  }
  const r = selectionRangeIn(field);
  if (!r) return null;
  const ce = buildText(field);
  const a = textOffset(ce, r.startContainer, r.startOffset);
  const b = textOffset(ce, r.endContainer, r.endOffset);
  if (a === null || b === null) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/**
 * Puts the focus back in the field with the selection at [start, end) (offsets as `fieldText`
 * reports them): where the agent was before a picker or a dialog took the focus.
 */
export function focusAt(field: Field, range: { start: number; end: number }): void {
  if (!field.isConnected) return;
  field.focus({ preventScroll: true });
  try {
    if (isTextField(field)) {
      field.setSelectionRange(range.start, range.end);
    } else {
      const r = domRange(buildText(field), range.start, range.end);
      const sel = field.ownerDocument.getSelection();
      if (r && sel) {
        sel.removeAllRanges();
        sel.addRange(r);
      }
    }
  } catch {
    // Inputs without selection support: the focus is back, that is what matters.
  }
}

/**
 * Inserts `text` at the caret, replacing the selection (at the end when the field holds no
 * caret). Returns whether the field's text changed.
 */
export function insertAtCaret(field: Field, text: string): Promise<boolean> {
  const sel = selectionOffsets(field);
  const len = fieldText(field).length;
  const start = sel?.start ?? len;
  const end = sel?.end ?? len;
  return replaceRange(field, start, end, text);
}
