// The recipient the agent chose for a field (本人 / 第三方), remembered per page and field so the
// choice survives a reload. Kept by the background: the page is the sender's, never the payload's.

import type { Browser } from 'wxt/browser';
import type { Audience } from '../core/types';
import { senderPage, type Handlers, type RuntimeIdentity, type Sender } from './dispatcher';

const MAX_FIELD = 200;

export type AudienceApi = RuntimeIdentity & { storage: { local: Pick<Browser.storage.StorageArea, 'get' | 'set'> } };

/** Storage key of the audience chosen for one field: `page` is origin + path, `field` the field's id, name or label. */
export function audienceKey(page: string, field: string): string {
  return `cg.audience|${page}|${field}`;
}

export function audienceHandlers(api: AudienceApi): Handlers {
  const keyOf = (sender: Sender, field: unknown): string | null => {
    const page = senderPage(sender, api);
    return page && typeof field === 'string' && field && field.length <= MAX_FIELD ? audienceKey(page, field) : null;
  };
  return {
    'cg:recall-audience': async (p, sender) => {
      const key = keyOf(sender, p.field);
      if (!key) return null;
      const v = (await api.storage.local.get(key))[key];
      return v === 'debtor' || v === 'third_party' ? (v as Audience) : null;
    },
    'cg:remember-audience': async (p, sender) => {
      const key = keyOf(sender, p.field);
      if (!key || (p.audience !== 'debtor' && p.audience !== 'third_party')) return false;
      await api.storage.local.set({ [key]: p.audience });
      return true;
    },
  };
}
