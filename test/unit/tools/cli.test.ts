// `npm run package:self-hosted`: arguments, refusals (exit 2, nothing written) and a whole run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../tools/package-self-hosted';
import { parseArgs, parseBaseUrl } from '../../../tools/self-hosted/args';
import { inspectCrx } from '../../../tools/self-hosted/crx';
import { extensionIdFromKey, generatePrivateKeyPem, parsePrivateKey } from '../../../tools/self-hosted/key';
import { parseReg, unzip } from './helpers';

const REPO = join(__dirname, '../../..');
const root = mkdtempSync(join(tmpdir(), 'cg-tools-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PEM = generatePrivateKeyPem();
const ID = extensionIdFromKey(parsePrivateKey(PEM));

let cwd = '';
beforeEach(() => {
  cwd = mkdtempSync(join(root, 'cwd-'));
  mkdirSync(join(cwd, 'keys'));
  writeFileSync(join(cwd, 'keys/org.pem'), PEM);
  mkdirSync(join(cwd, '.output/chrome-mv3'), { recursive: true });
  writeFileSync(join(cwd, '.output/chrome-mv3/manifest.json'), JSON.stringify({ manifest_version: 3, name: 'CollectGuard', version: '0.2.0' }));
  writeFileSync(join(cwd, '.output/chrome-mv3/background.js'), '');
});

async function cli(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, env, { log: (l) => out.push(l), error: (l) => err.push(l) }, cwd);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const written = () => existsSync(join(cwd, '.output/self-hosted'));

describe('arguments', () => {
  it('parses the options, with CG_CRX_KEY as the key and a normalised base URL', () => {
    expect(parseArgs(['--base-url', 'http://10.0.0.5/cg/'], { CG_CRX_KEY: '/k.pem' })).toEqual({
      args: { keyPath: '/k.pem', newKeyPath: undefined, baseUrl: 'http://10.0.0.5/cg', outDir: '.output/self-hosted', buildDir: '.output/chrome-mv3', policyPath: undefined, help: false },
    });
    expect(parseArgs(['--key=/a.pem', '--base-url=https://intranet.example/x', '--out', 'o', '--build', 'b', '--policy', 'p.json'])).toMatchObject({
      args: { keyPath: '/a.pem', baseUrl: 'https://intranet.example/x', outDir: 'o', buildDir: 'b', policyPath: 'p.json' },
    });
    expect(parseArgs(['--new-key', 'k.pem'])).toMatchObject({ args: { newKeyPath: 'k.pem', baseUrl: undefined } });
  });

  it.each([
    [[], /no key: pass --key/],
    [['--key', 'k.pem'], /--base-url <url> is required/],
    [['--key', 'k.pem', '--new-key', 'n.pem', '--base-url', 'http://h'], /--key and --new-key: give one of them/],
    [['--key', '--base-url', 'http://h'], /--key needs a value/],
    [['--key', 'k.pem', '--base-url', 'http://h', '--frobnicate'], /unknown option --frobnicate/],
    [['--key', 'k.pem', '--base-url', 'http://h', 'extra'], /unexpected argument "extra"/],
    [['--key', 'k.pem', '--key', 'j.pem', '--base-url', 'http://h'], /--key given twice/],
    [['--key', 'k.pem', '--base-url', 'intranet/cg'], /not an absolute URL/],
    [['--key', 'k.pem', '--base-url', 'ftp://h/cg'], /must start with http:\/\/ or https:\/\//],
    [['--key', 'k.pem', '--base-url', 'http://h/cg?x=1'], /must not have a query/],
    [['--key', 'k.pem', '--base-url', 'http://u:p@h/cg'], /user name or password/],
    [['--new-key', 'n.pem', '--out', 'o'], /need --base-url/],
  ])('%j is refused: %s', (argv, why) => {
    const r = parseArgs(argv as string[]);
    expect('errors' in r && r.errors.join('\n')).toMatch(why);
  });

  it('base URL: http and https, trailing slashes dropped', () => {
    expect(parseBaseUrl('http://10.0.0.5:8080/collectguard///')).toEqual({ url: 'http://10.0.0.5:8080/collectguard' });
    expect(parseBaseUrl('https://cg.intranet')).toEqual({ url: 'https://cg.intranet' });
  });
});

describe('refusals: exit 2, a message naming the problem, nothing written', () => {
  it.each([
    ['bad arguments', ['--base-url', 'http://h'], /no key/],
    ['a missing key file', ['--key', 'keys/none.pem', '--base-url', 'http://h'], /key file not found: .*keys\/none\.pem/],
    ['a key that is not a key', ['--key', '.output/chrome-mv3/background.js', '--base-url', 'http://h'], /not a PEM private key/],
    ['a key inside the output folder', ['--key', 'keys/org.pem', '--out', 'keys', '--base-url', 'http://h'], /inside the output folder/],
    ['no build', ['--key', 'keys/org.pem', '--base-url', 'http://h', '--build', 'nowhere'], /no Chrome build at .*nowhere \(run npm run build first/],
    ['an existing --new-key', ['--new-key', 'keys/org.pem'], /already exists: refusing to overwrite/],
    ['a --new-key in a missing folder', ['--new-key', 'nofolder/k.pem'], /the folder .*nofolder does not exist/],
  ])('%s', async (_what, argv, why) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
    expect(r.err).toContain('nothing was written');
    expect(written()).toBe(false);
    expect(readFileSync(join(cwd, 'keys/org.pem'), 'utf8')).toBe(PEM);
    expect(existsSync(join(cwd, 'nofolder'))).toBe(false);
  });

  it('the Firefox build, a bad version', async () => {
    writeFileSync(join(cwd, '.output/chrome-mv3/manifest.json'), JSON.stringify({ manifest_version: 2, version: '0.2.0', browser_specific_settings: { gecko: { id: 'x@y' } } }));
    expect((await cli(['--key', 'keys/org.pem', '--base-url', 'http://h'])).err).toMatch(/is the Firefox build/);
    writeFileSync(join(cwd, '.output/chrome-mv3/manifest.json'), JSON.stringify({ manifest_version: 3, version: '0.2.0-beta' }));
    expect((await cli(['--key', 'keys/org.pem', '--base-url', 'http://h'])).err).toMatch(/"0\.2\.0-beta" is not a Chrome version/);
    expect(written()).toBe(false);
  });

  it('managed settings that the extension would not accept', async () => {
    const policy = join(cwd, 'policy.json');
    writeFileSync(policy, JSON.stringify({ signatur: '【安信贷】', defaultAudience: 'everyone', quietHours: { error: { start: '25:00', end: '08:00' } } }));
    const r = await cli(['--key', 'keys/org.pem', '--base-url', 'http://h', '--policy', policy]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown key "signatur"/);
    expect(r.err).toMatch(/defaultAudience/);
    expect(r.err).toMatch(/"25:00" is not a time of day/);
    writeFileSync(policy, '{"signature": ');
    expect((await cli(['--key', 'keys/org.pem', '--base-url', 'http://h', '--policy', policy])).err).toMatch(/is not valid JSON/);
    writeFileSync(policy, '[]');
    expect((await cli(['--key', 'keys/org.pem', '--base-url', 'http://h', '--policy', policy])).err).toMatch(/must hold one JSON object/);
    expect(written()).toBe(false);
  });
});

describe('a whole run', () => {
  it('--new-key alone creates an owner-only key, prints its id and the warning, and writes nothing else', async () => {
    const r = await cli(['--new-key', 'keys/new.pem']);
    expect(r.code).toBe(0);
    const id = extensionIdFromKey(parsePrivateKey(readFileSync(join(cwd, 'keys/new.pem'))));
    expect(r.err).toContain(`extension id ${id}`);
    expect(r.err).toMatch(/WARNING: Keep this key safe and out of git/);
    expect(written()).toBe(false);
  });

  it('makes the CRX, updates.xml, the id and the policy snippets; a version bump keeps the id and moves updates.xml on', async () => {
    const policy = join(REPO, 'test/fixtures/policy/collectguard-policy.json');
    const r = await cli(['--base-url', 'http://10.0.0.5/collectguard/', '--policy', policy], { CG_CRX_KEY: 'keys/org.pem' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`CollectGuard 0.2.0, extension id ${ID}`);
    const out = join(cwd, '.output/self-hosted');
    expect(readdirSync(join(out, 'serve')).sort()).toEqual(['collectguard-0.2.0.crx', 'updates.xml']);
    expect(readdirSync(join(out, 'policies')).sort()).toEqual(['linux-managed-policy.json', 'macos.mobileconfig', 'windows-chrome.reg', 'windows-edge.reg']);
    expect(readFileSync(join(out, 'extension-id.txt'), 'utf8')).toBe(`${ID}\n`);
    const crx = inspectCrx(readFileSync(join(out, 'serve/collectguard-0.2.0.crx')));
    expect(crx).toMatchObject({ id: ID, keyId: ID, signatureValid: true });
    expect(JSON.parse(unzip(crx.archive).get('manifest.json')!.toString()).update_url).toBe('http://10.0.0.5/collectguard/updates.xml');
    expect(readFileSync(join(out, 'serve/updates.xml'), 'utf8')).toContain(`codebase="http://10.0.0.5/collectguard/collectguard-0.2.0.crx" version="0.2.0"`);
    const linux = JSON.parse(readFileSync(join(out, 'policies/linux-managed-policy.json'), 'utf8'));
    expect(linux.ExtensionSettings[ID].update_url).toBe('http://10.0.0.5/collectguard/updates.xml');
    expect(linux['3rdparty'].extensions[ID].signature).toBe('【安信贷】');
    expect(parseReg(readFileSync(join(out, 'policies/windows-edge.reg'))).keys[`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy`]!.signature).toBe('【安信贷】');

    writeFileSync(join(cwd, '.output/chrome-mv3/manifest.json'), JSON.stringify({ manifest_version: 3, name: 'CollectGuard', version: '0.2.1' }));
    const again = await cli(['--key', 'keys/org.pem', '--base-url', 'http://10.0.0.5/collectguard']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, 'extension-id.txt'), 'utf8')).toBe(`${ID}\n`);
    expect(inspectCrx(readFileSync(join(out, 'serve/collectguard-0.2.1.crx'))).id).toBe(ID);
    expect(readFileSync(join(out, 'serve/updates.xml'), 'utf8')).toContain(`codebase="http://10.0.0.5/collectguard/collectguard-0.2.1.crx" version="0.2.1"`);
    expect(readdirSync(join(out, 'serve')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('--help prints the usage', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: npm run package:self-hosted/);
  });
});
