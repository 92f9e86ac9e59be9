// What a web page's own script does to CollectGuard in the e2e attacks, written once for both
// browsers: functions that run inside the page (Playwright's and Puppeteer's page.evaluate both
// take them; each is self-contained, since its source is what gets sent), and the box arithmetic
// the layout checks share.

/** In the page: clicks the first match of `selector` in the document or any open shadow root; whether there was one. */
export function clickAnywhere(selector: string): boolean {
  const find = (root: Document | ShadowRoot): HTMLElement | null => {
    const hit = root.querySelector<HTMLElement>(selector);
    if (hit) return hit;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const el = find(document);
  el?.click();
  return !!el;
}

/** In the page: whether `selector` matches in the document or any open shadow root. */
export function existsAnywhere(selector: string): boolean {
  const find = (root: Document | ShadowRoot): boolean => !!root.querySelector(selector) || Array.from(root.querySelectorAll('*')).some((el) => !!el.shadowRoot && find(el.shadowRoot));
  return find(document);
}

/** In the page: every text the page's script can read, open shadow roots and form values included. */
export function readEverything(): string {
  const out: string[] = [document.body.innerText];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(el.value, el.placeholder);
      if (el.shadowRoot) {
        out.push(el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return out.join('\n');
}

/** In the page: its script writes `//` into the message field, once with a synthetic input event and once with execCommand. */
export function scriptTypesTrigger(): void {
  const ta = document.querySelector<HTMLTextAreaElement>('[data-e2e="message"]')!;
  const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  set.call(ta, `${ta.value}//`);
  ta.setSelectionRange(ta.value.length, ta.value.length);
  ta.dispatchEvent(new InputEvent('input', { data: '/', inputType: 'insertText', bubbles: true, composed: true }));
  ta.focus();
  document.execCommand('insertText', false, ' //');
}

/** In the page: its script moves the focus to the notes field and fakes a press and a key in it. */
export function scriptFocusesNotes(): void {
  const notes = document.querySelector<HTMLTextAreaElement>('[data-e2e="notes"]')!;
  notes.focus();
  notes.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  notes.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', bubbles: true, composed: true }));
}

/** In the page: a synthetic Alt+J in the message field, caret at the start. */
export function scriptPressesAltJ(): void {
  const ta = document.querySelector<HTMLTextAreaElement>('[data-e2e="message"]')!;
  ta.setSelectionRange(0, 0);
  ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true, composed: true, cancelable: true }));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share more than a half-pixel edge. */
export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Whether `a` lies within `b` (half a pixel of rounding allowed). */
export const inside = (a: Box, b: Box): boolean => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

/** A message with an error, an error and a warning, used by the layout checks. */
export const VIOLATION = '你这个老赖，再不还钱就等着坐牢吧，后果自负';
/** The message of issue 15: to 李女士, about 张伟's debt (a third party). */
export const TO_THIRD_PARTY = '李女士您好，请转告张伟尽快还款，他在我司的借款已逾期12天，欠款5230元未还';
