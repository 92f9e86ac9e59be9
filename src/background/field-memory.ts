// What the agent chose for a field, remembered so the choice survives a reload: the purpose
// (消息 / 备注) per site and field. Kept by the background: the site is the sender's, never the
// payload's. (The recipient is chosen per message and never stored.) All choices live in one
// storage entry holding the most recent MAX_CHOICES, so no page can make storage grow.

import type { Browser } from 'wxt/browser';
import type { Purpose } from '../overlay/ui/types';
import { senderHost, senderPage, type Handlers, type RuntimeIdentity, type Sender } from './dispatcher';

const MAX_FIELD = 200;
/** Fields remembered at most (the least recently chosen go first). */
export const MAX_CHOICES = 500;
export const PURPOSES_KEY = 'cg.purposes';
const PURPOSES: readonly Purpose[] = ['message', 'note'];

export type FieldMemoryApi = RuntimeIdentity & { storage: { local: Pick<Browser.storage.StorageArea, 'get' | 'set'> } };

/** Where a sender's field is kept in the map: its site and the field's name; null when the sender has no site or the name is unusable. */
function entryOf(api: FieldMemoryApi, sender: Sender, field: unknown): string | null {
  if (typeof field !== 'string' || !field || field.length > MAX_FIELD) return null;
  const host = senderPage(sender, api) && senderHost(sender);
  return host ? `${host}|${field}` : null;
}

async function readAll(api: FieldMemoryApi): Promise<Record<string, Purpose>> {
  const v = (await api.storage.local.get(PURPOSES_KEY))[PURPOSES_KEY];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Purpose>) : {};
}

export function fieldMemoryHandlers(api: FieldMemoryApi): Handlers {
  return {
    'cg:recall-purpose': async (p, sender) => {
      const k = entryOf(api, sender, p.field);
      if (!k) return null;
      const v = (await readAll(api))[k];
      return v && PURPOSES.includes(v) ? v : null;
    },
    'cg:remember-purpose': async (p, sender) => {
      const k = entryOf(api, sender, p.field);
      if (!k || !PURPOSES.includes(p.purpose)) return false;
      const all = await readAll(api);
      delete all[k];
      all[k] = p.purpose; // last in insertion order: the most recent
      const keys = Object.keys(all);
      for (const old of keys.slice(0, Math.max(0, keys.length - MAX_CHOICES))) delete all[old];
      await api.storage.local.set({ [PURPOSES_KEY]: all });
      return true;
    },
  };
}
