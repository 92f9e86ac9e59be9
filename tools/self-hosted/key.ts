// The administrator's signing key: reading it, creating a new one, and the extension id it gives.
//
// Chrome derives a packed extension's id from the public key in its CRX: the first 16 bytes of
// the SHA-256 of the key (DER SubjectPublicKeyInfo), each hex digit written as a letter a–p. So
// the same key always gives the same id, and policies written for one version keep working for
// every later one signed with that key.

import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

/** Chrome's own "Pack extension" makes 2048-bit RSA keys; CRX3 accepts RSA with SHA-256. */
export const NEW_KEY_BITS = 2048;

/** An id from its 16 bytes (or a longer digest): hex digits 0–f written as letters a–p. */
export function idFromBytes(bytes: Uint8Array): string {
  return [...Buffer.from(bytes.subarray(0, 16)).toString('hex')].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

/** The id Chrome gives an extension signed with this key (private or public). */
export function extensionIdFromKey(key: KeyObject): string {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
  return idFromBytes(createHash('sha256').update(spki).digest());
}

/** A private key from PEM text; throws a readable Error when it is not an RSA private key. */
export function parsePrivateKey(pem: string | Buffer): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (e) {
    throw new Error(`not a PEM private key (${(e as Error).message})`);
  }
  if (key.asymmetricKeyType !== 'rsa') throw new Error(`a ${key.asymmetricKeyType} key: CRX3 signing needs an RSA key`);
  return key;
}

/** A new RSA private key as PKCS#8 PEM. */
export function generatePrivateKeyPem(bits = NEW_KEY_BITS): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
}

/**
 * Writes a new key to `path`, readable by its owner only. Never overwrites: throws (EEXIST) when
 * the file is already there, so an existing key — and the id every policy names — is never lost.
 */
export function writeNewKey(path: string, pem = generatePrivateKeyPem()): KeyObject {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, pem);
  } finally {
    closeSync(fd);
  }
  return parsePrivateKey(pem);
}

export const KEY_WARNING = [
  'Keep this key safe and out of git: it is the extension\'s identity.',
  'Every update must be signed with it; with a different key the extension gets a different id,',
  'and every policy that names the old id stops installing and updating it. Back it up (offline).',
];
