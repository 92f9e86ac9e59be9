// The card for one finding: what is wrong, why (the rule's source), what to write instead with
// the primary "apply" button, then "ignore once" and "always allow this phrase". Enter applies,
// Escape closes, Alt+J moves to the next finding.

import { useEffect, useRef } from 'preact/hooks';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../core/labels';
import type { Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import type { Rect } from '../geometry';
import { SeverityIcon } from '../../ui/icons';
import { canFix, SourceLine, useFloating } from './Panel';
import type { ShownFinding } from './types';

export interface CardProps {
  finding: ShownFinding;
  lang: Lang;
  anchor: Rect;
  viewport: Rect;
  focus: boolean;
  onFix: () => void;
  onIgnore: () => void;
  /** "Always allow this phrase"; absent when the organisation locks the allowlist. */
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
        <span class="sev">{SEVERITY_LABELS[f.severity][lang]}</span>
        <span class="sub">{CATEGORY_LABELS[f.category][lang]}</span>
        <span style={{ flex: '1' }} />
        <button type="button" class="x" aria-label={t(lang, 'close')} title={t(lang, 'close')} onMouseDown={stop} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <p class="what" id={titleId}>
        {f.message}
      </p>
      <SourceLine source={f.source} lang={lang} />
      {f.suggestion ? (
        <div class="sugg-box">
          <div class="sugg-col">
            <div class="lbl">{t(lang, 'suggestion')}</div>
            <div class="val">{f.suggestion}</div>
          </div>
          {fixable ? (
            <button ref={primary} type="button" class="btn primary" data-cg-fix="" onMouseDown={stop} onClick={onFix}>
              {t(lang, 'applyFix')}
            </button>
          ) : null}
        </div>
      ) : null}
      <div class="acts">
        <button type="button" class="btn link" data-cg-ignore="" onMouseDown={stop} onClick={onIgnore}>
          {t(lang, 'ignoreOnce')}
        </button>
        {f.end > f.start && onAllow ? (
          <button type="button" class="btn link" data-cg-allow="" onMouseDown={stop} onClick={onAllow}>
            {t(lang, 'alwaysAllow')}
          </button>
        ) : null}
        <span class="hint">{t(lang, fixable ? 'cardHint' : 'cardHintNoFix')}</span>
      </div>
    </div>
  );
}
