// Lines of a file or of standard input, decoded strictly. Bytes that are not text in the expected
// encoding are never turned silently into replacement characters (a GBK export read as UTF-8 would
// "pass" with no findings): such a line comes back as an error with its byte offset, and a hint
// when the bytes read as GB18030/GBK, which many Chinese SMS exports use. A line longer than the
// limit is refused without being held in memory, so one huge line cannot stall a batch.

export type Encoding = 'utf8' | 'gb18030';

export type Line =
  | { ok: true; number: number; text: string }
  /** `gb18030`: the bytes read as GB18030/GBK; `utf16`: the input starts with a UTF-16 byte-order mark. */
  | { ok: false; number: number; why: 'encoding'; byte: number; gb18030: boolean; utf16: boolean }
  | { ok: false; number: number; why: 'too_long'; bytes: number };

/** Longest line read, in bytes: more than any message the checker takes (MAX_MESSAGE), JSON-escaped. */
export const MAX_LINE_BYTES = 1_000_000;

const LF = 0x0a;

/**
 * Index of the first byte of `b` that is not well-formed UTF-8 (-1: none), and whether a Chinese
 * character written in UTF-8 comes before it (then the text is UTF-8 with a damaged spot, not GBK).
 */
export function checkUtf8(b: Uint8Array): { bad: number; hanBefore: boolean } {
  let hanBefore = false;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return { bad: i, hanBefore };
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return { bad: i, hanBefore };
      cp = (cp << 6) | (d & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return { bad: i, hanBefore };
    if (cp >= 0x3400 && cp <= 0x9fff) hanBefore = true;
    i += n + 1;
  }
  return { bad: -1, hanBefore };
}

const gb18030 = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true });

function readsAsGb18030(b: Uint8Array): boolean {
  try {
    return /[\u3400-\u9fff]/.test(gb18030.decode(b));
  } catch {
    return false;
  }
}

/**
 * The lines of `input` (a stream of bytes), numbered from 1, without their line ends ("\r\n" or
 * "\n"). A UTF-8 byte-order mark at the start is not part of the first line.
 */
export async function* readLines(input: AsyncIterable<Uint8Array | string>, encoding: Encoding = 'utf8'): AsyncGenerator<Line> {
  const decoder = encoding === 'gb18030' ? gb18030 : new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let parts: Uint8Array[] = [];
  let held = 0;
  /** Bytes of the current line, counted also when it is too long to be held. */
  let length = 0;
  let offset = 0;
  let number = 0;
  let first = true;

  const finish = (): Line => {
    number++;
    const lineStart = offset;
    const bytesInLine = length;
    offset += length;
    let bytes = length > MAX_LINE_BYTES ? null : parts.length === 1 ? parts[0]! : concat(parts, held);
    parts = [];
    held = 0;
    length = 0;
    const isFirst = first;
    first = false;
    if (!bytes) return { ok: false, number, why: 'too_long', bytes: bytesInLine };
    let skipped = 0;
    if (isFirst && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = bytes.subarray(3);
      skipped = 3;
    }
    if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const utf16 = isFirst && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    if (encoding === 'utf8') {
      const { bad, hanBefore } = checkUtf8(bytes);
      if (bad >= 0) return { ok: false, number, why: 'encoding', byte: lineStart + skipped + bad, gb18030: !utf16 && !hanBefore && readsAsGb18030(bytes), utf16 };
      return { ok: true, number, text: decoder.decode(bytes) };
    }
    try {
      return { ok: true, number, text: decoder.decode(bytes) };
    } catch {
      return { ok: false, number, why: 'encoding', byte: lineStart, gb18030: false, utf16 };
    }
  };

  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(LF, from);
      const end = nl < 0 ? buf.length : nl;
      const piece = buf.subarray(from, end);
      length += piece.length;
      if (length <= MAX_LINE_BYTES) {
        parts.push(piece);
        held += piece.length;
      }
      if (nl < 0) break;
      yield finish();
      offset += 1; // the "\n"
      from = nl + 1;
    }
  }
  if (length > 0 || parts.length) yield finish();
}

function concat(parts: Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
