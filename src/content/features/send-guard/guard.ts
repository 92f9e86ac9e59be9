// The send guard of one document: it sees a send before the page does — a click on the send
// control, a form submit, Enter or Ctrl/⌘+Enter where the page sends on that key — through
// capture listeners on the window, and checks the message fields it sends. A message without
// an error goes on untouched, at once: the guard does nothing to its event. One with an error is
// stopped (the event is cancelled before any page handler sees it) and the dialog opens in the
// framework's shadow UI; "仍然发送" replays the same action once — a click on the same control,
// requestSubmit on the same form, the same key on the same field — with a one-shot pass, so the
// console's own send logic runs as it would have, exactly once. The guard never changes the
// field's text.
//
// The feature (index.ts) gives it a few hooks (SendGuardDeps); what counts as a send and whether
// to stop it is decided in decide.ts and controls.ts.

import type { Lang } from '../../../core/types';
import type { SendGuardMode } from '../../../settings/schema';
import { fieldText, focusAt, selectionOffsets } from '../../../overlay/edit';
import { fieldKind, type Field } from '../../../overlay/fields';
import type { FieldCheck } from '../../../overlay/framework';
import type { GuardDialogProps, GuardItem } from '../../../overlay/ui/GuardDialog';
import type { ShownFinding } from '../../../overlay/ui/types';
import { fieldsAround, fieldsIn, fieldsOfControl, formOf, sendControlIn, sendControlNear } from './controls';
import { blocking, keyHints, keyOutcome, keySends, sendKeyOf, verdict, type KeyBehaviour, type SendKey } from './decide';

export interface GuardConfig {
  /** 'off' too while checking is off on the page. */
  mode: SendGuardMode;
  requireReason: boolean;
  /** The administrator's CSS selector for this site's send control (overrides the guess). */
  sendSelector?: string;
  lang: Lang;
}

/** Where the dialog is drawn (the page framework: src/overlay/framework.ts, which also counts what it shows). */
export interface GuardDialogHost {
  readonly guardOpen: boolean;
  openGuard(props: GuardDialogProps): void;
  closeGuard(): void;
}

/** What the guard needs from the page code. */
export interface SendGuardDeps {
  doc: Document;
  config(): GuardConfig;
  /** The fields being checked in this document. */
  fields(): Field[];
  /**
   * A field's purpose and findings right now (a fresh lint, the send time included; a field not
   * checked yet is taken on); null until the rule pack is there.
   */
  check(field: Field): FieldCheck | null;
  /** Resolves once fields can be checked (the rule pack arrived); false when it cannot be had. */
  ready(): Promise<boolean>;
  dialog: GuardDialogHost;
  /** Shows a finding: focus in the field, its span selected, its card open. */
  showFinding(field: Field, finding: ShownFinding): void;
}

type Action =
  | { kind: 'click'; control: HTMLElement }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null }
  | { kind: 'key'; field: Field; key: SendKey; init: KeyboardEventInit };

interface Checked {
  field: Field;
  check: FieldCheck | null;
}

/** How long after a key the field's text tells what the key did (sent, or a new line). */
const KEY_OUTCOME_MS = 80;
/** How long after 仍然发送 the page's own second send event for the same text passes. */
const CONFIRMED_MS = 3000;
/** How long a send whose rule pack is on its way may wait for it before it goes unchecked. */
const READY_TIMEOUT_MS = 3000;

const stop = (e: Event) => {
  e.preventDefault();
  e.stopImmediatePropagation();
};

function keyInit(e: KeyboardEvent): KeyboardEventInit & { keyCode: number; which: number } {
  return {
    key: e.key,
    code: e.code,
    location: e.location,
    keyCode: e.keyCode || 13,
    which: e.which || 13,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
}

/** Text around a field where pages say which key sends ("Enter 发送，Shift+Enter 换行"). */
function hintText(field: Field): string {
  const attrs = ['placeholder', 'aria-placeholder', 'data-placeholder', 'aria-label', 'title'].map((a) => field.getAttribute(a) ?? '');
  const near: string[] = [];
  for (let p = field.parentElement, i = 0; p && i < 3; p = p.parentElement, i++) near.push((p.textContent ?? '').slice(0, 400));
  return [...attrs, ...near].join(' ');
}

export class SendGuard {
  /** Set while the guard replays an action it let through: its own events pass. */
  private passing = false;
  /** The field whose Enter keydown was stopped: its keyup is stopped too. */
  private keyUpOf: Field | null = null;
  /**
   * What the agent just chose to send anyway: a send event the page itself makes for the same text
   * a moment later (validation, then its own submit) passes.
   */
  private confirmed: { texts: Map<Field, string>; until: number } | null = null;
  private readonly learned = new WeakMap<Field, Partial<Record<SendKey, KeyBehaviour>>>();
  /** Where the caret was when a field lost the focus (to a send button). */
  private readonly carets = new WeakMap<Field, { start: number; end: number }>();

  constructor(private readonly deps: SendGuardDeps) {}

  listen(signal: AbortSignal): void {
    const win = this.deps.doc.defaultView ?? window;
    const capture = { capture: true, signal };
    win.addEventListener('click', (e) => this.onClick(e), capture);
    win.addEventListener('submit', (e) => this.onSubmit(e), capture);
    win.addEventListener('keydown', (e) => this.onKeyDown(e as KeyboardEvent), capture);
    win.addEventListener('keyup', (e) => this.onKeyUp(e as KeyboardEvent), capture);
    this.deps.doc.addEventListener('focusout', (e) => this.onFocusOut(e), capture);
    signal.addEventListener('abort', () => this.close());
  }

  get isOpen(): boolean {
    return this.deps.dialog.guardOpen;
  }

  // ---- events -----------------------------------------------------------------------------

  private onClick(e: Event): void {
    if (this.passing || this.isOpen) return;
    const cfg = this.deps.config();
    if (cfg.mode === 'off') return;
    const control = sendControlIn(e.composedPath(), cfg.sendSelector);
    if (!control) return;
    const fields = new Set([...this.deps.fields(), ...fieldsAround(control)]);
    this.intercept(e, { kind: 'click', control }, fieldsOfControl(control, [...fields]));
  }

  private onSubmit(e: Event): void {
    if (this.passing || this.isOpen || this.deps.config().mode === 'off') return;
    const form = e.composedPath()[0];
    if (!(form instanceof HTMLFormElement)) return;
    const submitter = (e as SubmitEvent).submitter instanceof HTMLElement ? (e as SubmitEvent).submitter : null;
    const fields = new Set([...this.deps.fields().filter((f) => formOf(f) === form), ...fieldsIn(form)]);
    this.intercept(e, { kind: 'submit', form, submitter }, [...fields]);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (this.passing || this.isOpen) return;
    const key = sendKeyOf(e);
    if (!key) return;
    const path = e.composedPath();
    const field = this.deps.fields().find((f) => path.includes(f));
    if (!field || this.deps.config().mode === 'off') return;
    const before = fieldText(field);
    const stopped = this.intercept(e, { kind: 'key', field, key, init: keyInit(e) }, [field], () => this.keySends(field, key));
    // Let through: what the page does with the key (clear the field, add a line) is learned.
    if (!stopped) this.learnFrom(field, key, before);
  }

  private onKeyUp(e: KeyboardEvent): void {
    if (this.passing || !this.keyUpOf || e.key !== 'Enter') return;
    if (e.composedPath().includes(this.keyUpOf)) stop(e);
    this.keyUpOf = null;
  }

  private onFocusOut(e: Event): void {
    const path = e.composedPath();
    const field = this.deps.fields().find((f) => path.includes(f));
    if (!field) return;
    const sel = selectionOffsets(field);
    if (sel) this.carets.set(field, sel);
  }

  // ---- deciding ---------------------------------------------------------------------------

  /** Whether the page sends on `key` in `field` (decide.ts keySends, from what the page shows and did). */
  private keySends(field: Field, key: SendKey): boolean {
    return keySends({
      key,
      kind: fieldKind(field) ?? 'textarea',
      inForm: formOf(field) !== null,
      sendControlNear: sendControlNear(field, this.deps.config().sendSelector),
      enterKeyHintSend: field.getAttribute('enterkeyhint')?.toLowerCase() === 'send',
      hints: keyHints(hintText(field)),
      learned: this.learned.get(field)?.[key],
    });
  }

  private learnFrom(field: Field, key: SendKey, before: string): void {
    setTimeout(() => {
      const outcome = keyOutcome(before, fieldText(field));
      if (outcome) this.learned.set(field, { ...this.learned.get(field), [key]: outcome });
    }, KEY_OUTCOME_MS);
  }

  /** The message fields a send covers, checked now; notes and empty fields are not sent messages. */
  private checkAll(fields: readonly Field[]): Checked[] {
    const out: Checked[] = [];
    for (const field of fields) {
      if (!field.isConnected || !fieldText(field).trim()) continue;
      const check = this.deps.check(field);
      if (check?.purpose === 'note') continue;
      out.push({ field, check });
    }
    return out;
  }

  /**
   * Stops `e` when the fields it sends hold an error (or cannot be checked yet) and `isSend`
   * agrees; returns whether it did. A send with nothing to stop is left alone.
   */
  private intercept(e: Event, action: Action, fields: readonly Field[], isSend: () => boolean = () => true): boolean {
    const checked = this.checkAll(fields);
    const pending = checked.some((c) => !c.check);
    const errors = checked.some((c) => c.check && blocking(c.check.findings).length > 0);
    if (!pending && !errors) return false;
    const ok = this.confirmed;
    if (ok && Date.now() < ok.until && checked.every((c) => ok.texts.get(c.field) === fieldText(c.field))) return false;
    if (!isSend()) return false;
    stop(e);
    if (action.kind === 'key') {
      this.keyUpOf = action.field;
      const sel = selectionOffsets(action.field);
      if (sel) this.carets.set(action.field, sel);
    }
    if (pending) void this.whenReady(action, fields);
    else this.stopped(action, checked);
    return true;
  }

  /** A send made before the rule pack arrived: checked once it is there (unchecked after a while, never lost). */
  private async whenReady(action: Action, fields: readonly Field[]): Promise<void> {
    const ready = await Promise.race([this.deps.ready(), new Promise<boolean>((r) => setTimeout(() => r(false), READY_TIMEOUT_MS))]);
    const checked = ready ? this.checkAll(fields) : [];
    if (checked.some((c) => c.check && blocking(c.check.findings).length)) this.stopped(action, checked);
    else this.replay(action);
  }

  // ---- the dialog -------------------------------------------------------------------------

  private stopped(action: Action, checked: Checked[]): void {
    const cfg = this.deps.config();
    const withErrors = checked.filter((c) => c.check && blocking(c.check.findings).length);
    const items: GuardItem[] = withErrors.flatMap((c, i) => blocking(c.check!.findings).map((finding) => ({ field: i, finding })));
    const v = verdict(cfg.mode, items.length);
    if (v === 'send') return this.replay(action);
    this.confirmed = null;
    const first = withErrors[0]!.field;
    this.open({
      mode: v,
      lang: cfg.lang,
      items,
      fields: withErrors.length,
      requireReason: cfg.requireReason,
      onBack: () => {
        this.close();
        focusAt(first, this.carets.get(first) ?? { start: fieldText(first).length, end: fieldText(first).length });
      },
      onSend: () => {
        this.close();
        this.confirmed = { texts: new Map(checked.map((c) => [c.field, fieldText(c.field)])), until: Date.now() + CONFIRMED_MS };
        this.replay(action);
      },
      onJump: (item) => {
        this.close();
        this.deps.showFinding(withErrors[item.field]!.field, item.finding);
      },
    });
  }

  private open(props: GuardDialogProps): void {
    this.deps.dialog.openGuard(props);
  }

  private close(): void {
    this.deps.dialog.closeGuard();
  }

  // ---- sending it after all ---------------------------------------------------------------

  /** Runs the stopped action again, once, past the guard: the page's own send logic does the rest. */
  private replay(action: Action): void {
    this.passing = true;
    try {
      if (action.kind === 'click') {
        if (action.control.isConnected) action.control.click();
      } else if (action.kind === 'submit') {
        if (action.form.isConnected) requestSubmit(action.form, action.submitter);
      } else {
        this.replayKey(action.field, action.key, action.init);
      }
    } finally {
      this.passing = false;
    }
  }

  private replayKey(field: Field, key: SendKey, init: KeyboardEventInit): void {
    if (!field.isConnected) return;
    const sel = this.carets.get(field);
    focusAt(field, sel ?? { start: fieldText(field).length, end: fieldText(field).length });
    const before = fieldText(field);
    const handled = !field.dispatchEvent(new KeyboardEvent('keydown', init));
    if (!handled) {
      // Pages listening to keypress (older consoles) get it only when keydown was not theirs; an
      // input in a form is then submitted, as Enter would have.
      field.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
      const form = formOf(field);
      if (key === 'enter' && fieldKind(field) === 'input' && form) requestSubmit(form, null);
    }
    field.dispatchEvent(new KeyboardEvent('keyup', init));
    this.learnFrom(field, key, before);
  }
}

/** Submits like the agent's action would have: with the same submit button, if it is still one. */
function requestSubmit(form: HTMLFormElement, submitter: HTMLElement | null): void {
  try {
    form.requestSubmit(submitter ?? undefined);
  } catch {
    form.requestSubmit();
  }
}

/** Starts the send guard in a document; it stops when `signal` aborts. */
export function startSendGuard(deps: SendGuardDeps, signal: AbortSignal): SendGuard {
  const guard = new SendGuard(deps);
  guard.listen(signal);
  return guard;
}
