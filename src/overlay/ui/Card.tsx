// The card for one finding: what is wrong, why (the rule's source), what to write instead with
// the primary "apply" button, then "ignore once" and "always allow this phrase" (for an error,
// after a confirmation: it silences the words on every site). Enter applies while the focus is in
// the card (the hint says so only then), Escape closes, Alt+J moves to the next finding.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import './panel-text';
import type { Rect } from '../geometry';
import { SeverityIcon } from '../../ui/icons';
import { canFix, SourceLine, useFloating } from './Panel';
import { severityLabel } from './severity';
import type { ShownFinding } from './types';
import { categoryNames, otherReasons } from './problem-text';

export interface CardProps {
  finding: ShownFinding;
  lang: Lang;
  anchor: Rect;
  viewport: Rect;
  focus: boolean;
  onFix: () => void;
  onIgnore: () => void;
  /** "Always allow this phrase"; absent when it is not offered (the allowlist is locked, or the words are a threat, an insult or impersonation). */
  onAllow?: () => void;
  onClose: (restoreFocus: boolean) => void;
  onNext: (direction: 1 | -1) => void;
  onHover?: (inside: boolean) => void;
}

export function Card({ finding: f, lang, anchor, viewport, focus, onFix, onIgnore, onAllow, onClose, onNext, onHover }: CardProps) {
  const { ref, pos } = useFloating(anchor, viewport, 320, false);
  const primary = useRef<HTMLButtonElement>(null);
  const fixable = canFix(f);
  useEffect(() => {
    if (!focus) return;
    (primary.current ?? ref.current)?.focus({ preventScroll: true });
  }, [focus, f.key]);
  const titleId = `cg-card-title-${f.key.replace(/[^a-z0-9_-]/gi, '_')}`;
  const stop = (e: Event) => e.preventDefault();
  // Enter reaches the card only while the focus is in it (opened from the keyboard, or tabbed into).
  const [focusIn, setFocusIn] = useState(focus);
  const [confirming, setConfirming] = useState(false);
  const phrase = f.phrase ?? f.match;
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // Asked from the keyboard: the focus goes to the answer (the button that asked is gone).
    if (confirming && focusIn) confirmRef.current?.focus({ preventScroll: true });
  }, [confirming]);
  const allow = () => {
    if (f.severity === 'error' && !confirming) setConfirming(true);
    else onAllow?.();
  };
  return (
    <div
      ref={ref}
      class={`card sev-${f.severity}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-cg-card=""
      data-rule-id={f.ruleId}
      data-category={f.category}
      data-severity={f.severity}
      data-start={String(f.start)}
      data-end={String(f.end)}
      style={{ left: `${pos.x}px`, top: `${pos.y}px` }}
      onMouseEnter={() => onHover?.(true)}
      onMouseLeave={() => onHover?.(false)}
      onFocusIn={() => setFocusIn(true)}
      onFocusOut={(e) => setFocusIn(!!e.relatedTarget && (e.currentTarget as HTMLElement).contains(e.relatedTarget as Node))}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose(true);
        } else if (e.key === 'Enter' && !e.isComposing) {
          // Enter on a secondary button activates that button; anywhere else it applies the fix.
          const target = e.target as HTMLElement;
          if (target.tagName === 'BUTTON' && target !== primary.current) return;
          e.preventDefault();
          e.stopPropagation();
          if (fixable) onFix();
        } else if (e.altKey && (e.code === 'KeyJ' || e.key.toLowerCase() === 'j')) {
          e.preventDefault();
          e.stopPropagation();
          onNext(e.shiftKey ? -1 : 1);
        }
      }}
    >
      <div class="hd">
        <SeverityIcon severity={f.severity} />
        <span class="sev">{severityLabel(f.severity, lang)}</span>
        <span class="sub">{categoryNames(f, lang)}</span>
        <span style={{ flex: '1' }} />
        <button type="button" class="x" aria-label={t(lang, 'close')} title={t(lang, 'close')} onMouseDown={stop} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <p class="what" id={titleId}>
        {f.message}
      </p>
      {otherReasons(f).map((x) => (
          <p class="also" key={x.ruleId}>
            {x.message}
          </p>
        ))}
      <SourceLine source={f.source} lang={lang} />
      {f.suggestion ? (
        <div class="sugg-box">
          <div class="sugg-col">
            <div class="lbl">{t(lang, 'suggestion')}</div>
            <div class="val">{f.suggestion}</div>
            {f.suggestionGloss ? <div class="gloss">{f.suggestionGloss}</div> : null}
          </div>
          {fixable ? (
            <button ref={primary} type="button" class="btn primary" data-cg-fix="" onMouseDown={stop} onClick={onFix}>
              {t(lang, 'applyFix')}
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming ? (
        <div class="confirm" role="group" data-cg-allow-confirm-box="">
          <p>{t(lang, 'allowConfirm', { match: phrase })}</p>
          <div class="acts">
            <button ref={confirmRef} type="button" class="btn danger" data-cg-allow-confirm="" onMouseDown={stop} onClick={allow}>
              {t(lang, 'allowConfirmYes')}
            </button>
            <button type="button" class="btn link" data-cg-allow-cancel="" onMouseDown={stop} onClick={() => setConfirming(false)}>
              {t(lang, 'allowCancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="acts">
          <button type="button" class="btn link" data-cg-ignore="" onMouseDown={stop} onClick={onIgnore}>
            {t(lang, 'ignoreOnce')}
          </button>
          {f.end > f.start && onAllow ? (
            <button type="button" class="btn link" data-cg-allow="" onMouseDown={stop} onClick={allow}>
              {t(lang, 'alwaysAllow')}
            </button>
          ) : null}
          <span class="hint">{t(lang, fixable && focusIn ? 'cardHint' : 'cardHintNoFix')}</span>
        </div>
      )}
    </div>
  );
}
