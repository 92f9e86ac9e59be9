// The one <collectguard-ui> element of a document: an open shadow root (a public contract, see
// docs/ARCHITECTURE.md "Contracts": tests pierce it) on a host whose inline !important style page
// CSS cannot override. It holds the Preact tree and the hidden mirrors used to measure text in
// textareas and inputs. Only a person's events reach its controls (trust.ts).

import { h, render } from 'preact';
import { App } from './App';
import { HOST_STYLE, UI_CSS } from './styles';
import { personOnly } from './trust';
import type { UiParts } from './parts';
import type { UiActions, UiState } from './types';

export const HOST_TAG = 'collectguard-ui';

// Events from our UI must not reach the page's handlers (menus that close on any click, editors
// that treat keydown as theirs).
const ISOLATED_EVENTS = [
  'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'contextmenu',
  'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'focusin', 'focusout', 'copy', 'cut', 'paste',
];

export class UiHost {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly mount: HTMLElement;
  readonly mirrors: HTMLElement;

  constructor(private readonly doc: Document = document) {
    this.host = doc.createElement(HOST_TAG);
    for (const [k, v] of Object.entries(HOST_STYLE)) this.host.style.setProperty(k, v, 'important');
    this.host.setAttribute('data-collectguard', '');
    this.shadow = this.host.attachShadow({ mode: 'open' });
    let adopted = false;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(UI_CSS);
      this.shadow.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      adopted = false;
    }
    if (!adopted) {
      const style = doc.createElement('style');
      style.textContent = UI_CSS;
      this.shadow.appendChild(style);
    }
    this.mirrors = doc.createElement('div');
    this.mirrors.className = 'mirrors';
    this.mirrors.setAttribute('aria-hidden', 'true');
    this.mount = doc.createElement('div');
    this.mount.style.display = 'contents';
    this.shadow.append(this.mirrors, this.mount);
    personOnly(this.shadow);
    for (const type of ISOLATED_EVENTS) this.shadow.addEventListener(type, (e) => e.stopPropagation());
    this.attach();
  }

  /** (Re)inserts the host when the page removed it. */
  attach(): void {
    const parent = this.doc.documentElement;
    if (parent && this.host.parentNode !== parent) parent.appendChild(this.host);
  }

  /** Our origin in the viewport: non-zero when an ancestor transform makes a containing block. */
  origin(): { x: number; y: number } {
    const r = this.host.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }

  render(state: UiState, actions: UiActions, parts: UiParts | null = null): void {
    this.attach();
    render(h(App, { state, actions, parts }), this.mount);
  }

  /** Whether an event's composed path goes through our UI. */
  contains(e: Event): boolean {
    return e.composedPath().includes(this.host);
  }

  destroy(): void {
    render(null, this.mount);
    this.host.remove();
  }
}
