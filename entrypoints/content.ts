import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../src/content/index';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // about:blank, srcdoc, blob: and data: frames: inject by the origin of their creator (Chrome MV3).
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    void startContent(ctx);
  },
});
