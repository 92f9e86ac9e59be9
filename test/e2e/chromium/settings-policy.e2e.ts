// Organisation policy in real Chromium: a JSON policy file (the way an administrator deploys it
// on Linux) reaches chrome.storage.managed through public/managed_schema.json, the options page
// shows the locked sections read-only, the content script applies the policy's phrases, and a
// policy change (chrome://policy → reload) reaches an open tab without reload.
//
// Chromium reads policy files from /etc/chromium/policies/managed (CG_CHROMIUM_POLICY_DIR
// overrides it). Writing there needs root, as in CI's container; elsewhere this file is skipped.
// The test loads a private copy of the build, so its extension id (derived from the folder's
// path) is unique and the policy cannot leak into other test files' browsers; the policy file is
// removed afterwards.
import { randomBytes, createHash } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import { idFromBytes } from '../../../tools/self-hosted/key';
import { EXT_DIR, REPO, type E2E, badge, findEditor, focusField, holdsFor, isClean, screenshot, setupE2E, typeSlowly, waitFor, waitForBadge } from '../harness';

declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } };

const POLICY_DIR = process.env.CG_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Why the policy directory cannot be used here, or null when it can. */
function policyDirProblem(): string | null {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return null;
  } catch (e) {
    return `cannot write Chromium's policy folder ${POLICY_DIR} (run as root, as CI does): ${(e as Error).message}`;
  }
}

/** The id Chromium gives an unpacked extension: SHA-256 of its absolute path, hex digits mapped to a–p. */
function unpackedId(dir: string): string {
  return idFromBytes(createHash('sha256').update(dir).digest());
}

const example = JSON.parse(readFileSync(join(REPO, 'test/fixtures/policy/collectguard-policy.json'), 'utf8')) as Record<string, unknown> & {
  customPhrases: unknown[];
};
/** The README's example, plus a phrase that nothing else flags, to see the policy at work. */
const POLICY = { ...example, customPhrases: [...example.customPhrases, { phrase: '加急处理', category: 'pressure', severity: 'error', message: '公司规定：不要催促“加急”' }] };
const MESSAGE = '【安信贷】您好，您的借款已逾期3天，请加急处理，通过官方APP还款，客服4008001234。';

const skipReason = policyDirProblem();
let env: E2E;
let extDir = '';
let policyFile = '';
let id = '';

function writePolicy(values: Record<string, unknown>): void {
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: values } } }));
}

async function reloadPolicies(page: Page): Promise<void> {
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
  await page.waitForTimeout(300);
}

describeUnless(skipReason, 'organisation policy (Chromium policy file)', () => {
  beforeAll(async () => {
    extDir = join(tmpdir(), `cg-policy-ext-${randomBytes(4).toString('hex')}`);
    cpSync(EXT_DIR, extDir, { recursive: true });
    id = unpackedId(extDir);
    policyFile = join(POLICY_DIR, `collectguard-e2e-${id}.json`);
    writePolicy(POLICY);
    env = await setupE2E({ extensionDir: extDir });
  });
  afterAll(async () => {
    await env?.close();
    rmSync(policyFile, { force: true });
    rmSync(extDir, { recursive: true, force: true });
  });

  it('the policy reaches chrome.storage.managed whole (it fits the schema)', async () => {
    expect(env.extensionId).toBe(id);
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const managed = await page.evaluate(() => chrome.storage.managed.get());
    expect(managed).toEqual(POLICY);
    await page.close();
  });

  it('the options page shows the locked sections read-only and the organisation’s entries', async () => {
    const page = await env.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.waitForSelector('[data-cg-org-banner]');
    // Locked sections, and single values the policy sets (recipient, language): read-only.
    for (const s of ['rules', 'quiet', 'sites', 'signature', 'audience', 'language']) {
      expect(await page.locator(`section#${s}`).getAttribute('data-locked'), s).toBe('true');
      expect(await page.locator(`section#${s} fieldset`).evaluate((f) => (f as HTMLFieldSetElement).disabled), s).toBe(true);
      expect(await page.locator(`section#${s} [data-cg-locked-note]`).count(), s).toBe(1);
    }
    for (const s of ['phrases', 'allowlist', 'templates']) expect(await page.locator(`section#${s}`).getAttribute('data-locked'), s).toBe('false');
    expect(await page.locator('section#allowlist [data-cg-allowed="安信贷"] [data-cg-org]').count()).toBe(1);
    expect(await page.locator('section#quiet input[name="error-start"]').inputValue()).toBe('21:30');
    expect(await page.locator('section#sites [data-cg-site="intranet.example.com"]').count()).toBe(1);
    await screenshot(page, 'settings-policy-options', { fullPage: false });
    await page.locator('section#sites').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-policy-sites');
    await page.close();
  });

  it('the content script applies the policy; a policy change reaches the open tab without reload', async () => {
    const console_ = await env.open('react-textarea');
    const editor = await findEditor(console_);
    await focusField(editor);
    await typeSlowly(editor, MESSAGE, 5);
    await waitForBadge(editor, (b) => b.count >= 1 && b.maxSeverity === 'error');
    await screenshot(console_, 'settings-policy-console');

    // The administrator drops the phrase and pauses the console's site; Chrome re-reads policy.
    const host = new URL(console_.url()).hostname;
    writePolicy({ ...example, sites: { disabled: [host] } });
    const admin = await env.context.newPage();
    await reloadPolicies(admin);
    await waitFor(async () => ((await badge(editor)) === null ? true : undefined), 10_000, 'the badge to go after the policy paused the site');
    expect(await editor.locator.inputValue()).toBe(MESSAGE);

    writePolicy(example);
    await reloadPolicies(admin);
    await waitFor(async () => ((await badge(editor)) !== null ? true : undefined), 10_000, 'the badge to come back');
    expect(await holdsFor(() => isClean(editor), 500)).toBe(true);
    await admin.close();
  });
});
