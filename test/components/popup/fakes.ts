import { vi } from 'vitest';
import { lint } from '../../../src/core/index';
import type { InsertResult, InsertTarget, PopupState } from '../../../src/messaging/protocol';
import type { PopupApi, PopupData } from '../../../src/popup/api';
import { BUILTIN_TEMPLATES } from '../../../src/templates/builtin';

export const TARGET: InsertTarget = { tabId: 7, frameId: 0, url: 'https://sms.example.com/console', label: '短信内容', at: 1 };

export function fakeApi(over: Partial<PopupData> & { target?: InsertTarget | null; insertResult?: InsertResult; state?: Partial<PopupState> } = {}) {
  const state: PopupState = { language: 'zh', paused: false, sitePaused: false, sitesLocked: false, ...over.state };
  const api = {
    load: vi.fn(async (): Promise<PopupData> => ({
      templates: over.templates ?? [...BUILTIN_TEMPLATES],
      remembered: over.remembered ?? {},
      last: over.last ?? { byScenario: {} },
    })),
    target: vi.fn(async () => (over.target === undefined ? TARGET : over.target)),
    site: vi.fn(async (t: InsertTarget | null) => (t ? new URL(t.url).hostname : null)),
    state: vi.fn(async () => state),
    pauseSite: vi.fn(async (_host: string, paused: boolean) => ({ ...state, sitePaused: paused })),
    lint: vi.fn(async (text: string, audience: 'debtor' | 'third_party') => lint(text, { audience })),
    insert: vi.fn(async () => over.insertResult ?? { ok: true }),
    copy: vi.fn(async () => true),
    remember: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    isToolbarPopup: vi.fn(() => false),
    close: vi.fn(),
  } satisfies PopupApi;
  return api;
}
