// Readers the tools tests use to look inside what the packager writes: ZIP archives (inside the
// CRX), .reg files and property lists.
import { inflateRawSync } from 'node:zlib';

/** Files of a ZIP archive, read through its central directory. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end of central directory');
  let p = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** A .reg file (UTF-16LE with BOM) as { key: { valueName: string } }, plus the keys it deletes. */
export function parseReg(file: Buffer): { header: string; keys: Record<string, Record<string, string>>; deleted: string[] } {
  if (file[0] !== 0xff || file[1] !== 0xfe) throw new Error('no UTF-16LE byte-order mark');
  const text = file.subarray(2).toString('utf16le');
  if (/[^\r]\n/.test(text)) throw new Error('a line ends without CR');
  const lines = text.split('\r\n');
  const keys: Record<string, Record<string, string>> = {};
  const deleted: string[] = [];
  let current: Record<string, string> | null = null;
  const unquote = (s: string) => {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(s)) throw new Error(`not a quoted .reg string: ${s}`);
    return s.slice(1, -1).replace(/\\(.)/g, '$1');
  };
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)(.+)\]$/.exec(line);
    if (section) {
      if (section[1]) {
        deleted.push(section[2]!);
        current = null;
      } else current = keys[section[2]!] = {};
      continue;
    }
    const value = /^("(?:[^"\\]|\\.)*")=("(?:[^"\\]|\\.)*")$/.exec(line);
    if (!value || !current) throw new Error(`unexpected .reg line: ${line}`);
    current[unquote(value[1]!)] = unquote(value[2]!);
  }
  return { header: lines[0]!, keys, deleted };
}

/** A property list (XML) as plain values. Needs a DOMParser (happy-dom environment). */
export function parsePlist(xml: string): unknown {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new Error('not well-formed XML');
  const root = doc.documentElement;
  if (root.tagName !== 'plist') throw new Error('not a plist');
  const elements = (n: Element) => Array.from(n.children);
  const value = (n: Element): unknown => {
    switch (n.tagName) {
      case 'string':
        return n.textContent ?? '';
      case 'integer':
        return parseInt(n.textContent!, 10);
      case 'real':
        return parseFloat(n.textContent!);
      case 'true':
        return true;
      case 'false':
        return false;
      case 'array':
        return elements(n).map(value);
      case 'dict': {
        const kids = elements(n);
        const o: Record<string, unknown> = {};
        for (let i = 0; i < kids.length; i += 2) {
          if (kids[i]!.tagName !== 'key') throw new Error('dict without key');
          o[kids[i]!.textContent!] = value(kids[i + 1]!);
        }
        return o;
      }
      default:
        throw new Error(`unknown plist element ${n.tagName}`);
    }
  };
  return value(elements(root)[0]!);
}
