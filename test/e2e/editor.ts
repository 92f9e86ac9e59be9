// The field an agent types into, in any frame of a fixture console: finding it by its
// `data-e2e` marker, reading it (the visible text and the framework's state), focusing, typing and
// clearing it like a person.
import { $$ } from './dom';
import type { El, Frame, Tab } from './driver';
import { sleep, waitFor } from './wait';

export type EditorKind = 'textarea' | 'input' | 'contenteditable';

export interface Editor {
  tab: Tab;
  frame: Frame;
  marker: string;
  /** `[data-e2e=marker]` in `frame` (found through open shadow roots). */
  el: El;
  kind: EditorKind;
}

/**
 * Find the one element marked `data-e2e=marker` in any frame of the tab (also inside open shadow
 * roots; waits for late-mounted fields). `frameName` restricts the search to frames with that
 * window.name (iframe-srcdoc has frames "srcdoc" and "blank").
 */
export async function findEditor(tab: Tab, opts: { marker?: string; frameName?: string; timeout?: number } = {}): Promise<Editor> {
  const marker = opts.marker ?? 'message';
  const deadline = Date.now() + (opts.timeout ?? 10_000);
  for (;;) {
    for (const frame of tab.frames()) {
      if (opts.frameName !== undefined && (await frame.name().catch(() => null)) !== opts.frameName) continue;
      const found = await $$(frame, `[data-e2e="${marker}"]`).catch(() => []);
      if (found.length !== 1) continue;
      const el = found[0]!;
      const kind = await el
        .evaluate((e): EditorKind => (e.tagName === 'TEXTAREA' ? 'textarea' : e.tagName === 'INPUT' ? 'input' : 'contenteditable'), null)
        .catch(() => null);
      if (kind) return { tab, frame, marker, el, kind };
    }
    if (Date.now() > deadline) {
      throw new Error(`no [data-e2e="${marker}"] in ${tab.url()} (frames: ${tab.frames().map((f) => f.url()).join(', ')})`);
    }
    await sleep(100);
  }
}

/**
 * The text the agent sees in the field: value for textarea/input, innerText otherwise, less what
 * is not text: placeholders drawn inside the editable as non-editable, unselectable,
 * click-through islands (Slate), and the U+FEFF caret anchors editors put in empty lines.
 */
export function fieldText(editor: Editor): Promise<string> {
  return editor.el.evaluate((el) => {
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return (el as HTMLTextAreaElement).value;
    let text = (el as HTMLElement).innerText;
    for (const island of Array.from(el.querySelectorAll<HTMLElement>('[contenteditable="false"]'))) {
      const cs = getComputedStyle(island);
      if (cs.pointerEvents === 'none' && cs.userSelect === 'none' && island.innerText) text = text.replace(island.innerText, '');
    }
    return text.replace(/\uFEFF/g, '').replace(/\n+$/, '');
  }, null);
}

/** The text held by the page's framework state (`window.__fixture.value(marker)` in the field's frame). */
export function fixtureValue(editor: Editor): Promise<string> {
  return editor.frame.evaluate((marker) => {
    const f = window.__fixture;
    if (!f) throw new Error(`no window.__fixture in ${location.href}`);
    return f.value(marker);
  }, editor.marker);
}

/** Is focus (through shadow roots) on the field, in the field's frame? */
export function hasFocus(editor: Editor): Promise<boolean> {
  return editor.el.evaluate((el) => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a === el || (a !== null && el.contains(a));
  }, null);
}

/** Click into the field (a real click: fails if something covers it) and put the caret at the end. */
export async function focusField(editor: Editor, opts: { click?: boolean } = {}): Promise<void> {
  if (opts.click ?? true) await editor.el.click();
  else await editor.el.focus();
  await editor.tab.press('Control+End');
}

/** Make sure the field has focus (without moving the caret when it already has). */
export async function ensureFocus(editor: Editor): Promise<void> {
  if (!(await hasFocus(editor))) await editor.el.focus();
}

/**
 * Type like a person: one key event sequence per character. `imeKeys`: each non-ASCII character
 * comes with the keydown/keyup of keyCode 229 a real IME sends around its text, for editors whose
 * undo manager starts a typing step on keydown (TinyMCE). Where the browser cannot simulate that
 * (Firefox), every character is typed with its own key events anyway.
 */
export async function typeSlowly(editor: Editor, text: string, delay = 25, opts: { imeKeys?: boolean } = {}): Promise<void> {
  await ensureFocus(editor);
  if (opts.imeKeys && editor.tab.ime) return editor.tab.ime.typeWithProcessKeys(text, delay);
  return editor.tab.type(text, delay);
}

/** Select all (Ctrl+A) and delete, as an agent clears the box. */
export async function clearField(editor: Editor): Promise<void> {
  await ensureFocus(editor);
  await editor.tab.press('Control+A');
  await editor.tab.press('Backspace');
  const left = await waitFor(async () => ((await fieldText(editor)) === '' ? true : undefined), 2_000).catch(() => false);
  if (!left) throw new Error(`field not cleared: ${JSON.stringify(await fieldText(editor))}`);
}

/**
 * The field's text once it differs from `from` and has stayed the same for `quietMs`: editors may
 * pass through intermediate DOM states while applying a change (TinyMCE's paste bin).
 */
export async function changedText(editor: Editor, from: string, what: string, timeout = 3_000, quietMs = 300): Promise<string> {
  let last = from;
  let since = Date.now();
  return waitFor(
    async () => {
      const t = await fieldText(editor);
      if (t !== last) {
        last = t;
        since = Date.now();
      }
      return t !== from && Date.now() - since >= quietMs ? t : undefined;
    },
    timeout + quietMs,
    what,
  );
}
