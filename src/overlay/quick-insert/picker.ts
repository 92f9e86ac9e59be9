// The quick-insert picker's host: one <collectguard-ui data-cg-quick-insert> element with an open
// shadow root (like the rest of our in-page UI), created when the picker opens and removed when it
// closes. It remembers where the text goes — the typed `//` or the caret/selection at opening —
// and puts the focus and the caret back when closed without inserting. Like the rest of the
// framework it makes no browser-API call: the templates, the language and the preview's lint come
// from the PickerSource the content script gives it.

import { h, render } from 'preact';
import type { Audience, Finding, Lang } from '../../core/types';
import type { LastTemplates } from '../../templates/storage';
import type { Template, Values } from '../../templates/types';
import { LIST_CSS } from '../../templates/ui/TemplateList';
import { FONT_STACK, TEMPLATE_UI_CSS, themeCss } from '../../templates/ui/styles';
import { t } from '../../ui/i18n/index';
import { fieldText, focusAt, replaceRange, selectionOffsets } from '../edit';
import type { Field } from '../fields';
import { HOST_STYLE } from '../ui/styles';
import { personOnly } from '../ui/trust';
import { caretBox } from './caret';
import { QUICK_INSERT_CSS, QuickInsert } from './QuickInsert';

export const QUICK_INSERT_ATTR = 'data-cg-quick-insert';

const CSS = `
:host { ${Object.entries(HOST_STYLE).map(([k, v]) => `${k}: ${v} !important;`).join(' ')} }
${themeCss('.qi-root')}
.qi-root { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; font-family: ${FONT_STACK};
  font-size: 13px; line-height: 1.45; color: var(--cg-fg); text-align: left; letter-spacing: normal; text-transform: none;
  white-space: normal; direction: ltr; -webkit-font-smoothing: antialiased; }
${QUICK_INSERT_CSS}
${TEMPLATE_UI_CSS}
${LIST_CSS}
`;

// Our events stay ours: the page's handlers (editors, menus, hotkeys) must not see them.
const ISOLATED = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'focusin', 'focusout', 'paste', 'copy', 'cut'];

export interface PickerData {
  /** Every template in force, in list order. */
  templates: Template[];
  remembered: Values;
  last: LastTemplates;
}

/** What the picker needs from outside the page. */
export interface PickerSource {
  /** The templates and remembered values, read when the picker opens. */
  data(): Promise<PickerData>;
  lang(): Lang;
  /** The preview's findings, or null while they cannot be had (no verdict is shown then, never "compliant"). */
  lint(text: string, audience: Audience): Finding[] | null;
  /** Resolves true once `lint` can answer (the rule pack arrived), false if it never will. */
  lintReady(): Promise<boolean>;
  /** A template was inserted into `field`: remember its values and that it was used last; the message is for the template's recipient. */
  inserted(template: Template, values: Values, field: Field): void;
}

export interface OpenOptions {
  /** The typed trigger (`//`) to replace; absent: insert at the caret / over the selection. */
  trigger?: { start: number; end: number } | null;
}

export class QuickInsertHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private field: Field | null = null;
  private range: { start: number; end: number } | null = null;
  private trigger = false;
  private readonly onOutside = (e: Event) => {
    if (this.host && !e.composedPath().includes(this.host)) this.close(false);
  };

  constructor(
    private readonly doc: Document,
    private readonly source: PickerSource,
  ) {}

  get isOpen(): boolean {
    return !!this.host;
  }

  /** Whether an event comes from inside the picker. */
  contains(e: Event): boolean {
    return !!this.host && e.composedPath().includes(this.host);
  }

  async open(field: Field, opts: OpenOptions = {}): Promise<void> {
    this.close(false);
    const sel = opts.trigger ?? selectionOffsets(field) ?? { start: fieldText(field).length, end: fieldText(field).length };
    this.field = field;
    this.range = { start: sel.start, end: sel.end };
    this.trigger = !!opts.trigger;
    const { templates, remembered, last } = await this.source.data().catch((): PickerData => ({ templates: [], remembered: {}, last: { byScenario: {} } }));
    if (this.field !== field) return; // closed or reopened meanwhile
    const host = this.doc.createElement('collectguard-ui');
    for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, 'important');
    host.setAttribute(QUICK_INSERT_ATTR, '');
    host.setAttribute('data-collectguard', '');
    const shadow = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = CSS;
      shadow.appendChild(style);
    }
    const mount = this.doc.createElement('div');
    mount.className = 'qi-root';
    shadow.appendChild(mount);
    personOnly(shadow);
    for (const type of ISOLATED) shadow.addEventListener(type, (e) => e.stopPropagation());
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    this.doc.addEventListener('pointerdown', this.onOutside, true);
    const caret = caretBox(field, this.range.end, mount);
    this.draw({ lang: this.source.lang(), templates, last, remembered, caret, error: null });
  }

  private props: Parameters<typeof QuickInsert>[0] | null = null;

  private draw(p: Pick<Parameters<typeof QuickInsert>[0], 'lang' | 'templates' | 'last' | 'remembered' | 'caret' | 'error'>): void {
    if (!this.mount) return;
    const win = this.doc.defaultView ?? window;
    this.props = {
      ...p,
      viewport: { w: win.innerWidth, h: win.innerHeight },
      lint: (text: string, audience: Audience): Finding[] | null => {
        // The picker opens in a field, so the rule pack is normally loaded; if not (a paused site,
        // the background still waking up), the preview shows no verdict until it arrives.
        const found = this.source.lint(text, audience);
        if (!found) this.awaitLint();
        return found;
      },
      onInsert: (tpl, text, values) => void this.insert(tpl, text, values),
      onClose: () => this.close(true),
    };
    render(h(QuickInsert, this.props), this.mount);
  }

  private awaiting = false;

  /** Redraws the open picker once its preview can be linted. */
  private awaitLint(): void {
    if (this.awaiting) return;
    this.awaiting = true;
    this.source.lintReady().then(
      (ok) => {
        this.awaiting = false;
        if (!ok || !this.props) return;
        const { viewport: _v, lint: _l, onInsert: _i, onClose: _c, ...rest } = this.props;
        this.draw(rest);
      },
      () => {
        this.awaiting = false;
      },
    );
  }

  private async insert(tpl: Template, text: string, values: Values): Promise<void> {
    const field = this.field;
    const range = this.range;
    if (!field || !range || !field.isConnected) {
      this.close(false);
      return;
    }
    const len = fieldText(field).length;
    const start = Math.min(range.start, len);
    const end = Math.min(Math.max(range.end, start), len);
    const ok = await replaceRange(field, start, end, text);
    if (ok) {
      this.source.inserted(tpl, values, field);
      this.field = null;
      this.range = null;
      this.unmount();
    } else if (this.props) {
      // The field is left as it was; say so in the picker.
      const { viewport: _v, lint: _l, onInsert: _i, onClose: _c, ...rest } = this.props;
      this.draw({ ...rest, error: t(rest.lang, 'qiFailed') });
    }
  }

  private unmount(): void {
    this.doc.removeEventListener('pointerdown', this.onOutside, true);
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.props = null;
  }

  /** Closes the picker; the text stays as it was. `restoreFocus`: back to the field, caret where it was. */
  close(restoreFocus: boolean): void {
    if (!this.host) return;
    const field = this.field;
    const range = this.range;
    this.unmount();
    this.field = null;
    this.range = null;
    if (restoreFocus && field && range) focusAt(field, this.trigger ? { start: range.end, end: range.end } : range);
  }
}
