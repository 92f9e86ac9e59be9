// Storage that earlier versions wrote and nothing reads any more. The recipient was remembered per
// page and field (`cg.audience|<origin + path>|<field>`): any page could make those keys grow, with
// no cap and no expiry, until the storage quota was full and a settings save failed. The recipient
// is now chosen per message and kept in the page, so these keys are removed when the extension is
// installed or updated.

import type { Browser } from 'wxt/browser';

export const LEGACY_AUDIENCE_PREFIX = 'cg.audience|';

type Area = Pick<Browser.storage.StorageArea, 'get' | 'remove'>;

/** Removes every per-field recipient an earlier version stored; resolves how many there were. */
export async function dropAudienceMemory(local: Area): Promise<number> {
  try {
    const old = Object.keys(await local.get(null)).filter((k) => k.startsWith(LEGACY_AUDIENCE_PREFIX));
    if (old.length) await local.remove(old);
    return old.length;
  } catch {
    return 0;
  }
}
