// `npm run package:self-hosted`: CollectGuard for organisations that cannot reach the Chrome Web
// Store. From the organisation's own private key it makes, in .output/self-hosted/:
//
//   serve/collectguard-<version>.crx   the Chrome build, signed (CRX3), with the intranet update_url
//   serve/updates.xml                  the update manifest pointing at that CRX
//   extension-id.txt                   the id this key gives (the same key always gives the same id)
//   policies/linux-managed-policy.json Chrome, Chromium, Edge on Linux
//   policies/windows-chrome.reg        Chrome on Windows
//   policies/windows-edge.reg          Edge on Windows
//   policies/macos.mobileconfig        Chrome and Edge on macOS (MDM profile)
//
// Copy serve/ to any static web server at --base-url. See the README, "Roll-out for organisations".
// Exit status: 0 done, 1 packaging failed, 2 bad arguments or inputs (nothing written).

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './self-hosted/args';
import { packCrx } from './self-hosted/crx';
import { checkBuild, checkKey, checkManaged, checkNewKey, schemaKeys, type BuildInfo } from './self-hosted/inputs';
import { extensionIdFromKey, KEY_WARNING, writeNewKey } from './self-hosted/key';
import { encodeRegFile, linuxPolicyJson, macosMobileconfig, windowsReg, type PolicyInput } from './self-hosted/policies';
import { updateManifestXml } from './self-hosted/update-manifest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'package-self-hosted';

export interface Io {
  log(line: string): void;
  error(line: string): void;
}

export interface Result {
  id: string;
  version: string;
  crxFile: string;
  updatesFile: string;
  policyFiles: string[];
}

/** Runs the command; resolves to the exit status. `cwd` resolves relative paths. */
export async function run(argv: string[], env: Record<string, string | undefined>, io: Io, cwd = process.cwd()): Promise<number> {
  const fail = (errors: string[]) => {
    for (const e of errors) io.error(`${NAME}: ${e}`);
    io.error(`${NAME}: nothing was written. Run with --help for usage.`);
    return 2;
  };
  const parsed = parseArgs(argv, env);
  if ('errors' in parsed) return fail(parsed.errors);
  const a = parsed.args;
  if (a.help) {
    io.log(USAGE);
    return 0;
  }
  const outDir = resolve(cwd, a.outDir);

  // Check every input before writing anything.
  const errors: string[] = [];
  let key: KeyObject | undefined;
  if (a.keyPath) {
    const k = checkKey(resolve(cwd, a.keyPath), outDir);
    if ('error' in k) errors.push(k.error);
    else key = k.key;
  } else if (a.newKeyPath) {
    const e = checkNewKey(resolve(cwd, a.newKeyPath), outDir);
    if (e) errors.push(e);
  }
  let build: BuildInfo | undefined;
  let managed: Record<string, unknown> | undefined;
  if (a.baseUrl) {
    const b = checkBuild(resolve(cwd, a.buildDir));
    if ('error' in b) errors.push(b.error);
    else build = b.build;
    if (a.policyPath) {
      const m = checkManaged(resolve(cwd, a.policyPath), schemaKeys(join(REPO, 'public/managed_schema.json')));
      if ('errors' in m) errors.push(...m.errors);
      else managed = m.managed;
    }
  }
  if (errors.length) return fail(errors);

  let keyPath = a.keyPath ? resolve(cwd, a.keyPath) : '';
  if (a.newKeyPath) {
    keyPath = resolve(cwd, a.newKeyPath);
    key = writeNewKey(keyPath);
    io.error(`${NAME}: created a new private key: ${keyPath} (extension id ${extensionIdFromKey(key)})`);
    for (const line of KEY_WARNING) io.error(`${NAME}: WARNING: ${line}`);
    if (!a.baseUrl) return 0;
  }
  const id = extensionIdFromKey(key!);
  const result = await pack({ id, keyPath, build: build!, baseUrl: a.baseUrl!, outDir, managed, buildDir: resolve(cwd, a.buildDir) }).catch((e: Error) => e);
  if (result instanceof Error) {
    io.error(`${NAME}: packaging failed: ${result.message}`);
    return 1;
  }
  io.log(`CollectGuard ${result.version}, extension id ${result.id}`);
  io.log(`  serve these two files at ${a.baseUrl}/ :`);
  io.log(`    ${result.crxFile}`);
  io.log(`    ${result.updatesFile}`);
  io.log('  policy snippets:');
  for (const f of result.policyFiles) io.log(`    ${f}`);
  return 0;
}

interface PackJob {
  id: string;
  keyPath: string;
  build: BuildInfo;
  buildDir: string;
  baseUrl: string;
  outDir: string;
  managed?: Record<string, unknown>;
}

async function pack(j: PackJob): Promise<Result> {
  const serve = join(j.outDir, 'serve');
  const policies = join(j.outDir, 'policies');
  mkdirSync(serve, { recursive: true });
  mkdirSync(policies, { recursive: true });
  const updateUrl = `${j.baseUrl}/updates.xml`;
  const crxName = `collectguard-${j.build.version}.crx`;
  const crxFile = join(serve, crxName);
  // The CRX is complete before updates.xml names it, so a server never points at a missing file.
  const tmp = `${crxFile}.partial`;
  try {
    const info = await packCrx({ buildDir: j.buildDir, keyPath: j.keyPath, crxPath: tmp, updateUrl });
    if (info.id !== j.id || info.keyId !== j.id || !info.signatureValid) {
      throw new Error(`the package does not check out (id ${info.id}, key id ${info.keyId}, expected ${j.id}, signature ${info.signatureValid ? 'valid' : 'INVALID'})`);
    }
    renameSync(tmp, crxFile);
  } finally {
    rmSync(tmp, { force: true });
  }
  const updatesFile = join(serve, 'updates.xml');
  writeFileSync(updatesFile, updateManifestXml({ id: j.id, version: j.build.version, crxUrl: `${j.baseUrl}/${crxName}`, minChromeVersion: j.build.minChromeVersion }));
  writeFileSync(join(j.outDir, 'extension-id.txt'), `${j.id}\n`);

  const p: PolicyInput = { id: j.id, updateUrl, managed: j.managed, version: j.build.version };
  const files: [string, string | Buffer][] = [
    ['linux-managed-policy.json', linuxPolicyJson(p)],
    ['windows-chrome.reg', encodeRegFile(windowsReg(p, 'chrome'))],
    ['windows-edge.reg', encodeRegFile(windowsReg(p, 'edge'))],
    ['macos.mobileconfig', macosMobileconfig(p)],
  ];
  for (const [name, data] of files) writeFileSync(join(policies, name), data);
  return { id: j.id, version: j.build.version, crxFile, updatesFile, policyFiles: files.map(([n]) => join(policies, n)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2), process.env, { log: (l) => console.log(l), error: (l) => console.error(l) }).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`${NAME}: ${(e as Error).stack ?? e}`);
      process.exit(1);
    },
  );
}
