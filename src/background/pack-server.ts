// Rule packs for the pages: the background bundles the packs once and hands one to a content
// script on request (cg:get-pack), so that every frame's bundle stays small (the pack data is most
// of the engine's size) and a frame compiles a pack only when a message field is used. The page
// side is src/content/pack-loader.ts.

import { PACKS, runtimePack } from '../core/index';
import type { Handlers } from './dispatcher';

export function packHandlers(): Handlers {
  return {
    'cg:get-pack': (p) => {
      const pack = typeof p.id === 'string' && Object.hasOwn(PACKS, p.id) ? PACKS[p.id] : undefined;
      return pack ? runtimePack(pack) : null;
    },
  };
}
