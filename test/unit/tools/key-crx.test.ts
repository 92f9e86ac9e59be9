// The extension id comes from the key alone, and the CRX carries that key, that id and a valid
// signature over the packaged build (with the intranet update_url in its manifest).
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import crx3 from 'crx3';
import { inspectCrx, packCrx } from '../../../tools/self-hosted/crx';
import { extensionIdFromKey, generatePrivateKeyPem, parsePrivateKey, writeNewKey } from '../../../tools/self-hosted/key';
import { unzip } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'cg-tools-crx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pemA = generatePrivateKeyPem();
const pemB = generatePrivateKeyPem();

function fixtureBuild(version = '1.2.3'): string {
  const b = mkdtempSync(join(dir, 'build-'));
  mkdirSync(join(b, 'icons'));
  writeFileSync(join(b, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Fixture', version }));
  writeFileSync(join(b, 'background.js'), 'console.log(1)');
  writeFileSync(join(b, 'icons', 'a.txt'), 'x');
  return b;
}

describe('extension id from the key', () => {
  it('is 32 letters a–p: the first 16 bytes of SHA-256 over the public key (DER SPKI)', () => {
    const key = parsePrivateKey(pemA);
    const id = extensionIdFromKey(key);
    expect(id).toMatch(/^[a-p]{32}$/);
    const digest = createHash('sha256').update(createPublicKey(key).export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);
    expect([...id].map((c) => (c.charCodeAt(0) - 97).toString(16)).join('')).toBe(digest);
  });

  it('the same key always gives the same id (private or public half); another key another id', () => {
    const a = parsePrivateKey(pemA);
    expect(extensionIdFromKey(parsePrivateKey(pemA))).toBe(extensionIdFromKey(a));
    expect(extensionIdFromKey(createPublicKey(a))).toBe(extensionIdFromKey(a));
    expect(extensionIdFromKey(parsePrivateKey(pemB))).not.toBe(extensionIdFromKey(a));
  });

  it('a file that is not an RSA private key is refused with the reason', () => {
    expect(() => parsePrivateKey('hello')).toThrow(/not a PEM private key/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(() => parsePrivateKey(ec)).toThrow(/ec key: CRX3 signing needs an RSA key/);
  });

  it('a new key is written owner-only and never over an existing file', () => {
    const p = join(dir, 'new.pem');
    const key = writeNewKey(p, pemA);
    expect(extensionIdFromKey(key)).toBe(extensionIdFromKey(parsePrivateKey(pemA)));
    expect(readFileSync(p, 'utf8')).toBe(pemA);
    expect(statSync(p).mode & 0o777).toBe(0o600);
    expect(() => writeNewKey(p, pemB)).toThrow(/EEXIST/);
    expect(readFileSync(p, 'utf8')).toBe(pemA);
  });
});

describe('CRX3 package', () => {
  const keyPath = join(dir, 'a.pem');
  writeFileSync(keyPath, pemA);
  const id = extensionIdFromKey(parsePrivateKey(pemA));
  const UPDATE_URL = 'http://10.0.0.5/cg/updates.xml';

  it('carries the key’s id and a valid signature; the manifest inside has the intranet update_url; the build is untouched', async () => {
    const build = fixtureBuild();
    const crxPath = join(dir, 'a.crx');
    const info = await packCrx({ buildDir: build, keyPath, crxPath, updateUrl: UPDATE_URL });
    expect(info.id).toBe(id);
    expect(info.keyId).toBe(id);
    expect(info.signatureValid).toBe(true);
    const files = unzip(info.archive);
    expect([...files.keys()].sort()).toEqual(['background.js', 'icons/a.txt', 'manifest.json']);
    expect(JSON.parse(files.get('manifest.json')!.toString('utf8'))).toEqual({ manifest_version: 3, name: 'Fixture', version: '1.2.3', update_url: UPDATE_URL });
    expect(JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')).update_url).toBeUndefined();
  });

  it('agrees with crx3’s own id, and a later version signed with the same key has the same id', async () => {
    const build = fixtureBuild('1.2.4');
    const viaCrx3 = await crx3([join(build, 'manifest.json')], { keyPath, crxPath: join(dir, 'raw.crx') });
    expect(viaCrx3.appId).toBe(id);
    const later = await packCrx({ buildDir: build, keyPath, crxPath: join(dir, 'b.crx'), updateUrl: UPDATE_URL });
    expect(later.id).toBe(id);
  });

  it('a tampered archive does not verify; a file that is not CRX3 is refused', () => {
    const good = readFileSync(join(dir, 'a.crx'));
    const tampered = Buffer.from(good);
    tampered[tampered.length - 30] = tampered[tampered.length - 30]! ^ 0xff;
    expect(inspectCrx(tampered).signatureValid).toBe(false);
    expect(() => inspectCrx(Buffer.from('PK\x03\x04 not a crx'))).toThrow(/not a CRX3 file/);
  });
});
