// Background side of pack distribution: the background bundles the rule packs once and hands them
// to content scripts and extension pages on request, so that their bundles stay small (the pack
// data is most of the engine's size) and every frame compiles only when a message field is used.

import { browser } from 'wxt/browser';
import { runtimePack } from '../core/engine';
import { PACKS } from '../core/index';
import type { GetPack } from '../messaging/protocol';

export function servePacks(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as Partial<GetPack>;
    if (m?.type !== 'cg:get-pack' || typeof m.id !== 'string') return undefined;
    const pack = PACKS[m.id];
    return Promise.resolve(pack ? runtimePack(pack) : null);
  });
}
