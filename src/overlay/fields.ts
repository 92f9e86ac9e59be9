// Which elements are message editors worth checking, and how to find the one an event is about.
// The rules are pure (on a plain description of the element) so they are unit-tested in Node;
// `describeField` reads that description from the DOM.

export type FieldKind = 'textarea' | 'input' | 'contenteditable';
export type TextField = HTMLTextAreaElement | HTMLInputElement;
export type Field = TextField | HTMLElement;

export interface FieldDescription {
  kind: FieldKind | null;
  /** input type, lower-case ('' when absent). */
  type: string;
  readOnly: boolean;
  disabled: boolean;
  /** name, id, placeholder, aria-label, title joined: what the page calls the field. */
  labels: string;
  /** maxLength property (-1 when absent). */
  maxLength: number;
  /** Rendered width in CSS pixels. */
  width: number;
  /** Inside role=search or a <form role=search>. */
  inSearch: boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'tel', 'url', 'email', '']);
const SEARCH_WORDS = /search|搜索|查询|keyword|检索/i;
export const MIN_INPUT_WIDTH = 150;
export const MIN_INPUT_MAXLENGTH = 20;

/** Why a field is not checked, or null when it is. */
export function ineligibleReason(d: FieldDescription): string | null {
  if (!d.kind) return 'not a text field';
  if (d.disabled) return 'disabled';
  if (d.readOnly) return 'readonly';
  if (d.kind === 'input') {
    if (d.type === 'password') return 'password';
    if (d.type === 'search') return 'search box';
    if (!TEXT_INPUT_TYPES.has(d.type)) return `input type ${d.type}`;
    if (d.maxLength >= 0 && d.maxLength < MIN_INPUT_MAXLENGTH) return 'maxlength too small';
    if (d.width > 0 && d.width < MIN_INPUT_WIDTH) return 'too narrow';
  }
  if (d.inSearch) return 'inside a search form';
  if (SEARCH_WORDS.test(d.labels)) return 'looks like a search box';
  return null;
}

export const isEligibleDescription = (d: FieldDescription): boolean => ineligibleReason(d) === null;

/** The parent across shadow boundaries (a shadow root's host). */
export function composedParent(n: Node): Node | null {
  if (n.parentNode) return n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
  return null;
}

/** Like Element.closest, but continues through the hosts of shadow roots. */
export function closestComposed(el: Element, selector: string): Element | null {
  let cur: Element | null = el;
  while (cur) {
    const hit = cur.closest(selector);
    if (hit) return hit;
    const root = cur.getRootNode();
    cur = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function isEditableValue(v: string | null): boolean {
  return v !== null && (v === '' || v.toLowerCase() === 'true' || v.toLowerCase() === 'plaintext-only');
}

/**
 * The editing host of a contenteditable element: the outermost ancestor (within its tree) that is
 * still editable. Null when `el` is not editable.
 */
export function editingHost(el: Element): HTMLElement | null {
  if (!(el instanceof HTMLElement)) return null;
  if (!el.isContentEditable && !isEditableValue(el.getAttribute('contenteditable'))) return null;
  let host: HTMLElement = el;
  for (let p = el.parentElement; p; p = p.parentElement) {
    const ce = p.getAttribute('contenteditable');
    if (ce !== null && ce.toLowerCase() === 'false') break;
    if (isEditableValue(ce) || p.isContentEditable) host = p;
    else break;
  }
  return host;
}

export function fieldKind(el: Element): FieldKind | null {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el instanceof HTMLInputElement) return 'input';
  if (el instanceof HTMLElement && (el.isContentEditable || isEditableValue(el.getAttribute('contenteditable')))) return 'contenteditable';
  return null;
}

export function describeField(el: Element): FieldDescription {
  const kind = fieldKind(el);
  const input = el instanceof HTMLInputElement ? el : null;
  const ta = el instanceof HTMLTextAreaElement ? el : null;
  const labels = ['name', 'id', 'placeholder', 'aria-label', 'title', 'aria-placeholder', 'data-placeholder']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
  return {
    kind,
    type: input ? (input.getAttribute('type') ?? '').toLowerCase() : '',
    readOnly: input?.readOnly ?? ta?.readOnly ?? el.getAttribute('aria-readonly') === 'true',
    disabled: input?.disabled ?? ta?.disabled ?? el.getAttribute('aria-disabled') === 'true',
    labels,
    maxLength: input?.maxLength ?? ta?.maxLength ?? -1,
    width: kind === 'input' ? el.getBoundingClientRect().width : 0,
    inSearch: !!closestComposed(el, '[role=search], form[role=search], search'),
  };
}

/**
 * The field an event is about: the innermost element of its composed path (so fields inside open
 * shadow roots are found), lifted to the editing host for contenteditable; null when it is not an
 * eligible message editor.
 */
export function fieldFromTarget(target: EventTarget | null | undefined): Field | null {
  if (!(target instanceof Element)) return null;
  let el: Element = target;
  if (!(el instanceof HTMLTextAreaElement) && !(el instanceof HTMLInputElement)) {
    const host = editingHost(el);
    if (!host) return null;
    el = host;
  }
  // Our own UI (the picker's fields live in its shadow root) is never a message field.
  if (closestComposed(el, 'collectguard-ui')) return null;
  return isEligibleDescription(describeField(el)) ? (el as Field) : null;
}

export function fieldFromEvent(e: Event): Field | null {
  const path = e.composedPath();
  return fieldFromTarget(path[0] ?? e.target);
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
