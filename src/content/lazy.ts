// The content script's lazily loaded modules (wxt.config.ts, "lazy content-script modules"): the
// parts of the UI most frames never show, imported from the extension package on first use, once
// per frame. A failed import (the extension was reloaded meanwhile) is tried again next time.

import { browser } from 'wxt/browser';
import type { OverlayUiModule } from '../../entrypoints/overlay-ui';
import type { QuickInsertModule } from '../../entrypoints/quick-insert';
import { SHARED_PREACT } from '../overlay/ui/lazy/preact-exports';
import type { UiParts } from '../overlay/ui/parts';

type LazyPath = '/quick-insert.js' | '/overlay-ui.js';

const loaded = new Map<LazyPath, Promise<unknown>>();

function lazyModule<T>(path: LazyPath): Promise<T> {
  let p = loaded.get(path);
  if (!p) {
    p = import(/* @vite-ignore */ browser.runtime.getURL(path)).then((m: { default: T }) => m.default);
    loaded.set(path, p);
    p.catch(() => loaded.delete(path));
  }
  return p as Promise<T>;
}

/** The in-page template picker (entrypoints/quick-insert.ts). */
export const loadPicker = (): Promise<QuickInsertModule> => lazyModule<QuickInsertModule>('/quick-insert.js');

/** The panel, the card and the send guard's dialog (entrypoints/overlay-ui.ts), drawn with this script's Preact. */
export const loadUiParts = (): Promise<UiParts> => lazyModule<OverlayUiModule>('/overlay-ui.js').then((m) => m.parts(SHARED_PREACT));
