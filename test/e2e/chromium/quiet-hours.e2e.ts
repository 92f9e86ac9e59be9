// The quiet hours in real Chromium, at set times: the e2e build's clock (src/clock) is set per
// test, so the suite means the same at any hour. A compliant message at 23:30 shows the moon and
// one error for the send time, and no content finding; at 21:30 a warning; at 10:00 nothing. A
// window the agent changes in the options page takes effect at once in an open tab.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMPLIANT, type E2E, REPO, TEST_CLOCK_KEY, badge, findEditor, focusField, holdsFor, isClean, openPanel, screenshot, setClock, setupE2E, typeSlowly, waitForBadge } from '../harness';

let env: E2E;
beforeAll(async () => {
  env = await setupE2E();
});
afterEach(async () => {
  await env?.closePages();
});
afterAll(async () => {
  await env?.close();
});

async function consoleWithCompliantMessage() {
  const page = await env.open('react-textarea');
  const editor = await findEditor(page);
  await focusField(editor);
  await typeSlowly(editor, COMPLIANT, 5);
  return editor;
}

const quiet = (e: Awaited<ReturnType<typeof consoleWithCompliantMessage>>) =>
  e.frame.locator('[data-cg-badge]').first().getAttribute('data-quiet');

describe('quiet hours at set times', () => {
  it('23:30: the moon and one error for the send time, no content finding', async () => {
    await setClock(env.context, '23:30');
    const editor = await consoleWithCompliantMessage();
    const b = await waitForBadge(editor, (x) => x.maxSeverity === 'error');
    expect(await quiet(editor)).toBe('true');
    const { rows } = await openPanel(editor);
    const shown = rows.filter((r) => r.severity === 'error' || r.severity === 'warning');
    expect(shown.map((r) => [r.category, r.severity])).toEqual([['time_window', 'error']]);
    expect(b.count).toBe(1);
    await screenshot(editor.page, 'quiet-hours-2330');
  });

  it('21:30: a warning for the send time', async () => {
    await setClock(env.context, '21:30');
    const editor = await consoleWithCompliantMessage();
    await waitForBadge(editor, (x) => x.maxSeverity === 'warning');
    expect(await quiet(editor)).toBe('true');
    const { rows } = await openPanel(editor);
    expect(rows.filter((r) => r.severity !== 'info').map((r) => [r.category, r.severity])).toEqual([['time_window', 'warning']]);
  });

  it('10:00: nothing', async () => {
    await setClock(env.context, '10:00');
    const editor = await consoleWithCompliantMessage();
    expect(await holdsFor(() => isClean(editor), 800)).toBe(true);
    expect((await badge(editor)) === null || (await quiet(editor)) !== 'true').toBe(true);
  });

  it('a window changed in the options page applies at once in the open tab', async () => {
    await setClock(env.context, '10:00');
    const editor = await consoleWithCompliantMessage();
    expect(await holdsFor(() => isClean(editor), 500)).toBe(true);

    const options = await env.context.newPage();
    await options.goto(`chrome-extension://${env.extensionId}/options.html`);
    await options.waitForSelector('section#quiet [data-level="error"]');
    await options.locator('input[name="error-start"]').fill('09:30');
    await options.locator('input[name="error-end"]').fill('11:00');
    await options.locator('input[name="error-end"]').blur();
    const b = await waitForBadge(editor, (x) => x.maxSeverity === 'error', 5_000);
    expect(await quiet(editor)).toBe('true');
    expect(b.count).toBe(1);
    await screenshot(editor.page, 'quiet-hours-window-changed');
    // And back: the default window leaves 10:00 clean again.
    await options.locator('section#quiet .actions button').click();
    expect(await holdsFor(() => isClean(editor), 800)).toBe(true);
    await options.close();
  });

  it('the clock moving into the window re-checks an open message without typing', async () => {
    await setClock(env.context, '21:59');
    const editor = await consoleWithCompliantMessage();
    await waitForBadge(editor, (x) => x.maxSeverity === 'warning');
    await setClock(env.context, '22:00');
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
    // …and the e2e build does (so the check above can fail).
    expect(files(join(REPO, '.output/chrome-mv3-e2e')).some((f) => readFileSync(f, 'utf8').includes(TEST_CLOCK_KEY))).toBe(true);
  });
});
