// The in-page template picker, loaded by the content script the first time the agent opens it
// (src/content/features/quick-insert.ts), not with every frame: most frames never open it, and
// the picker with the template form, preview and list is a quarter of the content script. Built
// as an ES module (wxt.config.ts, "lazy content-script modules") that the content script imports
// from the extension package (web-accessible: code only, no data, and importing it does nothing
// until the content script calls it). It has its own Preact: the picker is its own render tree
// in its own shadow root. It makes no browser-API call.

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { QuickInsertHost } from '../src/overlay/quick-insert/picker';

export type QuickInsertModule = { QuickInsertHost: typeof QuickInsertHost };

export default defineUnlistedScript((): QuickInsertModule => ({ QuickInsertHost }));
