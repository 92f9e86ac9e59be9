// Self-hosted roll-out in real Chromium: the organisation's package, served from a static server
// on 127.0.0.1, force-installed by a managed policy file — the way an IT admin deploys
// CollectGuard where the Chrome Web Store is out of reach (README "Roll-out for organisations").
//
// `npm run package:self-hosted` makes a key, then the CRX, updates.xml and the Linux policy from a
// temporary copy of the build; the policy file goes to /etc/chromium/policies/managed
// (CG_CHROMIUM_POLICY_DIR overrides it), which needs root, as in CI's container; elsewhere this
// file is skipped. Chromium then installs the extension by itself. The version bump is made in the
// copy, so the repository's build is untouched; the update check is triggered with
// chrome://extensions' "Update" button (no waiting for the periodic check). The policy file is
// removed afterwards, so no other test file's browser sees it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import {
  EXT_DIR,
  REPO,
  VIOLATING,
  findEditor,
  focusField,
  installedExtension,
  screenshot,
  setupE2E,
  startStaticServer,
  typeSlowly,
  waitFor,
  waitForBadge,
  type E2E,
  type StaticServer,
} from '../harness';

declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } };

const POLICY_DIR = process.env.CG_CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const isRoot = process.getuid?.() === 0;

const MANAGED_EXAMPLE = join(REPO, 'test/fixtures/policy/collectguard-policy.json');

/** `npm run package:self-hosted -- …args`, as an administrator runs it. */
function packageSelfHosted(args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '-s', 'package:self-hosted', '--', ...args], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`package:self-hosted ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

const bump = (v: string) => v.replace(/(\d+)$/, (n) => String(Number(n) + 1));

let work = '';
let build = '';
let out = '';
let key = '';
let id = '';
let version = '';
let policyFile = '';
let server: StaticServer | undefined;
let env: E2E | undefined;

async function extensionsPage(): Promise<Page> {
  const page = await env!.context.newPage();
  await page.goto('chrome://extensions');
  return page;
}

describeUnless(isRoot ? null : `writing the managed policy file in ${POLICY_DIR} needs root (CI runs as root)`, 'self-hosted package, force-installed by policy from a local server', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cg-self-hosted-'));
    build = join(work, 'chrome-mv3');
    out = join(work, 'self-hosted');
    key = join(work, 'org.pem');
    cpSync(EXT_DIR, build, { recursive: true });
    version = (JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { version: string }).version;
    mkdirSync(join(out, 'serve'), { recursive: true });
    server = await startStaticServer(join(out, 'serve'));

    const created = packageSelfHosted(['--new-key', key]);
    expect(created.stderr).toMatch(/WARNING: Keep this key safe and out of git/);
    packageSelfHosted(['--key', key, '--base-url', `${server.origin}/`, '--out', out, '--build', build, '--policy', MANAGED_EXAMPLE]);
    id = readFileSync(join(out, 'extension-id.txt'), 'utf8').trim();
    expect(id).toMatch(/^[a-p]{32}$/);

    mkdirSync(POLICY_DIR, { recursive: true });
    policyFile = join(POLICY_DIR, `collectguard-e2e-self-hosted-${id}.json`);
    cpSync(join(out, 'policies/linux-managed-policy.json'), policyFile);
    env = await setupE2E({ policyInstalledId: id });
  });

  afterAll(async () => {
    try {
      await env?.close();
      await server?.close();
    } finally {
      if (policyFile) rmSync(policyFile, { force: true });
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('installs by itself from the intranet server, with the id the key gives', async () => {
    expect(env!.extensionId).toBe(id);
    expect(server!.requests.some((u) => u.startsWith('/updates.xml?') && u.includes(`id%3D${id}`))).toBe(true);
    expect(server!.requests).toContain(`/collectguard-${version}.crx`);
    const page = await extensionsPage();
    const info = (await installedExtension(page, id))!;
    expect(info).toMatchObject({ version, state: 'ENABLED' });
    // The organisation's settings came with it (3rdparty policy → chrome.storage.managed).
    const options = await env!.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    // Chromium loads an extension's policy once it knows the extension's schema, shortly after installing it.
    const managed = await waitFor(async () => {
      const m = await options.evaluate(() => chrome.storage.managed.get());
      return Object.keys(m).length ? m : undefined;
    }, 15_000, 'the managed settings to reach chrome.storage.managed');
    expect(managed).toEqual(JSON.parse(readFileSync(MANAGED_EXAMPLE, 'utf8')));
    const notice = options.locator('[data-cg-managed-notice]');
    await notice.waitFor();
    expect(await notice.getAttribute('data-install-type')).toBe('admin');
    expect(await notice.innerText()).toContain('由组织安装和管理');
    expect(await notice.innerText()).toContain(`版本 ${version}`);
    expect(await notice.locator('[data-cg-source="update-url"]').innerText()).toContain(`${server!.origin}/updates.xml`);
    await screenshot(options, 'self-hosted-options-notice');
    await Promise.all([page.close(), options.close()]);
  });

  it('flags a violation in a console page', async () => {
    const console_ = await env!.open('react-textarea');
    const editor = await findEditor(console_);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING, 5);
    await waitForBadge(editor, (b) => b.count >= 2 && b.maxSeverity === 'error', 10_000);
    await screenshot(console_, 'self-hosted-console');
    await env!.closePages();
  });

  it('the agent cannot turn it off or remove it: chrome://extensions shows it as installed by policy', async () => {
    const page = await extensionsPage();
    const info = (await installedExtension(page, id))!;
    expect(info.userMayModify).toBe(false);
    expect(info.mustRemainInstalled).toBe(true);
    expect(info.controlledInfo?.text).toBeTruthy();

    const item = page.locator(`extensions-item#${id}`);
    await item.waitFor();
    expect(await item.locator('#removeButton').isVisible()).toBe(false);
    const toggle = item.locator('#enableToggle');
    expect(await toggle.isDisabled()).toBe(true);
    await toggle.click({ force: true });
    expect((await installedExtension(page, id))!.state).toBe('ENABLED');
    await screenshot(page, 'self-hosted-extensions-list');

    await item.locator('#detailsButton').click();
    const details = page.locator('extensions-detail-view');
    await details.waitFor();
    // Beside the greyed-out switch, the enterprise icon says it: "Installed by enterprise policy."
    const shown = await details
      .locator('cr-tooltip-icon')
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => (e as HTMLElement & { tooltipText: string }).tooltipText));
    expect(shown).toEqual([info.controlledInfo!.text]);
    expect(await details.locator('#enableToggle').isDisabled()).toBe(true);
    expect(await details.locator('#remove-extension').isVisible()).toBe(false);
    await screenshot(page, 'self-hosted-extension-details');
    await page.close();
  });

  it('after a version bump and a new package, an update check brings in the new version', async () => {
    const next = bump(version);
    const manifestFile = join(build, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), version: next }));
    packageSelfHosted(['--key', key, '--base-url', server!.origin, '--out', out, '--build', build, '--policy', MANAGED_EXAMPLE]);
    expect(readFileSync(join(out, 'extension-id.txt'), 'utf8').trim()).toBe(id);

    const page = await extensionsPage();
    expect((await installedExtension(page, id))!.version).toBe(version);
    await page.locator('#devMode').click();
    await page.locator('#updateNow').click();
    await waitFor(async () => ((await installedExtension(page, id))?.version === next ? true : undefined), 30_000, `version ${next} to be installed`);
    expect(server!.requests).toContain(`/collectguard-${next}.crx`);
    const info = (await installedExtension(page, id))!;
    expect(info).toMatchObject({ state: 'ENABLED', mustRemainInstalled: true });

    const options = await env!.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('[data-cg-managed-notice]').waitFor();
    expect(await options.locator('[data-cg-managed-notice]').innerText()).toContain(`版本 ${next}`);
    await Promise.all([page.close(), options.close()]);
  });
});
