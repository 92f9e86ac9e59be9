// Finding the console's send control and the fields it sends: a button or link whose text means
// send (decide.ts), or the one an administrator names with a CSS selector for the site; and the
// checked fields in its form, or else in the nearest container it shares with one.

import { closestComposed, composedParent, fieldFromTarget, type Field } from '../../../overlay/fields';
import { isSendLabel } from './decide';

/** Elements that act as buttons or links. */
export const CONTROL_SELECTOR = 'button, a[href], [role="button"], [role="link"], input[type="submit"], input[type="button"], input[type="image"]';
/** How far up from the clicked node a plain clickable element with a send label (a styled <div>) may be. */
const PLAIN_DEPTH = 3;

const isOurs = (el: Element) => el.localName === 'collectguard-ui';

/** What a control says: its aria-label, its text, or its value, title or alt. */
export function controlLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria;
  if (el instanceof HTMLInputElement) return el.value || el.alt || el.title;
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  return text.trim() ? text : (el.getAttribute('title') ?? '');
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a selector the browser cannot parse names nothing
  }
}

/**
 * The send control an event's composed path goes through, or null. With an administrator's
 * selector for the site, only an element it matches counts; otherwise the nearest button-like
 * element whose label means send, or a plain element (a clickable <div>) with such a label just
 * above the clicked node.
 */
export function sendControlIn(path: readonly EventTarget[], selector?: string): HTMLElement | null {
  const els = path.filter((t): t is HTMLElement => t instanceof HTMLElement);
  if (els.some(isOurs)) return null;
  if (selector) return els.find((el) => matches(el, selector)) ?? null;
  const control = els.find((el) => el.matches(CONTROL_SELECTOR));
  if (control) return isSendLabel(controlLabel(control)) ? control : null;
  for (const el of els.slice(0, PLAIN_DEPTH + 1)) {
    const label = controlLabel(el);
    if (label.length <= 20 && isSendLabel(label) && getComputedStyle(el).cursor === 'pointer') return el;
  }
  return null;
}

/** The form an element belongs to (its `form` owner, or the nearest one around it, across shadow roots). */
export function formOf(el: Element): HTMLFormElement | null {
  const owner = (el as HTMLButtonElement).form;
  if (owner instanceof HTMLFormElement) return owner;
  return closestComposed(el, 'form') as HTMLFormElement | null;
}

/** An element and its ancestors up to the document, across shadow roots, innermost first. */
function ancestry(n: Node): Node[] {
  const out: Node[] = [];
  for (let x: Node | null = n; x; x = composedParent(x)) out.push(x);
  return out;
}

/** How deep the nearest common container of two nodes is (the document is 0; -1: none). */
export function commonDepth(a: Node, b: Node): number {
  const bs = new Set(ancestry(b));
  const up = ancestry(a);
  const i = up.findIndex((x) => bs.has(x));
  return i < 0 ? -1 : up.length - 1 - i;
}

const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/** The message fields (eligible editors) inside an element. */
export function fieldsIn(root: Element): Field[] {
  const out = new Set<Field>();
  for (const el of root.querySelectorAll(EDITABLE)) {
    const f = fieldFromTarget(el);
    if (f) out.add(f);
  }
  return [...out];
}

/**
 * Message fields around a send control that nobody focused yet (text a page or a test put in):
 * those of its form, else of the nearest container, up to the <body>, that holds any.
 */
export function fieldsAround(control: Element): Field[] {
  const form = formOf(control);
  if (form) return fieldsIn(form);
  for (let n: Node | null = composedParent(control); n; n = composedParent(n)) {
    if (!(n instanceof Element)) continue;
    const found = fieldsIn(n);
    if (found.length || n.localName === 'body') return found;
  }
  return [];
}

/**
 * The fields a send control sends: those in its form; without a form, those in the nearest
 * container it shares with any of them.
 */
export function fieldsOfControl<F extends Element>(control: Element, fields: readonly F[]): F[] {
  const form = formOf(control);
  if (form) {
    const inForm = fields.filter((f) => formOf(f) === form);
    if (inForm.length) return inForm;
  }
  let best = 0;
  let out: F[] = [];
  for (const f of fields) {
    const d = commonDepth(control, f);
    if (d > best) {
      best = d;
      out = [f];
    } else if (d === best && d > 0) out.push(f);
  }
  return out;
}

/**
 * Whether a send control shares a container with the field, looking outwards from the field up to
 * the <body> (for deciding whether Enter in a chat box sends). `selector`: the administrator's.
 */
export function sendControlNear(field: Element, selector?: string): boolean {
  for (let n: Node | null = composedParent(field); n; n = composedParent(n)) {
    if (!(n instanceof Element)) continue;
    let found: NodeListOf<Element>;
    try {
      found = n.querySelectorAll(selector || CONTROL_SELECTOR);
    } catch {
      return false;
    }
    for (const el of found) {
      if (el === field || isOurs(el)) continue;
      if (selector ? matches(el, selector) : isSendLabel(controlLabel(el))) return true;
    }
    if (n.localName === 'body') break;
  }
  return false;
}
