// Organisation policy in real Firefox: policies.json with a `3rdparty.Extensions` entry for the
// add-on's id (the README's example, test/fixtures/policy/firefox-policies.json) reaches
// browser.storage.managed, the options page shows the locked sections read-only, and the content
// script applies the policy's phrases.
//
// Firefox reads /etc/firefox/policies/policies.json on Linux (CG_FIREFOX_POLICY_FILE overrides),
// at start-up only. Writing there needs root, as in CI; elsewhere, or when an administrator's
// policies.json is already there, this file is skipped. The file is removed afterwards.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import { REPO } from '../harness';
import { FX_POLICY_FILE, FX_POLICY_MARK, type FxEnv, GECKO_ID, findEditor, focusField, holdsFor, isClean, screenshot, setupFirefox, typeSlowly, waitForBadge } from './harness';

const POLICY_FILE = FX_POLICY_FILE;
const MARK = FX_POLICY_MARK;

const fixture = JSON.parse(readFileSync(join(REPO, 'test/fixtures/policy/firefox-policies.json'), 'utf8')) as {
  policies: { '3rdparty': { Extensions: Record<string, { customPhrases: unknown[] } & Record<string, unknown>> } };
};
const example = fixture.policies['3rdparty'].Extensions[GECKO_ID]!;
/** The example plus a phrase nothing else flags, to see the policy at work in the page. */
const POLICY = { ...example, customPhrases: [...example.customPhrases, { phrase: '加急处理', category: 'pressure', severity: 'error', message: '公司规定：不要催促“加急”' }] };

/** The first folder mkdir created (removed again afterwards), if any. */
let created: string | undefined;

/** Why policies.json cannot be used here, or null when it can. */
function policyFileProblem(): string | null {
  try {
    if (existsSync(POLICY_FILE) && !readFileSync(POLICY_FILE, 'utf8').includes(MARK)) return `${POLICY_FILE} is an administrator's own policy file; it is left alone`;
    created = mkdirSync(dirname(POLICY_FILE), { recursive: true });
    accessSync(dirname(POLICY_FILE), constants.W_OK);
    return null;
  } catch (e) {
    return `cannot write ${POLICY_FILE} (run as root, as CI does): ${(e as Error).message}`;
  }
}

const skipReason = policyFileProblem();
let env: FxEnv;

describeUnless(skipReason, 'organisation policy (Firefox policies.json, 3rdparty)', () => {
  beforeAll(async () => {
    writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } }, [MARK]: true }, null, 2));
    env = await setupFirefox();
  });
  afterAll(async () => {
    await env?.close();
    rmSync(POLICY_FILE, { force: true });
    if (created) rmSync(created, { recursive: true, force: true });
  });

  it('the policy reaches browser.storage.managed whole', async () => {
    const page = await env.openExtensionPage('options.html');
    const managed = await page.evaluate(() => (globalThis as unknown as { browser: { storage: { managed: { get(): Promise<unknown> } } } }).browser.storage.managed.get());
    expect(managed).toEqual(POLICY);
  });

  it('the options page shows the locked sections read-only and the organisation’s entries', async () => {
    const page = await env.openExtensionPage('options.html');
    await page.waitForSelector('[data-cg-org-banner]', { timeout: 5_000 });
    for (const s of ['rules', 'quiet', 'sites', 'signature', 'audience', 'language']) {
      expect(await page.$eval(`section#${s}`, (e) => e.getAttribute('data-locked')), s).toBe('true');
      expect(await page.$eval(`section#${s} fieldset`, (f) => (f as HTMLFieldSetElement).disabled), s).toBe(true);
      expect((await page.$$(`section#${s} [data-cg-locked-note]`)).length, s).toBe(1);
    }
    for (const s of ['phrases', 'allowlist', 'templates']) expect(await page.$eval(`section#${s}`, (e) => e.getAttribute('data-locked')), s).toBe('false');
    expect(await page.$('section#allowlist [data-cg-allowed="安信贷"] [data-cg-org]')).not.toBeNull();
    expect(await page.$eval('section#quiet input[name="error-start"]', (i) => (i as HTMLInputElement).value)).toBe('21:30');
    expect(await page.$('section#sites [data-cg-site="intranet.example.com"]')).not.toBeNull();
    await screenshot(page, 'policy-options');
  });

  it('the content script applies the policy’s phrases', async () => {
    const page = await env.open('react-textarea');
    const editor = await findEditor(page);
    await focusField(editor);
    await typeSlowly(editor, '【安信贷】您好，您的借款已逾期3天，请通过官方APP还款，客服4008001234。', 5);
    expect(await holdsFor(() => isClean(editor), 500), 'the compliant message stays clean under the policy').toBe(true);
    await typeSlowly(editor, '请加急处理', 5);
    await waitForBadge(editor, (b) => b.count >= 1 && b.maxSeverity === 'error');
    await screenshot(page, 'policy-console');
  });
});
