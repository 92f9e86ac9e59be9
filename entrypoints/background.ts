import { defineBackground } from 'wxt/utils/define-background';
import { startRouter } from '../src/background/router';
import { servePacks } from '../src/packs/server';

export default defineBackground(() => {
  // Last focused field, insert requests, preview linting and the quick-insert shortcut.
  startRouter();
  // Rule packs for content scripts and extension pages (see src/packs/).
  servePacks();
});
