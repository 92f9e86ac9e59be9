// End-to-end build only: content scripts may not read extension storage, so the background tells
// them the test clock (src/clock/test-clock.ts) — on request when a frame starts, and to every tab
// when the harness moves it.

import type { Browser } from 'wxt/browser';
import { tellEveryPage, type TabsApi } from '../messaging/client';
import { TEST_CLOCK_KEY } from '../clock/test-clock';
import type { Handlers } from './dispatcher';

type RelayApi = TabsApi & {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: {
    local: Pick<Browser.storage.StorageArea, 'get'>;
    onChanged: { addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
};

export function relayTestClock(api: RelayApi): Handlers {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && TEST_CLOCK_KEY in changes) void tellEveryPage(api, 'cg:clock', { at: changes[TEST_CLOCK_KEY]!.newValue });
  });
  return { 'cg:clock': async () => (await api.storage.local.get(TEST_CLOCK_KEY))[TEST_CLOCK_KEY] };
}
