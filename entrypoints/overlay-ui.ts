// The panel, the card and the send guard's dialog (src/overlay/ui/parts.ts), loaded by the content
// script the first time a frame shows a badge (src/content/lazy.ts), not with every frame: most
// frames never show one. Built as an ES module (wxt.config.ts, "lazy content-script modules") that
// the content script imports from the extension package (web-accessible: code only, no data;
// importing it runs nothing). The parts render in the content script's Preact tree, with its
// Preact, which `parts` receives (src/overlay/ui/lazy/shared-preact.ts). No browser-API call.

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { bindPreact, type SharedPreact } from '../src/overlay/ui/lazy/shared-preact';
import { UI_PARTS, type UiParts } from '../src/overlay/ui/parts';

export type OverlayUiModule = { parts(preact: SharedPreact): UiParts };

export default defineUnlistedScript(
  (): OverlayUiModule => ({
    parts(preact) {
      bindPreact(preact);
      return UI_PARTS;
    },
  }),
);
