import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  STORAGE_KEYS,
  loadCustomTemplates,
  loadLast,
  loadRemembered,
  parseCustom,
  rememberTemplate,
  rememberValues,
  saveCustomTemplates,
} from '../../../src/templates/storage';

beforeEach(() => fakeBrowser.reset());

describe('template storage', () => {
  it('remembers only the values that rarely change', async () => {
    await rememberValues({ platform: '安信贷', hotline: '95188', salutation: '张先生', total: '100', agentId: ' ' });
    expect(await loadRemembered()).toEqual({ platform: '安信贷', hotline: '95188' });
    await rememberValues({ channel: '安信贷APP', platform: '易融花' });
    expect(await loadRemembered()).toEqual({ platform: '易融花', hotline: '95188', channel: '安信贷APP' });
  });

  it('remembers the last template per scenario', async () => {
    expect(await loadLast()).toEqual({ byScenario: {} });
    await rememberTemplate({ id: 'first_overdue.firm', scenario: 'first_overdue' });
    await rememberTemplate({ id: 'pre_due.gentle', scenario: 'pre_due' });
    expect(await loadLast()).toEqual({ byScenario: { first_overdue: 'first_overdue.firm', pre_due: 'pre_due.gentle' }, last: 'pre_due.gentle' });
  });

  it('custom templates round-trip; corrupted entries are skipped, never thrown', async () => {
    const t = { id: 'mine', name: '我的', scenario: 'custom' as const, tone: 'standard' as const, audience: 'debtor' as const, segments: 1, body: '【{platform}】您好' };
    await saveCustomTemplates([t]);
    expect(await loadCustomTemplates()).toEqual([t]);
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.custom]: { version: 1, templates: [t, null, { name: 3 }, { ...t, body: '{bad}' }, { ...t }] } });
    expect(await loadCustomTemplates()).toEqual([t]);
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.custom]: 'garbage' });
    expect(await loadCustomTemplates()).toEqual([]);
    expect(parseCustom(undefined)).toEqual([]);
  });
});
