// The panel the badge opens: every finding of the field (rule id, category and severity on each
// row: docs/ARCHITECTURE.md "Contracts"), a fix button where there is a suggestion, the audience
// switch and the field's purpose (message or internal note, `data-cg-purpose`).

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../core/labels';
import type { Audience, Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import { placeFloating, type Rect } from '../geometry';
import { SeverityIcon } from '../../ui/icons';
import type { FieldView, Purpose, ShownFinding } from './types';

export interface PanelProps {
  view: FieldView;
  lang: Lang;
  /** The badge's box or the field's box: the panel opens next to it. */
  anchor: Rect;
  viewport: Rect;
  focus: boolean;
  onClose: (restoreFocus: boolean) => void;
  onFix: (key: string) => void;
  onShow: (key: string) => void;
  onAudience: (a: Audience) => void;
  /** Switches the field between message and note (absent: the purpose is shown, not switchable). */
  onPurpose?: (p: Purpose) => void;
  /** Whether an event comes from the agent rather than a page script (the purpose is stored). */
  trusted?: (e: Event) => boolean;
}

export const canFix = (f: ShownFinding) => !!f.suggestion && f.end > f.start;

export function FindingRow({ f, lang, onFix, onShow }: { f: ShownFinding; lang: Lang; onFix: (key: string) => void; onShow: (key: string) => void }) {
  const spanned = f.end > f.start;
  return (
    <li
      class={`row sev-${f.severity}`}
      data-cg-finding=""
      data-rule-id={f.ruleId}
      data-category={f.category}
      data-severity={f.severity}
      data-start={String(f.start)}
      data-end={String(f.end)}
    >
      <div class="row-hd">
        <SeverityIcon severity={f.severity} />
        <span class="sev">{SEVERITY_LABELS[f.severity][lang]}</span>
        <span>{CATEGORY_LABELS[f.category][lang]}</span>
        {spanned ? (
          <button type="button" class="btn link match" onClick={() => onShow(f.key)} onMouseDown={(e) => e.preventDefault()}>
            「{f.match}」
          </button>
        ) : (
          <span>· {t(lang, 'wholeMessage')}</span>
        )}
      </div>
      <p class="msg">{f.message}</p>
      <SourceLine source={f.source} lang={lang} />
      {f.suggestion ? (
        <div class="sugg">
          <span class="sugg-text">
            {t(lang, 'suggestionLine')}
            <b>{f.suggestion}</b>
          </span>
          {canFix(f) ? (
            <button type="button" class="btn primary" data-cg-fix="" onMouseDown={(e) => e.preventDefault()} onClick={() => onFix(f.key)}>
              {t(lang, 'applyFix')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function useFloating(anchor: Rect, viewport: Rect, width: number, alignRight: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [h, setH] = useState(200);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && Math.abs(el.offsetHeight - h) > 1) setH(el.offsetHeight);
  });
  const pos = placeFloating(anchor, width, h, viewport, { alignRight });
  return { ref, pos };
}

/** Message or note, and the switch between them (trusted clicks only: the choice is remembered). */
function PurposeRow({ view, lang, onPurpose, trusted }: { view: FieldView; lang: Lang; onPurpose?: (p: Purpose) => void; trusted: (e: Event) => boolean }) {
  const option = (p: Purpose, key: 'purposeMessage' | 'purposeNote') => (
    <button
      type="button"
      data-cg-purpose-option={p}
      aria-pressed={view.purpose === p ? 'true' : 'false'}
      disabled={view.purposeFixed || !onPurpose}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        if (trusted(e) && view.purpose !== p) onPurpose?.(p);
      }}
    >
      {t(lang, key)}
    </button>
  );
  return (
    <div class="aud" data-cg-purpose={view.purpose}>
      <span>{t(lang, 'purposeLabel')}</span>
      <span class="seg-ctl" role="group" aria-label={t(lang, 'purposeLabel')}>
        {option('message', 'purposeMessage')}
        {option('note', 'purposeNote')}
      </span>
      {view.purposeFixed ? <span class="auto">{t(lang, 'purposeOrg')}</span> : !view.purposeChosen ? <span class="auto">{t(lang, 'audienceAuto')}</span> : null}
    </div>
  );
}

const isTrusted = (e: Event) => e.isTrusted;

export function Panel({ view, lang, anchor, viewport, focus, onClose, onFix, onShow, onAudience, onPurpose, trusted = isTrusted }: PanelProps) {
  const { ref, pos } = useFloating(anchor, viewport, 360, true);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: true });
  }, [focus]);
  const count = view.findings.length;
  // A note is nobody's SMS: no segment count.
  const summary =
    view.purpose === 'note'
      ? t(lang, count > 0 ? 'summaryNote' : 'chars', { count, n: view.chars, chars: view.chars })
      : count > 0
        ? t(lang, 'summary', { count, chars: view.chars, segments: view.segments })
        : t(lang, 'summaryClean', { chars: view.chars, segments: view.segments });
  const aud = (a: Audience, key: 'audienceDebtor' | 'audienceThirdParty') => (
    <button
      type="button"
      data-cg-audience={a}
      aria-pressed={view.audience === a ? 'true' : 'false'}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onAudience(a)}
    >
      {t(lang, key)}
    </button>
  );
  return (
    <div
      ref={ref}
      class="panel"
      role="dialog"
      aria-label={t(lang, 'panelTitle')}
      tabIndex={-1}
      data-cg-panel=""
      data-field-id={String(view.id)}
      style={{ left: `${pos.x}px`, top: `${pos.y}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose(true);
        }
      }}
    >
      <div class="hd">
        <div class="title">
          {t(lang, 'panelTitle')} <span class="sub">{summary}</span>
        </div>
        <button type="button" class="x" aria-label={t(lang, 'close')} title={t(lang, 'close')} onMouseDown={(e) => e.preventDefault()} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <PurposeRow view={view} lang={lang} onPurpose={onPurpose} trusted={trusted} />
      {view.purpose === 'note' ? (
        <p class="aud note-hint">{t(lang, 'purposeNoteHint')}</p>
      ) : (
        <div class="aud" data-cg-audience-switch="">
          <span>{t(lang, 'audienceLabel')}</span>
          <span class="seg-ctl" role="group" aria-label={t(lang, 'audienceLabel')}>
            {aud('debtor', 'audienceDebtor')}
            {aud('third_party', 'audienceThirdParty')}
          </span>
          {!view.audienceChosen ? <span class="auto">{t(lang, 'audienceAuto')}</span> : null}
          {view.quiet ? <span class="auto">· {t(lang, 'quietHours')}</span> : null}
        </div>
      )}
      {count ? (
        <ul class="list">
          {view.findings.map((f) => (
            <FindingRow key={f.key} f={f} lang={lang} onFix={onFix} onShow={onShow} />
          ))}
        </ul>
      ) : (
        <div class="empty">
          <SeverityIcon severity="none" />
          {t(lang, 'noFindings')}
        </div>
      )}
    </div>
  );
}

export { useFloating };

/** Why it matters: the rule's basis, one line (the card and the panel rows). */
export function SourceLine({ source, lang }: { source?: string | undefined; lang: Lang }) {
  return source ? (
    <p class="src" title={source}>
      {t(lang, 'whyLine', { source })}
    </p>
  ) : null;
}
