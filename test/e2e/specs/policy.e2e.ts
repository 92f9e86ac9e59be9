// Organisation policy: a policy file written where the browser reads it on Linux (Chromium: a
// JSON file in /etc/chromium/policies/managed, reaching chrome.storage.managed through
// public/managed_schema.json; Firefox: policies.json with a `3rdparty.Extensions` entry) — the
// README's example, test/fixtures/policy/ — reaches storage.managed, the options page shows the
// locked sections read-only, the content script applies the policy's phrases, and (where the
// browser re-reads policies while running) a policy change reaches an open tab without reload.
//
// Writing the policy needs root, as in CI's container; elsewhere this file is skipped. The driver
// keeps the policy from reaching other test files' browsers and removes it afterwards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import { $, COMPLIANT, REPO, type WebExtGlobal, attr, badge, consoleWithText, count, driver, holdsFor, inputValue, isClean, screenshot, typeSlowly, useE2E, waitFor, waitForBadge } from '../harness';

/** The README's example (test/fixtures/policy/firefox-policies.json carries the same values for Firefox). */
const example = JSON.parse(readFileSync(join(REPO, 'test/fixtures/policy/collectguard-policy.json'), 'utf8')) as Record<string, unknown> & {
  customPhrases: unknown[];
};
/** The example, plus a phrase that nothing else flags, to see the policy at work. */
const POLICY = { ...example, customPhrases: [...example.customPhrases, { phrase: '加急处理', category: 'pressure', severity: 'error', message: '公司规定：不要催促“加急”' }] };
const MESSAGE = '【安信贷】您好，您的借款已逾期3天，请加急处理，通过官方APP还款，客服4008001234。';

const policy = driver.policyFile();

describeUnless(policy.problem, `organisation policy (${driver.name} policy file)`, () => {
  const env = useE2E(() => policy.install(POLICY));
  afterAll(() => policy.remove());

  it('the policy reaches storage.managed whole (it fits the schema)', async () => {
    const page = await env.openExtensionPage('options.html');
    const managed = await page.mainFrame().evaluate(() => {
      const g = globalThis as unknown as WebExtGlobal;
      return (g.browser ?? g.chrome)!.storage.managed.get();
    }, null);
    expect(managed).toEqual(POLICY);
  });

  it('the options page shows the locked sections read-only and the organisation’s entries', async () => {
    const page = await env.openExtensionPage('options.html');
    await $(page, '[data-cg-org-banner]');
    // Locked sections, and single values the policy sets (recipient, language): read-only.
    for (const s of ['rules', 'quiet', 'sites', 'signature', 'audience', 'language']) {
      expect(await attr(await $(page, `section#${s}`), 'data-locked'), s).toBe('true');
      expect(await (await $(page, `section#${s} fieldset`)).evaluate((f) => (f as HTMLFieldSetElement).disabled, null), s).toBe(true);
      expect(await count(page, `section#${s} [data-cg-locked-note]`), s).toBe(1);
    }
    for (const s of ['phrases', 'allowlist', 'templates']) expect(await attr(await $(page, `section#${s}`), 'data-locked'), s).toBe('false');
    expect(await count(page, 'section#allowlist [data-cg-allowed="安信贷"] [data-cg-org]')).toBe(1);
    expect(await inputValue(await $(page, 'section#quiet input[name="error-start"]'))).toBe('21:30');
    expect(await count(page, 'section#sites [data-cg-site="intranet.example.com"]')).toBe(1);
    await screenshot(page, 'settings-policy-options');
    await (await $(page, 'section#sites')).evaluate((s) => s.scrollIntoView(), null);
    await screenshot(page, 'settings-policy-sites');
  });

  it('the content script applies the policy’s phrases', async () => {
    const editor = await consoleWithText(env, COMPLIANT);
    expect(await holdsFor(() => isClean(editor), 500), 'the compliant message stays clean under the policy').toBe(true);
    await typeSlowly(editor, '请加急处理', 5);
    await waitForBadge(editor, (b) => b.count >= 1 && b.maxSeverity === 'error');
    await screenshot(editor.tab, 'settings-policy-console');
  });

  describeUnless(policy.updateMissing, 'while the browser runs', () => {
    it('a policy change reaches the open tab without reload', async () => {
      const editor = await consoleWithText(env, MESSAGE);
      await waitForBadge(editor, (b) => b.count >= 1 && b.maxSeverity === 'error');

      // The administrator drops the phrase and pauses the console's site; the browser re-reads policy.
      const host = new URL(editor.tab.url()).hostname;
      await policy.update!(env.browser, { ...example, sites: { disabled: [host] } });
      await waitFor(async () => ((await badge(editor)) === null ? true : undefined), 10_000, 'the badge to go after the policy paused the site');
      expect(await inputValue(editor.el)).toBe(MESSAGE);

      await policy.update!(env.browser, example);
      await waitFor(async () => ((await badge(editor)) !== null ? true : undefined), 10_000, 'the badge to come back');
      expect(await holdsFor(() => isClean(editor), 500)).toBe(true);
      });
  });
});
