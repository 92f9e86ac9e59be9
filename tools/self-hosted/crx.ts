// The signed CRX3 package. The build is copied to a staging folder, its manifest gets the
// intranet `update_url` (so later updates come from the intranet, not from the Chrome Web Store,
// which is out of reach), and crx3 signs it with the administrator's key. The result is read back
// and checked: CRX3 header, the key's id, and a valid signature over the archive.

import { createHash, createPublicKey, verify } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import crx3 from 'crx3';
import { idFromBytes } from './key';

export interface PackInput {
  /** The unpacked Chrome build (holds manifest.json). */
  buildDir: string;
  /** PEM file of the RSA private key (must exist: crx3 would silently make a new one). */
  keyPath: string;
  crxPath: string;
  /** Written into the packaged manifest as `update_url`. */
  updateUrl: string;
}

/** Signs the build into `crxPath` and returns what the package holds. */
export async function packCrx(input: PackInput): Promise<CrxInfo> {
  const staging = mkdtempSync(join(tmpdir(), 'cg-crx-'));
  try {
    cpSync(input.buildDir, staging, { recursive: true });
    const manifestPath = join(staging, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, update_url: input.updateUrl }, null, 2));
    await crx3([manifestPath], { keyPath: input.keyPath, crxPath: input.crxPath });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return inspectCrx(readFileSync(input.crxPath));
}

export interface CrxInfo {
  /** The extension id from the CRX's signed data. */
  id: string;
  /** The id computed from the public key in the header (equal to `id` in a valid package). */
  keyId: string;
  /** The RSA signature over the signed data and archive verifies with that key. */
  signatureValid: boolean;
  /** The ZIP archive inside. */
  archive: Buffer;
}

const MAGIC = 'Cr24';
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'binary');

/** Length-delimited fields of one protobuf message (the only wire type CRX3 headers use). */
function protoFields(buf: Buffer): { field: number; value: Buffer }[] {
  const out: { field: number; value: Buffer }[] = [];
  let pos = 0;
  const varint = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      if (pos >= buf.length) throw new Error('truncated protobuf');
      const b = buf[pos++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return n;
      shift += 7;
    }
  };
  while (pos < buf.length) {
    const tag = varint();
    const wire = tag % 8;
    const field = Math.floor(tag / 8);
    if (wire === 2) {
      const len = varint();
      out.push({ field, value: buf.subarray(pos, pos + len) });
      pos += len;
    } else if (wire === 0) varint();
    else throw new Error(`unexpected protobuf wire type ${wire}`);
  }
  return out;
}

/** Reads a CRX3 file: header, id, signature check. Throws when it is not a CRX3 file. */
export function inspectCrx(file: Buffer): CrxInfo {
  if (file.subarray(0, 4).toString('binary') !== MAGIC || file.readUInt32LE(4) !== 3) throw new Error('not a CRX3 file');
  const headerSize = file.readUInt32LE(8);
  const header = file.subarray(12, 12 + headerSize);
  const archive = file.subarray(12 + headerSize);
  const fields = protoFields(header);
  const signedData = fields.find((f) => f.field === 10000)?.value;
  const proof = fields.find((f) => f.field === 2)?.value; // sha256_with_rsa
  if (!signedData || !proof) throw new Error('CRX3 header without signed data or RSA proof');
  const crxId = protoFields(signedData).find((f) => f.field === 1)?.value;
  const proofFields = protoFields(proof);
  const publicKeyDer = proofFields.find((f) => f.field === 1)?.value;
  const signature = proofFields.find((f) => f.field === 2)?.value;
  if (!crxId || !publicKeyDer || !signature) throw new Error('incomplete CRX3 header');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(signedData.length);
  const publicKey = createPublicKey({ key: publicKeyDer, format: 'der', type: 'spki' });
  const signatureValid = verify('sha256', Buffer.concat([SIGNATURE_CONTEXT, size, signedData, archive]), publicKey, signature);
  return { id: idFromBytes(crxId), keyId: idFromBytes(createHash('sha256').update(publicKeyDer).digest()), signatureValid, archive };
}
