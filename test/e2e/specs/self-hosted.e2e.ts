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
// removed afterwards, so no other test file's browser sees it. Firefox skips the file: the package
// is a CRX, chrome://extensions is Chromium's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import { CHROMIUM_POLICY_DIR, installedExtension } from '../driver/chromium';
import { $, $$, type El, REPO, type StaticServer, type Tab, VIOLATING, type WebExtGlobal, attr, driver, findEditor, focusField, isVisible, screenshot, startStaticServer, text, typeSlowly, useE2E, waitFor, waitForBadge } from '../harness';

const MANAGED_EXAMPLE = join(REPO, 'test/fixtures/policy/collectguard-policy.json');

/** `npm run package:self-hosted -- …args`, as an administrator runs it. */
function packageSelfHosted(args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '-s', 'package:self-hosted', '--', ...args], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`package:self-hosted ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

const bump = (v: string) => v.replace(/(\d+)$/, (n) => String(Number(n) + 1));

/** chrome://extensions' own controls report disabled through the attribute or aria-disabled. */
const isDisabled = (el: El) => el.evaluate((e) => e.hasAttribute('disabled') || e.getAttribute('aria-disabled') === 'true', null);
/** The first match under `scope`, or null (no waiting). */
const first = async (scope: El | Tab, selector: string) => (await $$(scope, selector))[0] ?? null;
const shown = async (scope: El | Tab, selector: string) => {
  const el = await first(scope, selector);
  return el !== null && (await isVisible(el));
};

let work = '';
let build = '';
let out = '';
let key = '';
let id = '';
let version = '';
let policyFile = '';
let server: StaticServer | undefined;

const skipReason =
  driver.name !== 'chromium'
    ? 'the self-hosted package is a CRX force-installed by Chromium policy, checked in chrome://extensions'
    : process.getuid?.() !== 0
      ? `writing the managed policy file in ${CHROMIUM_POLICY_DIR} needs root (CI runs as root)`
      : null;

describeUnless(skipReason, 'self-hosted package, force-installed by policy from a local server', () => {
  const env = useE2E(async () => {
    work = mkdtempSync(join(tmpdir(), 'cg-self-hosted-'));
    build = join(work, 'chrome-mv3');
    out = join(work, 'self-hosted');
    key = join(work, 'org.pem');
    cpSync(driver.extensionDir, build, { recursive: true });
    version = (JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { version: string }).version;
    mkdirSync(join(out, 'serve'), { recursive: true });
    server = await startStaticServer(join(out, 'serve'));

    const created = packageSelfHosted(['--new-key', key]);
    expect(created.stderr).toMatch(/WARNING: Keep this key safe and out of git/);
    packageSelfHosted(['--key', key, '--base-url', `${server.origin}/`, '--out', out, '--build', build, '--policy', MANAGED_EXAMPLE]);
    id = readFileSync(join(out, 'extension-id.txt'), 'utf8').trim();
    expect(id).toMatch(/^[a-p]{32}$/);

    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    policyFile = join(CHROMIUM_POLICY_DIR, `collectguard-e2e-self-hosted-${id}.json`);
    cpSync(join(out, 'policies/linux-managed-policy.json'), policyFile);
    return { policyInstalledId: id };
  });

  afterAll(async () => {
    try {
      await server?.close();
    } finally {
      if (policyFile) rmSync(policyFile, { force: true });
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('installs by itself from the intranet server, with the id the key gives', async () => {
    expect(env.extensionId).toBe(id);
    expect(server!.requests.some((u) => u.startsWith('/updates.xml?') && u.includes(`id%3D${id}`))).toBe(true);
    expect(server!.requests).toContain(`/collectguard-${version}.crx`);
    const extensions = await env.openTab('chrome://extensions');
    const info = (await installedExtension(extensions, id))!;
    expect(info).toMatchObject({ version, state: 'ENABLED' });
    // The organisation's settings came with it (3rdparty policy → chrome.storage.managed).
    const options = await env.openExtensionPage('options.html');
    // Chromium loads an extension's policy once it knows the extension's schema, shortly after installing it.
    const managed = await waitFor(async () => {
      const m = await options.mainFrame().evaluate(() => {
        const g = globalThis as unknown as WebExtGlobal;
        return (g.browser ?? g.chrome)!.storage.managed.get();
      }, null);
      return Object.keys(m).length ? m : undefined;
    }, 15_000, 'the managed settings to reach chrome.storage.managed');
    expect(managed).toEqual(JSON.parse(readFileSync(MANAGED_EXAMPLE, 'utf8')));
    const notice = await $(options, '[data-cg-managed-notice]');
    expect(await attr(notice, 'data-install-type')).toBe('admin');
    expect(await text(notice)).toContain('由组织安装和管理');
    expect(await text(notice)).toContain(`版本 ${version}`);
    expect(await text(await $(notice, '[data-cg-source="update-url"]'))).toContain(`${server!.origin}/updates.xml`);
    await screenshot(options, 'self-hosted-options-notice');
  });

  it('flags a violation in a console page', async () => {
    const console_ = await env.open('react-textarea');
    const editor = await findEditor(console_);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING, 5);
    await waitForBadge(editor, (b) => b.count >= 2 && b.maxSeverity === 'error', 10_000);
    await screenshot(console_, 'self-hosted-console');
  });

  it('the agent cannot turn it off or remove it: chrome://extensions shows it as installed by policy', async () => {
    const tab = await env.openTab('chrome://extensions');
    const info = (await installedExtension(tab, id))!;
    expect(info.userMayModify).toBe(false);
    expect(info.mustRemainInstalled).toBe(true);
    expect(info.controlledInfo?.text).toBeTruthy();

    const item = await $(tab, `extensions-item#${id}`);
    expect(await shown(item, '#removeButton')).toBe(false);
    const toggle = await $(item, '#enableToggle');
    expect(await isDisabled(toggle)).toBe(true);
    await toggle.click({ force: true });
    expect((await installedExtension(tab, id))!.state).toBe('ENABLED');
    await screenshot(tab, 'self-hosted-extensions-list');

    await (await $(item, '#detailsButton')).click();
    const details = await $(tab, 'extensions-detail-view');
    // Beside the greyed-out switch, the enterprise icon says it: "Installed by enterprise policy."
    const tooltips: string[] = [];
    for (const icon of await $$(details, 'cr-tooltip-icon')) {
      if (await isVisible(icon)) tooltips.push(await icon.evaluate((e) => (e as HTMLElement & { tooltipText: string }).tooltipText, null));
    }
    expect(tooltips).toEqual([info.controlledInfo!.text]);
    expect(await isDisabled(await $(details, '#enableToggle'))).toBe(true);
    expect(await shown(details, '#remove-extension')).toBe(false);
    await screenshot(tab, 'self-hosted-extension-details');
  });

  it('after a version bump and a new package, an update check brings in the new version', async () => {
    const next = bump(version);
    const manifestFile = join(build, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify({ ...JSON.parse(readFileSync(manifestFile, 'utf8')), version: next }));
    packageSelfHosted(['--key', key, '--base-url', server!.origin, '--out', out, '--build', build, '--policy', MANAGED_EXAMPLE]);
    expect(readFileSync(join(out, 'extension-id.txt'), 'utf8').trim()).toBe(id);

    const tab = await env.openTab('chrome://extensions');
    expect((await installedExtension(tab, id))!.version).toBe(version);
    await (await $(tab, '#devMode')).click();
    await (await $(tab, '#updateNow', { visible: true })).click();
    await waitFor(async () => ((await installedExtension(tab, id))?.version === next ? true : undefined), 30_000, `version ${next} to be installed`);
    expect(server!.requests).toContain(`/collectguard-${next}.crx`);
    const info = (await installedExtension(tab, id))!;
    expect(info).toMatchObject({ state: 'ENABLED', mustRemainInstalled: true });

    const options = await env.openExtensionPage('options.html');
    expect(await text(await $(options, '[data-cg-managed-notice]'))).toContain(`版本 ${next}`);
  });
});
