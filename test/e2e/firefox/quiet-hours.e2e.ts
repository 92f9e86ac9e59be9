// The quiet hours in real Firefox, at set times (the e2e build's clock, set per test): a compliant
// message at 23:30 shows the moon and one error for the send time only; at 21:30 a warning; at
// 10:00 nothing; a window changed in the options page applies at once in an open tab.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMPLIANT, type FxEditor, type FxEnv, findEditor, focusField, holdsFor, isClean, openPanel, screenshot, setupFirefox, typeSlowly, waitForBadge } from './harness';

let env: FxEnv;
beforeAll(async () => {
  env = await setupFirefox();
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

async function consoleWithCompliantMessage(): Promise<FxEditor> {
  const page = await env.open('react-textarea');
  const editor = await findEditor(page);
  await focusField(editor);
  await typeSlowly(editor, COMPLIANT, 5);
  return editor;
}

const quiet = (e: FxEditor) =>
  e.frame.evaluate(() => {
    const ui = document.querySelector('collectguard-ui')?.shadowRoot;
    return ui?.querySelector('[data-cg-badge]')?.getAttribute('data-quiet') ?? null;
  });

describe('quiet hours at set times (Firefox)', () => {
  it('23:30: the moon and one error for the send time, no content finding', async () => {
    await env.setClock('23:30');
    const editor = await consoleWithCompliantMessage();
    const b = await waitForBadge(editor, (x) => x.maxSeverity === 'error');
    expect(await quiet(editor)).toBe('true');
    const { rows } = await openPanel(editor);
    expect(rows.filter((r) => r.severity !== 'info').map((r) => [r.category, r.severity])).toEqual([['time_window', 'error']]);
    expect(b.count).toBe(1);
    await screenshot(editor.page, 'quiet-hours-2330');
  });

  it('21:30: a warning for the send time', async () => {
    await env.setClock('21:30');
    const editor = await consoleWithCompliantMessage();
    await waitForBadge(editor, (x) => x.maxSeverity === 'warning');
    expect(await quiet(editor)).toBe('true');
  });

  it('10:00: nothing', async () => {
    await env.setClock('10:00');
    const editor = await consoleWithCompliantMessage();
    expect(await holdsFor(() => isClean(editor), 800)).toBe(true);
    expect(await quiet(editor)).not.toBe('true');
  });

  it('a window changed in the options page applies at once in the open tab', async () => {
    await env.setClock('10:00');
    const editor = await consoleWithCompliantMessage();
    expect(await holdsFor(() => isClean(editor), 500)).toBe(true);
    const options = await env.openExtensionPage('options.html');
    await options.waitForSelector('section#quiet [data-level="error"]');
    // Set the error window to 09:30–11:00 the way the time inputs report a change.
    await options.evaluate(() => {
      const set = (name: string, v: string) => {
        const el = document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
        el.value = v;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      };
      set('error-start', '09:30');
    });
    await options.evaluate(() => {
      const el = document.querySelector<HTMLInputElement>('input[name="error-end"]')!;
      el.value = '11:00';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitForBadge(editor, (x) => x.maxSeverity === 'error', 5_000);
    expect(await quiet(editor)).toBe('true');
  });
});
