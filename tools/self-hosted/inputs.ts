// Reads and checks everything the packager needs before it writes anything: the key, the build
// and the optional managed settings. Every problem is a message for the administrator.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { parsePolicy } from '../../src/settings/policy';
import { parsePrivateKey } from './key';

const inside = (child: string, parent: string) => {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

export function checkKey(keyPath: string, outDir: string): { key: KeyObject } | { error: string } {
  if (inside(keyPath, outDir)) return { error: `the key ${keyPath} is inside the output folder ${outDir}, which is copied to the web server: keep it elsewhere` };
  if (!existsSync(keyPath)) return { error: `key file not found: ${keyPath} (create one with --new-key <path>)` };
  try {
    return { key: parsePrivateKey(readFileSync(keyPath)) };
  } catch (e) {
    return { error: `key file ${keyPath}: ${(e as Error).message}` };
  }
}

export function checkNewKey(newKeyPath: string, outDir: string): string | null {
  if (inside(newKeyPath, outDir)) return `--new-key ${newKeyPath} is inside the output folder ${outDir}, which is copied to the web server: keep it elsewhere`;
  if (existsSync(newKeyPath)) return `--new-key ${newKeyPath} already exists: refusing to overwrite a key (use it with --key, or choose another path)`;
  if (!existsSync(dirname(newKeyPath)) || !statSync(dirname(newKeyPath)).isDirectory()) return `--new-key ${newKeyPath}: the folder ${dirname(newKeyPath)} does not exist`;
  return null;
}

export interface BuildInfo {
  version: string;
  minChromeVersion?: string;
}

export function checkBuild(buildDir: string): { build: BuildInfo } | { error: string } {
  const file = join(buildDir, 'manifest.json');
  if (!existsSync(file)) return { error: `no Chrome build at ${buildDir} (run npm run build first, or pass --build <dir>)` };
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    return { error: `${file} is not valid JSON (${(e as Error).message})` };
  }
  if ((m.browser_specific_settings as Record<string, unknown> | undefined)?.gecko) return { error: `${buildDir} is the Firefox build; CRX packages are made from the Chrome build (.output/chrome-mv3)` };
  if (m.manifest_version !== 3) return { error: `${file}: manifest_version ${String(m.manifest_version)}, expected 3 (the Chrome build)` };
  if (typeof m.version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(m.version)) return { error: `${file}: version ${JSON.stringify(m.version)} is not a Chrome version (1 to 4 dot-separated numbers)` };
  return { build: { version: m.version, minChromeVersion: typeof m.minimum_chrome_version === 'string' ? m.minimum_chrome_version : undefined } };
}

/** Top-level keys of public/managed_schema.json. */
export function schemaKeys(schemaPath: string): string[] {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { properties: Record<string, unknown> };
  return Object.keys(schema.properties);
}

/**
 * The managed settings file: a JSON object whose keys the schema declares and whose values the
 * extension accepts (the same check the extension makes when it reads the policy).
 */
export function checkManaged(policyPath: string, keys: string[]): { managed: Record<string, unknown> } | { errors: string[] } {
  if (!existsSync(policyPath)) return { errors: [`--policy file not found: ${policyPath}`] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(policyPath, 'utf8'));
  } catch (e) {
    return { errors: [`--policy ${policyPath} is not valid JSON (${(e as Error).message})`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { errors: [`--policy ${policyPath} must hold one JSON object of settings (see README "Organisation policy")`] };
  const errors: string[] = [];
  for (const k of Object.keys(raw)) {
    if (!keys.includes(k)) errors.push(`--policy ${policyPath}: unknown key "${k}" (known: ${keys.join(', ')})`);
  }
  for (const p of parsePolicy(raw).problems) errors.push(`--policy ${policyPath}: ${p.message.en}`);
  return errors.length ? { errors } : { managed: raw as Record<string, unknown> };
}
