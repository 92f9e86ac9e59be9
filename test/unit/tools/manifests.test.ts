// @vitest-environment happy-dom
// updates.xml and the policy snippets for each platform, read back the way the platform reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRegFile, extensionSettings, linuxPolicy, linuxPolicyJson, macosMobileconfig, windowsReg } from '../../../tools/self-hosted/policies';
import { updateManifestXml } from '../../../tools/self-hosted/update-manifest';
import { parsePlist, parseReg } from './helpers';

const REPO = join(__dirname, '../../..');
const ID = 'mkidjkfbafjgodolkoadcpnljogfnlbh';
const UPDATE_URL = 'http://10.0.0.5/collectguard/updates.xml';
const MANAGED = JSON.parse(readFileSync(join(REPO, 'test/fixtures/policy/collectguard-policy.json'), 'utf8')) as Record<string, unknown>;
const FORCE = { [ID]: { installation_mode: 'force_installed', update_url: UPDATE_URL, override_update_url: true } };

describe('updates.xml', () => {
  it('names the id, the version and the CRX URL in Chrome’s gupdate format', () => {
    const xml = updateManifestXml({ id: ID, version: '0.2.0', crxUrl: 'http://10.0.0.5/collectguard/collectguard-0.2.0.crx' });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.tagName).toBe('gupdate');
    expect(root.namespaceURI).toBe('http://www.google.com/update2/response');
    expect(root.getAttribute('protocol')).toBe('2.0');
    const apps = root.getElementsByTagName('app');
    expect(apps).toHaveLength(1);
    expect(apps[0]!.getAttribute('appid')).toBe(ID);
    const check = apps[0]!.getElementsByTagName('updatecheck')[0]!;
    expect(check.getAttribute('version')).toBe('0.2.0');
    expect(check.getAttribute('codebase')).toBe('http://10.0.0.5/collectguard/collectguard-0.2.0.crx');
    expect(check.hasAttribute('prodversionmin')).toBe(false);
  });

  it('escapes URLs and carries minimum_chrome_version when the build has one', () => {
    const xml = updateManifestXml({ id: ID, version: '1.0', crxUrl: "http://h/a&b'c.crx", minChromeVersion: '120' });
    const check = new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('updatecheck')[0]!;
    expect(check.getAttribute('codebase')).toBe("http://h/a&b'c.crx");
    expect(check.getAttribute('prodversionmin')).toBe('120');
  });
});

describe('policy snippets', () => {
  const withSettings = { id: ID, updateUrl: UPDATE_URL, managed: MANAGED, version: '0.2.0' };

  it('ExtensionSettings force-installs the id from the intranet and keeps updates there', () => {
    expect(extensionSettings(withSettings)).toEqual(FORCE);
  });

  it('Linux: one JSON file with ExtensionSettings and the managed settings under 3rdparty', () => {
    expect(JSON.parse(linuxPolicyJson(withSettings))).toEqual({ ExtensionSettings: FORCE, '3rdparty': { extensions: { [ID]: MANAGED } } });
    expect(linuxPolicy({ id: ID, updateUrl: UPDATE_URL })).toEqual({ ExtensionSettings: FORCE });
    // The README's hand-written example has the same shape.
    const example = JSON.parse(readFileSync(join(REPO, 'test/fixtures/policy/chrome-managed-policy.json'), 'utf8')) as { '3rdparty': { extensions: Record<string, unknown> } };
    expect(Object.keys(linuxPolicy(withSettings)['3rdparty'] as object)).toEqual(Object.keys(example['3rdparty']));
  });

  for (const [browser, root] of [
    ['chrome', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome'],
    ['edge', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'],
  ] as const) {
    it(`Windows (${browser}): a UTF-16LE .reg file; ExtensionSettings as JSON, managed settings one value per key, replaced whole`, () => {
      const reg = parseReg(encodeRegFile(windowsReg(withSettings, browser)));
      expect(reg.header).toBe('Windows Registry Editor Version 5.00');
      expect(Object.keys(reg.keys)).toEqual([root, `${root}\\3rdparty\\extensions\\${ID}\\policy`]);
      expect(JSON.parse(reg.keys[root]!.ExtensionSettings!)).toEqual(FORCE);
      const policy = reg.keys[`${root}\\3rdparty\\extensions\\${ID}\\policy`]!;
      expect(Object.keys(policy)).toEqual(Object.keys(MANAGED));
      for (const [k, v] of Object.entries(MANAGED)) expect(typeof v === 'string' ? policy[k] : JSON.parse(policy[k]!), k).toEqual(v);
      expect(policy.signature).toBe('【安信贷】');
      expect(reg.deleted).toEqual([`${root}\\3rdparty\\extensions\\${ID}\\policy`]);
    });
  }

  it('Windows without managed settings touches only ExtensionSettings', () => {
    const reg = parseReg(encodeRegFile(windowsReg({ id: ID, updateUrl: UPDATE_URL }, 'chrome')));
    expect(Object.keys(reg.keys)).toEqual(['HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome']);
    expect(reg.deleted).toEqual([]);
  });

  it('macOS: a configuration profile with Chrome’s and Edge’s ExtensionSettings and Chrome’s managed settings', () => {
    const xml = macosMobileconfig(withSettings);
    const profile = parsePlist(xml) as Record<string, unknown> & { PayloadContent: Record<string, unknown>[] };
    expect(profile.PayloadType).toBe('Configuration');
    expect(profile.PayloadScope).toBe('System');
    expect(profile.PayloadVersion).toBe(1);
    const byType = Object.fromEntries(profile.PayloadContent.map((p) => [p.PayloadType, p]));
    expect(Object.keys(byType)).toEqual(['com.google.Chrome', 'com.microsoft.Edge', `com.google.Chrome.extensions.${ID}`]);
    expect(byType['com.google.Chrome']!.ExtensionSettings).toEqual(FORCE);
    expect(byType['com.microsoft.Edge']!.ExtensionSettings).toEqual(FORCE);
    const { PayloadType, PayloadIdentifier, PayloadUUID, PayloadVersion, PayloadDisplayName, ...settings } = byType[`com.google.Chrome.extensions.${ID}`]!;
    expect(settings).toEqual(MANAGED);
    // Every payload has the keys macOS requires, with distinct identifiers and UUIDs.
    const all = [profile, ...profile.PayloadContent];
    for (const p of all) for (const k of ['PayloadType', 'PayloadIdentifier', 'PayloadUUID', 'PayloadVersion']) expect(p[k], k).toBeDefined();
    expect(new Set(all.map((p) => p.PayloadUUID)).size).toBe(all.length);
    expect(all.every((p) => /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}$/.test(p.PayloadUUID as string))).toBe(true);
    expect(new Set(all.map((p) => p.PayloadIdentifier)).size).toBe(all.length);
    // Re-running gives the same profile (macOS then replaces the installed one instead of adding one).
    expect(macosMobileconfig(withSettings)).toBe(xml);
    void [PayloadType, PayloadIdentifier, PayloadUUID, PayloadVersion, PayloadDisplayName];
  });
});
