// The recipient the agent chose for a field, remembered per page and field (the background keeps
// it; the page is the sender's). The framework asks for it when a field is first checked.

import type { Audience } from '../core/types';
import { request } from '../messaging/client';
import type { OverlayActions } from '../overlay/framework';

/** What names a field across reloads: its id, name, label or placeholder, else its tag. */
export function fieldKey(field: Element): string {
  return field.id || field.getAttribute('name') || field.getAttribute('aria-label') || field.getAttribute('placeholder') || field.tagName.toLowerCase();
}

export const audienceMemory: Pick<OverlayActions, 'recallAudience' | 'rememberAudience'> = {
  recallAudience: (field) => request('cg:recall-audience', { field: fieldKey(field) }).then((a) => a ?? null, () => null),
  rememberAudience(field, audience: Audience) {
    // The background unreachable (the extension reloading): the choice still holds for this page.
    request('cg:remember-audience', { field: fieldKey(field), audience }).catch(() => undefined);
  },
};
