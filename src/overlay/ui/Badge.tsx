// The badge inside a field's corner: the number of problems (colour and icon of the worst), the
// SMS segment count and, inside quiet hours, a moon; a checked message with nothing wrong shows a
// green 合规 mark; when the text does not say who it is for, it asks (收信人?). An internal note has
// no SMS count, just "备注" (it is nobody's message). Where the text leaves no room it is a compact
// mark (icon and count). Public test contract: data-cg-badge, data-count, data-max-severity.

import type { Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import { MoonIcon, SeverityIcon } from '../../ui/icons';
import type { BadgeSizes } from '../badge-place';
import { maxSeverity } from './severity';
import type { FieldView } from './types';

export interface BadgeProps {
  view: FieldView;
  lang: Lang;
  open: boolean;
  onOpen: (focus: boolean) => void;
}

/** The text does not say who it is for and the agent has not said either: the badge asks. */
export const asksRecipient = (v: Pick<FieldView, 'audienceMode' | 'detected'>) => v.audienceMode === 'auto' && v.detected === 'unsure';

/** Rough width of a label at the badge's 12px: CJK characters are square, digits and Latin about half. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! > 0x2e80 ? 12 : 7;
  return w;
}

const ICON = 14;
const GAP = 4;
const PAD = 16;

/** The badge's full and compact sizes for a view, so the controller can keep it off the text. */
export function badgeSizes(v: Pick<FieldView, 'findings' | 'segments' | 'quiet' | 'compliant' | 'audienceMode' | 'detected'>, lang: Lang): BadgeSizes {
  const count = v.findings.length;
  let w = PAD + textWidth(t(lang, 'segments', { n: v.segments }));
  if (count > 0 && !v.compliant) w += ICON + GAP + textWidth(String(count)) + 2 * GAP + 4;
  else if (v.compliant) w += ICON + GAP + textWidth(t(lang, 'compliant')) + 2 * GAP + 4;
  if (v.quiet) w += GAP + ICON;
  if (asksRecipient(v)) w += GAP + textWidth(t(lang, 'badgeAsk')) + 8;
  const compactW = 8 + 12 + (count > 0 && !v.compliant ? 2 + textWidth(String(count)) : 0);
  return { full: { w: Math.ceil(w), h: 22 }, compact: { w: Math.max(18, compactW), h: 18 } };
}

export function Badge({ view, lang, open, onOpen }: BadgeProps) {
  const p = view.badge;
  if (!p) return null;
  const count = view.findings.length;
  const sev = maxSeverity(view.findings);
  const note = view.purpose === 'note';
  const ask = !note && asksRecipient(view);
  const label = [
    view.compliant && !note
      ? t(lang, 'badgeLabelCompliant', { segments: view.segments })
      : count > 0
        ? t(lang, 'badgeLabel', { count, segments: view.segments })
        : note
          ? t(lang, 'noteBadgeLabel')
          : t(lang, 'badgeLabelClean', { segments: view.segments }),
    ask ? t(lang, 'badgeAskLabel') : '',
  ].join('');
  const compact = p.mode === 'compact';
  return (
    <button
      type="button"
      class={`badge ${p.mode} sev-${view.compliant ? 'ok' : sev}${ask ? ' ask' : ''}`}
      style={{ left: `${p.x}px`, top: `${p.y}px`, height: `${p.h}px`, minWidth: `${p.w}px`, maxWidth: `${p.w}px` }}
      data-cg-badge=""
      data-field-id={String(view.id)}
      data-count={String(count)}
      data-max-severity={sev}
      data-segments={String(view.segments)}
      data-quiet={view.quiet ? 'true' : 'false'}
      data-purpose={view.purpose}
      data-compliant={view.compliant ? 'true' : 'false'}
      data-audience={ask ? 'unsure' : view.audience}
      data-mode={p.mode}
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={open ? 'true' : 'false'}
      title={label}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => onOpen(e.detail === 0)}
    >
      {view.compliant ? (
        <>
          <SeverityIcon severity="none" />
          {compact ? null : <span class="ok" data-cg-compliant="">{t(lang, 'compliant')}</span>}
        </>
      ) : count > 0 ? (
        <>
          <SeverityIcon severity={sev} />
          <span class="count">{count}</span>
        </>
      ) : compact && ask ? (
        <span class="q">?</span>
      ) : null}
      {compact ? null : (
        <>
          {view.compliant || count > 0 ? (
            <span class="sep" aria-hidden="true">
              ·
            </span>
          ) : null}
          <span class="seg">{note ? t(lang, 'purposeNote') : t(lang, 'segments', { n: view.segments })}</span>
          {view.quiet ? (
            <span class="quiet" title={t(lang, 'quietHours')}>
              <MoonIcon />
            </span>
          ) : null}
          {ask ? (
            <span class="ask-chip" data-cg-ask-recipient="">
              {t(lang, 'badgeAsk')}
            </span>
          ) : null}
        </>
      )}
    </button>
  );
}
