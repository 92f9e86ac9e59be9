// The in-page template picker (src/overlay/quick-insert): opens at the caret when the agent types
// `//` (or 、、, what `/` gives in Chinese IMEs) in a message field, or on the shortcut the
// background turns into cg:quick-insert. Templates and remembered values come from the background;
// the preview is linted with the frame's settings; an inserted template sets the message's
// recipient. "Types" means a person's keystroke: the `//` must arrive in a trusted input event
// that follows a trusted keydown in the same field, or in the compositionend of an IME composition
// whose input events were trusted, so a page's script that writes `//` (a synthetic input event,
// or execCommand, whose input event the browser marks trusted) cannot open the picker and read the
// templates and remembered values in it.

import type { QuickInsertModule } from '../../../entrypoints/quick-insert';
import { request } from '../../messaging/client';
import { fieldText, selectionOffsets } from '../../overlay/edit';
import { deepActiveElement, fieldFromEvent, fieldFromTarget, type Field } from '../../overlay/fields';
import type { OpenOptions, PickerSource, QuickInsertHost } from '../../overlay/quick-insert/picker';
import { uiLang } from '../../ui/i18n/index';
import type { Feature } from '../feature';
import { loadPicker } from '../lazy';

/**
 * The picker as the feature sees it, its code loaded on the first opening. Until then it is
 * closed and contains nothing; an opening that a later one or a close overtook while the code
 * loaded does not happen.
 */
export class LazyPicker {
  private host: QuickInsertHost | null = null;
  private pending = 0;

  constructor(
    private readonly doc: Document,
    private readonly source: PickerSource,
    private readonly load: () => Promise<QuickInsertModule> = loadPicker,
  ) {}

  get isOpen(): boolean {
    return !!this.host?.isOpen;
  }

  contains(e: Event): boolean {
    return !!this.host?.contains(e);
  }

  async open(field: Field, opts?: OpenOptions): Promise<void> {
    if (this.host) return this.host.open(field, opts);
    const ticket = ++this.pending;
    const mod = await this.load();
    if (ticket !== this.pending) return;
    this.host ??= new mod.QuickInsertHost(this.doc, this.source);
    return this.host.open(field, opts);
  }

  close(restoreFocus: boolean): void {
    this.pending++;
    this.host?.close(restoreFocus);
  }
}

/** The typed triggers that open the picker: `//`, and `、、` (what `/` gives in Chinese IMEs). */
export const TRIGGERS = ['//', '、、'];

/** Where a typed trigger ends at `caret` in `text`, or null. Not after ':' or '/' (URLs: http://). */
export function triggerAt(text: string, caret: number): { start: number; end: number } | null {
  for (const tr of TRIGGERS) {
    const start = caret - tr.length;
    if (start < 0 || text.slice(start, caret) !== tr) continue;
    const before = text[start - 1];
    if (before === ':' || before === '/' || before === '：' || before === '、') continue;
    return { start, end: caret };
  }
  return null;
}

export const quickInsert: Feature = {
  name: 'quick-insert',
  init(signal, { doc, settings, inbox, lint, recipients }) {
    const picker = new LazyPicker(doc, {
      data: () => request('cg:quick-insert-data'),
      lang: () => uiLang(settings.current.language),
      lint: (text, audience) => lint.lint(text, audience),
      lintReady: () => lint.lintReady(),
      inserted(tpl, values, field) {
        recipients.set(field, tpl.audience);
        request('cg:remember-template', { id: tpl.id, scenario: tpl.scenario, values }).catch(() => undefined);
      },
    });
    signal.addEventListener('abort', () => picker.close(false));

    // `//` typed at the caret opens the picker (not while an IME is composing, not on paused sites).
    const checkTrigger = (e: Event, data: string | null) => {
      if (picker.contains(e) || picker.isOpen) return;
      if (data && !/[/、]$/.test(data)) return;
      if (!settings.current.active) return;
      const f = fieldFromEvent(e);
      if (!f) return;
      const sel = selectionOffsets(f);
      if (!sel || sel.start !== sel.end) return;
      const trigger = triggerAt(fieldText(f), sel.end);
      if (trigger) void picker.open(f, { trigger });
    };
    // The field a person just pressed a key in: its next input event is theirs.
    let keyed: EventTarget | null = null;
    // The field whose last input was a person's IME composition (a script cannot make a trusted
    // composing input; Chrome marks the compositionend that follows untrusted all the same).
    let composed: EventTarget | null = null;
    doc.addEventListener(
      'keydown',
      (e: Event) => {
        keyed = e.isTrusted ? fieldFromEvent(e) : null;
      },
      { capture: true, signal },
    );
    doc.addEventListener(
      'input',
      (e: Event) => {
        const ie = e as InputEvent;
        const field = fieldFromEvent(e);
        const byKey = e.isTrusted && keyed !== null && keyed === field;
        keyed = null;
        composed = e.isTrusted && ie.isComposing ? field : null;
        if (!byKey || ie.isComposing) return;
        if (ie.inputType && ie.inputType !== 'insertText' && ie.inputType !== 'insertCompositionText') return;
        checkTrigger(e, ie.data);
      },
      { capture: true, signal },
    );
    // A Chinese IME commits 、 (its `/`) at compositionend, after the last input event.
    doc.addEventListener(
      'compositionend',
      (e: Event) => {
        const byIme = composed !== null && composed === fieldFromEvent(e);
        composed = null;
        if (byIme) checkTrigger(e, (e as CompositionEvent).data);
      },
      { capture: true, signal },
    );

    inbox.on(
      'cg:quick-insert',
      () => {
        // Only the frame where the agent is typing opens the picker.
        if (!doc.hasFocus()) return undefined;
        const f = fieldFromTarget(deepActiveElement(doc));
        if (!f) return undefined;
        void picker.open(f);
        return true;
      },
      signal,
    );
  },
};
