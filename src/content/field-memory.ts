// What the agent chose for a field — its recipient (per page and field) and its purpose (per site
// and field) — kept by the background, which takes the page from the sender. The framework asks
// for a field's choices when it first checks the field.

import type { Audience } from '../core/types';
import { request } from '../messaging/client';
import type { OverlayActions, PurposeSource } from '../overlay/framework';

/** What names a field across reloads: its id, name, label or placeholder, else its tag. */
export function fieldKey(field: Element): string {
  return field.id || field.getAttribute('name') || field.getAttribute('aria-label') || field.getAttribute('placeholder') || field.tagName.toLowerCase();
}

// The background unreachable (the extension reloading): nothing remembered, and a choice still
// holds for this page.
export const audienceMemory: Pick<OverlayActions, 'recallAudience' | 'rememberAudience'> = {
  recallAudience: (field) => request('cg:recall-audience', { field: fieldKey(field) }).then((a) => a ?? null, () => null),
  rememberAudience(field, audience: Audience) {
    request('cg:remember-audience', { field: fieldKey(field), audience }).catch(() => undefined);
  },
};

export const purposeMemory: Pick<PurposeSource, 'recall' | 'remember'> = {
  recall: (field) => request('cg:recall-purpose', { field: fieldKey(field) }).then((p) => p ?? null, () => null),
  remember(field, purpose) {
    request('cg:remember-purpose', { field: fieldKey(field), purpose }).catch(() => undefined);
  },
};
