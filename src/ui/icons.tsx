// Small inline SVG icons, so severity is never told by colour alone (no icon font, no image URL).

import type { Severity } from '../core/types';

export function SeverityIcon({ severity }: { severity: Severity | 'none' }) {
  const common = { class: 'icon', viewBox: '0 0 16 16', 'aria-hidden': 'true' as const, focusable: 'false' as const };
  if (severity === 'error')
    return (
      <svg {...common} data-icon="error">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4v5" class="mk-s" stroke-width="2" stroke-linecap="round" />
        <circle cx="8" cy="11.8" r="1.1" class="mk-f" />
      </svg>
    );
  if (severity === 'warning')
    return (
      <svg {...common} data-icon="warning">
        <path d="M8 1.2 15.2 14H.8z" fill="currentColor" stroke="currentColor" stroke-linejoin="round" />
        <path d="M8 5.5v4" class="mk-s" stroke-width="1.8" stroke-linecap="round" />
        <circle cx="8" cy="11.9" r="1" class="mk-f" />
      </svg>
    );
  if (severity === 'info')
    return (
      <svg {...common} data-icon="info">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <circle cx="8" cy="4.6" r="1.1" class="mk-f" />
        <path d="M8 7.2v4.6" class="mk-s" stroke-width="2" stroke-linecap="round" />
      </svg>
    );
  return (
    <svg {...common} data-icon="ok">
      <path d="M3 8.5 6.5 12 13 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

export function MoonIcon() {
  return (
    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-icon="quiet">
      <path d="M10.5 1.5a6.5 6.5 0 1 0 4 11.3A5.5 5.5 0 0 1 10.5 1.5z" fill="currentColor" />
    </svg>
  );
}
