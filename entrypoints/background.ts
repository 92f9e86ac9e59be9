import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Message routing (last focused field per tab, insert requests) lands with the template issue.
});
