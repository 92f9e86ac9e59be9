// What the agent chose for a field, remembered so the choice survives a reload: the purpose
// (消息 / 备注) per site and field. Kept by the background: the site is the sender's, never the
// payload's. (The recipient is chosen per message and never stored.)

import type { Browser } from 'wxt/browser';
import type { Purpose } from '../overlay/ui/types';
import { senderHost, senderPage, type Handlers, type RuntimeIdentity, type Sender } from './dispatcher';

const MAX_FIELD = 200;

export type FieldMemoryApi = RuntimeIdentity & { storage: { local: Pick<Browser.storage.StorageArea, 'get' | 'set'> } };

/** Storage key of the purpose chosen for one field of a site (`host`). */
export function purposeKey(host: string, field: string): string {
  return `cg.purpose|${host}|${field}`;
}

/** One remembered choice: where it is kept for a sender and field (null: nowhere), and its valid values. */
function choice<T extends string>(api: FieldMemoryApi, keyOf: (sender: Sender, field: string) => string | null, valid: readonly T[]) {
  const key = (sender: Sender, field: unknown) => (typeof field === 'string' && field && field.length <= MAX_FIELD ? keyOf(sender, field) : null);
  return {
    async recall(sender: Sender, field: unknown): Promise<T | null> {
      const k = key(sender, field);
      if (!k) return null;
      const v = (await api.storage.local.get(k))[k];
      return valid.includes(v as T) ? (v as T) : null;
    },
    async remember(sender: Sender, field: unknown, value: unknown): Promise<boolean> {
      const k = key(sender, field);
      if (!k || !valid.includes(value as T)) return false;
      await api.storage.local.set({ [k]: value });
      return true;
    },
  };
}

export function fieldMemoryHandlers(api: FieldMemoryApi): Handlers {
  const purpose = choice<Purpose>(api, (sender, field) => {
    const host = senderPage(sender, api) && senderHost(sender);
    return host ? purposeKey(host, field) : null;
  }, ['message', 'note']);
  return {
    'cg:recall-purpose': (p, sender) => purpose.recall(sender, p.field),
    'cg:remember-purpose': (p, sender) => purpose.remember(sender, p.field, p.purpose),
  };
}
