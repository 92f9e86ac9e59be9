// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserPopupApi } from '../../../src/popup/api';

beforeEach(() => fakeBrowser.reset());

describe('browserPopupApi.lint', () => {
  it('passes the background’s findings through', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m: unknown, _s: unknown, respond: (r: unknown) => void) => {
      respond([]);
      return true;
    });
    expect(await browserPopupApi.lint('您好', 'debtor')).toEqual([]);
  });

  it('answers null (no verdict), not "no findings", when the background does not answer', async () => {
    // No listener: the background is asleep or reloading.
    expect(await browserPopupApi.lint('你这个老赖', 'debtor')).toBeNull();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(undefined));
    expect(await browserPopupApi.lint('你这个老赖', 'debtor')).toBeNull();
  });
});
