// Ready policy snippets for each platform, with the extension id and the intranet update URL
// filled in. Every snippet force-installs CollectGuard with ExtensionSettings
// (`installation_mode: force_installed`, the intranet `update_url`, `override_update_url` so
// updates keep coming from the intranet whatever the package says) and, when the administrator
// passes managed settings, carries them as the extension's own policy ("3rdparty").
//
//   Linux    one JSON file for Chrome, Chromium and Edge (each reads its own folder)
//   Windows  a .reg file per browser (Chrome, Edge); UTF-16LE with BOM, as regedit expects
//   macOS    a .mobileconfig with Chrome's and Edge's install settings and Chrome's managed settings

import { createHash } from 'node:crypto';
import { escapeXml } from './update-manifest';

export interface PolicyInput {
  id: string;
  /** URL of updates.xml. */
  updateUrl: string;
  /** The extension's managed settings (public/managed_schema.json), or none. */
  managed?: Record<string, unknown>;
  /** Written into comments and display names. */
  version?: string;
}

export type Browser = 'chrome' | 'edge';

export const BROWSERS: Record<Browser, { name: string; regKey: string; macDomain: string }> = {
  chrome: { name: 'Google Chrome', regKey: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', macDomain: 'com.google.Chrome' },
  edge: { name: 'Microsoft Edge', regKey: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', macDomain: 'com.microsoft.Edge' },
};

/** Where each browser reads JSON policy files on Linux. */
export const LINUX_POLICY_DIRS = {
  chrome: '/etc/opt/chrome/policies/managed',
  chromium: '/etc/chromium/policies/managed',
  edge: '/etc/opt/edge/policies/managed',
} as const;

/** The ExtensionSettings policy value: force-install this id from the intranet. */
export function extensionSettings(p: PolicyInput): Record<string, unknown> {
  return { [p.id]: { installation_mode: 'force_installed', update_url: p.updateUrl, override_update_url: true } };
}

const hasManaged = (p: PolicyInput): p is PolicyInput & { managed: Record<string, unknown> } => !!p.managed && Object.keys(p.managed).length > 0;

/** The policy as Chrome, Chromium and Edge read it from a JSON file on Linux. */
export function linuxPolicy(p: PolicyInput): Record<string, unknown> {
  return {
    ExtensionSettings: extensionSettings(p),
    ...(hasManaged(p) ? { '3rdparty': { extensions: { [p.id]: p.managed } } } : {}),
  };
}

export function linuxPolicyJson(p: PolicyInput): string {
  return `${JSON.stringify(linuxPolicy(p), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Windows

/** A REG_SZ value as .reg files write it. */
const regString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A .reg file for one browser. ExtensionSettings is one REG_SZ holding JSON (how Windows stores
 * dictionary policies); managed settings go under `3rdparty\extensions\<id>\policy`, one value per
 * top-level key: strings as they are, objects and lists as JSON. That key is deleted first, so
 * importing a newer file leaves no stale setting behind.
 */
export function windowsReg(p: PolicyInput, browser: Browser): string {
  const b = BROWSERS[browser];
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; CollectGuard${p.version ? ` ${p.version}` : ''} for ${b.name}: force-installed from ${p.updateUrl}`,
    `; Extension id ${p.id}. This sets the whole ExtensionSettings value: if the machine already has`,
    '; one, merge this entry into it instead.',
    `[${b.regKey}]`,
    `"ExtensionSettings"=${regString(JSON.stringify(extensionSettings(p)))}`,
  ];
  if (hasManaged(p)) {
    const key = `${b.regKey}\\3rdparty\\extensions\\${p.id}\\policy`;
    lines.push('', '; CollectGuard settings pushed by the organisation (see the README, "Organisation policy").', `[-${key}]`, `[${key}]`);
    for (const [name, value] of Object.entries(p.managed)) {
      lines.push(`${regString(name)}=${regString(typeof value === 'string' ? value : JSON.stringify(value))}`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** regedit reads Unicode .reg files as UTF-16LE with a byte-order mark. */
export function encodeRegFile(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

// ---------------------------------------------------------------------------------------------
// macOS

function plistValue(v: unknown, indent: string): string {
  const next = `${indent}  `;
  if (typeof v === 'string') return `${indent}<string>${escapeXml(v)}</string>`;
  if (typeof v === 'boolean') return `${indent}<${v}/>`;
  if (typeof v === 'number') return Number.isInteger(v) ? `${indent}<integer>${v}</integer>` : `${indent}<real>${v}</real>`;
  if (Array.isArray(v)) return v.length ? `${indent}<array>\n${v.map((x) => plistValue(x, next)).join('\n')}\n${indent}</array>` : `${indent}<array/>`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined && x !== null);
    if (!entries.length) return `${indent}<dict/>`;
    return `${indent}<dict>\n${entries.map(([k, x]) => `${next}<key>${escapeXml(k)}</key>\n${plistValue(x, next)}`).join('\n')}\n${indent}</dict>`;
  }
  throw new Error(`cannot write ${String(v)} in a property list`);
}

/** A stable UUID for a payload, so re-running the command gives the same profile identifiers. */
function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function payload(type: string, display: string, id: string, body: Record<string, unknown>): Record<string, unknown> {
  const identifier = `local.collectguard.rollout.${id}.${type}`;
  return { PayloadType: type, PayloadIdentifier: identifier, PayloadUUID: stableUuid(identifier), PayloadVersion: 1, PayloadDisplayName: display, ...body };
}

/**
 * A configuration profile (install it with an MDM, which macOS requires for off-store
 * extensions): ExtensionSettings for Chrome (com.google.Chrome) and Edge (com.microsoft.Edge),
 * and the managed settings for Chrome (com.google.Chrome.extensions.<id>).
 */
export function macosMobileconfig(p: PolicyInput): string {
  const content = [
    payload(BROWSERS.chrome.macDomain, 'CollectGuard: Google Chrome', p.id, { ExtensionSettings: extensionSettings(p) }),
    payload(BROWSERS.edge.macDomain, 'CollectGuard: Microsoft Edge', p.id, { ExtensionSettings: extensionSettings(p) }),
    ...(hasManaged(p) ? [payload(`${BROWSERS.chrome.macDomain}.extensions.${p.id}`, 'CollectGuard settings (Google Chrome)', p.id, p.managed)] : []),
  ];
  const identifier = `local.collectguard.rollout.${p.id}`;
  const profile = {
    PayloadContent: content,
    PayloadDisplayName: `CollectGuard${p.version ? ` ${p.version}` : ''}`,
    PayloadDescription: `Installs CollectGuard (${p.id}) from ${p.updateUrl} and keeps it installed.`,
    PayloadIdentifier: identifier,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(identifier),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}
