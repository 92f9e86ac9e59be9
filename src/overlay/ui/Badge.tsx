// The badge at a field's corner: the number of findings (colour and icon of the worst), the SMS
// segment count and, inside quiet hours, a moon. A clean message gets a small neutral badge with
// the segment count only; an internal note, no SMS count, just "备注" (it is nobody's message).
// Public test contract: data-cg-badge, data-count, data-max-severity.

import type { Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import { MoonIcon, SeverityIcon } from '../../ui/icons';
import { maxSeverity } from './severity';
import type { FieldView } from './types';

export interface BadgeProps {
  view: FieldView;
  lang: Lang;
  open: boolean;
  onOpen: (focus: boolean) => void;
}

export function Badge({ view, lang, open, onOpen }: BadgeProps) {
  const p = view.badge;
  if (!p) return null;
  const count = view.findings.length;
  const sev = maxSeverity(view.findings);
  const note = view.purpose === 'note';
  const label =
    count > 0
      ? t(lang, 'badgeLabel', { count, segments: view.segments })
      : note
        ? t(lang, 'noteBadgeLabel')
        : t(lang, 'badgeLabelClean', { segments: view.segments });
  return (
    <button
      type="button"
      class={`badge ${p.mode} sev-${sev}`}
      style={{ left: `${p.x}px`, top: `${p.y}px` }}
      data-cg-badge=""
      data-field-id={String(view.id)}
      data-count={String(count)}
      data-max-severity={sev}
      data-segments={String(view.segments)}
      data-quiet={view.quiet ? 'true' : 'false'}
      data-purpose={view.purpose}
      aria-label={label}
      aria-haspopup="dialog"
      aria-expanded={open ? 'true' : 'false'}
      title={label}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => onOpen(e.detail === 0)}
    >
      {count > 0 ? (
        <>
          <SeverityIcon severity={sev} />
          <span class="count">{count}</span>
          <span class="sep" aria-hidden="true">
            ·
          </span>
        </>
      ) : null}
      <span class="seg">{note ? t(lang, 'purposeNote') : t(lang, 'segments', { n: view.segments })}</span>
      {view.quiet ? (
        <span class="quiet" title={t(lang, 'quietHours')}>
          <MoonIcon />
        </span>
      ) : null}
    </button>
  );
}
