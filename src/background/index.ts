// The background: one dispatcher for the whole protocol (src/messaging/protocol.ts), fed by the
// modules that own each part — insert targets, settings, rule packs, template data, the note
// fields' purpose, the statistics — plus the tab and command events. Listeners are registered
// synchronously, as an MV3 service worker must.

import { browser, type Browser } from 'wxt/browser';
import { tellEveryPage } from '../messaging/client';
import { fieldMemoryHandlers } from './field-memory';
import { createDispatcher, type Handlers } from './dispatcher';
import { dropAudienceMemory } from './legacy-storage';
import { packHandlers } from './pack-server';
import { SettingsService } from './settings';
import { Statistics } from './statistics';
import { QUICK_INSERT_COMMAND, InsertTargets } from './targets';
import { Toolbar } from './toolbar';
import { templateHandlers } from './templates';
import { relayTestClock } from './test-clock-relay';

type Api = typeof browser;

/**
 * Extension storage is for the extension's own pages: where the browser can enforce it (Chrome's
 * storage.local.setAccessLevel), content scripts may neither read nor write it, and ask the
 * background for what they need. Firefox has no such switch for storage.local.
 */
export async function restrictStorage(api: Api): Promise<boolean> {
  const local = api.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

export interface Background {
  targets: InsertTargets;
  settings: SettingsService;
  statistics: Statistics;
  /** The toolbar button's paused mark. */
  toolbar: Toolbar;
  /** The runtime.onMessage listener: every request of the protocol, privileged ones for extension pages only. */
  dispatch: ReturnType<typeof createDispatcher>;
}

/** The background's parts and its dispatcher, without registering anything with the browser (tests use this). */
export function createBackground(api: Api = browser): Background {
  const statistics = new Statistics(api);
  const templateInserted = (id: string) => statistics.templateInserted(id);
  const targets = new InsertTargets(api, templateInserted);
  const toolbar = new Toolbar(api);
  const settings = new SettingsService((sender, page, s) => void toolbar.served(sender, page.active, s.paused, page.language));
  const handlers: Handlers = {
    ...targets.handlers(),
    ...settings.handlers(),
    ...packHandlers(),
    ...templateHandlers(templateInserted),
    ...statistics.handlers(),
    ...fieldMemoryHandlers(api),
    ...(import.meta.env?.MODE === 'e2e' ? relayTestClock(api) : {}),
  };
  return { targets, settings, statistics, toolbar, dispatch: createDispatcher(handlers, api) };
}

export function startBackground(api: Api = browser): Background {
  void restrictStorage(api);
  // Keys an earlier version wrote are there only after an update: not read on every worker start.
  api.runtime.onInstalled.addListener(() => void dropAudienceMemory(api.storage.local));
  const bg = createBackground(api);
  // Every frame asks for its own settings again (each gets only what its site needs); the toolbar
  // shows a global pause at once, and a site's pause when its tab asks.
  const markGlobal = () => void bg.settings.current().then((s) => bg.toolbar.global(s.paused, s.language));
  bg.settings.start(() => {
    markGlobal();
    void tellEveryPage(api, 'cg:settings-changed', {});
  });
  markGlobal();
  api.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => bg.dispatch(message, sender));
  api.tabs.onRemoved.addListener((tabId: number) => bg.targets.tabRemoved(tabId));
  api.commands?.onCommand.addListener((command: string) => {
    if (command === QUICK_INSERT_COMMAND) void bg.targets.quickInsert();
  });
  return bg;
}
