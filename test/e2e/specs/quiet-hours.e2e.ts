// The quiet hours at set times: the e2e build's clock (src/clock) is set per test, so the suite
// means the same at any hour. A compliant message at 23:30 shows the moon and one error for the
// send time, and no content finding; at 21:30 a warning; at 10:00 nothing. A window the agent
// changes in the options page takes effect at once in an open tab.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $, COMPLIANT, type Editor, REPO, TEST_CLOCK_KEY, attr, badge, consoleWithText, holdsFor, isClean, openPanel, screenshot, useE2E, waitFor, waitForBadge } from '../harness';

const env = useE2E();

/** The badge's data-quiet (the moon), or null without a badge. */
async function quiet(editor: Editor): Promise<string | null> {
  const b = await badge(editor);
  return b && attr(b.el, 'data-quiet');
}

describe('quiet hours at set times', () => {
  it('23:30: the moon and one error for the send time, no content finding', async () => {
    await env.setClock('23:30');
    const editor = await consoleWithText(env, COMPLIANT);
    const b = await waitForBadge(editor, (x) => x.maxSeverity === 'error');
    expect(await quiet(editor)).toBe('true');
    const { rows } = await openPanel(editor);
    const shown = rows.filter((r) => r.severity === 'error' || r.severity === 'warning');
    expect(shown.map((r) => [r.category, r.severity])).toEqual([['time_window', 'error']]);
    expect(b.count).toBe(1);
    await screenshot(editor.tab, 'quiet-hours-2330');
  });

  it('21:30: a warning for the send time', async () => {
    await env.setClock('21:30');
    const editor = await consoleWithText(env, COMPLIANT);
    await waitForBadge(editor, (x) => x.maxSeverity === 'warning');
    expect(await quiet(editor)).toBe('true');
    const { rows } = await openPanel(editor);
    expect(rows.filter((r) => r.severity !== 'info').map((r) => [r.category, r.severity])).toEqual([['time_window', 'warning']]);
  });

  it('10:00: nothing', async () => {
    await env.setClock('10:00');
    const editor = await consoleWithText(env, COMPLIANT);
    expect(await holdsFor(() => isClean(editor), 800)).toBe(true);
    expect(await quiet(editor)).not.toBe('true');
  });

  it('a window changed in the options page applies at once in the open tab', async () => {
    await env.setClock('10:00');
    const editor = await consoleWithText(env, COMPLIANT);
    expect(await holdsFor(() => isClean(editor), 500)).toBe(true);

    const options = await env.openExtensionPage('options.html');
    await $(options, 'section#quiet [data-level="error"]');
    await (await $(options, 'input[name="error-start"]')).fill('09:30');
    const end = await $(options, 'input[name="error-end"]');
    await end.fill('11:00');
    await end.evaluate((el) => (el as HTMLInputElement).blur(), null);
    const b = await waitForBadge(editor, (x) => x.maxSeverity === 'error', 5_000);
    expect(await quiet(editor)).toBe('true');
    expect(b.count).toBe(1);
    await screenshot(editor.tab, 'quiet-hours-window-changed');
    // And back: the default window leaves 10:00 clean again.
    await (await $(options, 'section#quiet .actions button')).click();
    await waitFor(async () => ((await isClean(editor)) ? true : undefined), 5_000, 'the default window to leave 10:00 clean');
    expect(await holdsFor(() => isClean(editor), 800)).toBe(true);
  });

  it('the clock moving into the window re-checks an open message without typing', async () => {
    await env.setClock('21:59');
    const editor = await consoleWithText(env, COMPLIANT);
    await waitForBadge(editor, (x) => x.maxSeverity === 'warning');
    await env.setClock('22:00');
    await waitForBadge(editor, (x) => x.maxSeverity === 'error', 5_000);
  });
});

describe('the shipped build', () => {
  it('has no test clock: only the e2e build reads a time from storage', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
    for (const build of ['.output/chrome-mv3', '.output/firefox-mv2']) {
      const js = files(join(REPO, build));
      expect(js.length, build).toBeGreaterThan(0);
      for (const f of js) expect(readFileSync(f, 'utf8').includes(TEST_CLOCK_KEY), f).toBe(false);
    }
    // …and the e2e builds do (so the check above can fail).
    for (const build of ['.output/chrome-mv3-e2e', '.output/firefox-mv2-e2e']) {
      expect(files(join(REPO, build)).some((f) => readFileSync(f, 'utf8').includes(TEST_CLOCK_KEY)), build).toBe(true);
    }
  });
});
