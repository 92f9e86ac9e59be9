// Page side of pack distribution: asks the background for a rule pack once per document and
// registers it with the engine. Until it arrives, nothing is linted (the agent sees no flicker:
// findings appear with the first lint, a few milliseconds after the first focus).

import { browser } from 'wxt/browser';
import { PACKS, registerPack } from '../core/engine';
import type { RulePack } from '../core/types';
import type { GetPack } from '../messaging/protocol';

const loading = new Map<string, Promise<boolean>>();

/** Resolves true once `id` is registered with the engine; false if the background has no such pack. */
export function ensurePack(id: string): Promise<boolean> {
  if (PACKS[id]) return Promise.resolve(true);
  let p = loading.get(id);
  if (!p) {
    const request: GetPack = { type: 'cg:get-pack', id };
    p = (browser.runtime.sendMessage(request) as Promise<RulePack | null>).then(
      (pack) => {
        if (!pack) return false;
        registerPack(pack);
        return true;
      },
      (error: unknown) => {
        // A background that is not up yet (extension just reloaded): let the next call retry.
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, p);
  }
  return p;
}

export function packReady(id: string): boolean {
  return Boolean(PACKS[id]);
}
