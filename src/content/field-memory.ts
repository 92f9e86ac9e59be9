// What the agent chose for a field — its purpose (消息 / 备注, per site and field) — kept by the
// background, which takes the site from the sender. The framework asks for a field's purpose when
// it first checks the field. (The recipient is chosen per message and stays in the page.)

import { request } from '../messaging/client';
import type { PurposeSource } from '../overlay/framework';

/** What names a field across reloads: its id, name, label or placeholder, else its tag. */
export function fieldKey(field: Element): string {
  return field.id || field.getAttribute('name') || field.getAttribute('aria-label') || field.getAttribute('placeholder') || field.tagName.toLowerCase();
}

// The background unreachable (the extension reloading): nothing remembered, and a choice still
// holds for this page.
export const purposeMemory: Pick<PurposeSource, 'recall' | 'remember'> = {
  recall: (field) => request('cg:recall-purpose', { field: fieldKey(field) }).then((p) => p ?? null, () => null),
  remember(field, purpose) {
    request('cg:remember-purpose', { field: fieldKey(field), purpose }).catch(() => undefined);
  },
};
