// The dialog a stopped send shows, in CollectGuard's shadow UI: the errors (each jumps to its span
// in the field), "返回修改" — the default, on Enter and Esc — and, in confirm mode, "仍然发送"
// (after a short reason when the policy asks for one). Block mode offers no way past.
// Test contract: [data-cg-send-guard][data-mode], [data-cg-guard-back], [data-cg-guard-send],
// [data-cg-guard-reason]. It is drawn in the overlay's shadow root, which lets only a person's
// events through (trust.ts): a page's script cannot press "仍然发送" for the agent.

import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../core/labels';
import type { Lang } from '../../core/types';
import { REASON_CATEGORIES, type ReasonCategory } from '../../stats/events';
import { t } from '../../ui/i18n/index';
import './panel-text';
import { SeverityIcon } from '../../ui/icons';
import type { ShownFinding } from './types';

export interface GuardItem {
  /** Which of the stopped fields the error is in (0-based). */
  field: number;
  finding: ShownFinding;
}

export interface GuardDialogProps {
  mode: 'confirm' | 'block';
  lang: Lang;
  items: GuardItem[];
  /** How many fields the send covers (the list names the field when more than one). */
  fields: number;
  requireReason: boolean;
  onBack: () => void;
  /** Send anyway; `reason` when one was required. */
  onSend: (reason?: ReasonCategory) => void;
  onJump: (item: GuardItem) => void;
}

/** The reason category of what the agent typed or picked: one of the suggestions, or "other". */
export function reasonCategory(text: string): ReasonCategory {
  const s = text.trim();
  return REASON_CATEGORIES.find((r) => (['zh', 'en'] as const).some((l) => t(l, `reason_${r}`) === s)) ?? 'other';
}

export const REASON_MIN_CHARS = 2;

export function GuardDialog(props: GuardDialogProps) {
  const { mode, lang, items, requireReason } = props;
  const back = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  /** One outcome per dialog: a double click must not send twice. */
  const done = useRef(false);
  const askReason = mode === 'confirm' && requireReason;
  const canSend = !askReason || [...reason.trim()].length >= REASON_MIN_CHARS;

  useEffect(() => {
    back.current?.focus({ preventScroll: true });
  }, []);

  const once = (fn: () => void) => (e: Event) => {
    if (done.current) return;
    e.preventDefault();
    done.current = true;
    fn();
  };
  const goBack = once(props.onBack);
  const send = once(() => props.onSend(askReason ? reasonCategory(reason) : undefined));
  const jump = (it: GuardItem) => once(() => props.onJump(it));

  const onKeyDown = (e: KeyboardEvent) => {
    // A held key repeating must not answer the dialog the moment it opens.
    if (e.repeat) return;
    const target = e.target as HTMLElement;
    // Enter and Esc go back, from anywhere in the dialog (the reason box too); Enter on a focused
    // "仍然发送" or error row activates that button instead.
    if (e.key === 'Escape' || (e.key === 'Enter' && !e.isComposing && !target.matches('[data-cg-guard-send], [data-cg-guard-jump]'))) {
      goBack(e);
      return;
    }
    if (e.key === 'Tab') {
      // Focus stays in the dialog while it is open.
      const stops = [...(box.current?.querySelectorAll<HTMLElement>('button:not([disabled]), input') ?? [])];
      if (!stops.length) return;
      const i = stops.indexOf(e.target as HTMLElement);
      const next = stops[(i + (e.shiftKey ? -1 : 1) + stops.length) % stops.length]!;
      e.preventDefault();
      next.focus();
    }
  };

  const titleId = 'cg-guard-title';
  return (
    <div class="guard-backdrop" data-cg-guard-backdrop="">
      <div
        ref={box}
        class="guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby="cg-guard-intro"
        data-cg-send-guard=""
        data-mode={mode}
        onKeyDown={onKeyDown}
      >
        <div class="guard-hd">
          <SeverityIcon severity="error" />
          <h2 id={titleId}>{t(lang, 'guardTitle', { count: items.length })}</h2>
        </div>
        <p id="cg-guard-intro" class="guard-intro">
          {t(lang, mode === 'block' ? 'guardBlockIntro' : 'guardConfirmIntro')}
        </p>
        <ul class="guard-list">
          {items.map((it) => {
            const f = it.finding;
            const spanned = f.end > f.start;
            return (
              <li key={`${it.field}:${f.key}`} class="sev-error" data-rule-id={f.ruleId} data-category={f.category} data-severity={f.severity}>
                <button
                  type="button"
                  class="guard-item"
                  data-cg-guard-jump=""
                  title={spanned ? t(lang, 'guardJump', { match: f.match }) : undefined}
                  onClick={jump(it)}
                >
                  <span class="guard-cat">
                    {props.fields > 1 ? `${t(lang, 'guardFieldN', { n: it.field + 1 })} · ` : ''}
                    {CATEGORY_LABELS[f.category][lang]}
                    {spanned ? <b>「{f.match}」</b> : <span> · {t(lang, 'wholeMessage')}</span>}
                  </span>
                  <span class="guard-msg">{f.message}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {askReason ? (
          <div class="guard-reason">
            <label for="cg-guard-reason">{t(lang, 'guardReasonLabel')}</label>
            <input
              id="cg-guard-reason"
              type="text"
              list="cg-guard-reasons"
              maxLength={60}
              autocomplete="off"
              data-cg-guard-reason=""
              placeholder={t(lang, 'guardReasonPlaceholder')}
              aria-required="true"
              value={reason}
              onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)}
            />
            <datalist id="cg-guard-reasons">
              {REASON_CATEGORIES.map((r) => (
                <option key={r} value={t(lang, `reason_${r}`)} />
              ))}
            </datalist>
            <p class="guard-hint">{t(lang, 'guardReasonHint')}</p>
          </div>
        ) : null}
        <div class="guard-acts">
          <span class="guard-hint">{t(lang, 'guardKeysHint')}</span>
          {mode === 'confirm' ? (
            <button type="button" class="btn danger" data-cg-guard-send="" disabled={!canSend} onClick={send}>
              {t(lang, 'guardSend')}
            </button>
          ) : null}
          <button ref={back} type="button" class="btn primary" data-cg-guard-back="" onClick={goBack}>
            {t(lang, 'guardBack')}
          </button>
        </div>
      </div>
    </div>
  );
}
