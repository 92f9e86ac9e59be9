// The content script of one frame (every frame runs its own): one settings source, one inbox for
// the background's messages and one lint provider, shared by the features, each started with
// init(signal). Outside the site scope ("只在这些网站检查") the frame stays dormant: only the settings
// are followed, and the features start (with a page framework of their own) once the scope takes
// the site in, and stop when it leaves it. Everything stops when WXT invalidates the context (the
// extension is updated, reloaded or removed): the features clean up on their abort signal.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setTestInstant } from '../clock/test-clock';
import { request } from '../messaging/client';
import type { OverlayOptions } from '../overlay/framework';
import type { ContentBase, ContentEnv, Feature } from './feature';
import { insertBridge } from './features/insert-bridge';
import { purpose } from './features/purpose';
import { quickInsert } from './features/quick-insert';
import { sendGuard } from './features/send-guard/index';
import { statistics } from './features/statistics';
import { underline } from './features/underline';
import { createFramework } from './framework';
import { Inbox } from './inbox';
import { whileSettings } from './lifetime';
import { contentLint } from './lint-provider';
import { Recipients } from './recipients';
import { SettingsSource } from './settings';

/** In start order: the purpose source is there before the framework checks the first field. */
export const FEATURES: readonly Feature[] = [insertBridge, purpose, underline, quickInsert, sendGuard, statistics];

/** How often an orphaned context (the extension reloaded or removed) is noticed and torn down. */
const ALIVE_CHECK_MS = 500;

/**
 * Starts the content script in this frame; resolves once the features run, or stay dormant out of
 * scope (after the first settings read, or a moment).
 */
export async function startContent(ctx: ContentScriptContext, overlay: OverlayOptions = {}, doc: Document = document): Promise<ContentBase> {
  const signal = ctx.signal;
  // WXT checks the extension is still there on each tick, and aborts the signal when it is not.
  ctx.setInterval(() => undefined, ALIVE_CHECK_MS);
  const inbox = new Inbox();
  inbox.listen(signal);
  const settings = new SettingsSource();
  inbox.on('cg:settings-changed', () => void settings.refresh(), signal);
  if (import.meta.env?.MODE === 'e2e') followTestClock(inbox, signal);
  const base: ContentBase = { doc, settings, inbox, lint: contentLint(settings, doc.defaultView ?? window, signal), overlay, recipients: new Recipients() };
  await settings.start(signal);
  whileSettings(settings, (s) => s.inScope, (run) => startFeatures(run, { ...base, framework: createFramework(doc, settings, base.lint, overlay) }), signal);
  return base;
}

function startFeatures(signal: AbortSignal, env: ContentEnv): void {
  for (const feature of FEATURES) {
    if (signal.aborted) break;
    try {
      feature.init(signal, env);
    } catch (e) {
      // One broken feature must not take the others down.
      console.error(`CollectGuard: ${feature.name} did not start`, e);
    }
  }
}

/** End-to-end build only: the test clock, as the background relays it (content scripts may not read its storage). */
function followTestClock(inbox: Inbox, signal: AbortSignal): void {
  inbox.on('cg:clock', (p) => void setTestInstant(p.at), signal);
  request('cg:clock').then(setTestInstant, () => undefined);
}
