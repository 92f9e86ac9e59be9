// @vitest-environment happy-dom
// The popup says clearly when the site is outside the sites CollectGuard checks, and offers no
// pause switch there (there is nothing to pause).

import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../src/popup/PopupApp';
import { fakeApi } from './fakes';

afterEach(cleanup);

describe('popup: site scope', () => {
  it('out of scope: a notice naming the site, no pause switch', async () => {
    const r = render(<PopupApp api={fakeApi({ state: { outOfScope: true } })} />);
    const note = await waitFor(() => {
      const n = r.container.querySelector('[data-cg-out-of-scope]');
      expect(n).not.toBeNull();
      return n!;
    });
    expect(note.getAttribute('data-cg-out-of-scope')).toBe('sms.example.com');
    expect(note.textContent).toContain('sms.example.com 不在检查范围内');
    expect(r.container.querySelector('[data-cg-pause-site]')).toBeNull();
  });

  it('in scope: no notice, the pause switch as before', async () => {
    const r = render(<PopupApp api={fakeApi()} />);
    await waitFor(() => expect(r.container.querySelector('[data-cg-pause-site]')).not.toBeNull());
    expect(r.container.querySelector('[data-cg-out-of-scope]')).toBeNull();
  });
});
