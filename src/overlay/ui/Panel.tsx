// The panel the badge opens: every problem of the field, worst first and then in the order of the
// text (rule id, category and severity on each row: docs/ARCHITECTURE.md "Contracts"), a fix
// button where there is a suggestion, the recipient switch (自动 / 本人 / 第三方), the field's
// purpose (message or internal note, `data-cg-purpose`) and the 合规 mark. It opens below or
// beside the field (geometry.ts placePanel), never over it, and stays there while its list changes.

import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import './panel-text';
import { placeFloating, placePanel, type Rect, type Side } from '../geometry';
import { byConcern } from '../problems';
import { SeverityIcon } from '../../ui/icons';
import { categoryNames, otherReasons } from './problem-text';
import { severityLabel } from './severity';
import type { AudienceMode, FieldView, Purpose, ShownFinding } from './types';

export interface PanelProps {
  view: FieldView;
  lang: Lang;
  viewport: Rect;
  focus: boolean;
  onClose: (restoreFocus: boolean) => void;
  onFix: (key: string) => void;
  onShow: (key: string) => void;
  onAudience: (a: AudienceMode) => void;
  /** Switches the field between message and note (absent: the purpose is shown, not switchable). */
  onPurpose?: (p: Purpose) => void;
}

export const PANEL_WIDTH = 360;
/** The most the panel grows before its list scrolls. */
const PANEL_MAX_H = 480;
/**
 * Below this height the rows above the list (title, purpose, recipient) leave the list no room of
 * its own: the whole panel scrolls instead, so the findings stay reachable (as in a short frame).
 */
export const PANEL_SHORT_H = 280;

export const canFix = (f: ShownFinding) => !!f.suggestion && f.end > f.start;

export function FindingRow({ f, lang, onFix, onShow }: { f: ShownFinding; lang: Lang; onFix: (key: string) => void; onShow: (key: string) => void }) {
  const spanned = f.end > f.start;
  const others = otherReasons(f);
  return (
    <li
      class={`row sev-${f.severity}`}
      data-cg-finding=""
      data-rule-id={f.ruleId}
      data-category={f.category}
      data-severity={f.severity}
      data-start={String(f.start)}
      data-end={String(f.end)}
      data-also={f.also?.length ? f.also.map((x) => x.ruleId).join(' ') : undefined}
    >
      <div class="row-hd">
        <SeverityIcon severity={f.severity} />
        <span class="sev">{severityLabel(f.severity, lang)}</span>
        <span>{categoryNames(f, lang)}</span>
        {spanned ? (
          <button type="button" class="btn link match" onClick={() => onShow(f.key)} onMouseDown={(e) => e.preventDefault()}>
            「{f.phrase ?? f.match}」
          </button>
        ) : (
          <span>· {t(lang, 'wholeMessage')}</span>
        )}
      </div>
      <p class="msg">{f.message}</p>
      {others.map((x) => (
        <p class="msg also" key={x.ruleId}>
          {x.message}
        </p>
      ))}
      <SourceLine source={f.source} lang={lang} />
      {f.suggestion ? (
        <div class="sugg">
          <span class="sugg-text">
            {t(lang, 'suggestionLine')}
            <b>{f.suggestion}</b>
            {f.suggestionGloss ? <span class="gloss"> ({f.suggestionGloss})</span> : null}
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

/** Message or note, and the switch between them (the choice is remembered). */
function PurposeRow({ view, lang, onPurpose }: { view: FieldView; lang: Lang; onPurpose?: (p: Purpose) => void }) {
  const option = (p: Purpose, key: 'purposeMessage' | 'purposeNote') => (
    <button
      type="button"
      data-cg-purpose-option={p}
      aria-pressed={view.purpose === p ? 'true' : 'false'}
      disabled={view.purposeFixed || !onPurpose}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        if (view.purpose !== p) onPurpose?.(p);
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
      {view.purposeFixed ? <span class="auto">{t(lang, 'purposeOrg')}</span> : !view.purposeChosen ? <span class="auto">{t(lang, 'purposeDetected')}</span> : null}
    </div>
  );
}

const AUDIENCE_KEYS: Record<AudienceMode, 'audienceAutoOption' | 'audienceDebtor' | 'audienceThirdParty'> = {
  auto: 'audienceAutoOption',
  debtor: 'audienceDebtor',
  third_party: 'audienceThirdParty',
};

/** The recipient switch: 自动 (follow the text) / 本人 / 第三方, and what 自动 found or that it could not tell. */
function AudienceSwitch({ view, lang, onAudience }: { view: FieldView; lang: Lang; onAudience: (a: AudienceMode) => void }) {
  const unsure = view.audienceMode === 'auto' && view.detected === 'unsure';
  return (
    <div class={`aud${unsure ? ' aud-ask' : ''}`} data-cg-audience-switch="" data-audience={unsure ? 'unsure' : view.audience} data-mode={view.audienceMode}>
      <span>{t(lang, 'audienceLabel')}</span>
      <span class="seg-ctl" role="group" aria-label={t(lang, 'audienceLabel')}>
        {(['auto', 'debtor', 'third_party'] as const).map((a) => (
          <button type="button" key={a} data-cg-audience={a} aria-pressed={view.audienceMode === a ? 'true' : 'false'} onMouseDown={(e) => e.preventDefault()} onClick={() => onAudience(a)}>
            {t(lang, AUDIENCE_KEYS[a])}
          </button>
        ))}
      </span>
      {view.audienceMode === 'auto' ? (
        <span class="auto" data-cg-detected={view.detected}>
          {unsure ? t(lang, 'audienceUnsure') : t(lang, 'audienceDetected', { who: t(lang, AUDIENCE_KEYS[view.audience]) })}
        </span>
      ) : null}
    </div>
  );
}

export function Panel({ view, lang, viewport, focus, onClose, onFix, onShow, onAudience, onPurpose }: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const side = useRef<Side | null>(null);
  const field = view.box ?? { x: viewport.x + viewport.w - PANEL_WIDTH, y: viewport.y, w: 0, h: 0 };
  const pos = placePanel(field, PANEL_WIDTH, PANEL_MAX_H, viewport, { avoid: view.avoid, prev: side.current, ...(view.textBottom !== undefined ? { textBottom: view.textBottom } : {}) });
  side.current = pos.side;
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: true });
  }, [focus]);
  // A panel that scrolls whole (little room) opens on its first problem, under its sticky title;
  // the purpose and recipient rows are a scroll up. Only on opening, so it stays put as it changes.
  useLayoutEffect(() => {
    const el = ref.current;
    const list = el?.querySelector<HTMLElement>('.list');
    const hd = el?.querySelector<HTMLElement>('.hd');
    if (el && list && hd && el.scrollHeight > el.clientHeight + 1) el.scrollTop = list.offsetTop - hd.offsetHeight;
  }, []);
  const count = view.findings.length;
  // A note is nobody's SMS: no segment count.
  const summary =
    view.purpose === 'note'
      ? t(lang, count > 0 ? 'summaryNote' : 'chars', { count, n: view.chars, chars: view.chars })
      : count > 0
        ? t(lang, 'summary', { count, chars: view.chars, segments: view.segments })
        : t(lang, 'summaryClean', { chars: view.chars, segments: view.segments });
  const list = byConcern(view.findings);
  return (
    <div
      ref={ref}
      class={`panel side-${pos.side}${pos.maxH < PANEL_SHORT_H ? ' short' : ''}`}
      role="dialog"
      aria-label={t(lang, 'panelTitle')}
      tabIndex={-1}
      data-cg-panel=""
      data-field-id={String(view.id)}
      data-side={pos.side}
      style={{ left: `${pos.x}px`, top: `${pos.y}px`, maxHeight: `${pos.maxH}px` }}
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
          <div class="title-row">
            {t(lang, 'panelTitle')}
            {view.compliant ? (
              <span class="ok-mark" data-cg-compliant="">
                <SeverityIcon severity="none" />
                {t(lang, 'compliant')}
              </span>
            ) : null}
          </div>
          <div class="sub">{summary}</div>
        </div>
        <button type="button" class="x" aria-label={t(lang, 'close')} title={t(lang, 'close')} onMouseDown={(e) => e.preventDefault()} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <PurposeRow view={view} lang={lang} onPurpose={onPurpose} />
      {view.purpose === 'note' ? <p class="aud note-hint">{t(lang, 'purposeNoteHint')}</p> : <AudienceSwitch view={view} lang={lang} onAudience={onAudience} />}
      {view.quiet ? <div class="aud quiet-note">{t(lang, 'quietHours')}</div> : null}
      {count ? (
        <ul class="list">
          {list.map((f) => (
            <FindingRow key={f.key} f={f} lang={lang} onFix={onFix} onShow={onShow} />
          ))}
        </ul>
      ) : (
        <div class="empty">
          <SeverityIcon severity="none" />
          {t(lang, view.audienceMode === 'auto' && view.detected === 'unsure' ? 'noFindingsUnsure' : 'noFindings')}
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
