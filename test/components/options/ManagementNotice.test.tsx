// @vitest-environment happy-dom
// The options page says how CollectGuard is managed: force-installed by enterprise policy
// (management.getSelf().installType "admin") and/or configured by a managed policy.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../src/options/OptionsApp';
import { saveSettings } from '../../../src/settings/store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const UPDATE_URL = 'http://10.0.0.5/collectguard/updates.xml';

function selfAs(installType: string, version = '0.2.0', updateUrl?: string) {
  vi.spyOn(fakeBrowser.management, 'getSelf').mockResolvedValue({
    id: 'mkidjkfbafjgodolkoadcpnljogfnlbh',
    name: 'CollectGuard',
    shortName: 'CollectGuard',
    description: '',
    version,
    mayDisable: installType !== 'admin',
    enabled: true,
    type: 'extension',
    offlineEnabled: false,
    optionsUrl: 'options.html',
    permissions: ['storage', 'activeTab'],
    hostPermissions: ['<all_urls>'],
    installType,
    ...(updateUrl ? { updateUrl } : {}),
  } as unknown as Awaited<ReturnType<typeof fakeBrowser.management.getSelf>>);
}

async function mount() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { level: 2, name: /规则|Rules/ });
}

const notice = () => document.querySelector<HTMLElement>('[data-cg-managed-notice]');
/** The notice's title, once it is there. */
const title = () => waitFor(() => notice()!.querySelector('strong')!.textContent!.trim());

describe('ManagementNotice', () => {
  it('force-installed with a policy: 由组织安装和管理, the version, the update URL and both sources', async () => {
    selfAs('admin', '0.2.0', UPDATE_URL);
    await fakeBrowser.storage.managed.set({ signature: '【安信贷】' });
    await mount();
    const n = await screen.findByText('由组织安装和管理');
    expect(n.closest('[data-cg-managed-notice]')).toBe(notice());
    expect(notice()!.getAttribute('data-install-type')).toBe('admin');
    expect(notice()!.textContent).toContain('版本 0.2.0');
    expect(notice()!.querySelector('[data-cg-source="install"]')!.textContent).toContain('企业策略强制安装');
    expect(notice()!.querySelector('[data-cg-source="update-url"]')!.textContent).toBe(`更新地址：${UPDATE_URL}`);
    expect(notice()!.querySelector('[data-cg-source="settings"]')!.textContent).toContain('chrome://policy');
  });

  it('force-installed without a policy: installed by the organisation, the settings are the agent’s own', async () => {
    selfAs('admin', '0.3.1');
    await mount();
    await screen.findByText('由组织安装和管理');
    expect(notice()!.querySelector('[data-cg-source="update-url"]')).toBeNull();
    expect(notice()!.querySelector('[data-cg-source="settings"]')!.textContent).toContain('组织没有下发设置');
    expect(document.querySelector('[data-cg-org-banner]')).toBeNull();
  });

  it('installed by the agent but configured by policy: 由组织管理, not “installed”', async () => {
    selfAs('normal', '0.2.0');
    await fakeBrowser.storage.managed.set({ locked: { sites: true } });
    await mount();
    await waitFor(async () => expect(await title()).toBe('由组织管理'));
    expect(screen.queryByText('由组织安装和管理')).toBeNull();
    expect(notice()!.querySelector('[data-cg-source="install"]')).toBeNull();
    expect(notice()!.textContent).toContain('版本 0.2.0');
  });

  it('neither: no notice', async () => {
    selfAs('development');
    await mount();
    await new Promise((r) => setTimeout(r, 20));
    expect(notice()).toBeNull();
  });

  it('when the browser cannot say (getSelf fails), a policy still shows, without a version', async () => {
    await fakeBrowser.storage.managed.set({ signature: '【安信贷】' });
    await mount();
    expect(await title()).toBe('由组织管理');
    expect(notice()!.textContent).not.toContain('版本');
  });

  it('in English', async () => {
    selfAs('admin', '0.2.0', UPDATE_URL);
    await fakeBrowser.storage.managed.set({ language: 'en' });
    await mount();
    await screen.findByText('Installed and managed by your organisation');
    expect(notice()!.textContent).toContain('Version 0.2.0');
    expect(notice()!.textContent).toContain(`Updates from: ${UPDATE_URL}`);
    expect(notice()!.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
