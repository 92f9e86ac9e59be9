// The page side of rule-pack delivery (the background side is src/background/pack-server.ts):
// asks the background for a pack once per document and registers it with the engine. Until it
// arrives nothing is linted (the agent sees no flicker: findings appear with the first lint, a
// few milliseconds after the first focus).

import { PACKS, registerPack } from '../core/engine';
import { request } from '../messaging/client';

const loading = new Map<string, Promise<boolean>>();

/** Resolves true once `id` is registered with the engine; false if the background has no such pack. */
export function ensurePack(id: string): Promise<boolean> {
  if (PACKS[id]) return Promise.resolve(true);
  let p = loading.get(id);
  if (!p) {
    p = request('cg:get-pack', { id }).then(
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
